import { describe, expect, it } from "vitest";
import { parseBotCommand } from "../../src/bot/subscriptionCommands.js";

describe("parseBotCommand", () => {
  it.each([
    ["abonner", { command: "subscribe", kinds: [], lang: "nb" }],
    ["Abonnér", { command: "subscribe", kinds: [], lang: "nb" }],
    ["abonner møter og frister", { command: "subscribe", kinds: ["meeting", "deadline"], lang: "nb" }],
    ["abonner moter og frister", { command: "subscribe", kinds: ["meeting", "deadline"], lang: "nb" }],
    ["abonner moeter, konferanser", { command: "subscribe", kinds: ["meeting", "conference"], lang: "nb" }],
    ["abonner fredagspresentasjon", { command: "subscribe", kinds: ["presentation"], lang: "nb" }],
    ["abonner arbeidsverksted", { command: "subscribe", kinds: ["workshop"], lang: "nb" }],
    ["abonner workshops", { command: "subscribe", kinds: ["workshop"], lang: "nb" }],
    ["<at>Alrek</at> abonner frister", { command: "subscribe", kinds: ["deadline"], lang: "nb" }],
    ["subscribe", { command: "subscribe", kinds: [], lang: "en" }],
    ["Subscribe meetings deadlines", { command: "subscribe", kinds: ["meeting", "deadline"], lang: "en" }],
    [
      "subscribe to conferences and presentations",
      { command: "subscribe", kinds: ["conference", "presentation"], lang: "en" },
    ],
    ["avslutt abonnement", { command: "unsubscribe", lang: "nb" }],
    ["Stopp påminnelser", { command: "unsubscribe", lang: "nb" }],
    ["stopp paminnelser", { command: "unsubscribe", lang: "nb" }],
    ["unsubscribe", { command: "unsubscribe", lang: "en" }],
    ["påminnelser", { command: "listReminders", lang: "nb" }],
    ["paaminnelser", { command: "listReminders", lang: "nb" }],
    ["reminders", { command: "listReminders", lang: "en" }],
    ["ny hendelse", { command: "newEvent", lang: "nb" }],
    ["New event", { command: "newEvent", lang: "en" }],
  ])("%s", (text, expected) => {
    expect(parseBotCommand(text)).toEqual(expected);
  });

  // [text, activity locale, expected]: nynorsk words decide; words nynorsk shares with bokmål follow the locale.
  it.each([
    ["abonner", "nn-NO", { command: "subscribe", kinds: [], lang: "nn" }],
    ["abonner møte og fristar", undefined, { command: "subscribe", kinds: ["meeting", "deadline"], lang: "nn" }],
    ["abonner presentasjonar", "nb-NO", { command: "subscribe", kinds: ["presentation"], lang: "nn" }],
    ["abonner møter", "nn-NO", { command: "subscribe", kinds: ["meeting"], lang: "nb" }],
    ["abonner meetings", "nn-NO", { command: "subscribe", kinds: ["meeting"], lang: "en" }],
    ["avslutt abonnement", "nn-NO", { command: "unsubscribe", lang: "nn" }],
    ["avslutt abonnement", "nb-NO", { command: "unsubscribe", lang: "nb" }],
    ["avslutt abonnement", "en-US", { command: "unsubscribe", lang: "nb" }],
    ["stopp", "nn-NO", { command: "unsubscribe", lang: "nn" }],
    ["stopp", "nb-NO", { command: "unsubscribe", lang: "nb" }],
    ["stopp påminningar", undefined, { command: "unsubscribe", lang: "nn" }],
    ["påminningar", undefined, { command: "listReminders", lang: "nn" }],
    ["mine påminningar", "nb-NO", { command: "listReminders", lang: "nn" }],
    ["ny hending", undefined, { command: "newEvent", lang: "nn" }],
    ["påminnelser", "nn-NO", { command: "listReminders", lang: "nb" }],
  ] as const)("%s (locale %s)", (text, locale, expected) => {
    expect(parseBotCommand(text, locale)).toEqual(expected);
  });

  it.each([
    "Hvem sitter i Husrådet?",
    "når kommer påminnelser om møter?",
    "abonner på nyhetsbrevet",
    "subscribe me to the newsletter",
    "",
    "hendelse",
  ])('leaves "%s" to the question handler', (text) => {
    expect(parseBotCommand(text)).toBeUndefined();
  });
});

describe("parseBotCommand, message after message", () => {
  it("answers each message afresh, whatever came before", () => {
    const sequence: [string, string | undefined][] = [
      ["abonner", "subscribe"],
      ["abonner", "subscribe"],
      ["Hvem sitter i Husrådet?", undefined],
      ["reminders", "listReminders"],
      ["abonner", "subscribe"],
      ["", undefined],
      ["unsubscribe", "unsubscribe"],
    ];
    for (const [text, command] of sequence) expect(parseBotCommand(text)?.command, text).toBe(command);
  });
});
