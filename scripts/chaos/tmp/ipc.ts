import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startEmbeddedAzurite } from "../../../src/storage/azuriteProcess.js";
import { silentLogger } from "../../../src/logger.js";
import { mkdtempSync } from "node:fs";
async function main() {
const az = await startEmbeddedAzurite({ dataDir: mkdtempSync("/tmp/ipc-"), inMemory: true, log: silentLogger });
const w = fork(fileURLToPath(new URL("../worker.ts", import.meta.url)), [JSON.stringify({ connectionString: az.connectionString, tablePrefix: "ipcx", instanceId: "x", leaseMs: 8000, tickMs: 1000, postTimeoutMs: 2000, calendarLinkKey: "k" })], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
w.on("message", (m) => { console.log("msg", m); if ((m as any).type === "started") w.send({ type: "quiesce" }); if ((m as any).type === "idle") { w.kill("SIGKILL"); az.stop(); } });
w.on("exit", (c, s) => console.log("exit", c, s));
}
main();
