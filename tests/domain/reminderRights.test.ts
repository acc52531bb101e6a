import { describe, expect, it } from "vitest";
import {
  personalReminderRefusal,
  subscriptionRefusal,
  type ReminderCaller,
  type ReminderPlace,
} from "../../src/domain/reminderRights.js";

const OID = "33333333-3333-4333-8333-333333333333";
const OTHER = "44444444-4444-4444-8444-444444444444";
const member: ReminderCaller = { oid: OID, isEditor: false };
const editor: ReminderCaller = { oid: OID, isEditor: true };
const own: ReminderPlace = { conversationType: "personal", userAadObjectId: OID.toUpperCase() };
const someoneElses: ReminderPlace = { conversationType: "personal", userAadObjectId: OTHER };
const unknownUser: ReminderPlace = { conversationType: "personal" };
const channel: ReminderPlace = { conversationType: "channel" };
const group: ReminderPlace = { conversationType: "groupChat" };

describe("who may change reminders", () => {
  it.each([
    ["own personal chat", own, member, undefined, undefined],
    ["a personal chat whose user is not stored yet", unknownUser, member, undefined, undefined],
    ["someone else's personal chat", someoneElses, editor, "personalOnly", "personalOnly"],
    ["a channel, member", channel, member, "personalOnly", "editorsOnly"],
    ["a channel, editor", channel, editor, "personalOnly", undefined],
    ["a group chat, member", group, member, "personalOnly", "editorsOnly"],
    ["a group chat, editor", group, editor, "personalOnly", undefined],
  ] as const)("%s: snooze/mute → %s, subscription → %s", (_name, place, caller, ownReminder, subscription) => {
    expect(personalReminderRefusal(place, caller)).toBe(ownReminder);
    expect(subscriptionRefusal(place, caller)).toBe(subscription);
  });
});
