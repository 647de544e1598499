/**
 * Fast on the wire (issue 12): the build writes a brotli and a gzip copy of
 * each file, and the service sends the one the browser accepts, with
 * Content-Encoding and Vary: Accept-Encoding, bytes that decompress to the
 * file itself.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { DIST, ensureBuilt } from "../helpers/build.js";

let app: FastifyInstance;
let dir: string;
let asset: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "better-off-compression-"));
  app = await buildApp({ config: { db: join(dir, "records.sqlite") }, env: {}, staticDir: DIST });
  asset = `assets/${readdirSync(join(DIST, "assets")).find((f) => /^calculation-[\w-]+\.js$/.test(f))!}`;
}, 180_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("precompressed assets", () => {
  it("the build writes .br and .gz beside every script and page", () => {
    for (const f of ["better-off-calculator.js", "better-off-team-results.js", "better-off-calculator.single.js", "frame.html", "frame.js", "frame-resize.js", asset])
      for (const ext of [".br", ".gz"]) expect(existsSync(join(DIST, f + ext)), f + ext).toBe(true);
  });

  it.each([
    ["br", brotliDecompressSync],
    ["gzip", gunzipSync],
  ] as const)("%s: sent compressed, with Content-Encoding and Vary, decompressing to the file", async (encoding, decompress) => {
    for (const f of ["better-off-calculator.js", asset, "frame.html"]) {
      const res = await app.inject({ url: `/${f}`, headers: { "accept-encoding": encoding === "br" ? "gzip, deflate, br" : "gzip, deflate" } });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(String(res.headers["content-type"])).toMatch(f.endsWith(".html") ? /^text\/html/ : /^(text|application)\/javascript/);
      const original = readFileSync(join(DIST, f));
      expect(Buffer.compare(decompress(res.rawPayload), original)).toBe(0);
      if (original.length > 4096) expect(res.rawPayload.length).toBeLessThan(original.length / 2); // (the element itself is a few import lines)
    }
  });

  it("a client that accepts neither gets the file as it is (and Vary still says why)", async () => {
    const res = await app.inject({ url: "/better-off-calculator.js", headers: { "accept-encoding": "identity" } });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(Buffer.compare(res.rawPayload, readFileSync(join(DIST, "better-off-calculator.js")))).toBe(0);
  });

  it("hashed assets keep their year-long cache lifetime when sent compressed; the element stays no-cache", async () => {
    const a = await app.inject({ url: `/${asset}`, headers: { "accept-encoding": "br" } });
    expect(a.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const e = await app.inject({ url: "/better-off-calculator.js", headers: { "accept-encoding": "br" } });
    expect(e.headers["cache-control"]).toBe("no-cache");
    expect(e.headers["access-control-allow-origin"]).toBe("*");
  });
});
