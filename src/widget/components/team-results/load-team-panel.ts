/** Fetching the team-results chunk (team-panel.tsx) once; a failed fetch is tried again on the next call. */
import { lazy } from "../../model/lazy.js";

export type TeamPanelModule = typeof import("./team-panel.js");

export const loadTeamPanel = lazy((): Promise<TeamPanelModule> => import("./team-panel.js"));
