import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { silentLogger } from "../../src/logger.js";

declare module "vitest" {
  export interface ProvidedContext {
    azuriteConnectionString: string;
  }
}

/** Starts one in-memory Azurite for the whole run; test files share it through table prefixes. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "alrek-azurite-"));
  const azurite = await startEmbeddedAzurite({ dataDir, inMemory: true, log: silentLogger });
  project.provide("azuriteConnectionString", azurite.connectionString);
  return async () => {
    await azurite.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
