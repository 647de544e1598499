/**
 * Service configuration: an optional JSON file (path in BETTER_OFF_CONFIG),
 * then environment variables, which win. Every setting has a default; an
 * unknown or invalid setting stops the service with a message naming it.
 * Documented in src/server/README.md; example: src/server/config.example.json.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { TeamCode } from "../records/schema.js";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hash in lower-case hex (64 characters)");
const Key = z.string().min(16, "must be at least 16 characters (use a long random key)");

const ReadKey = z
  .strictObject({
    /** The key itself… */
    readKey: Key.optional(),
    /** …or its SHA-256 hash in hex, so the file need not hold the key. */
    readKeySha256: Sha256.optional(),
  })
  .refine((k) => !(k.readKey && k.readKeySha256), "give readKey or readKeySha256, not both");

const Origin = z
  .string()
  .regex(/^https?:\/\/[^/\s]+$/, 'must be an origin such as "https://intranet.example.nhs.uk" (scheme and host, no path or trailing slash)');

export const Config = z.strictObject({
  /** SQLite file (created with its folder on first start); not used when databaseUrl is set. */
  db: z.string().min(1).default("./data/records.sqlite"),
  /** A PostgreSQL connection string (postgres://user:password@host:5432/database?sslmode=verify-full): records go there instead of the SQLite file, so several instances can share them. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL connection string starting postgres:// or postgresql://")
    .optional(),
  /** Connections each instance keeps open to PostgreSQL at most. */
  databasePoolSize: z.number().int().min(1).max(1000).default(10),
  /** Origins (other than the service's own) whose pages may post records and read summaries. */
  allowedOrigins: z.array(Origin).default([]),
  /** Origins whose pages may show /frame.html in an iframe (CSP frame-ancestors). */
  frameOrigins: z.array(Origin).default([]),
  /** The address people and pages use to reach the service, e.g. "https://better-off.trust.nhs.uk"; requests for any other host are refused. */
  publicOrigin: Origin.optional(),
  /** Figures resting on fewer records than this are shown as "fewer than N"; other counts are rounded to the nearest 5. */
  smallNumberThreshold: z.number().int().min(5, "must be at least 5 (counts are rounded to the nearest 5 above it)").max(100).default(5),
  /** Records from months more than this many months ago are deleted (checked at start and daily). */
  retentionMonths: z.number().int().min(1).max(120).default(36),
  rateLimit: z
    .strictObject({
      /** Record posts a minute from one address (staff behind one trust proxy share an address). */
      postsPerMinute: z.number().int().min(1).default(600),
      /** Summary and CSV requests a minute from one address. */
      readsPerMinute: z.number().int().min(1).default(120),
    })
    .default({ postsPerMinute: 600, readsPerMinute: 120 }),
  /** The teams records are collected for, each with an optional read key: if a team has one, its summary and CSV need it (or the trust key). */
  teams: z.record(TeamCode, ReadKey).default({}),
  /** Refuse records (and summaries) for teams not listed in `teams`. */
  onlyListedTeams: z.boolean().default(true),
  /** The trust-wide read key: opens /api/summary and every team's summary and CSV. */
  trust: ReadKey.default({}),
  /** Addresses (or CIDR ranges) of the reverse proxies in front of the service: X-Forwarded-For and -Proto are believed only from these. */
  trustedProxies: z.array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'must be an IP address or range such as "10.0.0.5" or "10.0.0.0/24"')).default([]),
  /** A request must arrive whole within this many seconds (a stalled body is cut off). */
  requestTimeoutSeconds: z.number().int().min(1).max(300).default(10),
  /** Open connections at most; more are refused until some close. */
  maxConnections: z.number().int().min(1).max(100_000).default(1000),
});
export type Config = z.output<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`[better-off] the service configuration is not valid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** Environment variables and the setting each one sets. */
export const ENV_VARS = {
  BETTER_OFF_DB: "db",
  BETTER_OFF_DATABASE_URL: "databaseUrl",
  BETTER_OFF_DATABASE_POOL_SIZE: "databasePoolSize",
  BETTER_OFF_ALLOWED_ORIGINS: "allowedOrigins (comma-separated)",
  BETTER_OFF_SMALL_NUMBER_THRESHOLD: "smallNumberThreshold",
  BETTER_OFF_RETENTION_MONTHS: "retentionMonths",
  BETTER_OFF_POSTS_PER_MINUTE: "rateLimit.postsPerMinute",
  BETTER_OFF_READS_PER_MINUTE: "rateLimit.readsPerMinute",
  BETTER_OFF_TEAM_READ_KEYS: "teams (team=key pairs, comma-separated)",
  BETTER_OFF_ONLY_LISTED_TEAMS: "onlyListedTeams (true/false)",
  BETTER_OFF_TRUST_READ_KEY: "trust.readKey",
  BETTER_OFF_TEAMS: "teams (team codes, comma-separated; keys from BETTER_OFF_TEAM_READ_KEYS)",
  BETTER_OFF_FRAME_ORIGINS: "frameOrigins (comma-separated)",
  BETTER_OFF_PUBLIC_ORIGIN: "publicOrigin",
  BETTER_OFF_TRUSTED_PROXIES: "trustedProxies (comma-separated)",
  BETTER_OFF_REQUEST_TIMEOUT_SECONDS: "requestTimeoutSeconds",
  BETTER_OFF_MAX_CONNECTIONS: "maxConnections",
} as const;

/** Build the configuration from a file (BETTER_OFF_CONFIG) and the environment. Throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigInput = {}): Config {
  const problems: string[] = [];
  let raw: Record<string, unknown> = {};
  const file = env.BETTER_OFF_CONFIG;
  if (file) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) problems.push(`${file}: must hold a JSON object`);
      else raw = parsed as Record<string, unknown>;
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
    }
  }
  const int = (name: string, v: string) => {
    if (/^\d+$/.test(v.trim())) return Number(v);
    problems.push(`${name}: must be a whole number (got ${JSON.stringify(v)})`);
    return undefined;
  };
  const bool = (name: string, v: string) => {
    if (!/^(true|false|1|0)$/i.test(v.trim())) problems.push(`${name}: must be true or false (got ${JSON.stringify(v)})`);
    return /^(true|1)$/i.test(v.trim());
  };
  const e = (name: keyof typeof ENV_VARS) => {
    const v = env[name];
    return v === undefined || v === "" ? undefined : v;
  };
  const fromEnv: Record<string, unknown> = {};
  if (e("BETTER_OFF_DB")) fromEnv.db = e("BETTER_OFF_DB");
  if (e("BETTER_OFF_DATABASE_URL")) fromEnv.databaseUrl = e("BETTER_OFF_DATABASE_URL");
  const list = (name: keyof typeof ENV_VARS) => e(name)!.split(",").map((s) => s.trim()).filter(Boolean);
  if (e("BETTER_OFF_ALLOWED_ORIGINS")) fromEnv.allowedOrigins = list("BETTER_OFF_ALLOWED_ORIGINS");
  if (e("BETTER_OFF_FRAME_ORIGINS")) fromEnv.frameOrigins = list("BETTER_OFF_FRAME_ORIGINS");
  if (e("BETTER_OFF_TRUSTED_PROXIES")) fromEnv.trustedProxies = list("BETTER_OFF_TRUSTED_PROXIES");
  if (e("BETTER_OFF_PUBLIC_ORIGIN")) fromEnv.publicOrigin = e("BETTER_OFF_PUBLIC_ORIGIN");
  const setInt = (target: Record<string, unknown>, key: string, name: keyof typeof ENV_VARS) => {
    const v = e(name);
    if (v === undefined) return;
    const n = int(name, v);
    if (n !== undefined) target[key] = n;
  };
  setInt(fromEnv, "databasePoolSize", "BETTER_OFF_DATABASE_POOL_SIZE");
  setInt(fromEnv, "smallNumberThreshold", "BETTER_OFF_SMALL_NUMBER_THRESHOLD");
  setInt(fromEnv, "retentionMonths", "BETTER_OFF_RETENTION_MONTHS");
  setInt(fromEnv, "requestTimeoutSeconds", "BETTER_OFF_REQUEST_TIMEOUT_SECONDS");
  setInt(fromEnv, "maxConnections", "BETTER_OFF_MAX_CONNECTIONS");
  const limits = { ...((raw.rateLimit as object | undefined) ?? {}) } as Record<string, unknown>;
  setInt(limits, "postsPerMinute", "BETTER_OFF_POSTS_PER_MINUTE");
  setInt(limits, "readsPerMinute", "BETTER_OFF_READS_PER_MINUTE");
  if (Object.keys(limits).length) fromEnv.rateLimit = limits;
  if (e("BETTER_OFF_TEAMS") || e("BETTER_OFF_TEAM_READ_KEYS")) {
    const teams = { ...((raw.teams as object | undefined) ?? {}) } as Record<string, unknown>;
    if (e("BETTER_OFF_TEAMS")) for (const t of list("BETTER_OFF_TEAMS")) teams[t] ??= {};
    for (const pair of (e("BETTER_OFF_TEAM_READ_KEYS") ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
      const i = pair.indexOf("=");
      if (i < 1) problems.push(`BETTER_OFF_TEAM_READ_KEYS: "${pair.slice(0, 40)}" is not team=key`);
      else teams[pair.slice(0, i)] = { readKey: pair.slice(i + 1) };
    }
    fromEnv.teams = teams;
  }
  if (e("BETTER_OFF_ONLY_LISTED_TEAMS")) fromEnv.onlyListedTeams = bool("BETTER_OFF_ONLY_LISTED_TEAMS", e("BETTER_OFF_ONLY_LISTED_TEAMS")!);
  if (e("BETTER_OFF_TRUST_READ_KEY")) fromEnv.trust = { readKey: e("BETTER_OFF_TRUST_READ_KEY") };
  const parsed = Config.safeParse({ ...raw, ...fromEnv, ...overrides });
  if (!parsed.success) for (const i of parsed.error.issues) problems.push(`${i.path.join(".") || "(config)"}: ${i.code === "unrecognized_keys" ? `unknown setting ${i.keys.join(", ")}` : i.message}`);
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}

export const sha256 = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** The expected hash of a key setting, or null if none is set. */
export function keyHash(k: { readKey?: string | undefined; readKeySha256?: string | undefined }): Buffer | null {
  if (k.readKey) return sha256(k.readKey);
  if (k.readKeySha256) return Buffer.from(k.readKeySha256, "hex");
  return null;
}
