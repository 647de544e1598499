/**
 * Optional read keys for summaries and CSV, sent as `Authorization: Bearer
 * <key>`. A team with a key needs it (or the trust key); the trust-wide
 * summary needs the trust key if one is set, and is closed if only some teams
 * have keys (it would otherwise show their figures to anyone). Keys are
 * compared as SHA-256 hashes in constant time.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { keyHash, sha256, type Config } from "./config.js";
import { ProblemError } from "./errors.js";

export class ReadKeys {
  private readonly trust: Buffer | null;
  private readonly teams = new Map<string, Buffer>();

  constructor(config: Config) {
    this.trust = keyHash(config.trust);
    for (const [team, k] of Object.entries(config.teams)) {
      const h = keyHash(k);
      if (h) this.teams.set(team, h);
    }
  }

  /** Throws 401/403 unless the request may read this team's figures. */
  checkTeam(req: FastifyRequest, team: string): void {
    const teamKey = this.teams.get(team);
    if (!teamKey) return;
    const given = bearer(req);
    if (!given) throw unauthorised(`team ${team}'s results need its read key`);
    if (same(given, teamKey) || (this.trust && same(given, this.trust))) return;
    throw new ProblemError(403, `that read key does not open team ${team}'s results`);
  }

  /** Throws 401/403 unless the request may read the trust-wide summary. */
  checkTrust(req: FastifyRequest): void {
    if (!this.trust) {
      if (this.teams.size === 0) return;
      throw new ProblemError(403, "the trust-wide summary is closed: some teams have read keys, so set a trust read key (trust.readKey) to open it");
    }
    const given = bearer(req);
    if (!given) throw unauthorised("the trust-wide summary needs the trust read key");
    if (!same(given, this.trust)) throw new ProblemError(403, "that read key does not open the trust-wide summary");
  }
}

function bearer(req: FastifyRequest): Buffer | null {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m ? sha256(m[1]!) : null;
}

const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

const unauthorised = (message: string) =>
  new ProblemError(401, `${message}: send it as "Authorization: Bearer <key>"`, undefined, { "www-authenticate": 'Bearer realm="better-off"' });
