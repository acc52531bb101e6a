import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createRepositories } from "../../src/storage/index.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { expectReplies, messageActivity, postActivity } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { cardSubmit, TENANT } from "../support/teamsActivities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

async function send(service: Service, activity: Record<string, unknown>): Promise<any[]> {
  const { status, body } = await postActivity(service.url, expectReplies(activity));
  expect(status).toBe(200);
  return body?.activities ?? [];
}

/** Every element of a card with an id, by id. */
function inputs(card: unknown): Record<string, any> {
  const out: Record<string, any> = {};
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (typeof o.id === "string" && String(o.type).startsWith("Input.")) out[o.id] = o;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

const validForm = {
  verb: "createEvent",
  lang: "nb",
  title: "Fredagspresentasjon om velferdsteknologi",
  kind: "presentation",
  startDate: "2026-12-18",
  startTime: "12:00",
  endTime: "13:00",
  place: "Alrek, bygg 2",
  description: "",
  link: "",
  reminders: "P1D, PT1H",
};

async function allEventTitles(service: Service): Promise<string[]> {
  const body = await fetch(`${service.url}/api/events/all`).then((r) => r.json());
  return body.events.map((e: { title: string }) => e.title);
}

describe("new events from chat, local API mode (everyone is an editor)", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it.each([
    ["ny hendelse", "Ny hendelse", "Lagre"],
    ["new event", "New event", "Save"],
  ])('"%s" answers with the Adaptive Card 1.5 form', async (text, title, save) => {
    const replies = await send(service, messageActivity(text));
    const card = replies[0].attachments[0].content;
    expect(card.version).toBe("1.5");
    expect(JSON.stringify(card.body)).toContain(title);
    const fields = inputs(card);
    expect(fields.title).toMatchObject({ type: "Input.Text", isRequired: true });
    expect(fields.kind.type).toBe("Input.ChoiceSet");
    expect(fields.startDate.type).toBe("Input.Date");
    expect(fields.startTime.type).toBe("Input.Time");
    expect(fields.endDate.type).toBe("Input.Date");
    expect(fields.description.isMultiline).toBe(true);
    expect(fields.reminders.placeholder).toBe("P7D, PT1H");
    expect(card.actions[0]).toMatchObject({ type: "Action.Submit", title: save, data: { verb: "createEvent" } });
  });

  it("answers a submit without a title with the form again, values kept and the error shown, and saves nothing", async () => {
    const before = await allEventTitles(service);
    const replies = await send(service, cardSubmit({ ...validForm, title: "  ", link: "ikke en lenke" }));
    expect(said(replies[0])).toMatch(/ikke lagret/);
    const card = replies[0].attachments[0].content;
    const errors = JSON.stringify(card.body);
    expect(errors).toContain("Tittel må fylles ut");
    expect(errors).toContain("Lenken må være en nettadresse");
    expect(card.body.some((b: any) => b.color === "Attention" && b.text === "Tittel må fylles ut")).toBe(true);
    expect(inputs(card).startDate.value).toBe("2026-12-18");
    expect(inputs(card).place.value).toBe("Alrek, bygg 2");
    expect(await allEventTitles(service)).toEqual(before);
  });

  it.each([
    [{ startTime: "" }, "startDate", "Velg et klokkeslett til datoen"],
    [{ endTime: "11:00" }, "endDate", "Slutt må være etter start"],
    [{ reminders: "1 dag" }, "reminders", "Skriv varigheter som P7D eller PT1H"],
  ])("shows the problem of %j next to %s", async (change, _field, message) => {
    const replies = await send(service, cardSubmit({ ...validForm, ...change }));
    expect(JSON.stringify(replies[0].attachments[0].content.body)).toContain(message);
  });

  it("creates the event from a valid submit and confirms it with its date", async () => {
    const replies = await send(service, cardSubmit(validForm));
    expect(said(replies[0])).toBe("Lagret: «Fredagspresentasjon om velferdsteknologi», fredag 18. desember kl. 12.00.");
    const body = await fetch(`${service.url}/api/events/all`).then((r) => r.json());
    const created = body.events.find((e: any) => e.title === validForm.title);
    expect(created).toMatchObject({
      kind: "presentation",
      start: "2026-12-18T12:00",
      end: "2026-12-18T13:00",
      place: "Alrek, bygg 2",
      reminderLeadTimes: ["P1D", "PT1H"],
    });
    const history = await fetch(`${service.url}/api/events/${created.id}/history`).then((r) => r.json());
    expect(history.history[0]).toMatchObject({
      field: "created",
      by: { oid: "00000000-0000-0000-0000-0000000000aa", tid: TENANT },
    });
  });
});

describe("new events from chat with Entra settings: only listed editors of the tenant", () => {
  const EDITOR = "22222222-2222-2222-2222-222222222222";
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({
      REMINDER_TICK_SECONDS: "3600",
      ENTRA_CLIENT_ID: "33333333-3333-3333-3333-333333333333",
      ENTRA_TENANT_ID: TENANT,
      ENTRA_JWKS_URL: "http://127.0.0.1:9/keys",
      EDITOR_AAD_OBJECT_IDS: EDITOR,
    });
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** The stored titles, read from the tables (the API itself wants a token in this mode). */
  const storedTitles = async () => {
    const factory = createTableClientFactory(
      { connectionString: inject("azuriteConnectionString") },
      { tablePrefix: service.tablePrefix },
    );
    return (await createRepositories(factory).events.list()).map((e) => e.value.title);
  };

  it('refuses "ny hendelse" from someone who is not an editor', async () => {
    const replies = await send(service, messageActivity("ny hendelse"));
    expect(said(replies[0])).toMatch(/^Beklager, bare redaktører kan legge inn hendelser/);
    expect(replies[0].attachments ?? []).toHaveLength(0);
  });

  it.each([
    [
      "a user not in EDITOR_AAD_OBJECT_IDS",
      "00000000-0000-0000-0000-0000000000aa",
      TENANT,
      "en-US",
      /^Sorry, only editors can add events/,
    ],
    [
      "an editor's object id from another tenant",
      EDITOR,
      "44444444-4444-4444-4444-444444444444",
      "nb-NO",
      /^Beklager, bare redaktører/,
    ],
  ])("refuses a submit from %s and saves nothing", async (_who, oid, tenant, locale, refusal) => {
    const submit = cardSubmit(
      { ...validForm, lang: locale.startsWith("en") ? "en" : "nb", title: `Nektet ${oid} ${tenant}` },
      {
        locale,
        from: { id: "29:someone", name: EDITOR, aadObjectId: oid },
        conversation: { id: "a:personal-chat-2", conversationType: "personal", tenantId: tenant },
        channelData: { tenant: { id: tenant } },
      },
    );
    const replies = await send(service, submit);
    expect(said(replies[0])).toMatch(refusal);
    expect(await storedTitles()).not.toContain(`Nektet ${oid} ${tenant}`);
  });

  it("saves a submit from a listed editor of the tenant", async () => {
    const submit = cardSubmit(
      { ...validForm, title: "Lagret av redaktør" },
      {
        from: { id: "29:editor", name: "Redaktør", aadObjectId: EDITOR },
      },
    );
    const replies = await send(service, submit);
    expect(said(replies[0])).toMatch(/^Lagret: «Lagret av redaktør»/);
    expect(await storedTitles()).toContain("Lagret av redaktør");
  });
});
