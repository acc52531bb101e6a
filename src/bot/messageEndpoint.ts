import { InvalidRequestError } from "../domain/errors.js";
import { checkActivity } from "../contract/activity.js";
import type { ChannelAdapter, TurnResponse } from "./adapter.js";
import type { Application, TurnState } from "./teamsAi.js";

/**
 * What POST /api/messages does with one request, without HTTP: the server route hands over the
 * Authorization header and the parsed body and sends back what this returns. The composition root
 * passes it to the route, so the server never imports the bot.
 */
export type MessageEndpoint = (authorization: string, body: unknown) => Promise<TurnResponse>;

/**
 * The body is checked first, so only activities with every field a turn reads reach the adapter
 * (InvalidRequestError "bad_activity" otherwise); the adapter then checks the token
 * (UnauthorizedActivityError).
 */
export function createMessageEndpoint(adapter: ChannelAdapter, app: Application<TurnState>): MessageEndpoint {
  return async (authorization, body) => {
    const checked = checkActivity(body);
    if (!checked.ok) throw new InvalidRequestError("bad_activity", checked.problem);
    return adapter.runActivity(authorization, checked.activity, (context) => app.run(context).then(() => undefined));
  };
}
