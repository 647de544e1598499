/**
 * The dashboard's attributes, parsed at the boundary. Never throws: a value
 * that cannot be used is reported in `problems` (shown in the element and
 * dispatched as `better-off-error`).
 *
 * | Attribute  | Values                                   | Default |
 * |------------|------------------------------------------|---------|
 * | `team`     | a team code ("north-ips")                | none: the trust-wide summary |
 * | `endpoint` | the Better Off service's address         | where this module was loaded from |
 * | `read-key` | the team's (or the trust's) read key     | none |
 * | `from`     | first month, YYYY-MM                     | all months kept |
 * | `to`       | last month, YYYY-MM                      | up to now |
 */
export const ATTRIBUTES = ["team", "endpoint", "read-key", "from", "to"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface DashboardConfig {
  readonly team?: string;
  /** Absolute base URL of the service, ending in "/". */
  readonly endpoint: string;
  readonly readKey?: string;
  readonly from?: string;
  readonly to?: string;
  readonly problems: readonly string[];
  /** False when a `team` was given but is not a team code: nothing is loaded (not even the trust-wide figures). */
  readonly loadable: boolean;
}

const TEAM = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;

export function readConfig(get: (name: AttributeName) => string | null, defaultEndpoint: string, base: string): DashboardConfig {
  const problems: string[] = [];
  const text = (name: AttributeName) => get(name)?.trim() || undefined;
  const given = text("team");
  const loadable = !given || TEAM.test(given);
  if (!loadable) problems.push(`team="${given}" is not a team code (lower-case letters, digits and hyphens, such as "north-ips")`);
  const team = loadable ? given : undefined;
  let endpoint = defaultEndpoint;
  const e = text("endpoint");
  if (e) {
    try {
      endpoint = new URL(e.endsWith("/") ? e : `${e}/`, base).href;
    } catch {
      problems.push(`endpoint="${e}" is not an address; using ${defaultEndpoint}`);
    }
  }
  const month = (name: "from" | "to") => {
    const m = text(name);
    if (m && !MONTH.test(m)) {
      problems.push(`${name}="${m}" is not a month written YYYY-MM; ignoring it`);
      return undefined;
    }
    return m;
  };
  let from = month("from");
  let to = month("to");
  if (from && to && from > to) {
    problems.push(`from="${from}" is after to="${to}"; ignoring both`);
    from = to = undefined;
  }
  const readKey = text("read-key");
  return { ...(team ? { team } : {}), endpoint, ...(readKey ? { readKey } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), problems, loadable };
}
