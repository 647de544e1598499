/** The red message next to a field (GOV.UK / NHS.UK pattern): "Error:" is read out, not shown. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} class="error-message">
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** aria-describedby for a field: its hint, then its error. */
export const describedBy = (id: string, hint: unknown, error: unknown): string | undefined =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
