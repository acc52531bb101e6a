import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { ask, said } from "../support/activities.js";
import { randomTablePrefix } from "../setup/azurite.js";

/**
 * Follow-ups through the real bot endpoint: two instances of the service share one Azurite (one
 * table prefix), as instances behind a load balancer share a storage account; the conversation's
 * subject is kept in Table Storage, so a follow-up that reaches the other instance still resolves.
 */
describe("follow-ups across instances (POST /api/messages, Azurite)", () => {
  const prefix = randomTablePrefix();
  let clockNow = new Date("2026-11-10T10:00:00.000Z");
  const clock = () => clockNow;
  let a: RunningService;
  let b: RunningService;

  const start = () =>
    startService(
      loadConfig(
        { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString") },
        { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
      ),
      { log: silentLogger, clock, tablePrefix: prefix, reminders: false },
    );

  beforeAll(async () => {
    a = await start();
    b = await start();
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  const user = (n: number) => ({
    from: { id: `29:user-${n}`, name: `Bruker ${n}`, aadObjectId: `00000000-0000-0000-0000-00000000000${n}` },
  });
  const chat = (id: string) => ({
    conversation: { id, conversationType: "personal", tenantId: "11111111-1111-1111-1111-111111111111" },
  });
  const answer = async (service: RunningService, text: string, extra: Record<string, unknown> = {}) =>
    said((await ask(service.url, text, extra))[0]);

  it.each([
    ["Hvem sitter i Husrådet?", "og hvem leder den?", "Dokumentene sier ikke hvem som leder Husrådet.", "Alrekforum"],
    [
      "Hvem sitter i Alrekforum BEHO?",
      "og hvem leder den?",
      "Alrekforum BEHO ledes av Karen Haugvaldstad.",
      "Husrådet",
    ],
    [
      "Hvem er Anne Marita Milde?",
      "hvilke grupper sitter hun i?",
      "Anne Marita Milde sitter i: Faglig forum",
      "Grupper:",
    ],
    ["Hvem er Alrek-koordinator?", "hvordan når jeg henne?", "Karen.Haugvaldstad@bergen.kommune.no", "fant ingen"],
    ["Kven sit i faggruppa for barn og unge?", "Kven leiar dei?", "på bokmål", "Maria Norheim"],
    [
      "Who sits in the steering group?",
      "and who leads it?",
      "The documents do not say who leads Steering group",
      "Karen",
    ],
  ])("asked on one instance, %s; followed up on the other: %s", async (first, followUp, says, never) => {
    const conversation = chat(`a:followup-${Math.random().toString(36).slice(2)}`);
    await answer(a, first, { ...conversation, ...user(1) });
    const reply = await answer(b, followUp, { ...conversation, ...user(1) });
    expect(reply).toContain(says);
    expect(reply).not.toContain(never);
  });

  it("each person in a conversation has a subject of their own", async () => {
    const conversation = chat("a:shared-chat");
    await answer(a, "Hvem er Anne Marita Milde?", { ...conversation, ...user(1) });
    expect(await answer(b, "hvilke grupper sitter hun i?", { ...conversation, ...user(2) })).toMatch(
      /^Hvem eller hva mener du med «hun»\?/,
    );
    expect(await answer(b, "hvilke grupper sitter hun i?", { ...conversation, ...user(1) })).toContain(
      "Anne Marita Milde sitter i",
    );
  });

  it("a subject is kept for ten minutes: a later follow-up asks back", async () => {
    const conversation = chat("a:slow-chat");
    await answer(a, "Hvem sitter i Lederforum?", { ...conversation, ...user(3) });
    clockNow = new Date(clockNow.getTime() + 9 * 60_000);
    expect(await answer(b, "og hvem leder den?", { ...conversation, ...user(3) })).toContain("Lederforum");
    clockNow = new Date(clockNow.getTime() + 11 * 60_000);
    expect(await answer(a, "og hvem leder den?", { ...conversation, ...user(3) })).toMatch(/^Hvem eller hva mener du/);
  });

  it("two questions in one message: one card with a section each", async () => {
    const replies = await ask(a.url, "Hvem sitter i Husrådet og hva er mandatet til Lederforum?", chat("a:two"));
    expect(replies).toHaveLength(1);
    expect(said(replies[0])).toMatch(/^BEHO i Husrådet: Karen Haugvaldstad/);
    const card = JSON.stringify(replies[0].attachments);
    expect(card).toContain("Mandat");
    expect(card).toContain("leiekontrakter");
  });

  it("a passage of the documents, quoted, with its source", async () => {
    const replies = await ask(b.url, "Når kommer mikrofonene i Borgertun?", chat("a:passage"));
    expect(said(replies[0])).toMatch(/^Fra dokumentet: «/);
    expect(said(replies[0])).toContain("Mikrofoner vil komme på plass i løpet av vår/høst 2024.»");
    expect(JSON.stringify(replies[0].attachments)).toContain("Samarbeid med partnerne i klyngen");
  });
});
