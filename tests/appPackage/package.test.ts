import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  MissingPlaceholderError,
  buildZip,
  fillPlaceholders,
  packageApp,
  parseEnvFile,
} from "../../scripts/packageApp.js";
import { readZip } from "./zipReader.js";
import { APP_PACKAGE_DIR, TEST_VARS } from "./testValues.js";

/** A copy of the repository's appPackage with an env file holding the test values. */
function fixtureRoot(vars: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "alrek-package-"));
  for (const f of ["manifest.json", "en.json", "color.png", "outline.png"])
    cpSync(join(APP_PACKAGE_DIR, f), join(root, "appPackage", f));
  mkdirSync(join(root, "env"));
  writeFileSync(
    join(root, "env", ".env.test"),
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
  );
  return root;
}

describe("fillPlaceholders", () => {
  it("fills every placeholder and JSON-escapes values when asked", () => {
    expect(fillPlaceholders('{"a":"${{A}}","b":"${{ B }}"}', { A: 'x"y', B: "2" }, { jsonEscape: true })).toBe(
      '{"a":"x\\"y","b":"2"}',
    );
  });

  it("names every placeholder without a value, each once", () => {
    const attempt = () =>
      fillPlaceholders(
        "${{TEAMS_APP_ID}} ${{BOT_ID}} ${{BOT_ID}} ${{TAB_DOMAIN}}",
        { TAB_DOMAIN: "x", BOT_ID: "" },
        { source: "manifest.json" },
      );
    expect(attempt).toThrow(MissingPlaceholderError);
    expect(attempt).toThrow("No value for ${{TEAMS_APP_ID}}, ${{BOT_ID}} in manifest.json");
  });

  it("allows an empty app name suffix (production)", () => {
    expect(fillPlaceholders("Alrek${{APP_NAME_SUFFIX}}", { APP_NAME_SUFFIX: "" })).toBe("Alrek");
  });
});

describe("parseEnvFile", () => {
  it.each([
    ["A=1", { A: "1" }],
    ["# comment\nA = 2 # trailing", { A: "2" }],
    ['export B="with # hash"', { B: "with # hash" }],
    ["C=", { C: "" }],
  ])("parses %j", (text, want) => {
    expect(parseEnvFile(text)).toEqual(want);
  });
});

describe("buildZip", () => {
  it("writes an archive whose central directory, sizes and CRCs check out", () => {
    const entries = [
      { name: "a.txt", data: Buffer.from("hei ".repeat(100)) },
      { name: "b.bin", data: Buffer.from([1, 2, 3]) },
      { name: "tom.txt", data: Buffer.alloc(0) },
    ];
    const files = readZip(buildZip(entries));
    expect([...files.keys()]).toEqual(["a.txt", "b.bin", "tom.txt"]);
    for (const e of entries) expect(files.get(e.name)?.equals(e.data)).toBe(true);
  });

  it("a damaged archive fails the CRC check", () => {
    const zip = buildZip([{ name: "b.bin", data: Buffer.from([1, 2, 3]) }]);
    zip[30 + "b.bin".length] ^= 0xff; // first byte of the stored data
    expect(() => readZip(zip)).toThrow(/CRC/);
  });
});

describe("packageApp", () => {
  it("writes appPackage.<env>.zip and appPackage.zip with the four files at the root", async () => {
    const root = fixtureRoot(TEST_VARS);
    const paths = await packageApp(root, "test", {});
    expect(paths).toEqual([
      join(root, "appPackage", "build", "appPackage.test.zip"),
      join(root, "appPackage", "build", "appPackage.zip"),
    ]);
    const files = readZip(readFileSync(paths[0]));
    expect([...files.keys()].sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(files.get("manifest.json")!.toString("utf8"));
    expect(manifest.id).toBe(TEST_VARS.TEAMS_APP_ID);
    expect(files.get("color.png")!.equals(readFileSync(join(APP_PACKAGE_DIR, "color.png")))).toBe(true);
    expect(readFileSync(paths[1]).equals(readFileSync(paths[0]))).toBe(true);
  });

  it("refuses to package when the env file lacks a value, naming it", async () => {
    const { BOT_ID: _omitted, ...rest } = TEST_VARS;
    const root = fixtureRoot(rest);
    await expect(packageApp(root, "test", {})).rejects.toThrow("${{BOT_ID}}");
  });

  it("lets the process environment fill a value the env file leaves empty", async () => {
    const root = fixtureRoot({ ...TEST_VARS, BOT_ID: "" });
    await expect(packageApp(root, "test", { BOT_ID: TEST_VARS.BOT_ID })).resolves.toHaveLength(2);
  });

  it("refuses a package that does not validate", async () => {
    const root = fixtureRoot({ ...TEST_VARS, BOT_ID: "not-a-guid" });
    await expect(packageApp(root, "test", {})).rejects.toThrow(/does not validate[\s\S]*botId/);
  });
});
