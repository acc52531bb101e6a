import { runChaos } from "../harness.js";
runChaos({
  conversations: 10, eventsPerConversation: 10, instances: 3, leaseMs: 8_000, tickMs: 1_000,
  chaos: { p429: 0.06, p500: 0.04, retryAfterSeconds: (random) => (random() < 0.2 ? 10 : 1), seed: 7 },
  killAt: 0.2, outageAt: 0.45, outageMs: 3_000, timeoutMs: 90_000,
  progress: (l) => console.log("P", new Date().toISOString().slice(11, 23), l),
  workerLine: (l) => console.log("W", l.slice(0, 400)),
}).then((r) => console.log(JSON.stringify(r, null, 1)), (e) => console.log("ERR", String(e)));
