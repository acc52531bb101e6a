/**
 * The contract's types and the domain's agree. These checks are made by the type checker
 * (`npm run typecheck`); at run time each `expectTypeOf` passes trivially.
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as C from "../../src/contract/index.js";
import type { ClusterFacts, Group, Person } from "../../src/domain/directory.js";
import type { GroupEdit, GroupInput, PersonEdit, PersonInput } from "../../src/domain/directoryRules.js";
import type { DirectoryFileRows } from "../../src/domain/directoryImport.js";
import type { ReminderDelivery } from "../../src/domain/conversations.js";
import type { EventInput, EventPatch } from "../../src/domain/eventRules.js";
import type { AlrekEvent, EventKind } from "../../src/domain/events.js";
import type { ChangeRecord } from "../../src/domain/repositories.js";
import type { PlanPeriod, Tiltak, TiltakEdit, TiltakStatus } from "../../src/domain/tiltak.js";
import type { CarryOverRequest, PeriodInput } from "../../src/domain/tiltakRules.js";
import type { Dashboard } from "../../src/services/dashboardService.js";
import type { Summary } from "../../src/services/summaryService.js";
import type { BadRowView } from "../../src/services/badRowLog.js";
import type { OccurrenceDto } from "../../src/services/occurrenceDto.js";
import type * as Tab from "../../src/tab/apiTypes.js";

describe("the wire contract's types", () => {
  it("are the domain's entity types", () => {
    expectTypeOf<C.AlrekEvent>().toEqualTypeOf<AlrekEvent>();
    expectTypeOf<C.EventKind>().toEqualTypeOf<EventKind>();
    expectTypeOf<C.Tiltak>().toEqualTypeOf<Tiltak>();
    expectTypeOf<C.TiltakStatus>().toEqualTypeOf<TiltakStatus>();
    expectTypeOf<C.PlanPeriod>().toEqualTypeOf<PlanPeriod>();
    expectTypeOf<C.ChangeRecord>().toEqualTypeOf<ChangeRecord>();
    expectTypeOf<C.Group>().toEqualTypeOf<Group>();
    expectTypeOf<C.Person>().toEqualTypeOf<Person>();
    expectTypeOf<C.ClusterFacts>().toEqualTypeOf<ClusterFacts>();
    expectTypeOf<C.ReminderDelivery>().toEqualTypeOf<ReminderDelivery>();
  });

  it("are what the services return", () => {
    expectTypeOf<C.OccurrenceDto>().toEqualTypeOf<OccurrenceDto>();
    expectTypeOf<C.Summary>().toEqualTypeOf<Summary>();
    expectTypeOf<C.BadRow>().toEqualTypeOf<BadRowView>();
    // The service writes `Tiltak & { etag }` as an intersection; same shape, so assignable both ways.
    expectTypeOf<C.Dashboard>().toMatchTypeOf<Dashboard>();
    expectTypeOf<Dashboard>().toMatchTypeOf<C.Dashboard>();
  });

  it("give the domain the inputs it takes", () => {
    expectTypeOf<C.EventCreateBody>().toMatchTypeOf<EventInput>();
    expectTypeOf<C.EventPatchBody>().toMatchTypeOf<EventPatch>();
    expectTypeOf<C.TiltakPatchBody>().toEqualTypeOf<TiltakEdit>();
    expectTypeOf<C.PeriodCreateBody>().toMatchTypeOf<PeriodInput & { carryOver?: CarryOverRequest | null }>();
    expectTypeOf<C.GroupPatchBody>().toMatchTypeOf<GroupEdit>();
    expectTypeOf<C.GroupCreateBody>().toMatchTypeOf<GroupInput>();
    expectTypeOf<C.PersonPatchBody>().toMatchTypeOf<PersonEdit>();
    expectTypeOf<C.PersonCreateBody>().toMatchTypeOf<PersonInput>();
    expectTypeOf<C.DirectoryFile>().toMatchTypeOf<DirectoryFileRows>();
  });

  it("are the tab's types", () => {
    expectTypeOf<Tab.OccurrenceDto>().toEqualTypeOf<C.OccurrenceDto>();
    expectTypeOf<Tab.EventInput>().toEqualTypeOf<C.EventCreateBody>();
    expectTypeOf<Tab.Dashboard>().toEqualTypeOf<C.Dashboard>();
  });
});
