/**
 * Guards in front of every route (issue 12):
 *  - the Host a request is addressed to must be the service's public origin
 *    (`publicOrigin`) or a loopback name, so a web page on another site
 *    cannot reach the service through DNS rebinding;
 *  - one rate-limit bucket per client for record posts and one for reads,
 *    across every route and method (GET and HEAD share it; the health
 *    check, which writes, has a bucket of its own), keyed by the
 *    client's address (believed from X-Forwarded-For only when the request
 *    comes from a trusted proxy, `trustedProxies`);
 * (Errors logged once per kind, then counted: `ErrorLog` in errors.ts.)
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "./config.js";
import { ProblemError } from "./errors.js";

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

export function hostGuard(app: FastifyInstance, config: Config): void {
  const publicHost = config.publicOrigin ? new URL(config.publicOrigin).host.toLowerCase() : null;
  app.addHook("onRequest", async (req) => {
    const host = (req.host ?? "").toLowerCase();
    if (LOOPBACK.test(host) || (publicHost !== null && host === publicHost)) return;
    throw new ProblemError(
      421,
      publicHost
        ? `this service answers requests for ${config.publicOrigin} only`
        : "this service answers requests addressed to localhost only until its publicOrigin setting names the address people use to reach it",
    );
  });
}

type Bucket = "posts" | "reads" | "health";

/** Which bucket a request counts against, if any (static files are not limited). */
function bucketOf(req: FastifyRequest): Bucket | null {
  if (!req.url.startsWith("/api/")) return null;
  if (req.method === "POST") return "posts";
  // Its own bucket (same size as reads), so monitoring does not use up a client's reads.
  if (req.url.split("?")[0] === "/api/health") return "health";
  if (req.method === "GET" || req.method === "HEAD") return "reads";
  return null;
}

export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limits: Readonly<Record<Bucket, number>>,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count a request; returns the seconds to wait if over the limit, else 0. */
  take(bucket: Bucket, client: string): number {
    const t = this.now();
    const key = `${bucket} ${client}`;
    let w = this.windows.get(key);
    if (!w || w.resetAt <= t) {
      if (this.windows.size >= 100_000) this.sweep(t);
      w = { count: 0, resetAt: t + this.windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > this.limits[bucket] ? Math.max(1, Math.ceil((w.resetAt - t) / 1000)) : 0;
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= t) this.windows.delete(k);
    // Still full (a flood from very many addresses): start again rather than grow without bound.
    if (this.windows.size >= 100_000) this.windows.clear();
  }
}

export function rateLimits(app: FastifyInstance, config: Config): void {
  const limiter = new RateLimiter({ posts: config.rateLimit.postsPerMinute, reads: config.rateLimit.readsPerMinute, health: config.rateLimit.readsPerMinute });
  app.addHook("onRequest", async (req) => {
    const bucket = bucketOf(req);
    if (!bucket) return;
    const wait = limiter.take(bucket, req.ip);
    if (wait) throw new ProblemError(429, `too many requests: try again in ${wait} seconds`, undefined, { "retry-after": String(wait) });
  });
}
