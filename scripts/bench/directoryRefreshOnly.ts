/**
 * Only the cross-instance read model figures of `npm run bench`:
 *   npx tsx scripts/bench/directoryRefreshOnly.ts
 * The service runs from source (tsx); `npm run bench` runs it compiled, as production does.
 */
import { startNode } from "./processes.js";
import { printDirectoryRefresh } from "./directoryRefresh.js";

printDirectoryRefresh((env) => startNode("src/main.ts", [], env)).catch((error) => {
  console.error(error);
  process.exit(1);
});
