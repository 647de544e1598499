/**
 * Start the real service (`src/server/main.ts`) as a child process on a free
 * port, for integration and browser tests. Resolves when it says it is running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project root (not imported from ./rules.js, which reads every rule table when loaded). */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startApp(env: Record<string, string> = {}, timeoutMs = 20_000): Promise<RunningApp> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: ROOT,
    // The teams the tests post for are configured, as a trust would.
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", BETTER_OFF_TEAMS: "north-ips,south-ips,team-0,team-1,team-2", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`service did not start in ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err}`));
    }, timeoutMs);
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        const port = Number(m[1]);
        resolve({
          url: `http://127.0.0.1:${port}`,
          port,
          child,
          stop: (signal = "SIGTERM") =>
            new Promise<void>((res) => {
              if (child.exitCode !== null || child.signalCode !== null) return res();
              child.once("exit", () => res());
              child.kill(signal);
            }),
        });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited (${code}) before starting\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}
