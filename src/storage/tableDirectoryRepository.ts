/**
 * The directory: groups, people and cluster facts, each in its own table.
 * "groups": PartitionKey "group", RowKey = group id; `aliases`, `members` as JSON strings.
 * "people": PartitionKey "person", RowKey = person id; `altNames` as a JSON string.
 * "facts":  PartitionKey "facts", RowKey "cluster"; one row, nested parts as JSON strings.
 * One partition per table keeps `load()` at three parallel queries. Groups and people are read
 * through their row schemas (a bad row is reported and left out) and changed only with their ETag.
 */
import type { TableClient } from "@azure/data-tables";
import type { BadRowReporter } from "../domain/badRows.js";
import type { ClusterFacts, Directory, Group, Person } from "../domain/directory.js";
import { NotFoundError } from "../domain/errors.js";
import type { DirectoryRepository, Versioned } from "../domain/repositories.js";
import { decodeEntity, keyFor } from "./entityCodec.js";
import { isNotFound } from "./errors.js";
import { GROUP_ROW, PERSON_ROW } from "./rowSchemas.js";
import { toRow, VersionedTable, type RowMapping } from "./versionedTable.js";

export const GROUPS_TABLE = "groups";
export const PEOPLE_TABLE = "people";
export const FACTS_TABLE = "facts";
const GROUP_PARTITION = "group";
const PERSON_PARTITION = "person";

/** Row mapping of a group; exported for the seeder. */
export const groupMapping: RowMapping<Group> = {
  kind: "group",
  partitionKey: () => GROUP_PARTITION,
  rowKey: (g) => keyFor(g.id),
  jsonFields: ["aliases", "members"],
};

/** Row mapping of a person; exported for the seeder. */
export const personMapping: RowMapping<Person> = {
  kind: "person",
  partitionKey: () => PERSON_PARTITION,
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

const byOrder = (a: Versioned<Group>, b: Versioned<Group>) =>
  a.value.order - b.value.order || a.value.id.localeCompare(b.value.id);
const byName = (a: Versioned<Person>, b: Versioned<Person>) => a.value.name.localeCompare(b.value.name, "nb");

/** DirectoryRepository on Azure Table Storage; bad rows met on reading are reported to `badRows`. */
export class TableDirectoryRepository implements DirectoryRepository {
  private readonly groups: VersionedTable<Group>;
  private readonly people: VersionedTable<Person>;

  constructor(
    private readonly groupsTable: TableClient,
    private readonly peopleTable: TableClient,
    private readonly facts: TableClient,
    badRows?: BadRowReporter,
  ) {
    this.groups = new VersionedTable(groupsTable, groupMapping, { spec: GROUP_ROW, badRows });
    this.people = new VersionedTable(peopleTable, personMapping, { spec: PERSON_ROW, badRows });
  }

  /** Groups in Vedlegg 1 order (retired ones included), people by name. NotFoundError when the facts row was never seeded. */
  async load(): Promise<Directory> {
    const [groups, people, facts] = await Promise.all([this.listGroups(), this.listPeople(), this.loadFacts()]);
    return { groups: groups.map((v) => v.value), people: people.map((v) => v.value), facts };
  }

  async listGroups(): Promise<Versioned<Group>[]> {
    return (await this.groups.list(GROUP_PARTITION)).sort(byOrder);
  }

  async listPeople(): Promise<Versioned<Person>[]> {
    return (await this.people.list(PERSON_PARTITION)).sort(byName);
  }

  getGroup(id: string): Promise<Versioned<Group> | undefined> {
    return this.groups.get(GROUP_PARTITION, id);
  }

  getPerson(id: string): Promise<Versioned<Person> | undefined> {
    return this.people.get(PERSON_PARTITION, id);
  }

  createGroup(group: Group): Promise<Versioned<Group>> {
    return this.groups.create(group);
  }

  createPerson(person: Person): Promise<Versioned<Person>> {
    return this.people.create(person);
  }

  updateGroup(group: Group, etag: string): Promise<Versioned<Group>> {
    return this.groups.update(group, etag);
  }

  updatePerson(person: Person, etag: string): Promise<Versioned<Person>> {
    return this.people.update(person, etag);
  }

  /** Not part of DirectoryRepository: an unconditional write, for tests and tools that set up data. */
  async saveGroup(group: Group): Promise<void> {
    await this.groupsTable.upsertEntity(toRow(groupMapping, group), "Replace");
  }

  /** Not part of DirectoryRepository: an unconditional write, for tests and tools that set up data. */
  async savePerson(person: Person): Promise<void> {
    await this.peopleTable.upsertEntity(toRow(personMapping, person), "Replace");
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
