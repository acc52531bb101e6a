import { createHash, randomBytes } from "node:crypto";
import type { Group, Person } from "../domain/directory.js";
import { DIRECTORY_LIMITS } from "../domain/directoryLimits.js";
import {
  applyGroupEdit,
  applyPersonEdit,
  createdChange,
  currentGroupsIssue,
  memberIssues,
  newGroup,
  newPerson,
  type FieldChange,
  type GroupEdit,
  type GroupInput,
  type PersonEdit,
  type PersonInput,
} from "../domain/directoryRules.js";
import {
  planImport,
  type DirectoryFileRows,
  type ImportItem,
  type ImportPlan,
  type ImportStep,
} from "../domain/directoryImport.js";
import { AlreadyExistsError, ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import type { Actor, ChangeRecord, DirectoryRepository, HistoryRepository, Versioned } from "../domain/repositories.js";
import { slugOf } from "../domain/slug.js";
import type { Clock } from "../domain/clock.js";
import type { KnowledgeSource } from "./knowledgeSource.js";
import { actorOf, enrichConflict, newestFirst, staleError } from "./tiltakService.js";

/** What an import would do (a dry run) or did; `planVersion` names the plan for If-Match. */
export type ImportOutcome = Omit<ImportPlan, "steps" | "issues"> & {
  dryRun: boolean;
  planVersion: string;
  /** After applying: rows that changed between the plan and its write, left as they were. */
  failed?: ImportItem[];
};

/** Groups and people: editors' changes with ETags and history, and import of a whole directory file. */
export interface DirectoryService {
  /** Every group (retired ones too, in listing order) and person (by name), with ETags. */
  list(): Promise<{ groups: Versioned<Group>[]; people: Versioned<Person>[] }>;
  createGroup(input: GroupInput, actor: Actor): Promise<Versioned<Group>>;
  /** get → applyGroupEdit → checks against other rows → conditional update → history. A stale etag changes nothing (412). */
  updateGroup(id: string, edit: GroupEdit, etag: string, actor: Actor): Promise<Versioned<Group>>;
  createPerson(input: PersonInput, actor: Actor): Promise<Versioned<Person>>;
  updatePerson(id: string, edit: PersonEdit, etag: string, actor: Actor): Promise<Versioned<Person>>;
  /** Newest first. */
  groupHistory(id: string): Promise<ChangeRecord[]>;
  personHistory(id: string): Promise<ChangeRecord[]>;
  /**
   * Plans the import of a file (in shape); with `apply`, writes the plan if it is still the one
   * `planVersion` names (else 412 with the new plan), each row conditional on its ETag.
   */
  importFile(file: DirectoryFileRows, actor: Actor, apply?: { planVersion: string }): Promise<ImportOutcome>;
}

/** A new id: the name's slug and a random suffix, so two groups of one name (or a later seed id) never meet. */
function newId(name: string, fallback: string): string {
  return `${slugOf(name, fallback)}-${randomBytes(3).toString("hex")}`;
}

/** A short, stable name for an import plan: the same file over the same rows gives the same version. */
function planVersionOf(plan: ImportPlan): string {
  const steps = plan.steps.map((s) => [s.op, s.type, s.value, s.op === "update" ? s.etag : null]);
  const conflicts = plan.conflicts.map((c) => [c.type, c.id]);
  const hash = createHash("sha256")
    .update(JSON.stringify([steps, conflicts]))
    .digest("hex");
  return `"import-${hash.slice(0, 32)}"`;
}

function outcomeOf(plan: ImportPlan, dryRun: boolean): ImportOutcome {
  const { steps: _steps, issues: _issues, ...lists } = plan;
  return { ...lists, dryRun, planVersion: planVersionOf(plan) };
}

/** Builds the service over the directory and history repositories. */
export function createDirectoryService(deps: {
  directory: DirectoryRepository;
  history: HistoryRepository;
  knowledge: KnowledgeSource;
  clock: Clock;
}): DirectoryService {
  const { directory, history, knowledge, clock } = deps;

  async function record(
    entityType: "group" | "person",
    entityId: string,
    changes: FieldChange[],
    actor: Actor,
    at: Date,
  ): Promise<void> {
    await history.append(
      changes.map((c) => ({ entityType, entityId, at: at.toISOString(), by: actorOf(actor), ...c })),
    );
  }

  async function personIds(): Promise<Set<string>> {
    return new Set((await directory.listPeople()).map((v) => v.value.id));
  }

  async function checkMembers(group: Group): Promise<void> {
    const issues = memberIssues(group.members, await personIds());
    if (issues.length > 0) throw new ValidationError(issues);
  }

  /** Room for one more current group (a new one, or one restored); the stored groups, for the caller to reuse. */
  async function checkRoomForCurrentGroup(field: string, creating: boolean): Promise<Versioned<Group>[]> {
    const groups = await directory.listGroups();
    if (creating && groups.length >= DIRECTORY_LIMITS.groups)
      throw new ValidationError([{ field, message: `at most ${DIRECTORY_LIMITS.groups} groups can be stored` }]);
    const issue = currentGroupsIssue(groups.filter((g) => !g.value.retired).length, field);
    if (issue) throw new ValidationError([issue]);
    return groups;
  }

  async function current<T extends object>(
    load: () => Promise<Versioned<T> | undefined>,
    etag: string,
    what: string,
  ): Promise<Versioned<T>> {
    const existing = await load();
    if (!existing) throw new NotFoundError(`No ${what}`);
    if (existing.etag !== etag) throw staleError(existing);
    return existing;
  }

  async function applyStep(step: ImportStep, actor: Actor, at: Date): Promise<boolean> {
    try {
      if (step.op === "create") {
        if (step.type === "person") await directory.createPerson(step.value);
        else await directory.createGroup(step.value);
        await record(step.type, step.value.id, createdChange(step.value.name), actor, at);
      } else {
        if (step.type === "person") await directory.updatePerson(step.value, step.etag);
        else await directory.updateGroup(step.value, step.etag);
        await record(step.type, step.value.id, step.changes, actor, at);
      }
      return true;
    } catch (error) {
      // Changed, taken or removed since the plan: left as it is, and reported.
      if (error instanceof ConflictError || error instanceof AlreadyExistsError || error instanceof NotFoundError)
        return false;
      throw error;
    }
  }

  return {
    async list() {
      const [groups, people] = await Promise.all([directory.listGroups(), directory.listPeople()]);
      return { groups, people };
    },

    async createGroup(input, actor) {
      const groups = await checkRoomForCurrentGroup("name", true);
      const order = Math.max(0, ...groups.map((g) => g.value.order)) + 1;
      const group = newGroup(newId(input.name, "gruppe"), input, input.order ?? order);
      await checkMembers(group);
      const now = clock();
      const created = await directory.createGroup(group);
      await record("group", group.id, createdChange(group.name), actor, now);
      await knowledge.invalidate();
      return created;
    },

    async updateGroup(id, edit, etag, actor) {
      const existing = await current(() => directory.getGroup(id), etag, `group ${id}`);
      const { group, changes } = applyGroupEdit(existing.value, edit);
      if (changes.length === 0) return existing;
      if (changes.some((c) => c.field === "members")) await checkMembers(group);
      if (existing.value.retired && !group.retired) await checkRoomForCurrentGroup("retired", false);
      const now = clock();
      const saved = await directory.updateGroup(group, etag).catch(async (error: unknown) => {
        throw await enrichConflict(error, () => directory.getGroup(id));
      });
      await record("group", id, changes, actor, now);
      await knowledge.invalidate();
      return saved;
    },

    async createPerson(input, actor) {
      if ((await directory.listPeople()).length >= DIRECTORY_LIMITS.people)
        throw new ValidationError([
          { field: "name", message: `at most ${DIRECTORY_LIMITS.people} people can be stored` },
        ]);
      const person = newPerson(newId(input.name, "person"), input);
      const now = clock();
      const created = await directory.createPerson(person);
      await record("person", person.id, createdChange(person.name), actor, now);
      await knowledge.invalidate();
      return created;
    },

    async updatePerson(id, edit, etag, actor) {
      const existing = await current(() => directory.getPerson(id), etag, `person ${id}`);
      const { person, changes } = applyPersonEdit(existing.value, edit);
      if (changes.length === 0) return existing;
      const now = clock();
      const saved = await directory.updatePerson(person, etag).catch(async (error: unknown) => {
        throw await enrichConflict(error, () => directory.getPerson(id));
      });
      await record("person", id, changes, actor, now);
      await knowledge.invalidate();
      return saved;
    },

    async groupHistory(id) {
      if (!(await directory.getGroup(id))) throw new NotFoundError(`No group ${id}`);
      return newestFirst(await history.list("group", id));
    },

    async personHistory(id) {
      if (!(await directory.getPerson(id))) throw new NotFoundError(`No person ${id}`);
      return newestFirst(await history.list("person", id));
    },

    async importFile(file, actor, apply) {
      const [groups, people] = await Promise.all([directory.listGroups(), directory.listPeople()]);
      const plan = planImport({ groups, people }, file);
      if (plan.issues.length > 0) throw new ValidationError(plan.issues);
      const outcome = outcomeOf(plan, !apply);
      if (!apply) return outcome;
      if (apply.planVersion !== outcome.planVersion)
        throw new ConflictError(
          "The directory or the file changed since the dry run; check the new plan",
          { ...outcome, dryRun: true },
          outcome.planVersion,
        );
      const now = clock();
      const failed: ImportItem[] = [];
      // One by one, people first: a group's new seats name people the same file adds.
      for (const step of plan.steps) {
        if (!(await applyStep(step, actor, now)))
          failed.push({ type: step.type, id: step.value.id, name: step.value.name });
      }
      if (plan.steps.length > 0) await knowledge.invalidate();
      return { ...outcome, failed };
    },
  };
}
