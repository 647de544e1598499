/** `npm run bench`: prints every performance figure the issues name, with its budget. */
import { runEngineBench } from "./engine.js";

const only = process.argv[2];
const benches: [string, () => unknown | Promise<unknown>][] = [["engine", runEngineBench]];
for (const [name, load] of [
  ["widget", async () => (await import("./widget.js" as string)).runWidgetBench()],
  ["server", async () => (await import("./server.js" as string)).runServerBench()],
] as const) benches.push([name, load]);

for (const [name, run] of benches) {
  if (only && only !== name) continue;
  try {
    await run();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/Cannot find module|ERR_MODULE_NOT_FOUND/.test(msg)) console.log(`${name}: no benchmark yet`);
    else {
      console.log(`${name}: FAILED: ${msg}`);
      process.exitCode = 1;
    }
  }
}
