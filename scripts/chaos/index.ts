/**
 * `npm run chaos`: the full reminder fault run. 3 instances, 1,000 due reminders (20
 * conversations × 50 events), a connector that enforces Teams' limits and answers 5 % 429
 * (a tenth of them with Retry-After 150 s) and 3 % 500, kill -9 of the leader between sends,
 * and Azurite down for 20 s. Prints lost, duplicated and the highest rates the connector saw;
 * exits 1 if anything was lost or duplicated or a limit was exceeded.
 */
import { runChaos } from "./harness.js";

const LIMITS = { "1s": 7, "2s": 8, "30s": 60 } as const;
const APP_LIMIT = 50;

async function main(): Promise<void> {
  const result = await runChaos({
    conversations: 20,
    eventsPerConversation: 50,
    instances: 3,
    leaseMs: 60_000,
    tickMs: 2_000,
    chaos: {
      p429: 0.05,
      p500: 0.03,
      retryAfterSeconds: (random) => (random() < 0.1 ? 150 : 1 + Math.floor(random() * 3)),
      seed: 10,
    },
    killAt: 0.25,
    outageAt: 0.5,
    outageMs: 20_000,
    timeoutMs: 15 * 60_000,
    progress: (line) => console.log(`  ${line}`),
  });
  const over = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).filter((w) => result.maxPerConversation[w] > LIMITS[w]);
  console.log(`
Reminder chaos run (${result.seconds} s)
  reminders due          ${result.expected}
  delivered              ${result.delivered}
  lost                   ${result.lost}
  duplicated             ${result.duplicated}
  connector requests     ${result.requests}  (${Object.entries(result.answers)
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ")})
  per conversation, max  ${result.maxPerConversation["1s"]} in 1 s (limit 7), ${result.maxPerConversation["2s"]} in 2 s (limit 8), ${result.maxPerConversation["30s"]} in 30 s (limit 60)
  app-wide, max          ${result.maxAppPerSecond} per second (limit ${APP_LIMIT})
  faults                 kill -9 of the leader between sends: ${result.killed ? "yes" : "no"}, storage outage: ${result.outage ? "yes" : "no"}
  leadership             epoch ${result.log.epoch} at the end (${result.log.epoch - 1} changes of leader); ${result.log.triedAgain} reminders posted in more than one attempt
  worker warnings        ${result.workerWarnings} log lines`);
  const ok =
    result.lost === 0 &&
    result.duplicated === 0 &&
    over.length === 0 &&
    result.maxAppPerSecond <= APP_LIMIT &&
    result.killed;
  console.log(ok ? "\nOK: exactly once, within every limit." : "\nFAILED.");
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
