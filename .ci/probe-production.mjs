// Probes a running production service (see .ci/production-check): health (a write succeeds),
// the element served compressed to any origin, a record stored, a summary read.
// Usage: node .ci/probe-production.mjs http://127.0.0.1:PORT TEAM
import { randomUUID } from "node:crypto";

const [base, team] = process.argv.slice(2);
const fail = (m) => {
  console.error(`production probe: FAILED: ${m}`);
  process.exit(1);
};
const check = (cond, m) => cond || fail(m);

const health = await fetch(`${base}/api/health`);
const healthBody = await health.text();
check(health.status === 200 && JSON.parse(healthBody).database === "writable", `GET /api/health: ${health.status} ${healthBody}`);

const js = await fetch(`${base}/better-off-calculator.js`, { headers: { "accept-encoding": "br", origin: "https://intranet.example.nhs.uk" } });
check(js.status === 200, `GET /better-off-calculator.js: ${js.status}`);
check(js.headers.get("content-encoding") === "br", `the element is not sent brotli-compressed (content-encoding: ${js.headers.get("content-encoding")})`);
check(js.headers.get("access-control-allow-origin") === "*", "the element is not loadable from other origins");

const now = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).formatToParts(new Date());
const month = `${now.find((p) => p.type === "year").value}-${now.find((p) => p.type === "month").value}`;
const record = {
  schemaVersion: 1,
  id: randomUUID(),
  team,
  month,
  rulesId: "uk/2026-27@6901d8251d5938",
  engineVersion: "0.1.0",
  region: "england",
  household: { adults: "single", children: "0", ageBand: "25-plus", health: "none", disabilityBenefit: false, tenure: "social", benefitsBefore: ["universal-credit"], wageBand: "12-to-13" },
  scenarios: [{ hours: "16", betterOffAfterCostsWeekly: 90, outcome: "better", flags: [] }],
};
const post = await fetch(`${base}/api/records`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(record) });
const postBody = await post.text();
check(post.status === 201, `POST /api/records: ${post.status} ${postBody}`);

const summary = await fetch(`${base}/api/teams/${team}/summary`);
check(summary.status === 200, `GET summary: ${summary.status}`);
check((await summary.json()).calculations === "fewer than 5", "the summary does not count the record");

console.log(`production probe: OK (${base}: health, compressed element, record stored, summary)`);
