import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** The repository's appPackage folder. */
export const APP_PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "appPackage");

/** Values for every placeholder, as the toolkit would write them after provision. */
export const TEST_VARS: Record<string, string> = {
  TEAMS_APP_ID: "11111111-2222-4333-8444-555555555555",
  BOT_ID: "22222222-3333-4444-8555-666666666666",
  AAD_APP_CLIENT_ID: "33333333-4444-4555-8666-777777777777",
  BOT_DOMAIN: "app-alrek-test.azurewebsites.net",
  TAB_DOMAIN: "app-alrek-test.azurewebsites.net",
  APP_NAME_SUFFIX: "-test",
};

/** A template file of the app package, as text. */
export function readTemplate(name: string): string {
  return readFileSync(join(APP_PACKAGE_DIR, name), "utf8");
}

/** The help card's commands, bokmål and English, in the order of the manifest. */
export const HELP_COMMANDS: readonly { nb: string; en: string }[] = [
  { nb: "hjelp", en: "help" },
  { nb: "Hvem sitter i Husrådet?", en: "Who is on the House Council?" },
  { nb: "Hva skjer fremover?", en: "What is coming up?" },
  { nb: "Hva er status på tiltakene?", en: "What is the status of measures?" },
  { nb: "abonner", en: "subscribe" },
  { nb: "avslutt abonnement", en: "unsubscribe" },
  { nb: "påminnelser", en: "reminders" },
  { nb: "ny hendelse", en: "new event" },
];
