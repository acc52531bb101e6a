import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { azuriteConnectionString, findFreePort } from "../../src/storage/azuriteProcess.js";
import { testTableFactory } from "../setup/azurite.js";
import { StorageUnavailableError } from "../../src/storage/errors.js";

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
    expect(() =>
      createTableClientFactory({ connectionString: inject("azuriteConnectionString") }, { tablePrefix: prefix }),
    ).toThrow(/prefix/);
  });

  it("turns a refused connection into StorageUnavailableError (after the SDK's retries), for every kind of call", async () => {
    const factory = createTableClientFactory({ connectionString: azuriteConnectionString(await findFreePort()) });
    const client = factory.client("groups");
    const calls: [string, () => Promise<unknown>][] = [
      ["ensureTables", () => factory.ensureTables(["groups"])],
      ["getEntity", () => client.getEntity("p", "r")],
      [
        "listEntities",
        async () => {
          for await (const _ of client.listEntities()) break;
        },
      ],
      ["createEntity", () => client.createEntity({ partitionKey: "p", rowKey: "r" })],
    ];
    const errors = await Promise.all(
      calls.map(([, call]) =>
        call().then(
          () => undefined,
          (e: unknown) => e,
        ),
      ),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect((error as StorageUnavailableError).reason).toBe("ECONNREFUSED");
    }
  });

  it("leaves answers of a reachable store as they are (409 stays a 409)", async () => {
    const client = tables.factory.client("groups");
    const error = await client.createEntity({ partitionKey: "p", rowKey: "r" }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(StorageUnavailableError);
    expect((error as { statusCode?: number }).statusCode).toBe(409);
  });

  it("ping is true while Azurite answers", async () => {
    expect(await tables.factory.ping()).toBe(true);
  });

  it("ping is false when nothing listens", async () => {
    const factory = createTableClientFactory({ connectionString: azuriteConnectionString(await findFreePort()) });
    expect(await factory.ping()).toBe(false);
  });
});
