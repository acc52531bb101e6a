import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity, said } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { personalMessage } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

describe("'Er Borgertun ledig …?' in the running service (Azurite)", () => {
  let service: Service;
  let connector: FakeConnector;
  // Wednesday 25 November 2026, 10:00 in Oslo.
  const now = new Date("2026-11-25T09:00:00.000Z");
  const ask = async (text: string, overrides: Record<string, unknown> = {}) => {
    const { status, body } = await postActivity(
      service.url,
      expectReplies(personalMessage(text, connector.url, overrides)),
    );
    expect(status).toBe(200);
    return (body?.activities ?? []) as any[];
  };
  const other = {
    from: { id: "29:user-2", name: "Annen Bruker", aadObjectId: "00000000-0000-0000-0000-0000000000bb" },
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService({}, { clock: () => now });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it("a free time is said to be free, with a button that asks for it", async () => {
    const [reply] = await ask("Er Borgertun ledig 14.1 kl. 10-12?");
    expect(said(reply)).toBe("Ja, Borgertun er ledig torsdag 14. januar kl. 10.00–12.00.");
    expect(JSON.stringify(reply.attachments)).toContain("Kan jeg låne Borgertun 14.1.2027 kl. 10:00-12:00?");
  });

  it("the button's request opens the form with the time, and never the requester's name as organisation", async () => {
    const [reply] = await ask("Kan jeg låne Borgertun 14.1.2027 kl. 10:00-12:00?");
    const card = JSON.stringify(reply.attachments);
    expect(card).toContain("2027-01-14");
    expect(card).not.toContain("Test Bruker");
  });

  it("a taken time is said to be taken, with the nearest free times as buttons; a day lists its free times", async () => {
    const [stored] = await ask("book Borgertun 14.1 10-12 for møte med UiB");
    expect(said(stored)).toMatch(/er sendt til koordinatoren/);
    const [taken] = await ask("Er Borgertun ledig 14.1 kl. 10-12?", other);
    expect(said(taken)).toBe("Nei, Borgertun er opptatt torsdag 14. januar kl. 10.00–12.00.");
    const card = JSON.stringify(taken.attachments);
    expect(card).toContain("møte med UiB");
    expect(card).toContain("Kan jeg låne Borgertun 14.1.2027 kl. 12:00-14:00?");
    const [day] = await ask("Er Borgertun ledig torsdag 14. januar?", other);
    expect(said(day)).toBe("Borgertun er ledig torsdag 14. januar kl. 08.00–10.00 og 12.00–16.00.");
  });

  it.each([
    [
      "Er Borgertun ledig 1. juledag?",
      "Nei, Borgertun kan ikke lånes fredag 25. desember. Borgertun er stengt: 1. juledag er en helligdag.",
    ],
    ["Kan jeg låne Borgertun 1. juledag kl 10-12 for julemøte?", "Borgertun er stengt: 1. juledag er en helligdag."],
    ["Er Borgertun ledig neste fredag kl. 10-12?", "Ja, Borgertun er ledig fredag 4. desember kl. 10.00–12.00."],
    [
      "Er Borgertun ledig etter påske kl. 10-12?",
      "Nei, Borgertun kan ikke lånes tirsdag 30. mars kl. 10.00–12.00. Borgertun kan lånes høyst 90 dager frem i tid.",
    ],
    [
      "Er Borgertun ledig skjærtorsdag?",
      "Nei, Borgertun kan ikke lånes torsdag 25. mars. Borgertun kan lånes høyst 90 dager frem i tid.",
    ],
    [
      "Er Borgertun ledig fredag 4. desember kl. 10-12? Eg lurer",
      "Ja, Borgertun er ledig fredag 4. desember kl. 10.00–12.00.",
    ],
    ["Is Borgertun free tomorrow 9-11?", "Yes, Borgertun is free on Thursday 26 November, 09:00–11:00."],
    ["Er Borgertun ledig?", "Hvilken dag gjelder det? Skriv for eksempel «Er Borgertun ledig fredag kl. 10–12?»."],
  ])("%s → %s", async (question, expected) => {
    const [reply] = await ask(question);
    expect(said(reply)).toBe(expected);
  });
});
