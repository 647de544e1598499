/**
 * Vitest global set-up for the "postgres" test project (vite.config.ts):
 * one throwaway PostgreSQL for the run; each test app gets a database of
 * its own on it (test/helpers/store.ts).
 */
import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide("postgresAdminUrl", server.url);
  return () => server.stop();
}
