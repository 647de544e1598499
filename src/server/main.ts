/** Start the service: `PORT` (default 8080), `HOST` (default 0.0.0.0). */
import { buildApp } from "./app.js";

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "0.0.0.0";

const app = await buildApp({ logger: process.env.LOG === "1" });
const address = await app.listen({ port, host });
const actualPort = new URL(address).port;
process.stdout.write(`Better Off is running: http://localhost:${actualPort}/ (listening on ${host}:${actualPort})\n`);

for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    void app.close().then(() => process.exit(0));
  });
