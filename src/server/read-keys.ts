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

  /**
   * Throws unless the request may read this team's record-level CSV: it always
   * needs a key (the team's or the trust's). With neither configured the CSV is off.
   */
  checkRecords(req: FastifyRequest, team: string): void {
    const teamKey = this.teams.get(team);
    if (!teamKey && !this.trust)
      throw new ProblemError(403, `the record-level CSV is off: it is served only with a read key, and neither team ${team} nor the trust has one (set teams.${team}.readKey or trust.readKey)`);
    const given = bearer(req);
    if (!given) throw unauthorised(`team ${team}'s records need its read key or the trust's`);
    if ((teamKey && same(given, teamKey)) || (this.trust && same(given, this.trust))) return;
    throw new ProblemError(403, `that read key does not open team ${team}'s records`);
  }

  /** Whether any record-level CSV can be had (some key is configured). */
  get recordsOpen(): boolean {
    return this.trust !== null || this.teams.size > 0;
  }

  /** Teams whose summary needs no key. */
  openTeams(teams: readonly string[]): string[] {
    return teams.filter((t) => !this.teams.has(t));
  }

  /** Whether the trust-wide summary needs no key. */
  get trustOpen(): boolean {
    return !this.trust && this.teams.size === 0;
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
