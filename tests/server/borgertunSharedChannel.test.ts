import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { expectReplies, postActivity } from "../support/activities.js";
import { startTestService } from "../support/testService.js";
import { cardSubmit, channelMessage } from "../support/teamsActivities.js";
import { EDITOR_OID, entraEnv, TEST_TENANT_ID } from "../support/entraTokens.js";

type Service = Awaited<ReturnType<typeof startTestService>>;
const PARTNER_TENANT = "22222222-3333-4444-8555-666666666666";

/**
 * A channel BEHO shares with a cluster partner: the partner's people may ask (Borgertun, events,
 * representation) but never edit, even when their object id happens to be on the editor list.
 */
describe("a shared channel with a partner tenant", () => {
  let service: Service;
  let connector: FakeConnector;
  const now = new Date("2026-11-25T09:00:00.000Z");
  const send = async (activity: Record<string, unknown>) => {
    const { status, body } = await postActivity(service.url, expectReplies(activity));
    expect(status).toBe(200);
    return (body?.activities ?? []) as any[];
  };
  const place = () => ({
    serviceUrl: connector.url,
    channelId: "19:shared-alrek@thread.skype",
    channelName: "Alrek partnere",
  });
  // The partner's user: the activity names the partner tenant (from the partner's side of the shared channel).
  const partner = (overrides: Record<string, unknown> = {}) => ({
    from: { id: "29:partner", name: "Partner", aadObjectId: EDITOR_OID, tenantId: PARTNER_TENANT },
    conversation: {
      id: "19:shared-alrek@thread.skype",
      conversationType: "channel",
      isGroup: true,
      tenantId: PARTNER_TENANT,
    },
    channelData: {
      tenant: { id: PARTNER_TENANT },
      channel: { id: "19:shared-alrek@thread.skype", membershipType: "shared" },
    },
    ...overrides,
  });

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService(
      { ...entraEnv("http://127.0.0.1:9/keys"), ALLOWED_TENANT_IDS: `${TEST_TENANT_ID},${PARTNER_TENANT}` },
      { clock: () => now },
    );
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it.each([
    ["Kan jeg låne Borgertun 14.1 kl. 10-12 for møte med UiB?", /er sendt til koordinatoren/],
    ["Hva skjer fremover?", /./],
    ["Hvem er representert i Husrådet?", /./],
  ])("gets an answer to %s", async (text, expected) => {
    const replies = await send(channelMessage(text, place(), partner()));
    expect(replies).toHaveLength(1);
    expect(said(replies[0])).toMatch(expected);
  });

  it.each([
    ["the partner tenant on the conversation", partner()],
    [
      "the host's conversation, the partner's tenant on the person",
      partner({
        conversation: {
          id: "19:shared-alrek@thread.skype",
          conversationType: "channel",
          isGroup: true,
          tenantId: TEST_TENANT_ID,
        },
      }),
    ],
  ])("cannot open the new-event form (%s)", async (_label, who) => {
    const replies = await send(channelMessage("ny hendelse", place(), who));
    expect(said(replies[0])).toMatch(/^Beklager, bare redaktører kan legge inn hendelser/);
  });

  it("cannot approve a Borgertun request", async () => {
    const replies = await send(
      cardSubmit(
        { verb: "borgertunDecide", decision: "approve", bookingId: "any", lang: "nb" },
        { serviceUrl: connector.url, ...partner() },
      ),
    );
    expect(said(replies[0])).toBe("Bare koordinatoren kan behandle forespørsler om Borgertun.");
  });

  it("an editor in the home tenant still can", async () => {
    const replies = await send(
      channelMessage(
        "ny hendelse",
        place(),
        partner({
          from: { id: "29:editor", name: "Redaktør", aadObjectId: EDITOR_OID },
          conversation: {
            id: "19:shared-alrek@thread.skype",
            conversationType: "channel",
            isGroup: true,
            tenantId: TEST_TENANT_ID,
          },
          channelData: { tenant: { id: TEST_TENANT_ID } },
        }),
      ),
    );
    expect(said(replies[0])).toBe("Fyll ut skjemaet for å legge inn en hendelse.");
  });
});
