import { describe, expect, it } from "vitest";
import { bookingHandlerIds, bookingHandlerRule, editorRule } from "../../src/domain/editors.js";

const TENANT = "11111111-1111-1111-1111-111111111111";
const EDITOR = "22222222-2222-2222-2222-222222222222";
const entra = editorRule({ mode: "entra", tenantId: TENANT, editorObjectIds: [EDITOR] });

describe("editorRule", () => {
  it.each([
    ["a listed oid in the tenant", { oid: EDITOR, tid: TENANT }, true],
    ["ids in another case", { oid: EDITOR.toUpperCase(), tid: TENANT.toUpperCase() }, true],
    ["a listed oid from another tenant", { oid: EDITOR, tid: "44444444-4444-4444-4444-444444444444" }, false],
    ["a listed oid without a tenant", { oid: EDITOR }, false],
    ["an unlisted oid", { oid: "00000000-0000-0000-0000-0000000000aa", tid: TENANT }, false],
    ["no oid", { tid: TENANT }, false],
  ])("%s → %s", (_name, who, expected) => expect(entra(who)).toBe(expected));

  it("lets everyone edit in local mode", () => {
    expect(editorRule({ mode: "local" })({})).toBe(true);
  });
});

describe("bookingHandlerRule: who handles Borgertun, for the bot and the API alike", () => {
  const HANDLER = "33333333-3333-3333-3333-333333333333";
  const settings = { mode: "entra", tenantId: TENANT, editorObjectIds: [EDITOR] } as const;
  it.each([
    ["no handlers listed: an editor", [], EDITOR, true],
    ["no handlers listed: someone else", [], HANDLER, false],
    ["handlers listed: a handler", [HANDLER], HANDLER, true],
    ["handlers listed: an editor who is no handler", [HANDLER], EDITOR, false],
  ])("%s → %s", (_name, handlers, oid, expected) => {
    expect(bookingHandlerRule(settings, handlers)({ oid, tid: TENANT })).toBe(expected);
    expect(bookingHandlerIds(settings.editorObjectIds, handlers)).toEqual(handlers.length ? handlers : [EDITOR]);
  });

  it("a handler from another tenant is none; in local mode everyone is one", () => {
    expect(bookingHandlerRule(settings, [HANDLER])({ oid: HANDLER, tid: "44444444-4444-4444-4444-444444444444" })).toBe(
      false,
    );
    expect(bookingHandlerRule({ mode: "local" }, [HANDLER])({})).toBe(true);
  });
});
