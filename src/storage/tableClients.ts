import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import type { TokenCredential } from "@azure/identity";
import { isAlreadyExists, toStorageError } from "./errors.js";

/** Where the tables live: a connection string (Azurite, keys) or an account URL with Entra ID. */
export type TableConnection = { connectionString: string } | { accountUrl: string; credential: TokenCredential };

/** Hands out table clients for one account and one table-name prefix. */
export interface TableClientFactory {
  /** The client for logical table `name`; the real table is prefix + name. */
  client(name: string): TableClient;
  /** The real (prefixed) table name of logical table `name`. */
  tableName(name: string): string;
  /** Creates the tables that do not exist yet. */
  ensureTables(names: readonly string[]): Promise<void>;
  /** True when the table service answers within 2 s; never throws. Used by /healthz. */
  ping(): Promise<boolean>;
  readonly tablePrefix: string;
}

/** A pipeline policy, typed through the tables package (core-rest-pipeline is not a direct dependency). */
type PipelinePolicy = NonNullable<TableServiceClientOptions["additionalPolicies"]>[number]["policy"];

const PING_TIMEOUT_MS = 2_000;
/** One try of one request; without it a storage host that accepts but never answers holds a request for minutes. */
export const STORAGE_TRY_TIMEOUT_MS = 10_000;

/**
 * For writes under a lease (reminder claims): fail fast and let the caller's own retries decide,
 * so that no single request can hang for longer than a fraction of the lease (about 7 s at worst
 * here, against the SDK default of about 45 s with four 10 s tries).
 */
export const FAIL_FAST_STORAGE = { tryTimeoutMs: 3_000, maxRetries: 1 } as const;

/** Gives each try a time limit (the SDK sets none). Runs per retry, so the limit is per try. */
function tryTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: "alrekTryTimeout",
    sendRequest(request, next) {
      if (!request.timeout) request.timeout = timeoutMs;
      return next(request);
    },
  };
}

/**
 * After the SDK's own retries, turns "cannot reach storage" (refused, reset, timeout, 5xx, no
 * credential) into StorageUnavailableError, so every caller sees one typed error for it.
 */
const unavailablePolicy: PipelinePolicy = {
  name: "alrekStorageUnavailable",
  async sendRequest(request, next) {
    try {
      return await next(request);
    } catch (error) {
      throw toStorageError(error);
    }
  },
};

/** Creates the factory; client options allow plain http only when the endpoint is http (Azurite). */
export function createTableClientFactory(
  conn: TableConnection,
  opts: { tablePrefix?: string; tryTimeoutMs?: number; maxRetries?: number } = {},
): TableClientFactory {
  const tablePrefix = opts.tablePrefix ?? "";
  if (tablePrefix && !/^[A-Za-z][A-Za-z0-9]*$/.test(tablePrefix)) {
    throw new Error(`table prefix must be letters and digits, starting with a letter: "${tablePrefix}"`);
  }
  const insecure =
    "connectionString" in conn
      ? /(^|;)\s*\w*Endpoint\s*=\s*http:\/\//i.test(conn.connectionString) ||
        /DefaultEndpointsProtocol=http;/i.test(conn.connectionString)
      : conn.accountUrl.startsWith("http://");
  const options: TableServiceClientOptions = {
    allowInsecureConnection: insecure,
    additionalPolicies: [
      { policy: unavailablePolicy, position: "perCall" },
      { policy: tryTimeoutPolicy(opts.tryTimeoutMs ?? STORAGE_TRY_TIMEOUT_MS), position: "perRetry" },
    ],
    ...(opts.maxRetries !== undefined ? { retryOptions: { maxRetries: opts.maxRetries } } : {}),
  };
  // A health check must answer fast: no retries, the timeout decides.
  const pingOptions: TableServiceClientOptions = { ...options, retryOptions: { maxRetries: 0 } };
  const tableName = (name: string) => {
    const full = tablePrefix + name;
    if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(full)) throw new Error(`invalid table name "${full}"`);
    return full;
  };
  const clients = new Map<string, TableClient>();
  const makeClient = (name: string) =>
    "connectionString" in conn
      ? TableClient.fromConnectionString(conn.connectionString, tableName(name), options)
      : new TableClient(conn.accountUrl, tableName(name), conn.credential, options);
  const pingClient =
    "connectionString" in conn
      ? TableServiceClient.fromConnectionString(conn.connectionString, pingOptions)
      : new TableServiceClient(conn.accountUrl, conn.credential, pingOptions);

  const client = (name: string) => {
    let c = clients.get(name);
    if (!c) clients.set(name, (c = makeClient(name)));
    return c;
  };
  return {
    tablePrefix,
    tableName,
    client,
    async ensureTables(names) {
      await Promise.all(
        names.map(async (name) => {
          try {
            await client(name).createTable();
          } catch (error) {
            if (!isAlreadyExists(error)) throw error;
          }
        }),
      );
    },
    async ping() {
      try {
        const pages = pingClient
          .listTables({ abortSignal: AbortSignal.timeout(PING_TIMEOUT_MS) })
          .byPage({ maxPageSize: 1 });
        await pages.next();
        return true;
      } catch {
        return false;
      }
    },
  };
}
