import { readFileSync } from "node:fs";
import { calculate, parseHousehold } from "/work/wlc/src/engine/index.js";
import { rulesFor } from "/work/wlc/test/helpers/rules.js";
const cases = JSON.parse(readFileSync("/work/wlc/test/fixtures/worked-examples-2025-27.json", "utf8"));
const { expected, ...input } = cases.find((c: any) => c.id === "p02-lcwra-protected-new-style-esa-support");
const adults = input.adults;
const mk = (sd?: string) => parseHousehold({ ...input, adults: [adults[0], { age: 40, job: { hourlyWage: 12.71, hours: 20, payFrequency: "fortnightly", firstPayday: "2026-04-17", pension: "netPay" } }], job: { ...input.job, hours: [0, 8, 15, 16, 24, 30, 37.5], payFrequency: "weekly", firstPayday: "2026-04-10", ...(sd ? { startDate: sd } : {}) } });
const r = rulesFor("2026-27");
for (const sd of [undefined, "2026-05-11"]) {
  const p = mk(sd); if (!p.ok) throw new Error(JSON.stringify(p));
  for (let i = 0; i < 500; i++) calculate(p.household, r);
  const t0 = performance.now(); for (let i = 0; i < 2000; i++) calculate(p.household, r); console.log(sd, ((performance.now() - t0) / 2000).toFixed(3), "ms");
}
