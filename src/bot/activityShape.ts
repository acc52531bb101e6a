/**
 * What an incoming activity must look like before it reaches the Bot Framework adapter. The
 * adapter and teams-ai read these fields without checking them (a `serviceUrl` of `true`, a
 * `locale` of `{}` or a missing `from` ended in a 500 or a stack trace per request), so every
 * field a turn reads is checked here and a body that fails is the caller's error: 400.
 *
 * Optional fields may be absent or null; nulls are removed, because the SDK tells "absent"
 * from "present" with `!== undefined` and then reads into them. Fields the bot never reads
 * pass through unchecked, as Teams adds new ones. Pure: no SDK, no I/O.
 */

/** The result of {@link checkActivity}: the (null-free) activity, or what is wrong with it. */
export type ActivityCheck = { ok: true; activity: Record<string, unknown> } | { ok: false; problem: string };

/** Activity types of the Bot Framework schema (ActivityTypes). */
const ACTIVITY_TYPES = new Set([
  "message",
  "contactRelationUpdate",
  "conversationUpdate",
  "typing",
  "endOfConversation",
  "event",
  "invoke",
  "invokeResponse",
  "deleteUserData",
  "messageUpdate",
  "messageDelete",
  "installationUpdate",
  "messageReaction",
  "suggestion",
  "trace",
  "handoff",
  "command",
  "commandResult",
]);

const ID = 1024; // Teams ids are about 100 characters; a thread reply's conversation id a little more.
const NAME = 1024;
const SHORT = 128;
const URL_LENGTH = 512;
const LIST = 256; // entities, attachments, members: Teams sends a handful.

type Obj = Record<string, unknown>;
/** A check of one value; returns the problem, or undefined when the value is fine. */
type Check = (value: unknown, path: string) => string | undefined;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function text(max: number, nonEmpty = false): Check {
  return (v, path) => {
    if (typeof v !== "string") return `'${path}' must be a string`;
    if (nonEmpty && v.trim().length === 0) return `'${path}' must not be empty`;
    if (v.length > max) return `'${path}' must be at most ${max} characters`;
    return undefined;
  };
}

const id = text(ID, true);
const boolean: Check = (v, path) => (typeof v === "boolean" ? undefined : `'${path}' must be true or false`);

const timestamp: Check = (v, path) => {
  const problem = text(64)(v, path);
  if (problem) return problem;
  // botbuilder turns these into Dates; an invalid one would fail later, when a reply is stamped.
  return Number.isNaN(Date.parse(v as string)) ? `'${path}' must be a date and time` : undefined;
};

const httpUrl: Check = (v, path) => {
  const problem = text(URL_LENGTH, true)(v, path);
  if (problem) return problem;
  let url: URL;
  try {
    url = new URL(v as string);
  } catch {
    return `'${path}' must be an http or https URL`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `'${path}' must be an http or https URL`;
  if (url.username || url.password) return `'${path}' must not carry credentials`;
  return undefined;
};

/** An object whose listed fields are checked; `required` fields must be present and not null. */
function object(fields: Record<string, Check>, required: string[] = []): Check {
  return (v, path) => {
    if (!isObject(v)) return `'${path}' must be an object`;
    return checkFields(v, fields, required, path);
  };
}

function list(item: Check, max = LIST): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return `'${path}' must be an array`;
    if (v.length > max) return `'${path}' must have at most ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function checkFields(target: Obj, fields: Record<string, Check>, required: string[], path: string): string | undefined {
  const at = (name: string) => (path ? `${path}.${name}` : name);
  for (const name of required) {
    if (target[name] === undefined || target[name] === null) return `'${at(name)}' is required`;
  }
  for (const [name, check] of Object.entries(fields)) {
    const value = target[name];
    if (value === undefined) continue;
    if (value === null) {
      delete target[name];
      continue;
    }
    const problem = check(value, at(name));
    if (problem) return problem;
  }
  return undefined;
}

/** A user or bot: Teams ids ("29:…", "28:…") and the Entra object id. */
const account = object({ id, name: text(NAME), aadObjectId: text(SHORT), role: text(SHORT) }, ["id"]);

const conversation = object(
  { id, name: text(NAME), tenantId: text(SHORT), conversationType: text(SHORT), isGroup: boolean },
  ["id"],
);

/** Entities: each has a type; a mention (which teams-ai strips from the text) names whom. */
const entity: Check = (v, path) => {
  const problem = object({ type: text(SHORT, true) }, ["type"])(v, path);
  if (problem) return problem;
  const e = v as Obj;
  if ((e.type as string).toLowerCase() !== "mention") return undefined;
  return checkFields(
    e,
    { mentioned: object({ id, name: text(NAME) }, ["id"]), text: text(NAME) },
    ["mentioned", "text"],
    path,
  );
};

const attachment = object({ contentType: text(SHORT), contentUrl: text(4096), name: text(NAME) });

/** The parts of Teams' channelData the bot reads: tenant, team, channel and the event type. */
const channelData = object({
  tenant: object({ id: text(SHORT) }),
  team: object({ id: text(ID), name: text(NAME), aadGroupId: text(SHORT) }),
  channel: object({ id: text(ID), name: text(NAME) }),
  eventType: text(SHORT),
});

const activityType: Check = (v, path) =>
  typeof v === "string" && ACTIVITY_TYPES.has(v) ? undefined : `'${path}' must be a Bot Framework activity type`;

/** Every field a turn reads, and how. */
const ACTIVITY_FIELDS: Record<string, Check> = {
  type: activityType,
  id: text(ID),
  channelId: text(SHORT, true),
  serviceUrl: httpUrl,
  from: account,
  recipient: account,
  conversation,
  locale: text(SHORT),
  localTimezone: text(SHORT),
  timestamp,
  localTimestamp: timestamp,
  expiration: timestamp,
  text: text(256 * 1024),
  textFormat: text(SHORT),
  summary: text(NAME),
  replyToId: text(ID),
  deliveryMode: text(SHORT),
  name: text(NAME),
  action: text(SHORT),
  value: object({}),
  entities: list(entity),
  attachments: list(attachment),
  channelData,
  membersAdded: list(account),
  membersRemoved: list(account),
};

const REQUIRED = ["type", "channelId", "serviceUrl", "from", "recipient", "conversation"];

/**
 * Checks a parsed request body as an activity. On success the same object is returned, with
 * null optional fields removed; on failure, one short sentence naming the first bad field.
 * The message never repeats the value sent.
 */
export function checkActivity(body: unknown): ActivityCheck {
  if (!isObject(body)) return { ok: false, problem: "The body must be a Bot Framework activity: a JSON object." };
  const problem = checkFields(body, ACTIVITY_FIELDS, REQUIRED, "");
  if (problem) return { ok: false, problem: `Not a valid activity: ${problem}.` };
  // teams-ai strips a mention of the bot from the text, so a mention needs a text to strip it from.
  const mentions = ((body.entities as Obj[] | undefined) ?? []).some(
    (e) => (e.type as string).toLowerCase() === "mention",
  );
  if (body.type === "message" && mentions && typeof body.text !== "string")
    return { ok: false, problem: "Not a valid activity: a message with mentions must have a 'text'." };
  return { ok: true, activity: body };
}
