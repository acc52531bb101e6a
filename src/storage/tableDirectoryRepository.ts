/**
 * The directory: groups, people and cluster facts, each in its own table.
 * "groups": PartitionKey "group", RowKey = group id; `aliases`, `members` as JSON strings.
 * "people": PartitionKey "person", RowKey = person id; `altNames` as a JSON string.
 * "facts":  PartitionKey "facts", RowKey "cluster"; one row, nested parts as JSON strings.
 * One partition per table keeps `load()` at three parallel queries.
 */
import type { TableClient } from "@azure/data-tables";
import type { ClusterFacts, Directory, Group, Person } from "../domain/directory.js";
import { NotFoundError } from "../domain/errors.js";
import type { DirectoryRepository } from "../domain/repositories.js";
import { decodeEntity, keyFor, partitionFilter } from "./entityCodec.js";
import { isNotFound } from "./errors.js";
import { toRow, type RowMapping } from "./versionedTable.js";

export const GROUPS_TABLE = "groups";
export const PEOPLE_TABLE = "people";
export const FACTS_TABLE = "facts";

/** Row mapping of a group; exported for the seeder. */
export const groupMapping: RowMapping<Group> = {
  kind: "group",
  partitionKey: () => "group",
  rowKey: (g) => keyFor(g.id),
  jsonFields: ["aliases", "members"],
};

/** Row mapping of a person; exported for the seeder. */
export const personMapping: RowMapping<Person> = {
  kind: "person",
  partitionKey: () => "person",
  rowKey: (p) => keyFor(p.id),
  jsonFields: ["altNames"],
};

/** Row mapping of the single cluster-facts row; exported for the seeder. */
export const factsMapping: RowMapping<ClusterFacts> = {
  kind: "facts",
  partitionKey: () => "facts",
  rowKey: () => "cluster",
  jsonFields: ["partners", "focusAreas", "meetingRoom", "forum", "coordinator", "documented", "unnamedRoles"],
};

/** DirectoryRepository on Azure Table Storage. Saves are last-writer-wins upserts. */
export class TableDirectoryRepository implements DirectoryRepository {
  constructor(
    private readonly groups: TableClient,
    private readonly people: TableClient,
    private readonly facts: TableClient,
  ) {}

  /** Groups in Vedlegg 1 order, people by name. NotFoundError when the facts row was never seeded. */
  async load(): Promise<Directory> {
    const [groups, people, facts] = await Promise.all([
      readPartition<Group>(this.groups, "group", groupMapping.jsonFields),
      readPartition<Person>(this.people, "person", personMapping.jsonFields),
      this.loadFacts(),
    ]);
    groups.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    people.sort((a, b) => a.name.localeCompare(b.name, "nb"));
    return {
      groups: groups.map((g) => ({ ...g, aliases: g.aliases ?? [], members: g.members ?? [] })),
      people: people.map((p) => ({ ...p, altNames: p.altNames ?? [] })),
      facts,
    };
  }

  async saveGroup(group: Group): Promise<void> {
    await this.groups.upsertEntity(toRow(groupMapping, group), "Replace");
  }

  async savePerson(person: Person): Promise<void> {
    await this.people.upsertEntity(toRow(personMapping, person), "Replace");
  }

  /** Not part of DirectoryRepository: facts change only with the source documents. */
  async saveFacts(facts: ClusterFacts): Promise<void> {
    await this.facts.upsertEntity(toRow(factsMapping, facts), "Replace");
  }

  private async loadFacts(): Promise<ClusterFacts> {
    try {
      const row = await this.facts.getEntity("facts", "cluster");
      return decodeEntity<ClusterFacts>(row, factsMapping.jsonFields);
    } catch (error) {
      if (isNotFound(error)) throw new NotFoundError("cluster facts are not stored yet (not seeded)");
      throw error;
    }
  }
}

async function readPartition<T extends object>(
  table: TableClient,
  partition: string,
  jsonFields: readonly (keyof T & string)[],
): Promise<T[]> {
  const out: T[] = [];
  for await (const row of table.listEntities({ queryOptions: { filter: partitionFilter(partition) } })) {
    out.push(decodeEntity<T>(row, jsonFields));
  }
  return out;
}
