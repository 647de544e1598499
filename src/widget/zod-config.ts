/**
 * zod (used by the engine to check input and rule tables) compiles a fast
 * parser with `new Function` when it can, and probes for that ability on
 * first use. Under a Content-Security-Policy without 'unsafe-eval' the probe
 * is blocked and reported as a violation. The element never needs eval:
 * switch zod's JIT off before anything is parsed. This is the bundle's own
 * copy of zod; a host page's zod is not affected.
 */
import { config } from "zod/mini";

config({ jitless: true });
