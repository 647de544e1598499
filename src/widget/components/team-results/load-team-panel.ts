/** Fetching the team-results chunk (team-panel.tsx) once; a failed fetch is tried again on the next call. */
export type TeamPanelModule = typeof import("./team-panel.js");

let pending: Promise<TeamPanelModule> | null = null;

export function loadTeamPanel(): Promise<TeamPanelModule> {
  if (!pending) {
    pending = import("./team-panel.js");
    pending.catch(() => (pending = null));
  }
  return pending;
}
