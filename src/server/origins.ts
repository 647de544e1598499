/**
 * Which web pages may use the API from a browser: the service's own origin
 * always, other origins only if `allowedOrigins` lists them (the CORS
 * allow-list). Requests without an Origin header (curl, scripts) are not
 * browser pages and are not refused for that.
 */
import type { FastifyRequest } from "fastify";
import type { Config } from "./config.js";

export function isAllowedOrigin(req: FastifyRequest, config: Config): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (config.allowedOrigins.includes(origin)) return true;
  // The service's own pages: its public origin (behind an HTTPS proxy the request itself may look like http),
  // or the origin the request was addressed to (its Host is checked in guards.ts).
  return origin === config.publicOrigin || origin === `${req.protocol}://${req.host}`;
}
