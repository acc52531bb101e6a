#!/usr/bin/env bash
# Talk to the bot in Microsoft 365 Agents Playground (the local Teams client).
# Starts the service with `npm start` unless one already answers on PORT, then the Playground on
# PLAYGROUND_PORT (both on 127.0.0.1 only), prints the address to open, and stops what it started
# on Ctrl-C. See docs/playground.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
SERVICE_URL="http://127.0.0.1:${PORT}"
SERVICE_LOG="test-output/playground-service.log"

service_pid=""
runner=""
runner_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$runner_pid" ] && kill -0 "$runner_pid" 2>/dev/null; then
    kill -TERM "$runner_pid" 2>/dev/null || true
    wait "$runner_pid" 2>/dev/null || true
  fi
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    echo "stopping the service (pid $service_pid)"
    # npm start runs in its own session (setsid), so its process group is exactly what we started.
    kill -TERM -- "-$service_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$service_pid" 2>/dev/null || true
  fi
  [ -n "$runner" ] && rm -f "$runner"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

answers() { curl -fsS -o /dev/null --max-time 2 "$SERVICE_URL/healthz" 2>/dev/null; }

if answers; then
  echo "using the service that already runs on $SERVICE_URL"
else
  mkdir -p "$(dirname "$SERVICE_LOG")"
  echo "starting the service on $SERVICE_URL (npm start; log: $SERVICE_LOG)"
  PORT="$PORT" setsid npm start >"$SERVICE_LOG" 2>&1 &
  service_pid=$!
  # npm start builds the tab first; give it up to two minutes.
  for _ in $(seq 1 240); do
    answers && break
    if ! kill -0 "$service_pid" 2>/dev/null; then
      echo "the service stopped while starting; last lines of $SERVICE_LOG:" >&2
      tail -n 30 "$SERVICE_LOG" >&2
      exit 1
    fi
    sleep 0.5
  done
  answers || { echo "the service did not answer on $SERVICE_URL/healthz within 2 minutes; see $SERVICE_LOG" >&2; exit 1; }
fi

# The Playground is started through tests/support/playground.ts, which binds it to 127.0.0.1 and
# stops its telemetry from reaching the internet.
runner="$(mktemp --suffix=.mts)"
cat >"$runner" <<EOF
import { startPlayground } from "$(pwd)/tests/support/playground.ts";
const playground = await startPlayground({ botEndpoint: "$SERVICE_URL/api/messages", port: $PLAYGROUND_PORT });
console.log("");
console.log("Agents Playground: open " + playground.url + " in a browser (Ctrl-C stops it).");
console.log("Personal chat: ask 'Hvem sitter i Husrådet?'. Team channel: pick 'My Team - General' and mention @Test Bot.");
let stopping = false;
const stop = async () => { stopping = true; await playground.stop(); process.exit(0); };
void playground.exited.then(() => {
  if (stopping) return;
  console.error("Agents Playground stopped by itself:\n" + playground.output());
  process.exit(1);
});
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => undefined, 1 << 30);
EOF
# In the background and waited for, so that Ctrl-C or SIGTERM reaches the cleanup at once.
TEAMSAPPTESTER_BROWSER=none node_modules/.bin/tsx "$runner" &
runner_pid=$!
wait "$runner_pid"
