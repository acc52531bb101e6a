import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextKey, isFresh, type ConversationSubject } from "../../src/domain/conversationContext.js";
import { CONVERSATION_CONTEXT_TABLE } from "../../src/storage/tableConversationContextRepository.js";
import { testRepositories } from "../setup/azurite.js";

const subject = (at: string, id = "husradet"): ConversationSubject => ({
  subject: { type: "group", id },
  intent: "groupMembers",
  lang: "nn",
  at,
});

describe("TableConversationContextRepository on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("keeps one subject per person and conversation; the last write wins", async () => {
    const key = contextKey("19:abc/thread;messageid=1#x?", "29:user-1");
    expect(await repos.conversationContext.get(key)).toBeUndefined();
    await repos.conversationContext.set(key, subject("2026-11-10T10:00:00.000Z"));
    await repos.conversationContext.set(key, subject("2026-11-10T10:01:00.000Z", "lederforum"));
    expect(await repos.conversationContext.get(key)).toEqual(subject("2026-11-10T10:01:00.000Z", "lederforum"));
    // Another person in the same conversation has a context of their own.
    expect(
      await repos.conversationContext.get(contextKey("19:abc/thread;messageid=1#x?", "29:user-2")),
    ).toBeUndefined();
  });

  it("a row of another shape is no context", async () => {
    const key = contextKey("a:odd", "29:user-1");
    await repos.conversationContext.set(key, subject("2026-11-10T10:00:00.000Z"));
    const table = repos.factory.client(CONVERSATION_CONTEXT_TABLE);
    for await (const row of table.listEntities())
      await table.upsertEntity(
        { partitionKey: row.partitionKey!, rowKey: row.rowKey!, subjectType: "weather" },
        "Replace",
      );
    expect(await repos.conversationContext.get(key)).toBeUndefined();
  });

  it("prunes subjects kept before a time, and only those", async () => {
    await repos.conversationContext.set(contextKey("a:old", "u"), subject("2026-11-10T09:00:00.000Z"));
    await repos.conversationContext.set(contextKey("a:new", "u"), subject("2026-11-10T10:00:00.000Z"));
    expect(await repos.conversationContext.prune(new Date("2026-11-10T09:30:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await repos.conversationContext.get(contextKey("a:old", "u"))).toBeUndefined();
    expect(await repos.conversationContext.get(contextKey("a:new", "u"))).toBeDefined();
  });
});

describe("isFresh", () => {
  const now = new Date("2026-11-10T10:00:00Z");
  it.each([
    ["2026-11-10T09:59:00.000Z", true],
    ["2026-11-10T09:50:01.000Z", true],
    ["2026-11-10T09:50:00.000Z", false],
    ["2026-11-10T08:00:00.000Z", false],
    ["not a time", false],
  ])("kept at %s → %s", (at, fresh) => {
    expect(isFresh(subject(at), now)).toBe(fresh);
  });
});
