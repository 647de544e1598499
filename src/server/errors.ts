/**
 * One error handler for the whole service. 4xx responses say what is wrong,
 * one entry per problem (`problems`), and also in z.flattenError's shape
 * (`formErrors`, `fieldErrors`, keyed by dotted path). 5xx responses are
 * logged in full and the client gets a generic message: never a stack trace,
 * SQL or file path. Errors are logged once per kind, then counted
 * (`ErrorLog`): a full disk answering thousands of requests writes one line
 * a minute, not a stack trace each.
 */
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import type { Problem } from "../base/problems.js";

export type { Problem };

/** A client error with its problems: thrown by handlers, answered by the error handler. */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  constructor(
    readonly statusCode: number,
    message: string,
    readonly problems: readonly Problem[] = [{ path: "", message }],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly problems: readonly Problem[];
  readonly formErrors: string[];
  readonly fieldErrors: Record<string, string[]>;
}

export function errorBody(statusCode: number, message: string, problems: readonly Problem[]): ErrorBody {
  const formErrors: string[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) {
    if (!p.path) formErrors.push(p.message);
    else (fieldErrors[p.path] ??= []).push(p.message);
  }
  return { statusCode, error: STATUS_CODES[statusCode] ?? "Error", message, problems, formErrors, fieldErrors };
}

/** Fastify's own client errors, in plain words. */
const FASTIFY_MESSAGES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "the request body is too large: a record is at most 16 KB"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "send JSON, with Content-Type: application/json"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "the request body is empty: send the record as JSON"],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "the request body is not valid JSON"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "the Content-Length header does not match the body"],
};

export function installErrorHandler(app: FastifyInstance, opts: { errorLog: ErrorLog }): void {
  app.setErrorHandler((err: FastifyError | ProblemError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ProblemError) {
      for (const [k, v] of Object.entries(err.headers)) void reply.header(k, v);
      return reply.code(err.statusCode).send(errorBody(err.statusCode, err.message, err.problems));
    }
    const known = err.code ? FASTIFY_MESSAGES[err.code] : undefined;
    if (known) return reply.code(known[0]).send(errorBody(known[0], known[1], [{ path: "", message: known[1] }]));
    if (err instanceof SyntaxError || err.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      const m = "the request body is not valid JSON";
      return reply.code(400).send(errorBody(400, m, [{ path: "", message: m }]));
    }
    const status = typeof err.statusCode === "number" && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status < 500) {
      // Other client errors (e.g. 429 from the rate limiter): their messages are written for clients.
      const message = status === 429 ? `too many requests: ${err.message}` : err.message;
      return reply.code(status).send(errorBody(status, message, [{ path: "", message }]));
    }
    req.log.error({ err }, "request failed");
    // One line per kind of error (then a count a minute), never a stack trace per request.
    const kind = `${err.name}${err.code ? ` ${err.code}` : ""}: ${String(err.message).split("\n")[0]!.slice(0, 200)}`;
    opts.errorLog.report(kind, `${req.method} ${req.routeOptions.url ?? req.url.split("?")[0]} failed: ${kind}`);
    const message = "something went wrong on the server (the details are in its log); a record can safely be sent again";
    return reply.code(500).send(errorBody(500, message, [{ path: "", message }]));
  });

  app.setNotFoundHandler((req, reply) => {
    const message = `nothing here: ${req.method} ${req.url.split("?")[0]}`;
    return reply.code(404).send(errorBody(404, message, [{ path: "", message }]));
  });
}

/** Logs the first error of each kind at once, then how many more there were, once a minute. */
export class ErrorLog {
  private readonly counts = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
    private readonly everyMs = 60_000,
  ) {}

  report(kind: string, line: string): void {
    const seen = this.counts.get(kind);
    if (seen === undefined) {
      this.counts.set(kind, 0);
      this.write(`[better-off] ${line} (further errors of this kind are counted, and the count logged once a minute)`);
      this.timer ??= setInterval(() => this.flush(), this.everyMs).unref();
    } else this.counts.set(kind, seen + 1);
  }

  /** Write a line for each kind seen again since the last flush. */
  flush(): void {
    for (const [kind, n] of this.counts) if (n > 0) this.write(`[better-off] ${n} more: ${kind}`);
    for (const k of this.counts.keys()) this.counts.set(k, 0);
  }

  close(): void {
    this.flush();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
