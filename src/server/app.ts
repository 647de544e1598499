/**
 * The Better Off HTTP service: serves the built widget, dashboard and demo
 * pages from `dist/`, and the team-results API on the same port.
 * `buildApp()` does not listen, so tests can use `app.inject()`.
 */
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import fastifyCors from "@fastify/cors";
import fastifyHelmet from "@fastify/helmet";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig, type Config, type ConfigInput } from "./config.js";
import { openStore } from "./db/open-store.js";
import type { RecordsStore } from "./db/store.js";
import { ErrorLog, installErrorHandler } from "./errors.js";
import { ReadKeys } from "./read-keys.js";
import { RecordWriter } from "./record-writer.js";
import { recordRoutes, RECORD_BODY_LIMIT } from "./routes/records.js";
import { summaryRoutes } from "./routes/summaries.js";
import { pageRoutes } from "./routes/pages.js";
import { embeddingHeaders } from "./embedding.js";
import { hostGuard, rateLimits } from "./guards.js";

export interface AppOptions {
  /** Folder of built assets (default: dist/ at the project root). */
  readonly staticDir?: string;
  readonly logger?: boolean;
  /** Settings; anything not given comes from BETTER_OFF_CONFIG and the environment (config.ts). */
  readonly config?: ConfigInput;
  /** Environment to read settings from (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Where error lines go (default: stderr); each kind of error is logged once, then counted (guards.ts). */
  readonly errorLog?: (line: string) => void;
  /** The clock, for checking record months (default: the real one). */
  readonly now?: () => Date;
}

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..") + "/";

declare module "fastify" {
  interface FastifyInstance {
    readonly betterOff: { readonly config: Config; readonly store: RecordsStore; readonly writer: RecordWriter };
  }
}

export async function buildApp(opts: AppOptions = {}): Promise<FastifyInstance> {
  const config = loadConfig(opts.env ?? process.env, opts.config ?? {});
  const store = await openStore(config);
  const writer = new RecordWriter(store);

  const requestTimeout = config.requestTimeoutSeconds * 1000;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: RECORD_BODY_LIMIT,
    // A request (headers and body) must arrive whole within requestTimeoutSeconds; a stalled
    // one gets 408 and its connection is closed. Node checks every second (its default is 30 s).
    requestTimeout,
    http: { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: 1000 },
    // An idle connection (no request in progress) is closed after this.
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    // X-Forwarded-* are believed only from the listed proxies (never `true` or a hop count: a client could set them).
    trustProxy: config.trustedProxies.length ? [...config.trustedProxies] : false,
  });
  app.decorate("betterOff", { config, store, writer });
  // Connections beyond the cap are closed as they arrive, so floods cannot use up the process's file handles.
  app.server.maxConnections = config.maxConnections;
  app.addHook("onClose", async () => {
    await writer.close();
    await store.close();
    errorLog.close();
  });
  const errorLog = new ErrorLog(opts.errorLog);
  installErrorHandler(app, { errorLog });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        // The widget and dashboard are ES modules from this origin; no inline script anywhere.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Styles are adopted stylesheets; browsers without them get a <style> element in the shadow root.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Only the service's own pages may frame its pages; /frame.html also those in frameOrigins (embedding.ts).
        frameAncestors: ["'self'"],
        // Served over plain http on localhost and in tests: do not rewrite requests to https.
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: "sameorigin" },
    // Same-origin by default; the widget's code is cross-origin (embedding.ts).
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  });

  embeddingHeaders(app, config);

  await app.register(fastifyCors, {
    origin: (origin, cb) => cb(null, origin !== undefined && config.allowedOrigins.includes(origin)),
    methods: ["GET", "HEAD", "POST"],
    allowedHeaders: ["Content-Type", "Authorization"],
    exposedHeaders: ["Retry-After", "Content-Disposition"],
    maxAge: 600,
    strictPreflight: true,
  });

  // After helmet and CORS, so a refusal still carries their headers.
  hostGuard(app, config);
  rateLimits(app, config);

  // Proves a write would succeed: a real (no-op) committed write, so a read-only file or a full disk shows here.
  app.get("/api/health", async (_req, reply) => {
    void reply.header("cache-control", "no-store");
    try {
      await store.probeWrite();
      return { ok: true, database: "writable" };
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      errorLog.report(`health: ${String(code ?? (e as Error).name)}`, `GET /api/health: the database cannot be written: ${(e as Error).message}`);
      return reply.code(503).send({ ok: false, database: `cannot be written (${typeof code === "string" ? code : "error"}): records would not be stored` });
    }
  });
  recordRoutes(app, { config, writer, now: opts.now ?? (() => new Date()) });
  summaryRoutes(app, { config, store, keys: new ReadKeys(config) });
  pageRoutes(app);

  const staticDir = opts.staticDir ?? `${PROJECT_ROOT}dist`;
  if (existsSync(staticDir)) {
    await app.register(fastifyStatic, {
      root: staticDir,
      index: ["index.html"],
      // The build writes a brotli (.br) and a gzip (.gz) copy beside each file (vite.config.ts):
      // sent with Content-Encoding to browsers that accept it, always with Vary: Accept-Encoding.
      preCompressed: true,
      // dist/assets/ file names carry a hash of their content: keep them a year. The element
      // (better-off-calculator.js) and the pages keep their names, so browsers check them each time.
      setHeaders(reply, path) {
        if (/[\\/]assets[\\/][^\\/]+-[\w-]{8}\.js(?:\.br|\.gz)?$/.test(path)) void reply.header("cache-control", "public, max-age=31536000, immutable");
        else void reply.header("cache-control", "no-cache");
      },
    });
  } else {
    app.get("/", async (_req, reply) =>
      reply.code(503).type("text/plain").send("The widget has not been built: run `npm run build` (npm start does this for you)."),
    );
  }
  return app;
}
