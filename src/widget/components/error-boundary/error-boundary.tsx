/**
 * Catches any error while rendering, shows a plain fallback and reports it
 * as `better-off-error` (kind "internal"), so a bug never breaks the host
 * page (the pattern of govuk-frontend's init: one failing component cannot
 * stop the rest of the page). Preact's `useErrorBoundary` hook, so the
 * element carries no class-field code.
 */
import type { ComponentChildren } from "preact";
import { useErrorBoundary } from "preact/hooks";
import { ERROR, type Emit } from "../../events.js";

interface Props {
  readonly emit: Emit;
  readonly children: ComponentChildren;
}

export function ErrorBoundary(p: Props) {
  const [error] = useErrorBoundary((e: unknown) => p.emit(ERROR, { kind: "internal", message: e instanceof Error ? e.message : String(e) }));
  if (!error) return <>{p.children}</>;
  return (
    <div class="warning-callout" role="alert">
      <h2 class="title">Sorry, the calculator has stopped working</h2>
      <p>Reload the page to try again. If it happens again, tell the team that runs this page.</p>
    </div>
  );
}
