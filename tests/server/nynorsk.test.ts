import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { createReminderRepositories, type ReminderRepositories } from "../../src/storage/reminderTables/index.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { startTestService } from "../support/testService.js";
import { ask, expectReplies, postActivity } from "../support/activities.js";
import { installationUpdate } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

/** The text of the replies and their cards, as the user would read them. */
const shown = (replies: any[]): string =>
  replies.map((r) => `${r.text ?? ""} ${JSON.stringify(r.attachments ?? [])}`).join("\n");

describe("POST /api/messages in nynorsk", () => {
  let service: Service;
  let repos: ReminderRepositories;
  beforeAll(async () => {
    service = await startTestService();
    repos = createReminderRepositories(
      createTableClientFactory(
        { connectionString: inject("azuriteConnectionString") },
        { tablePrefix: service.tablePrefix },
      ),
    );
  });
  afterAll(async () => {
    await service?.stop();
  });

  // [question, activity locale, words of the nynorsk answer, bokmål words it must not use]
  it.each([
    ["Kven sit i faggruppa for registre?", "nn-NO", ["BEHO i Faggruppe for registre"], ["BEHO in", "Registry group"]],
    ["Kven sit i Husrådet?", "en-US", ["BEHO i Husrådet", "Karen Haugvaldstad"], ["House council"]],
    ["Kvar ligg Alrek?", "nb-NO", ["ligg i Årstadveien 17", "Møtelokalet heiter"], ["ligger i"]],
    ["Kva grupper sit Karen Haugvaldstad i?", "nn-NO", ["Karen Haugvaldstad sit i:"], ["sitter i:"]],
    [
      "Kven er Alrek-koordinator?",
      "nn-NO",
      ["Den interne Alrek-koordinatoren til BEHO er Karen Haugvaldstad"],
      ["BEHO sin interne"],
    ],
    ["Når er neste fredagspresentasjon?", "nn-NO", ["neste gong"], ["neste gang"]],
    ["Kva skjer framover?", "nn", ["framover"], ["fremover"]],
    [
      "hjelp",
      "nn-NO",
      ["Kva kan eg spørje om?", "Kommandoar", "påminningar"],
      ["Hva kan jeg spørre om?", "påminnelser"],
    ],
    ["Kven sit i fotballaget?", "nn-NO", ["Eg fann inga gruppe eller person"], ["Jeg fant ingen"]],
  ])("%s (locale %s) is answered in nynorsk", async (question, locale, words, notWords) => {
    const replies = await ask(service.url, question, { locale });
    expect(replies.length).toBeGreaterThan(0);
    const text = shown(replies);
    for (const w of words) expect(text).toContain(w);
    for (const w of notWords) expect(text).not.toContain(w);
  });

  it("answers a bokmål question in bokmål even with an nn-NO locale", async () => {
    const text = shown(await ask(service.url, "Hvem sitter i Husrådet?", { locale: "nn-NO" }));
    expect(text).toContain("BEHO i Husrådet");
    expect(text).toContain("BEHO sine medlemmer");
  });

  it.each([
    ["påminningar", "nn-NO", "Denne samtalen har ingen påminningar"],
    ["ny hending", "nn-NO", "Ny hending"],
  ])("answers the command %s in nynorsk", async (command, locale, expected) => {
    const text = shown(await ask(service.url, command, { locale }));
    expect(text).toContain(expected);
  });

  it("subscribes and unsubscribes in nynorsk, and remembers nynorsk for the reminders", async () => {
    const conversation = { id: "nn-subscriber", conversationType: "personal" };
    const on = shown(await ask(service.url, "abonner møte og fristar", { locale: "nb-NO", conversation }));
    expect(on).toContain("Påminningar er slått på");
    expect(on).toContain("møte og fristar");
    expect(await repos.targets.get(conversationTargetId("nn-subscriber"))).toMatchObject({
      lang: "nn",
      status: "active",
    });
    const off = shown(await ask(service.url, "avslutt abonnement", { locale: "nn-NO", conversation }));
    expect(off).toContain("Påminningane er slått av");
  });

  it("records an installation from an nn-NO client as nynorsk, for its reminders", async () => {
    const install = installationUpdate("add", "https://smba.trafficmanager.net/emea/", {
      locale: "nn-NO",
      conversation: {
        id: "a:nn-personal",
        conversationType: "personal",
        tenantId: "11111111-1111-1111-1111-111111111111",
      },
    });
    const { status } = await postActivity(service.url, expectReplies(install));
    expect(status).toBe(200);
    expect(await repos.targets.get(conversationTargetId("a:nn-personal"))).toMatchObject({ lang: "nn" });
  });
});
