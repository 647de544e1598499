/**
 * The element's attributes, parsed at the boundary. Each one falls back to
 * its documented default instead of throwing; a value that cannot be used is
 * reported in `problems` (the element turns each into a `better-off-error`).
 * Defaults are documented in src/widget/README.md and public/embed.html.
 */
import { REGIONS, type Region } from "../engine/terms.js";
import { isIsoDate } from "../base/dates.js";

export type { Region };
export type Period = "week" | "month";
export type Mode = "quick" | "full";

export interface WidgetConfig {
  /** A tax year (YYYY-YY), if given. */
  readonly taxYear?: string;
  /** A date (YYYY-MM-DD) whose rules apply, if given; takes precedence over taxYear. */
  readonly date?: string;
  readonly region?: Region;
  /** `region="london"`: England, inside Greater London. */
  readonly london: boolean;
  /** Weekly hours to compare, as typed in the attribute (decimal strings). */
  readonly hours: readonly string[];
  /** Hourly wage as a decimal string; absent means the minimum wage for the age. */
  readonly wage?: string;
  readonly team?: string;
  readonly recordsEndpoint?: string;
  /** `auto-record`: queue a team-results record for each completed calculation (components/team-results). */
  readonly autoRecord: boolean;
  readonly period: Period;
  readonly mode: Mode;
  /** `no-persist`: do not keep answers in session storage. */
  readonly noPersist: boolean;
  readonly problems: readonly string[];
}

export const ATTRIBUTES = ["tax-year", "date", "region", "hours", "wage", "team", "records-endpoint", "period", "mode", "no-persist", "auto-record"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export const DEFAULT_HOURS = "0,8,16,24,30,37.5";

const TAX_YEAR = /^(\d{4})-(\d{2})$/;
const HOURS = /^\d{1,3}(\.\d{1,2})?$/;
const MONEY = /^\d{1,4}(\.\d{1,2})?$/;


export function readConfig(get: (name: AttributeName) => string | null): WidgetConfig {
  const problems: string[] = [];
  const bad = (name: AttributeName, value: string, want: string) => problems.push(`${name}="${value}" is not ${want}; using the default`);
  const text = (name: AttributeName) => get(name)?.trim() || undefined;

  let taxYear = text("tax-year");
  const ty = taxYear ? TAX_YEAR.exec(taxYear) : null;
  if (taxYear && (!ty || (Number(ty[1]) + 1) % 100 !== Number(ty[2]))) {
    bad("tax-year", taxYear, 'a tax year written YYYY-YY');
    taxYear = undefined;
  }
  let date = text("date");
  if (date && !(isIsoDate(date))) {
    bad("date", date, "a date written YYYY-MM-DD");
    date = undefined;
  }
  let region: Region | undefined;
  let london = false;
  const r = text("region")?.toLowerCase();
  if (r === "london") [region, london] = ["england", true];
  else if (r && (REGIONS as readonly string[]).includes(r)) region = r as Region;
  else if (r) bad("region", r, "england, wales, scotland or london");

  const hoursText = text("hours") ?? DEFAULT_HOURS;
  let hours = hoursText.split(/[\s,;]+/).filter(Boolean);
  if (!hours.length || hours.some((h) => !HOURS.test(h) || Number(h) > 100)) {
    bad("hours", hoursText, "a list of weekly hours such as 0,16,30");
    hours = DEFAULT_HOURS.split(",");
  }
  let wage = text("wage")?.replace(/^£/, "");
  if (wage && !(MONEY.test(wage) && Number(wage) > 0)) {
    bad("wage", wage, "an hourly wage in pounds such as 12.71");
    wage = undefined;
  }
  const p = text("period");
  if (p && p !== "week" && p !== "month") bad("period", p, "week or month");
  const m = text("mode");
  if (m && m !== "quick" && m !== "full") bad("mode", m, "quick or full");
  const team = text("team");
  const recordsEndpoint = text("records-endpoint");

  return {
    ...(taxYear ? { taxYear } : {}),
    ...(date ? { date } : {}),
    ...(region ? { region } : {}),
    london,
    hours,
    ...(wage ? { wage } : {}),
    ...(team ? { team } : {}),
    ...(recordsEndpoint ? { recordsEndpoint } : {}),
    period: p === "month" ? "month" : "week",
    mode: m === "full" ? "full" : "quick",
    noPersist: get("no-persist") !== null,
    autoRecord: get("auto-record") !== null,
    problems,
  };
}
