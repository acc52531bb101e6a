import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { startTestService } from "../support/testService.js";
import { startPlayground, type RunningPlayground } from "../support/playground.js";
import { launchBrowser, screenshot, type TestBrowser } from "../support/browser.js";

/**
 * End to end through Microsoft 365 Agents Playground, the local Teams client: the real service
 * in this process, the Playground as a child process, its web UI in headless Chromium.
 * Steps run in order in one page; each step says whether the bot answered at all before it
 * checks what the answer says, so a failure tells "no reply" from "wrong reply".
 */

type Service = Awaited<ReturnType<typeof startTestService>>;

/** The Playground's default configuration names the bot "Test Bot" and the team "My Team". */
const BOT_NAME = "Test Bot";
const REPLY_TIMEOUT_MS = 12_000;
/** The five areas of the action plan 2024–2025; a tiltak status answer names at least one. */
const AREA_NAME =
  /Kommunikasjon og involvering|Utdanning for fremtiden|Forskning som er nyttig|Effektiv organisering|Samarbeid mellom offentlig og privat/;

/** Stable hooks in the Playground UI (it has no test ids; these are its ARIA labels and roles). */
const ui = {
  composer: '[role="textbox"]',
  sendButton: { name: "Send Message" },
  postButton: { name: "Post" },
  personalChat: '[role="treeitem"][aria-label="Personal Chat"]',
  generalChannel: '[role="treeitem"][aria-label="My Team - General"]',
  logPanelToggle: 'button[title="Toggle Log Panel"]',
  mentionChoice: '#typeahead-menu [role="menuitem"]',
  /**
   * One bot message, in personal chat and in a channel thread alike: two levels up from the
   * bot's avatar, leaving out the conversation list and the @mention picker, which show it too.
   */
  botMessage: `xpath=//span[@role="img" and @aria-label="${BOT_NAME}"][not(ancestor::*[@role="region"])][not(ancestor::*[@id="typeahead-menu"])]/../..`,
};

describe("the bot in Agents Playground (local Teams client)", () => {
  let service: Service;
  let playground: RunningPlayground;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    service = await startTestService();
    [playground, browser] = await Promise.all([
      startPlayground({ botEndpoint: `${service.url}/api/messages` }),
      launchBrowser(),
    ]);
    page = await browser.newPage();
    await page.goto(playground.url, { waitUntil: "commit" });
    // The UI is a 9 MB bundle: parsing it takes several seconds in headless Chromium.
    await page.locator(ui.composer).first().waitFor({ timeout: 30_000 });
    // The log panel repeats message texts; hide it so only the conversation can satisfy an expectation.
    await page.locator(ui.logPanelToggle).click();
    await page.locator(ui.personalChat).click();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await service?.stop();
  });

  it.each([
    { step: "representation", question: "Hvem sitter i Husrådet?", expected: /Karen Haugvaldstad/, where: "card" },
    { step: "events", question: "Hva skjer fremover?", expected: /Fredagspresentasjon/i, where: "any" },
    { step: "tiltak", question: "Hva er status på tiltakene?", expected: AREA_NAME, where: "any" },
  ] as const)(
    "personal chat: $step question ($question) renders the answer",
    async ({ step, question, expected, where }) => {
      try {
        const replies = page.locator(ui.botMessage);
        const before = await settledCount(replies);
        await page.locator(ui.composer).first().fill(question);
        await page.getByRole("button", ui.sendButton).click();
        const answer = await newReplies(replies, before, question);
        expect(where === "card" ? answer.cardText : answer.text, `reply to "${question}" (${where})`).toMatch(expected);
      } finally {
        await screenshot(page, `playground-personal-${step}`);
      }
    },
  );

  it('team channel: "@Test Bot abonner" is confirmed', async () => {
    try {
      await page.locator(ui.generalChannel).click();
      const replies = page.locator(ui.botMessage);
      const before = await settledCount(replies);
      // The first textbox in a channel is "Start a new post"; each thread below has its own.
      await page.locator(ui.composer).first().click();
      // Channel posts reach a bot only when they mention it; picking it sends <at>Test Bot</at>.
      await page.keyboard.type("@Test");
      await page.locator(ui.mentionChoice, { hasText: BOT_NAME }).click();
      await page.keyboard.type(" abonner");
      await page.getByRole("button", ui.postButton).click();
      const answer = await newReplies(replies, before, "@Test Bot abonner");
      expect(answer.text, "reply to abonner").toMatch(/abonnerer|påminnelser/i);
    } finally {
      await screenshot(page, "playground-channel-subscribe");
    }
  });

  it("sent nothing from the page to any host but this machine, except the UI's blocked CDN fonts", () => {
    const unexpected = browser.blockedRequests.filter((url) => !url.startsWith("https://res-1.cdn.office.net/"));
    expect(unexpected).toEqual([]);
  });
});

/** Waits until the number of bot messages has stopped changing (a welcome message may be on its way). */
async function settledCount(replies: Locator): Promise<number> {
  let last = await replies.count();
  for (let stableFor = 0, waited = 0; stableFor < 600 && waited < 4000; waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await replies.count();
    stableFor = now === last ? stableFor + 200 : 0;
    last = now;
  }
  return last;
}

/** Waits for bot messages beyond the first `before` (a bot may send text and then a card) and reads them. */
async function newReplies(replies: Locator, before: number, sent: string): Promise<{ text: string; cardText: string }> {
  await expect
    .poll(() => replies.count(), { timeout: REPLY_TIMEOUT_MS, message: `the bot should reply to "${sent}"` })
    .toBeGreaterThan(before);
  await settledCount(replies);
  const fresh = (await replies.all()).slice(before);
  const texts = await Promise.all(fresh.map((reply) => reply.innerText()));
  const cards = await Promise.all(fresh.map((reply) => reply.locator(".ac-adaptiveCard").allInnerTexts()));
  return { text: texts.join("\n---\n"), cardText: cards.flat().join("\n---\n") };
}
