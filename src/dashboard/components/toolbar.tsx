/** Print, download the CSV (with a read key), refresh. */
import { useState } from "preact/hooks";
import { downloadCsv } from "../api.js";
import type { DashboardConfig } from "../attributes.js";

export interface ToolbarProps {
  readonly config: DashboardConfig;
  readonly onRefresh: () => void;
  readonly print: () => void;
  readonly fetch?: typeof fetch;
}

export function Toolbar({ config, onRefresh, print, fetch: f }: ToolbarProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const team = config.team;
  const download = async () => {
    setProblem(null);
    try {
      await downloadCsv({ ...config, team: team! }, document, f);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <div class="toolbar" part="toolbar">
        <button type="button" class="button" part="button" onClick={print}>
          Print these results
        </button>
        {team && config.readKey && (
          // The record-level CSV is served only with a read key (the service refuses it without one).
          // The key cannot go in a link, so the file is fetched with it and saved.
          <button type="button" class="button button--secondary" part="button" onClick={download}>
            Download the records (CSV)
          </button>
        )}
        <button type="button" class="button button--secondary" part="button" onClick={onRefresh}>
          Refresh
        </button>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
