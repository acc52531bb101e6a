import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONFIG_KEYS, LOCAL_ONLY_KEYS } from "../../src/config/keys.js";
import { appSettingNames, bicepParams, checkBicepStructure } from "./bicepStructure.js";
import { loadTreeSitterBicep } from "./treeSitterBicep.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const INFRA = join(ROOT, "infra");
const bicepFiles = readdirSync(INFRA, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".bicep"));
const main = readFileSync(join(INFRA, "main.bicep"), "utf8");

describe("Bicep syntax", () => {
  it("finds the Bicep files", () => {
    expect(bicepFiles).toContain("main.bicep");
  });

  it.each(bicepFiles)("%s has no syntax errors (tree-sitter-bicep and the structural check)", async (file) => {
    const source = readFileSync(join(INFRA, file), "utf8");
    expect(checkBicepStructure(source)).toEqual([]);
    const treeSitter = await loadTreeSitterBicep();
    expect(treeSitter, "web-tree-sitter and tree-sitter-bicep are dev dependencies").not.toBeNull();
    expect(treeSitter!(source)).toEqual([]);
  });

  it("tree-sitter-bicep reports a broken resource", async () => {
    const treeSitter = await loadTreeSitterBicep();
    expect(
      treeSitter!("resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n  properties: {\n}\n")
        .length,
    ).toBeGreaterThan(0);
  });
});

describe("checkBicepStructure", () => {
  const good = [
    "targetScope = 'resourceGroup'",
    "@description('A name with a } brace and // no comment')",
    "param name string",
    "param count int = 2",
    "var label = 'x-${name}-${string(count)}'",
    "/* block",
    "   comment { */",
    "resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
    "  name: name",
    "  properties: {",
    "    tags: [",
    "      'a'",
    "    ]",
    "  }",
    "}",
    "output id string = st.id // trailing comment",
  ];

  it("accepts well-formed Bicep", () => {
    expect(checkBicepStructure(good.join("\n"))).toEqual([]);
  });

  it.each([
    ["a missing closing brace", good.slice(0, -2).join("\n"), /never closed/],
    ["a mismatched bracket", good.join("\n").replace("    ]", "    }"), /closes/],
    ["an unclosed string", good.join("\n").replace("'a'", "'a"), /string not closed/],
    ["a resource without api version", good.join("\n").replace("@2023-05-01", ""), /malformed resource/],
    ["a resource without '= {'", good.join("\n").replace("@2023-05-01' = {", "@2023-05-01' {"), /malformed resource/],
    ["a param without a type", good.join("\n").replace("param name string", "param name"), /malformed param/],
    ["a stray top-level word", good.join("\n") + "\nsettings = 1", /not a Bicep declaration/],
    ["a name declared twice", good.join("\n") + "\nvar name = 1", /already declared/],
    ["an unclosed block comment", good.join("\n") + "\n/* open", /block comment not closed/],
  ])("reports %s", (_label, source, message) => {
    const problems = checkBicepStructure(source);
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });
});

describe("web app settings", () => {
  const bicepNames = appSettingNames(main);
  const listed = JSON.parse(readFileSync(join(INFRA, "app-settings.json"), "utf8")) as string[];

  it("are the same in main.bicep and app-settings.json, each once", () => {
    expect(bicepNames).toEqual(listed);
    expect(new Set(bicepNames).size).toBe(bicepNames.length);
  });

  it("are exactly the service's settings minus the local-only ones", () => {
    const azureKeys = CONFIG_KEYS.filter((k) => !(LOCAL_ONLY_KEYS as readonly string[]).includes(k));
    expect([...bicepNames].sort()).toEqual([...azureKeys].sort());
  });
});

describe("main.bicep resources", () => {
  it.each([
    ["storage: https only", /supportsHttpsTrafficOnly:\s*true/],
    ["storage: TLS 1.2", /minimumTlsVersion:\s*'TLS1_2'/],
    ["storage: no shared keys", /allowSharedKeyAccess:\s*false/],
    ["storage: no public blobs", /allowBlobPublicAccess:\s*false/],
    ["storage: table service", /'Microsoft\.Storage\/storageAccounts\/tableServices@/],
    ["role: Storage Table Data Contributor", /'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/],
    ["web app: Node 22 LTS on Linux", /linuxFxVersion:\s*'NODE\|22-lts'/],
    ["web app: https only", /httpsOnly:\s*true/],
    ["web app: no FTP", /ftpsState:\s*'Disabled'/],
    ["web app: always on", /alwaysOn:\s*true/],
    ["web app: health check", /healthCheckPath:\s*'\/healthz'/],
    ["web app: user-assigned identity", /type:\s*'UserAssigned'/],
    ["insights: workspace-based", /WorkspaceResourceId:\s*logAnalytics\.id/],
    [
      "bot: Azure Bot with managed identity",
      /kind:\s*'azurebot'[\s\S]*msaAppType:\s*'UserAssignedMSI'[\s\S]*msaAppMSIResourceId:\s*identity\.id/,
    ],
    ["bot: messaging endpoint", /endpoint:\s*'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/],
    ["bot: Teams channel", /channelName:\s*'MsTeamsChannel'/],
  ])("%s", (_label, pattern) => {
    expect(main).toMatch(pattern);
  });

  it("starts the service with the same command as `npm run serve`", () => {
    const serve: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.serve;
    expect(serve).toMatch(/^node .*dist\/server\/main\.js$/);
    expect(main).toContain(`appCommandLine: '${serve}'`);
  });

  it("takes the calendar feed token as a secure parameter", () => {
    expect(bicepParams(main).get("calendarFeedToken")).toEqual({ hasDefault: false, secure: true });
  });
});

describe("main.parameters.json", () => {
  const parameters = Object.keys(
    (JSON.parse(readFileSync(join(INFRA, "main.parameters.json"), "utf8")) as { parameters: Record<string, unknown> })
      .parameters,
  );
  const declared = bicepParams(main);

  it("sets only parameters main.bicep declares, and every one without a default", () => {
    for (const name of parameters) expect(declared.has(name), name).toBe(true);
    for (const [name, info] of declared) if (!info.hasDefault) expect(parameters, name).toContain(name);
  });
});

describe("Agents Toolkit project files", () => {
  it.each(["m365agents.yml", "m365agents.local.yml"])("%s refers only to files that exist", (file) => {
    const yml = readFileSync(join(ROOT, file), "utf8");
    const paths = [...yml.matchAll(/(?:path|parameters|manifestPath):\s*(\.\/\S+)/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(readdirSync(join(ROOT, dirname(p))), p).toContain(p.split("/").pop());
  });

  it("m365agents.yml provisions, deploys and publishes with the expected actions", () => {
    const yml = readFileSync(join(ROOT, "m365agents.yml"), "utf8");
    for (const action of [
      "aadApp/create",
      "aadApp/update",
      "teamsApp/create",
      "arm/deploy",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/update",
      "cli/runNpmCommand",
      "azureAppService/zipDeploy",
      "teamsApp/publishAppPackage",
    ]) {
      expect(yml).toContain(`uses: ${action}`);
    }
  });
});
