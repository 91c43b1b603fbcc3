/** A field's problem in red under it; its id lets the input point at it with aria-describedby. */

/** The message, or nothing. */
export function FieldError({ id, message }: { id: string; message: string | undefined | null }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}
