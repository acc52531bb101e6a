/** Teams activities beyond plain personal messages: channels, installation, card submits. */
import { randomUUID } from "node:crypto";
import { messageActivity } from "./activities.js";

export const TENANT = "11111111-1111-1111-1111-111111111111";
export const BOT = { id: "28:alrek-bot", name: "Alrek" };

/** Where a channel lives: the team, the channel, and the connector the bot should post to. */
export interface ChannelPlace {
  serviceUrl: string;
  teamId?: string;
  /** The channel conversation id, "19:…@thread.tacv2". */
  channelId: string;
  channelName?: string;
}

/** A message @mentioning the bot in a channel; its conversation id is a thread reply's ("…;messageid=…"). */
export function channelMessage(
  text: string,
  place: ChannelPlace,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const teamId = place.teamId ?? "19:team-general@thread.tacv2";
  return messageActivity(`<at>Alrek</at> ${text}`, {
    serviceUrl: place.serviceUrl,
    conversation: {
      id: `${place.channelId};messageid=${Date.now()}`,
      conversationType: "channel",
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: {
      tenant: { id: TENANT },
      team: { id: teamId, name: "Alrekforum BEHO" },
      channel: { id: place.channelId, name: place.channelName ?? "Generelt" },
    },
    entities: [{ type: "mention", text: "<at>Alrek</at>", mentioned: BOT }],
    ...overrides,
  });
}

/** A personal-chat message to the bot, posted from `serviceUrl`. */
export function personalMessage(
  text: string,
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return messageActivity(text, { serviceUrl, ...overrides });
}

/** installationUpdate as Teams sends it when the app is added to or removed from a personal chat. */
export function installationUpdate(
  action: "add" | "remove" | "add-upgrade" | "remove-upgrade",
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const base = messageActivity("", { serviceUrl });
  delete base.text;
  return { ...base, type: "installationUpdate", action, ...overrides };
}

/** conversationUpdate with the bot added to (or removed from) a team. */
export function botMembership(change: "membersAdded" | "membersRemoved", place: ChannelPlace): Record<string, unknown> {
  const teamId = place.teamId ?? place.channelId;
  return {
    type: "conversationUpdate",
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl: place.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: "29:user-1", aadObjectId: "00000000-0000-0000-0000-0000000000aa" },
    recipient: BOT,
    conversation: { id: place.channelId, conversationType: "channel", isGroup: true, tenantId: TENANT },
    channelData: {
      tenant: { id: TENANT },
      team: { id: teamId, name: "Alrekforum BEHO" },
      eventType: change === "membersAdded" ? "teamMemberAdded" : "teamMemberRemoved",
    },
    [change]: [{ id: BOT.id }],
  };
}

/** An Action.Submit from a card: a message with `value` and no text. */
export function cardSubmit(
  value: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const base = messageActivity("", overrides);
  delete base.text;
  return { ...base, value };
}

/** Who clicks or writes: a Teams user id, a display name and an Entra object id. */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

/**
 * An Action.Execute invoke (`adaptiveCard/action`) from a card, as Teams sends it: in a channel
 * (the card's thread) when `place` is given, else in `from`'s personal chat. The data is the
 * card's, which the person clicking can forge; the conversation and the sender come from Teams.
 */
export function cardAction(
  verb: string,
  data: Record<string, unknown>,
  opts: { serviceUrl: string; from: TeamsUser; place?: ChannelPlace; personalChatId?: string },
): Record<string, unknown> {
  const conversation = opts.place
    ? {
        id: `${opts.place.channelId};messageid=1767225600000`,
        conversationType: "channel",
        isGroup: true,
        tenantId: TENANT,
      }
    : { id: opts.personalChatId ?? `a:personal-${opts.from.id}`, conversationType: "personal", tenantId: TENANT };
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl: opts.serviceUrl,
    from: opts.from,
    recipient: BOT,
    conversation,
    channelData: {
      tenant: { id: TENANT },
      ...(opts.place
        ? { team: { id: opts.place.teamId ?? "19:team-general@thread.tacv2" }, channel: { id: opts.place.channelId } }
        : {}),
    },
    ...(opts.place ? { replyToId: "1767225600000" } : {}),
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}
