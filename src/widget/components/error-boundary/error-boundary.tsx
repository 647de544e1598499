/**
 * Catches any error while rendering, shows a plain fallback and reports it
 * as `better-off-error` (kind "internal"), so a bug never breaks the host
 * page (the pattern of govuk-frontend's init: one failing component cannot
 * stop the rest of the page).
 */
import { Component, type ComponentChildren } from "preact";
import { ERROR, type Emit } from "../../events.js";

interface Props {
  readonly emit: Emit;
  readonly children: ComponentChildren;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    this.setState({ failed: true });
    this.props.emit(ERROR, { kind: "internal", message: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="warning-callout" role="alert">
        <h2 class="title">Sorry, the calculator has stopped working</h2>
        <p>Reload the page to try again. If it happens again, tell the team that runs this page.</p>
      </div>
    );
  }
}
