import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { createReminderRepositories, type ReminderRepositories } from "../../src/storage/reminderTables/index.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity, said } from "../support/activities.js";
import { channelMessage, personalMessage, TENANT, type ChannelPlace } from "../support/teamsActivities.js";
import { randomTablePrefix } from "../setup/azurite.js";

async function instance(prefix: string, clock: () => Date): Promise<RunningService> {
  const config = loadConfig(
    { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"), REMINDER_TICK_SECONDS: "3600" },
    { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
  );
  return startService(config, { log: silentLogger, clock, tablePrefix: prefix, reminders: false });
}

const USER = { id: "29:user-1", name: "Test Bruker", aadObjectId: "00000000-0000-0000-0000-0000000000aa" };

/** An Action.Execute invoke from a card in the personal chat. */
function execute(serviceUrl: string, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: `inv-${Math.random()}`,
    channelId: "msteams",
    serviceUrl,
    from: USER,
    recipient: { id: "28:alrek-bot", name: "Alrek" },
    conversation: { id: "a:personal-chat-1", conversationType: "personal", tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

describe("personal control and the weekly digest (real service, Azurite, fake connector)", () => {
  let connector: FakeConnector;
  let now = new Date("2026-11-22T10:00:00.000Z");
  const clock = () => now;
  const prefix = randomTablePrefix();
  let a: RunningService;
  let b: RunningService;
  let repos: ReminderRepositories;
  const personalId = conversationTargetId("a:personal-chat-1");

  beforeAll(async () => {
    connector = await startFakeConnector();
    a = await instance(prefix, clock);
    b = await instance(prefix, clock);
    repos = createReminderRepositories(
      createTableClientFactory({ connectionString: inject("azuriteConnectionString") }, { tablePrefix: prefix }),
    );
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await connector?.close();
  });

  const say = async (service: RunningService, activity: Record<string, unknown>) => {
    const { status, body } = await postActivity(service.url, expectReplies(activity));
    expect(status).toBe(200);
    return (body?.activities ?? []) as any[];
  };
  const invoke = async (verb: string, data: Record<string, unknown>) => {
    const { status, body } = await postActivity(a.url, execute(connector.url, verb, data));
    expect(status).toBe(200);
    return body.value as any;
  };

  it('"Utsett 1 time" on a personal reminder brings it back once, an hour later, across two instances', async () => {
    await say(a, personalMessage("abonner", connector.url));
    const res = await fetch(`${a.url}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "meeting",
        title: "Veiledningsmøte",
        start: "2026-12-15T12:00",
        reminderLeadTimes: ["PT3H"],
      }),
    });
    expect(res.status).toBe(201);
    connector.reset();
    now = new Date("2026-12-15T08:01:00.000Z"); // 09:01 Oslo
    expect((await a.tickReminders()).sent).toBe(1);
    const card = (connector.recorded()[0].activity.attachments as any[])[0].content;
    const snooze = card.actions.find((x: any) => x.verb === "snooze" && x.data.until === "1h");
    expect(card.actions.map((x: any) => x.title)).toEqual(
      expect.arrayContaining(["Utsett 1 time", "Utsett til i morgen", "Ikke send meg slike"]),
    );

    const answer = await invoke("snooze", snooze.data);
    expect(JSON.stringify(answer)).toContain("Utsatt. Påminnelsen kommer tilbake tirsdag 15. desember kl. 10.01.");
    await invoke("snooze", snooze.data); // a second click on the same card: still one snooze

    now = new Date("2026-12-15T08:30:00.000Z");
    await Promise.all([a.tickReminders(), b.tickReminders()]);
    expect(connector.recorded()).toHaveLength(1);
    now = new Date("2026-12-15T09:02:00.000Z");
    await Promise.all([a.tickReminders(), b.tickReminders(), a.tickReminders()]);
    await Promise.all([a.tickReminders(), b.tickReminders()]);
    expect(connector.recorded()).toHaveLength(2);
    expect(connector.recorded()[1].activity.text).toBe("Påminnelse: Veiledningsmøte, tirsdag 15. desember kl. 12.00");
  });

  it("an RSVP click in personal chat returns the card with its snooze buttons kept", async () => {
    const card = (connector.recorded()[0].activity.attachments as any[])[0].content;
    const yes = card.body.find((x: any) => x.type === "ActionSet").actions[0];
    const answer = await invoke(yes.verb, yes.data);
    expect(answer.body.map((x: any) => x.text)).toContain("Ditt svar: Kommer");
    expect(answer.actions.map((x: any) => x.title)).toEqual(
      expect.arrayContaining(["Utsett 1 time", "Ikke send meg slike"]),
    );
  });

  it('"Ikke send meg slike" turns off that kind only', async () => {
    const answer = await invoke("muteKind", { kind: "meeting", lang: "nb" });
    expect(JSON.stringify(answer)).toContain("Du får ikke lenger påminnelser om møter her.");
    expect((await repos.subscriptions.get(personalId))?.kinds).toEqual([
      "conference",
      "presentation",
      "workshop",
      "deadline",
    ]);
  });

  it.each([
    ["innstillinger", "Innstillinger for påminnelser"],
    ["innstillingar", "Innstillingar for påminningar"],
    ["settings", "Reminder settings"],
  ])('"%s" shows the settings card in that language', async (text, title) => {
    const replies = await say(a, personalMessage(text, connector.url));
    const card = replies[0].attachments[0].content;
    expect(card.body[0].text).toBe(title);
    expect(card.body.find((x: any) => x.id === "kinds").value).toBe("conference,presentation,workshop,deadline");
  });

  it("saving the settings stores kinds, lead times and the digest; a bad lead time changes nothing", async () => {
    const bad = await invoke("saveSettings", {
      lang: "nb",
      kinds: "meeting,deadline",
      lead_meeting: "i morgen tidlig",
      digest: "also",
    });
    expect(JSON.stringify(bad)).toContain("«i morgen tidlig» er ikke et tidspunkt jeg forstår. Ingenting er endret.");
    expect((await repos.subscriptions.get(personalId))?.kinds).toEqual([
      "conference",
      "presentation",
      "workshop",
      "deadline",
    ]);

    const ok = await invoke("saveSettings", {
      lang: "nb",
      kinds: "meeting,deadline",
      lead_meeting: "P1D, PT30M",
      digest: "also",
    });
    expect(JSON.stringify(ok)).toContain("Innstillingene er lagret.");
    expect(await repos.subscriptions.get(personalId)).toMatchObject({
      kinds: ["meeting", "deadline"],
      leadTimes: { meeting: ["P1D", "PT30M"] },
      digest: "also",
    });
  });

  it("the weekly digest goes once per conversation per week with two instances, and not when there is nothing to say", async () => {
    const forum: ChannelPlace = { serviceUrl: connector.url, channelId: `19:${prefix}-forum@thread.tacv2` };
    const quiet: ChannelPlace = { serviceUrl: connector.url, channelId: `19:${prefix}-quiet@thread.tacv2` };
    now = new Date("2027-01-02T10:00:00.000Z");
    expect(said((await say(a, channelMessage("ukesoppsummering", forum)))[0])).toMatch(/Uka i Alrek/);
    expect(said((await say(a, channelMessage("weekly digest", quiet)))[0])).toMatch(/The week in Alrek/);
    await say(a, channelMessage("abonner konferanser", quiet)); // the quiet channel: conferences only (none that week)
    await repos.subscriptions.put({
      ...(await repos.subscriptions.get(conversationTargetId(quiet.channelId)))!,
      digest: "only",
    });
    for (const body of [
      {
        kind: "meeting",
        title: "Alrekforum BEHO januar",
        start: "2027-01-05T10:00",
        end: "2027-01-05T11:00",
        reminderLeadTimes: [],
      },
      { kind: "deadline", title: "Søknadsfrist <b>kurs</b>", start: "2027-01-08T12:00", reminderLeadTimes: [] },
    ])
      expect(
        (
          await fetch(`${a.url}/api/events`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          })
        ).status,
      ).toBe(201);
    connector.reset();

    now = new Date("2027-01-04T06:59:00.000Z"); // Monday 07:59 Oslo: not yet
    await Promise.all([a.tickReminders(), b.tickReminders()]);
    expect(connector.recorded()).toHaveLength(0);
    now = new Date("2027-01-04T07:01:00.000Z"); // Monday 08:01 Oslo
    await Promise.all([a.tickReminders(), b.tickReminders(), a.tickReminders(), b.tickReminders()]);
    now = new Date("2027-01-04T09:00:00.000Z");
    await Promise.all([a.tickReminders(), b.tickReminders()]);

    const digests = connector
      .recorded()
      .filter((r) => r.activity.text === "Uka i Alrek" || r.activity.text === "The week in Alrek");
    // The personal chat chose the digest beside its reminders in the settings test above.
    expect(digests.map((d) => d.conversationId).sort()).toEqual([forum.channelId, "a:personal-chat-1"].sort());
    const card = JSON.stringify(
      (digests.find((d) => d.conversationId === forum.channelId)!.activity.attachments as any[])[0].content,
    );
    expect(card).toContain("Alrekforum BEHO januar");
    expect(card).toContain("Søknadsfrist \\\\<b\\\\>kurs\\\\</b\\\\>");
    expect(card).toContain("Frister");
    const quietRow = await repos.ledger.get("digest|2027-01-04", conversationTargetId(quiet.channelId));
    expect(quietRow?.value.status).toBe("skipped");
  });
});
