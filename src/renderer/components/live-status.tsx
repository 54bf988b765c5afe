/** A polite announcement ("Saved.") for changes that have no other visible trace. */
export function LiveStatus({ message }: { message: string }) {
  return (
    <p className="live-status" role="status" aria-live="polite">
      {message}
    </p>
  );
}
