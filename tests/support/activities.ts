import { randomUUID } from "node:crypto";

/** Builds a Teams message activity as the Teams channel would post it. */
export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    timestamp: new Date().toISOString(),
    locale: "nb-NO",
    from: { id: "29:user-1", name: "Test Bruker", aadObjectId: "00000000-0000-0000-0000-0000000000aa" },
    recipient: { id: "28:alrek-bot", name: "Alrek" },
    conversation: {
      id: "a:personal-chat-1",
      conversationType: "personal",
      tenantId: "11111111-1111-1111-1111-111111111111",
    },
    channelData: { tenant: { id: "11111111-1111-1111-1111-111111111111" } },
    text,
    ...overrides,
  };
}

/** The same activity, asking for the replies in the HTTP response body. */
export function expectReplies(activity: Record<string, unknown>): Record<string, unknown> {
  return { ...activity, deliveryMode: "expectReplies" };
}

/** Posts an activity to /api/messages and returns status and parsed body. */
export async function postActivity(
  baseUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof activity === "string" ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

/** Asks a question with expectReplies and returns the reply activities. */
export async function ask(baseUrl: string, text: string, overrides: Record<string, unknown> = {}): Promise<any[]> {
  const { status, body } = await postActivity(baseUrl, expectReplies(messageActivity(text, overrides)));
  if (status !== 200) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
  return body?.activities ?? [];
}

/**
 * What a bot reply says in plain text: its `text`, or for a card reply (which has no text, so
 * Teams shows it once) the `summary` that notifications and screen readers use.
 */
export function said(reply: { text?: unknown; summary?: unknown }): string {
  if (typeof reply.text === "string") return reply.text;
  return typeof reply.summary === "string" ? reply.summary : "";
}
