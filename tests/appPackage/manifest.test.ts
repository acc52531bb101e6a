import { describe, expect, it } from "vitest";
import { fillPlaceholders, placeholdersIn, validateManifest } from "../../scripts/packageApp.js";
import { HELP_COMMANDS, TEST_VARS, readTemplate } from "./testValues.js";

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  manifestVersion: string;
  supportsChannelFeatures?: string;
  supportedChannelTypes?: string[];
  id: string;
  name: { short: string; full: string };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: {
    configurationUrl: string;
    canUpdateConfiguration: boolean;
    scopes: string[];
    context: string[];
    meetingSurfaces: string[];
  }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
}

const manifestTemplate = readTemplate("manifest.json");
const enTemplate = readTemplate("en.json");
const manifest = JSON.parse(fillPlaceholders(manifestTemplate, TEST_VARS, { jsonEscape: true })) as Manifest;
const en = JSON.parse(fillPlaceholders(enTemplate, TEST_VARS, { jsonEscape: true })) as Record<string, string>;

describe("manifest.json", () => {
  it("is on a schema version newer than 1.18 and validates offline with zero errors", async () => {
    expect(Number(manifest.manifestVersion.split(".")[1])).toBeGreaterThanOrEqual(19);
    expect(await validateManifest(manifest as unknown as Record<string, unknown>, { "en.json": en })).toEqual([]);
  });

  it("is on 1.25 or newer and works in shared and private channels, so cluster partners can ask from shared channels", () => {
    const [major, minor] = manifest.manifestVersion.split(".").map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(125);
    expect(manifest.supportsChannelFeatures).toBe("tier1");
    expect([...(manifest.supportedChannelTypes ?? [])].sort()).toEqual(["privateChannels", "sharedChannels"]);
  });

  it("uses the toolkit placeholders, and filling leaves none behind", () => {
    expect(placeholdersIn(manifestTemplate).sort()).toEqual([
      "AAD_APP_CLIENT_ID",
      "APP_NAME_SUFFIX",
      "BOT_DOMAIN",
      "BOT_ID",
      "TAB_DOMAIN",
      "TEAMS_APP_ID",
    ]);
    const filled = JSON.stringify(manifest) + JSON.stringify(en);
    expect(filled).not.toMatch(/\$\{\{/);
    expect(manifest.id).toBe(TEST_VARS.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(TEST_VARS.BOT_ID);
  });

  it("names the app Alrek, with the full name for BEHO", () => {
    const plain = JSON.parse(fillPlaceholders(manifestTemplate, { ...TEST_VARS, APP_NAME_SUFFIX: "" })) as Manifest;
    expect(plain.name).toEqual({ short: "Alrek", full: "Alrek – BEHO i Alrek helseklynge" });
  });

  it("offers the bot in personal chat, teams and group chats", () => {
    expect(manifest.bots).toHaveLength(1);
    expect([...manifest.bots[0].scopes].sort()).toEqual(["groupChat", "personal", "team"]);
  });

  it("lists exactly the help card's commands, each within Teams' limits", () => {
    const commands = manifest.bots[0].commandLists.flatMap((l) => l.commands);
    expect(commands.map((c) => c.title)).toEqual(HELP_COMMANDS.map((c) => c.nb));
    for (const list of manifest.bots[0].commandLists) expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const c of commands) {
      expect(c.title.length, c.title).toBeLessThanOrEqual(32);
      expect(c.description.length, c.title).toBeLessThanOrEqual(128);
    }
  });

  it("has a personal status tab and exactly one configurable tab for channels, chats and meetings", () => {
    const status = manifest.staticTabs.find((t) => t.entityId === "status");
    expect(status?.name).toBe("Alrek");
    expect(status?.contentUrl).toBe(`https://${TEST_VARS.TAB_DOMAIN}/tab/index.html?view=status&context=personal`);
    expect(manifest.configurableTabs).toHaveLength(1);
    const tab = manifest.configurableTabs[0];
    expect(tab.configurationUrl).toBe(`https://${TEST_VARS.TAB_DOMAIN}/tab/config.html`);
    expect(tab.canUpdateConfiguration).toBe(true);
    expect([...tab.scopes].sort()).toEqual(["groupChat", "team"]);
    expect([...tab.context].sort()).toEqual([
      "channelTab",
      "meetingChatTab",
      "meetingDetailsTab",
      "meetingSidePanel",
      "meetingStage",
      "privateChatTab",
    ]);
    expect([...tab.meetingSurfaces].sort()).toEqual(["sidePanel", "stage"]);
  });

  it("asks only for the meeting stage permission, and has tab single sign-on", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "MeetingStage.Write.Chat", type: "Delegated" },
    ]);
    expect(manifest.webApplicationInfo).toEqual({
      id: TEST_VARS.AAD_APP_CLIENT_ID,
      resource: `api://${TEST_VARS.TAB_DOMAIN}/${TEST_VARS.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toContain(TEST_VARS.TAB_DOMAIN);
  });

  it("is bokmål first with an English localization file", () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("nb-no");
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: "en-us", file: "en.json" }]);
  });
});

describe("en.json", () => {
  it("translates every command, in the manifest's order, within the title limit", () => {
    const titles = HELP_COMMANDS.map((_, i) => en[`bots[0].commandLists[0].commands[${i}].title`]);
    expect(titles).toEqual(HELP_COMMANDS.map((c) => c.en));
    for (const t of titles) expect(t.length, t).toBeLessThanOrEqual(32);
    HELP_COMMANDS.forEach((_, i) =>
      expect(en[`bots[0].commandLists[0].commands[${i}].description`]?.length).toBeGreaterThan(0),
    );
  });

  it("fails validation when it has a key the localization schema does not allow", async () => {
    const errors = await validateManifest(manifest as unknown as Record<string, unknown>, {
      "en.json": { ...en, "bots[0].botId": "x" },
    });
    expect(errors.join("\n")).toMatch(/en\.json/);
  });
});

describe("validateManifest", () => {
  it.each([
    [
      "a configurable tab too many",
      (m: Manifest) => ({ ...m, configurableTabs: [m.configurableTabs[0], m.configurableTabs[0]] }),
    ],
    ["a bot id that is not a GUID", (m: Manifest) => ({ ...m, bots: [{ ...m.bots[0], botId: "not-a-guid" }] })],
    [
      "an unknown channel type",
      (m: Manifest) => ({ ...m, supportedChannelTypes: ["sharedChannels", "publicChannels"] }),
    ],
    ["a short name over 30 characters", (m: Manifest) => ({ ...m, name: { ...m.name, short: "x".repeat(31) } })],
  ])("reports %s", async (_label, change) => {
    const errors = await validateManifest(change(manifest) as unknown as Record<string, unknown>, { "en.json": en });
    expect(errors.length).toBeGreaterThan(0);
  });

  it("names a localization file the manifest lists but the package lacks", async () => {
    expect(await validateManifest(manifest as unknown as Record<string, unknown>)).toContain(
      "manifest.json: localization file en.json is not in the package",
    );
  });
});
