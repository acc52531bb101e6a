import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { azuriteConnectionString, findFreePort } from "../../src/storage/azuriteProcess.js";
import { testTableFactory } from "../setup/azurite.js";

describe("createTableClientFactory", () => {
  const tables = testTableFactory();
  afterAll(() => tables.cleanup());

  it("prefixes table names and creates them idempotently", async () => {
    expect(tables.factory.tableName("groups")).toBe(tables.tablePrefix + "groups");
    await tables.factory.ensureTables(["groups", "events"]);
    await tables.factory.ensureTables(["groups", "events"]);
    await tables.factory.client("groups").createEntity({ partitionKey: "p", rowKey: "r", navn: "Åse" });
    expect((await tables.factory.client("groups").getEntity("p", "r")).navn).toBe("Åse");
  });

  it.each(["t-1", "1abc", "æøå"])("rejects the prefix %j", (prefix) => {
    expect(() => createTableClientFactory({ connectionString: inject("azuriteConnectionString") }, { tablePrefix: prefix })).toThrow(/prefix/);
  });

  it("ping is true while Azurite answers", async () => {
    expect(await tables.factory.ping()).toBe(true);
  });

  it("ping is false when nothing listens", async () => {
    const factory = createTableClientFactory({ connectionString: azuriteConnectionString(await findFreePort()) });
    expect(await factory.ping()).toBe(false);
  });
});
