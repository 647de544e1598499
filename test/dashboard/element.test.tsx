// @vitest-environment jsdom
/**
 * `<better-off-team-results>` against the real service (buildApp on a real
 * SQLite file, listening on a free loopback port): registration, shadow DOM,
 * attributes, and refreshing when a record is acknowledged.
 */
import { waitFor } from "@testing-library/preact";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BetterOffTeamResultsElement, defineBetterOffTeamResults, RECORD_SENT, TAG } from "../../src/dashboard/index.js";
import { RECORD_SENT as CLIENT_RECORD_SENT } from "../../src/outbox/client.js";
import { makeRecord } from "../helpers/records.js";
import { postAll, testApp, type TestApp } from "../helpers/server.js";

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await testApp();
  await postAll(t, Array.from({ length: 6 }, (_, i) => makeRecord({ month: "2026-04", gains: { "16": 50 + i } })));
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = `${address}/`;
});
afterAll(async () => t.close());
afterEach(() => {
  document.body.innerHTML = "";
});

function mount(attrs: Record<string, string>) {
  const el = document.createElement(TAG);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}
const text = (el: HTMLElement) => el.shadowRoot?.textContent ?? "";

describe("<better-off-team-results>", () => {
  it("is defined once, however many times it is registered", () => {
    expect(customElements.get(TAG)).toBe(BetterOffTeamResultsElement);
    expect(() => defineBetterOffTeamResults()).not.toThrow();
  });

  it("shows the team's figures from the service, inside its shadow root", async () => {
    const el = mount({ team: "north-ips", endpoint: base });
    expect(el.shadowRoot).not.toBeNull();
    // 6 calculations, shown rounded to the nearest 5.
    await waitFor(() => expect(text(el)).toContain("Of about 5 calculations since April 2026, about 5 showed the person better off working 16 hours a week."), { timeout: 5000 });
    expect(el.children).toHaveLength(0); // nothing leaks into the host page's DOM
  });

  it("loads again when a record for its team is acknowledged", async () => {
    const el = mount({ team: "north-ips", endpoint: base });
    await waitFor(() => expect(text(el)).toContain("Of about 5 calculations"), { timeout: 5000 });
    // 6 + 3 = 9, shown as 10.
    await postAll(t, Array.from({ length: 3 }, () => makeRecord({ month: "2026-05" })));
    document.dispatchEvent(new CustomEvent(CLIENT_RECORD_SENT, { detail: { team: "north-ips" } }));
    await waitFor(() => expect(text(el)).toContain("Of about 10 calculations"), { timeout: 5000 });
    expect(RECORD_SENT).toBe(CLIENT_RECORD_SENT);
  });

  it("changing an attribute loads the new figures", async () => {
    const el = mount({ team: "north-ips", endpoint: base });
    await waitFor(() => expect(text(el)).toMatch(/Of about \d+ calculations since April 2026/), { timeout: 5000 });
    el.setAttribute("from", "2026-07");
    await waitFor(() => expect(text(el)).toContain("Fewer than 5 calculations since July 2026 so far"), { timeout: 5000 });
  }, 15_000);

  it("an attribute it cannot use is reported, not thrown", async () => {
    const errors: string[] = [];
    document.addEventListener("better-off-error", (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    const el = mount({ team: "north-ips", endpoint: base, from: "April" });
    await waitFor(() => expect(text(el)).toContain('from="April" is not a month written YYYY-MM; ignoring it'));
    expect(errors).toContain('from="April" is not a month written YYYY-MM; ignoring it');
  });

  it("never throws into the host page when it cannot start, and says why in a better-off-error event", () => {
    const el = document.createElement(TAG);
    el.attachShadow = () => {
      throw new Error("no shadow roots here");
    };
    const errors: unknown[] = [];
    el.addEventListener("better-off-error", (e) => errors.push((e as CustomEvent).detail));
    expect(() => document.body.append(el)).not.toThrow();
    expect(() => el.refresh()).not.toThrow();
    expect(errors).toEqual([{ kind: "internal", message: "no shadow roots here" }]);
  });

  it("keeps its state off the element, and takes its figures away when removed", async () => {
    const el = mount({ team: "north-ips", endpoint: base });
    await waitFor(() => expect(text(el)).toMatch(/Of about \d+ calculations/), { timeout: 5000 });
    // Only what the DOM itself keeps on any element (jsdom: its implementation symbol).
    expect(Reflect.ownKeys(el)).toEqual(Reflect.ownKeys(document.createElement("div")));
    el.remove();
    expect(text(el)).not.toMatch(/calculations/);
  });
});
