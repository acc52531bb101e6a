/**
 * A bare echo bot on the same stack as the service (restify + TeamsAdapter/CloudAdapter +
 * teams-ai Application), the baseline of the benchmark. Started as its own process: PORT=... .
 */
import restify from "restify";
import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { Application, TeamsAdapter, type TurnState } from "../../src/bot/teamsAi.js";

const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
const app = new Application<TurnState>({ adapter, startTypingTimer: false, removeRecipientMention: true });
app.activity("message", async (context) => {
  await context.sendActivity(`Echo: ${context.activity.text}`);
});

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post("/api/messages", async (req, res) => {
  await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
});
server.get("/healthz", (_req, res, next) => {
  res.send(200, { status: "ok" });
  next();
});
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
