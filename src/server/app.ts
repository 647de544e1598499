/**
 * The Better Off HTTP service: serves the built widget and demo pages from
 * `dist/`, and (issue 4) the team-results API. `buildApp()` does not listen,
 * so tests can use `app.inject()`.
 */
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface AppOptions {
  /** Folder of built assets (default: dist/ at the project root). */
  readonly staticDir?: string;
  readonly logger?: boolean;
}

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function buildApp(opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 16 * 1024 });
  const staticDir = opts.staticDir ?? `${PROJECT_ROOT}dist`;

  app.get("/api/health", async () => ({ ok: true }));

  if (existsSync(staticDir)) {
    await app.register(fastifyStatic, { root: staticDir, index: ["index.html"] });
  } else {
    app.get("/", async (_req, reply) =>
      reply.code(503).type("text/plain").send("The widget has not been built: run `npm run build` (npm start does this for you)."),
    );
  }
  return app;
}
