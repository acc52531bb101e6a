import { describe, expect, it } from "vitest";
import { actorFromActivity, isBotEditor } from "../../src/bot/editorRule.js";

const TENANT = "11111111-1111-1111-1111-111111111111";
const EDITOR = "22222222-2222-2222-2222-222222222222";
const entra = {
  api: {
    mode: "entra" as const,
    clientId: "c",
    appIdUri: "api://alrek.example/c",
    tenantId: TENANT,
    jwksUrl: "http://127.0.0.1:9",
    issuers: [],
  },
  editorObjectIds: [EDITOR],
};
const activity = (oid: string | undefined, tenant: string | undefined, name = "Karen Haugvaldstad") => ({
  from: { id: "29:x", name, aadObjectId: oid },
  conversation: { id: "a:1", tenantId: tenant } as never,
});

describe("isBotEditor", () => {
  it.each([
    ["a listed oid in the tenant", activity(EDITOR, TENANT), true],
    ["a listed oid in upper case", activity(EDITOR.toUpperCase(), TENANT), true],
    ["a listed oid from another tenant", activity(EDITOR, "44444444-4444-4444-4444-444444444444"), false],
    ["a listed oid without a tenant", activity(EDITOR, undefined), false],
    ["an unlisted oid", activity("00000000-0000-0000-0000-0000000000aa", TENANT), false],
    ["no oid, even with an editor's name", activity(undefined, TENANT, EDITOR), false],
  ])("%s → %s", (_name, a, expected) => {
    expect(isBotEditor(a, entra)).toBe(expected);
  });

  it("takes the tenant from channelData when the conversation has none", () => {
    expect(
      isBotEditor(
        { from: { id: "29:x", name: "", aadObjectId: EDITOR }, channelData: { tenant: { id: TENANT } } },
        entra,
      ),
    ).toBe(true);
  });

  it("lets everyone edit in local API mode", () => {
    expect(isBotEditor(activity(undefined, undefined), { api: { mode: "local" }, editorObjectIds: [] })).toBe(true);
  });

  it("records oid + tid as the actor", () => {
    expect(actorFromActivity(activity(EDITOR, TENANT))).toEqual({
      oid: EDITOR,
      tid: TENANT,
      name: "Karen Haugvaldstad",
    });
  });
});
