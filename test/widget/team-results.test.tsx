// @vitest-environment jsdom
/**
 * "Add to team results" in the calculator (issue 4): the record is shown
 * before anything is sent, confirming queues exactly one record in the
 * IndexedDB outbox (fake-indexeddb) and sends it; a refused record shows the
 * service's reason and is not retried; with the service unreachable the
 * record waits; the same calculation after a reload is the same record;
 * `auto-record` records a calculation once its results have settled.
 */
import "fake-indexeddb/auto";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { monthOf } from "../../src/base/months.js";
import { recordsClient } from "../../src/outbox/client.js";
import type { AnonymisedRecord } from "../../src/records/schema.js";
import { fillP01, renderCalculator, showResults, type } from "./helpers.js";

const ENDPOINT = "https://results.example.nhs.uk/api/records";
const TEAM = { "tax-year": "2026-27", team: "north-ips", "records-endpoint": ENDPOINT } as const;

const fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const posted = () => fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init.body)) as AnonymisedRecord);
const stored = () => fetchMock.mockImplementation(async (_u, init) => json(201, { id: JSON.parse(String(init.body)).id, status: "stored" }));

async function outbox() {
  return (await recordsClient()).list();
}

beforeEach(async () => {
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
  sessionStorage.clear();
  const client = await recordsClient();
  for (const s of await client.list()) await client.remove(s.id);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function results(attrs: Record<string, string> = TEAM) {
  const view = renderCalculator(attrs, sessionStorage);
  await fillP01();
  showResults();
  await screen.findByRole("heading", { name: "Results" });
  // The team-results code is its own chunk, fetched once results are shown on a page that sets team results up.
  await waitFor(() => expect(screen.queryByText("Loading team results…")).toBeNull());
  return view;
}

const panel = () => screen.getByRole("region", { name: "Team results" });
const status = () => within(panel()).getByRole("status");

async function openCheck() {
  fireEvent.click(screen.getByRole("button", { name: "Add to team results" }));
  return screen.findByRole("group", { name: "Check what will be sent" });
}

describe("team results in the calculator", () => {
  it("is not shown on a page without team results", async () => {
    await results({ "tax-year": "2026-27" });
    expect(screen.queryByRole("region", { name: "Team results" })).toBeNull();
  });

  it("says quietly why not when the page gives a team but nowhere to send", async () => {
    await results({ "tax-year": "2026-27", team: "north-ips" });
    expect(panel().textContent).toMatch(/gives a team code but no address/);
    expect(within(panel()).queryByRole("button")).toBeNull();
  });

  it("shows exactly what will be sent before sending anything, with focus on the check", async () => {
    await results();
    const check = await openCheck();
    await waitFor(() => expect(document.activeElement?.id).toBe("team-results-check-title"));
    const rows = Object.fromEntries(within(check).getAllByRole("term").map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(rows).toMatchObject({
      Team: "north-ips",
      Month: monthOf(new Date()),
      Nation: "England",
      Household: "single, 0 children",
      "Age band": "25 or over",
      Housing: "social renting",
      "Wage band": "£13 to £13.99 an hour",
      "16 hours a week": expect.stringMatching(/^£94 a week better off/),
    });
    const sent = JSON.parse(within(check).getByText(/"schemaVersion"/).textContent!) as AnonymisedRecord;
    expect(sent.id).toBe(rows["Random reference"]);
    expect(JSON.stringify(sent.household)).not.toMatch(/575|41|13\.00|"13"/); // no rent, age or wage: bands only
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await outbox()).toEqual([]);
  });

  it("Cancel (or Escape) sends nothing and returns focus to the button", async () => {
    await results();
    const check = await openCheck();
    fireEvent.keyDown(within(check).getByRole("button", { name: "Send to team results" }), { key: "Escape" });
    await waitFor(() => expect(document.activeElement?.id).toBe("team-results-add"));
    expect(await outbox()).toEqual([]);
  });

  it("confirming queues exactly one record and sends it; the same calculation after a reload is the same record", async () => {
    stored();
    const view = await results();
    const check = await openCheck();
    const id = within(check).getByText("Random reference").nextElementSibling!.textContent;
    fireEvent.click(within(check).getByRole("button", { name: "Send to team results" }));
    await waitFor(() => expect(status().textContent).toBe("Sent: this calculation is now counted in the team results for north-ips."));
    expect(document.activeElement?.id).toBe("team-results-title");
    expect(posted().map((r) => r.id)).toEqual([id]);
    expect(await outbox()).toEqual([expect.objectContaining({ id, state: "sent" })]);

    view.unmount(); // a reload: the answers (and the record made for them) come back from session storage
    await results();
    await waitFor(() => expect(status().textContent).toMatch(/^Sent/));
    expect(screen.queryByRole("button", { name: "Add to team results" })).toBeNull();
    expect((await outbox()).map((s) => s.id)).toEqual([id]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("shows the service's reason when it refuses the record (400), and does not retry", async () => {
    fetchMock.mockResolvedValue(json(400, { message: "the record is not valid", problems: [{ path: "team", message: "this team is not listed" }] }));
    await results();
    fireEvent.click(within(await openCheck()).getByRole("button", { name: "Send to team results" }));
    await waitFor(() => expect(status().textContent).toMatch(/^Not sent: the team results service refused the record \(the record is not valid \(team: this team is not listed\)\)/));
    expect(status().className).toContain("warning-callout");
    expect(within(panel()).queryByRole("button", { name: "Try to send now" })).toBeNull();
    await (await recordsClient()).flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await outbox()).toEqual([expect.objectContaining({ state: "failed" })]);
  });

  it("keeps the record waiting when the service cannot be reached, and sends the same record later", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    await results();
    fireEvent.click(within(await openCheck()).getByRole("button", { name: "Send to team results" }));
    await waitFor(() => expect(status().textContent).toMatch(/^Waiting to send: the service could not be reached \(offline\?\)\. The record is kept in this browser/));
    expect(await outbox()).toEqual([expect.objectContaining({ state: "waiting", attempts: 1 })]);
    stored();
    fireEvent.click(within(panel()).getByRole("button", { name: "Try to send now" }));
    await waitFor(() => expect(status().textContent).toMatch(/^Sent/));
    const [first, second] = posted();
    expect(second!.id).toBe(first!.id);
    expect(await outbox()).toHaveLength(1);
  });

  it("auto-record: records a calculation once its results have stayed the same for a few seconds, and shows what was sent", async () => {
    stored();
    await results({ ...TEAM, "auto-record": "" });
    type("Hourly wage before tax", "13.5"); // changed at once: only the settled answers are recorded
    type("Hourly wage before tax", "14");
    await waitFor(() => expect(status().textContent).toMatch(/^Sent/), { timeout: 6000 });
    expect(posted()).toHaveLength(1);
    expect(posted()[0]!.household.wageBand).toBe("14-to-16");
    expect(within(panel()).getByText("What was sent").closest("details")!.open).toBe(true);
    expect(within(panel()).getByText("Wage band").nextElementSibling!.textContent).toBe("£14 to £15.99 an hour");
  }, 15_000);
});
