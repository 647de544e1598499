/**
 * GET /team-results?team=north-ips&from=YYYY-MM&to=YYYY-MM — a plain page
 * holding the team dashboard, for a team meeting or a board report (no
 * team: the trust-wide figures). No inline script: the element is the
 * module served beside it. A read key is never taken from the URL; pages
 * that need one embed the element with its `read-key` attribute.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { Month, TeamCode } from "../../records/schema.js";
import { ProblemError } from "../errors.js";

const Query = z.strictObject({ team: z.optional(TeamCode), from: z.optional(Month), to: z.optional(Month) });

export function pageRoutes(app: FastifyInstance): void {
  app.get("/team-results", async (req, reply) => {
    const q = Query.safeParse(req.query ?? {});
    if (!q.success)
      throw new ProblemError(
        400,
        "the page's parameters are not valid",
        q.error.issues.map((i) => ({ path: i.path.join(".") || String((i as { keys?: string[] }).keys ?? ""), message: i.message })),
      );
    // Values are checked against strict patterns above, so they are safe in attributes.
    const attrs = Object.entries(q.data)
      .filter(([, v]) => v)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join("");
    const title = q.data.team ? `Team results: ${q.data.team}` : "Team results across the trust";
    return reply.type("text/html; charset=utf-8").send(`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Better Off</title>
<style>body { font-family: Arial, sans-serif; margin: 0; padding: 1.5rem; color: #212b32; } main { max-width: 60rem; margin: 0 auto; }</style>
</head>
<body>
<main>
<h1>Better Off: team results</h1>
<better-off-team-results${attrs}>
<p>The team results have not loaded: their code may have been blocked or could not be reached, or scripts are switched off. Try reloading the page.</p>
</better-off-team-results>
</main>
<script type="module" src="./better-off-team-results.js"></script>
</body>
</html>
`);
  });
}
