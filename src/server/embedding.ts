/**
 * What other sites may do with the service's files (issue 12):
 *  - the widget's code (the element, its assets, the single-file build, the
 *    dashboard module and the frame resizer) is public: any page may load it
 *    (`Access-Control-Allow-Origin: *`, never with credentials, and
 *    `Cross-Origin-Resource-Policy: cross-origin`);
 *  - everything else (API, CSV, pages) is `same-origin` for CORP, and the
 *    API's CORS stays on the allowedOrigins list (app.ts);
 *  - `/frame.html` may be framed by the origins in `frameOrigins`
 *    (CSP `frame-ancestors`); every other page only by the service itself.
 */
import type { FastifyInstance } from "fastify";
import type { Config } from "./config.js";

/** Paths of the widget's public code. */
const WIDGET_ASSET = /^\/(?:better-off-calculator(?:\.single)?\.js|better-off-team-results\.js|frame-resize\.js|assets\/[\w.-]+\.js)$/;

export const isWidgetAsset = (path: string): boolean => WIDGET_ASSET.test(path);

/** The page other sites may frame. */
export const FRAME_PAGE = "/frame.html";

export function embeddingHeaders(app: FastifyInstance, config: Config): void {
  const frameAncestors = ["'self'", ...config.frameOrigins].join(" ");
  app.addHook("onSend", async (req, reply, payload) => {
    const path = req.url.split("?")[0]!;
    if (isWidgetAsset(path) && reply.statusCode < 400) {
      void reply.header("access-control-allow-origin", "*");
      void reply.removeHeader("access-control-allow-credentials");
      void reply.header("cross-origin-resource-policy", "cross-origin");
    } else if (path === FRAME_PAGE && config.frameOrigins.length) {
      const csp = String(reply.getHeader("content-security-policy") ?? "");
      void reply.header("content-security-policy", csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${frameAncestors}`));
      // X-Frame-Options cannot name origins; frame-ancestors does the job in every current browser.
      void reply.removeHeader("x-frame-options");
    }
    return payload;
  });
}
