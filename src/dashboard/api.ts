/**
 * Talking to the results service: the team or trust-wide summary, and the
 * CSV download. A read key goes in an Authorization header, never in a URL
 * (where it would end up in logs and browser history).
 */
import type { TeamSummary, TrustSummary } from "../server/summary.js";
import type { DashboardConfig } from "./attributes.js";

export type Loaded = { readonly kind: "team"; readonly summary: TeamSummary } | { readonly kind: "trust"; readonly summary: TrustSummary };

export class SummaryError extends Error {
  override readonly name = "SummaryError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

const query = (c: DashboardConfig) => {
  const q = new URLSearchParams();
  if (c.from) q.set("from", c.from);
  if (c.to) q.set("to", c.to);
  const s = q.toString();
  return s ? `?${s}` : "";
};

const headers = (c: DashboardConfig): Record<string, string> => (c.readKey ? { authorization: `Bearer ${c.readKey}` } : {});

export const summaryUrl = (c: DashboardConfig): string =>
  new URL(c.team ? `api/teams/${encodeURIComponent(c.team)}/summary${query(c)}` : `api/summary${query(c)}`, c.endpoint).href;

export const csvUrl = (c: DashboardConfig & { team: string }): string => new URL(`api/teams/${encodeURIComponent(c.team)}/records.csv${query(c)}`, c.endpoint).href;

async function ask(url: string, c: DashboardConfig, f: Fetch): Promise<Response> {
  let res: Response;
  try {
    res = await f(url, { headers: headers(c), credentials: "omit", cache: "no-store" });
  } catch {
    throw new SummaryError("The team results service could not be reached. Check the connection and try again.", 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: unknown } | null;
    const why = typeof body?.message === "string" ? body.message : `the service answered ${res.status}`;
    const lead = res.status === 401 || res.status === 403 ? "These results need a read key: " : "The team results could not be loaded: ";
    throw new SummaryError(`${lead}${why}.`, res.status);
  }
  return res;
}

export async function loadSummary(c: DashboardConfig, f: Fetch = (...a) => fetch(...a)): Promise<Loaded> {
  const res = await ask(summaryUrl(c), c, f);
  const summary = (await res.json()) as TeamSummary & TrustSummary;
  return c.team ? { kind: "team", summary } : { kind: "trust", summary };
}

/** Download the team's CSV with the read key: fetched, then saved from a blob URL. */
export async function downloadCsv(c: DashboardConfig & { team: string }, doc: Document, f: Fetch = (...a) => fetch(...a)): Promise<void> {
  const res = await ask(csvUrl(c), c, f);
  const url = URL.createObjectURL(await res.blob());
  const a = doc.createElement("a");
  a.href = url;
  a.download = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `better-off-${c.team}.csv`;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
