// @vitest-environment jsdom
/**
 * The team dashboard, queried by role and label: headline, rates by hours
 * (chart and table), reasons, months, print and CSV, read keys, errors.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import axe from "axe-core";
import { TeamResults } from "../../src/dashboard/components/team-results.js";
import { readConfig, type DashboardConfig } from "../../src/dashboard/attributes.js";
import { headline, period } from "../../src/dashboard/format.js";
import type { TeamSummary, TrustSummary } from "../../src/server/summary.js";

afterEach(cleanup);

const ENDPOINT = "https://results.trust.nhs.uk/";

const NORTH: TeamSummary = {
  team: "north-ips",
  from: null,
  to: null,
  smallNumberThreshold: 5,
  calculations: 40,
  quarters: [
    { quarter: "2026-Q2", calculations: 40 },
    { quarter: "2026-Q3", calculations: "fewer than 5" },
  ],
  hours: [
    { hours: "8", results: 10, better: 10, worse: "fewer than 5", same: "fewer than 5", weeklyGain: null },
    { hours: "16", results: 40, better: 40, worse: "fewer than 5", same: "fewer than 5", weeklyGain: { lowerQuartile: 30, median: 60, upperQuartile: 90 } },
  ],
  worseOff: { results: "fewer than 5", reasons: [] },
};

const config = (attrs: Record<string, string> = { team: "north-ips" }): DashboardConfig => readConfig((n) => attrs[n] ?? null, ENDPOINT, ENDPOINT);

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function fetchReturning(body: unknown, status = 200) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => answer(status, body));
}

describe("a team's results", () => {
  it("asks the service for the team's summary", async () => {
    const f = fetchReturning(NORTH);
    render(<TeamResults config={config({ team: "north-ips", from: "2026-04" })} fetch={f as unknown as typeof fetch} />);
    await screen.findByText(/Of about 40 calculations/);
    expect(f.mock.calls[0]![0]).toBe("https://results.trust.nhs.uk/api/teams/north-ips/summary?from=2026-04");
    expect(f.mock.calls[0]![1]).toEqual({ headers: {}, credentials: "omit", cache: "no-store" });
  });

  it("shows the headline", async () => {
    render(<TeamResults config={config()} fetch={fetchReturning(NORTH) as unknown as typeof fetch} />);
    expect(await screen.findByText("Of about 40 calculations since April 2026, about 40 showed the person better off working 16 hours a week.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Team results: north-ips" })).toBeTruthy();
  });

  it("shows better-off rates by hours as a chart with a text alternative, and as a table", async () => {
    render(<TeamResults config={config()} fetch={fetchReturning(NORTH) as unknown as typeof fetch} />);
    const chart = await screen.findByRole("img", { name: /Better-off rates by hours of work a week/ });
    // Counts as served: rounded to the nearest 5 (so a share can read 100% while "fewer than 5" were worse off).
    expect(chart.textContent).toContain("16 hours: 40 of 40 better off (100%)");
    const table = screen.getByRole("table", { name: "Results by hours of work a week" });
    const row = within(table).getByRole("row", { name: /^16 hours/ });
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["40", "40", "fewer than 5", "fewer than 5", "£60", "£30 to £90"]);
    const eight = within(table).getByRole("row", { name: /^8 hours/ });
    // 10 results: fewer than 4 × 5, so no median or quartiles.
    expect(within(eight).getAllByRole("cell").map((c) => c.textContent)).toEqual(["10", "10", "fewer than 5", "fewer than 5", "not shown", "not shown"]);
    expect(screen.getByText("A number of hours compared fewer than 5 times is not shown.")).toBeTruthy();
  });

  it("shows the reasons behind worse-off results", async () => {
    render(<TeamResults config={config()} fetch={fetchReturning(NORTH) as unknown as typeof fetch} />);
    const section = await screen.findByRole("region", { name: "Why some were worse off" });
    expect(within(section).getByText(/^Fewer than 5 results showed the person worse off/)).toBeTruthy();
    expect(within(section).queryByRole("listitem")).toBeNull();
  });

  it("shows the trend by quarter, small quarters as words", async () => {
    render(<TeamResults config={config()} fetch={fetchReturning(NORTH) as unknown as typeof fetch} />);
    const table = await screen.findByRole("table", { name: "Calculations by quarter" });
    expect(within(table).getAllByRole("row").map((r) => r.textContent)).toEqual(["QuarterCalculations", "April to June 202640", "July to September 2026fewer than 5"]);
  });

  it("prints", async () => {
    const print = vi.fn();
    render(<TeamResults config={config()} fetch={fetchReturning(NORTH) as unknown as typeof fetch} print={print} />);
    fireEvent.click(await screen.findByRole("button", { name: "Print these results" }));
    expect(print).toHaveBeenCalledOnce();
  });

  it("offers no CSV without a read key (the service serves it only with one)", async () => {
    render(<TeamResults config={config({ team: "north-ips", from: "2026-04", to: "2026-06" })} fetch={fetchReturning(NORTH) as unknown as typeof fetch} />);
    await screen.findByRole("button", { name: "Print these results" });
    expect(screen.queryByRole("link", { name: /CSV/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /CSV/ })).toBeNull();
  });

  it("with a read key: sends it in a header, never in a URL, and downloads the CSV with it", async () => {
    const f = vi.fn(async (url: string | URL | Request) =>
      String(url).endsWith(".csv")
        ? new Response("record_id\r\n", { status: 200, headers: { "content-type": "text/csv", "content-disposition": 'attachment; filename="better-off-north-ips.csv"' } })
        : answer(200, NORTH),
    );
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(<TeamResults config={config({ team: "north-ips", "read-key": "north-key-7f3a9c2e5b" })} fetch={f as unknown as typeof fetch} />);
    fireEvent.click(await screen.findByRole("button", { name: "Download the records (CSV)" }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    for (const [url, init] of f.mock.calls as unknown as [string, RequestInit][]) {
      expect(url).not.toContain("north-key");
      expect(init.headers).toEqual({ authorization: "Bearer north-key-7f3a9c2e5b" });
    }
    expect(screen.queryByRole("link", { name: /CSV/ })).toBeNull();
    click.mockRestore();
  });

  it("says why when the service refuses", async () => {
    const f = fetchReturning({ message: `team north-ips's results need its read key: send it as "Authorization: Bearer <key>"` }, 401);
    const onError = vi.fn();
    render(<TeamResults config={config()} fetch={f as unknown as typeof fetch} onError={onError} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("These results need a read key: team north-ips's results need its read key");
    expect(onError).toHaveBeenCalledOnce();
  });

  it("says so when the service cannot be reached", async () => {
    const f = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    render(<TeamResults config={config()} fetch={f as unknown as typeof fetch} />);
    expect((await screen.findByRole("alert")).textContent).toContain("The team results service could not be reached");
  });

  it("a team code that is not one: says so and loads nothing", async () => {
    const f = fetchReturning(NORTH);
    render(<TeamResults config={config({ team: "North IPS" })} fetch={f as unknown as typeof fetch} />);
    expect(screen.getByRole("alert").textContent).toContain('team="North IPS" is not a team code');
    expect(f).not.toHaveBeenCalled();
  });

  it("a team with too few calculations", async () => {
    const few: TeamSummary = { ...NORTH, calculations: "fewer than 5", quarters: [], hours: [], worseOff: { results: "fewer than 5", reasons: [] } };
    render(<TeamResults config={config()} fetch={fetchReturning(few) as unknown as typeof fetch} />);
    expect(await screen.findByText(/^Fewer than 5 calculations so far: figures appear once there are 5 or more/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("has no accessibility violations axe can find without layout", async () => {
    const { container } = render(<TeamResults config={config()} fetch={fetchReturning(NORTH) as unknown as typeof fetch} />);
    await screen.findByRole("table", { name: "Calculations by quarter" });
    const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe("the trust-wide results", () => {
  const TRUST: TrustSummary = {
    from: null,
    to: null,
    smallNumberThreshold: 5,
    teams: [
      { team: "north-ips", calculations: 40, hours: NORTH.hours },
      { team: "south-ips", calculations: "fewer than 5", hours: [] },
    ],
    trust: { ...NORTH, calculations: 45 },
  };

  it("without a team: the trust's figures and a row per team", async () => {
    const f = fetchReturning(TRUST);
    render(<TeamResults config={config({})} fetch={f as unknown as typeof fetch} />);
    expect(screen.getByRole("heading", { level: 2, name: "Team results across the trust" })).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Results by team" });
    expect(f.mock.calls[0]![0]).toBe("https://results.trust.nhs.uk/api/summary");
    expect(within(table).getByRole("row", { name: /^south-ips/ }).textContent).toBe("south-ipsfewer than 5Too few results to show");
    expect(within(table).getAllByRole("rowheader").map((c) => c.textContent)).toEqual(["north-ips", "south-ips"]);
  });
});

describe("headline wording", () => {
  it.each([
    [{}, "since April 2026"],
    [{ from: "2026-05" }, "since May 2026"],
    [{ from: "2026-04", to: "2026-06" }, "from April to June 2026"],
    [{ from: "2025-11", to: "2026-02" }, "from November 2025 to February 2026"],
    [{ from: "2026-05", to: "2026-05" }, "in May 2026"],
  ] as const)("%j → %s", (range, words) => {
    expect(period(NORTH, "from" in range ? range.from : undefined, "to" in range ? range.to : undefined)).toBe(words);
  });

  it("uses the level with most results when 16 hours is not shown", () => {
    const s = { ...NORTH, hours: [{ ...NORTH.hours[0]!, hours: "30", results: 40, better: 35 }] };
    expect(headline(s, 5)).toBe("Of about 40 calculations since April 2026, about 35 showed the person better off working 30 hours a week.");
  });

  it("no calculations, or fewer than 5: the same words (a zero is not told apart from a small number)", () => {
    expect(headline({ ...NORTH, calculations: "fewer than 5", quarters: [] }, 5)).toBe(
      "Fewer than 5 calculations so far: figures appear once there are 5 or more, so that no one can be picked out.",
    );
  });
});
