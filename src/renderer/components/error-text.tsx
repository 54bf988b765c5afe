/** An error message shown where it applies; announced when it appears. */
export function ErrorText({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p className="error-text" role="alert" id={id}>
      {message}
    </p>
  );
}
