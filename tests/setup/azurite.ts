import { randomBytes } from "node:crypto";
import { TableServiceClient } from "@azure/data-tables";
import { inject } from "vitest";
import { createRepositories, type Repositories } from "../../src/storage/index.js";
import { createTableClientFactory, type TableClientFactory } from "../../src/storage/tableClients.js";

/** A table factory on the shared test Azurite, with its own random prefix. */
export interface TestTables {
  factory: TableClientFactory;
  tablePrefix: string;
  /** Deletes the tables this factory created (those starting with its prefix). */
  cleanup(): Promise<void>;
}

/** "t" + 8 random lowercase letters/digits: a table-name prefix no other test file uses. */
export function randomTablePrefix(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return "t" + [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join("");
}

/** A factory against the Azurite started by tests/setup/azurite.global.ts. */
export function testTableFactory(): TestTables {
  const tablePrefix = randomTablePrefix();
  const factory = createTableClientFactory({ connectionString: inject("azuriteConnectionString") }, { tablePrefix });
  return {
    factory,
    tablePrefix,
    cleanup: () => deleteTablesWithPrefix(inject("azuriteConnectionString"), tablePrefix),
  };
}

/** Repositories on fresh, created tables; call `cleanup` in afterAll. */
export async function testRepositories(): Promise<Repositories & { cleanup(): Promise<void> }> {
  const tables = testTableFactory();
  const repos = createRepositories(tables.factory);
  await repos.ensureTables();
  return Object.assign(repos, { cleanup: tables.cleanup });
}

async function deleteTablesWithPrefix(connectionString: string, prefix: string): Promise<void> {
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
  const names: string[] = [];
  for await (const table of service.listTables()) if (table.name?.startsWith(prefix)) names.push(table.name);
  await Promise.all(names.map((name) => service.deleteTable(name)));
}
