/** The title of a people-dialog section with its Add button (disabled while a new row is being written). */
export function PeopleSectionHead({ headingId, title, addLabel, adding, onAdd }: { headingId: string; title: string; addLabel: string; adding: boolean; onAdd: () => void }) {
  return (
    <div className="people-section__head">
      <h3 id={headingId} className="people-section__title">
        {title}
      </h3>
      <button type="button" className="button button--small" onClick={onAdd} disabled={adding}>
        {addLabel}
      </button>
    </div>
  );
}
