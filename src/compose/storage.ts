import type { Config } from "../config/config.js";
import type { BadRowReporter } from "../domain/badRows.js";
import type { Logger } from "../logger.js";
import { createRepositories, type Repositories } from "../storage/index.js";
import {
  copyOnceSends,
  createReminderRepositories,
  ONCE_SENDS_TABLE,
  REMINDER_TABLE_NAMES,
  type ReminderRepositories,
} from "../storage/reminderTables/index.js";
import { seedIfNeeded } from "../storage/seeder.js";
import { CHANGE_MARKER_TABLE, TableChangeMarker } from "../storage/tableChangeMarker.js";
import {
  BOOKING_RULES_TABLE,
  BOOKING_SLOTS_TABLE,
  BOOKING_TABLE_NAMES,
  BOOKINGS_TABLE,
  TableBookingRepository,
} from "../storage/tableBookingRepository.js";
import { retryStorageStartup } from "../storage/startupRetry.js";
import {
  createTableClientFactory,
  FAIL_FAST_STORAGE,
  type TableClientFactory,
  type TableConnection,
} from "../storage/tableClients.js";
import { seedData } from "../seed/index.js";

/** Work to undo on stop (or when start-up fails half-way), run last-in first-out. */
export type Cleanups = (() => Promise<void>)[];

/** Every repository of the service, the reminder tables included, over one table factory. */
export interface StorageParts {
  tables: Pick<TableClientFactory, "ping">;
  repos: Repositories;
  reminderRepos: ReminderRepositories;
  bookingRepo: TableBookingRepository;
  /** Moves on with every write the read model caches; every instance checks it (services/knowledgeSource.ts). */
  changeMarker: TableChangeMarker;
}

/** How storage is reached and how patiently start-up waits for it. */
export interface StorageOptions {
  /** Table name prefix, so tests can share one Azurite. */
  tablePrefix?: string;
  storageStartupTimeoutMs?: number;
  storageRetryDelayMs?: number;
}

/**
 * Connects to storage, builds every repository once, creates the missing tables and writes the
 * seed. Storage may still be starting (or a role assignment propagating), so that is retried,
 * logging the reason of each failed try.
 */
export async function openRepositories(
  config: Config,
  options: StorageOptions,
  log: Logger,
  cleanups: Cleanups,
  badRows: BadRowReporter,
): Promise<StorageParts> {
  const connection = await connect(config, log, cleanups);
  const tables = createTableClientFactory(connection, { tablePrefix: options.tablePrefix });
  const repos = createRepositories(tables, badRows);
  // Reminder claims are written under a lease: their requests fail fast, and the lease logic retries.
  const failFast = createTableClientFactory(connection, { tablePrefix: options.tablePrefix, ...FAIL_FAST_STORAGE });
  const reminderRepos = createReminderRepositories(failFast, badRows);
  // A question waits for the marker's check: it fails fast too, and the cached data serves meanwhile.
  const changeMarker = new TableChangeMarker(failFast.client(CHANGE_MARKER_TABLE));
  const bookingRepo = new TableBookingRepository(
    {
      bookings: tables.client(BOOKINGS_TABLE),
      rules: tables.client(BOOKING_RULES_TABLE),
      slots: tables.client(BOOKING_SLOTS_TABLE),
    },
    badRows,
  );
  const seeded = await retryStorageStartup(
    "create tables and seed",
    async () => {
      await repos.ensureTables();
      await tables.ensureTables(REMINDER_TABLE_NAMES);
      await tables.ensureTables(BOOKING_TABLE_NAMES);
      const copied = await copyOnceSends(tables.client(ONCE_SENDS_TABLE), reminderRepos.ledger, badRows);
      if (copied > 0) log.info("snoozes, digests and Borgertun reminders copied into the delivery ledger", { copied });
      return seedIfNeeded(repos, seedData, log);
    },
    { log, timeoutMs: options.storageStartupTimeoutMs, firstDelayMs: options.storageRetryDelayMs },
  );
  log.info("seed checked", { ...seeded });
  // Seed corrections reach the read model of instances already running, as an editor's change does.
  if (seeded.created + seeded.updated > 0) await changeMarker.bump().catch(() => undefined);
  return { tables, repos, reminderRepos, bookingRepo, changeMarker };
}

async function connect(config: Config, log: Logger, cleanups: Cleanups): Promise<TableConnection> {
  const storage = config.storage;
  if (storage.kind === "connectionString") return { connectionString: storage.connectionString };
  if (storage.kind === "accountUrl") {
    // Loaded only for this mode: the identity library costs memory that the other modes never use.
    const { DefaultAzureCredential } = await import("@azure/identity");
    const credential = new DefaultAzureCredential({ managedIdentityClientId: storage.managedIdentityClientId });
    return { accountUrl: storage.accountUrl, credential };
  }
  // Local mode only (production refuses it): Azurite is a dev dependency, absent from a production install.
  const { startEmbeddedAzurite } = await import("../storage/azuriteProcess.js");
  const azurite = await startEmbeddedAzurite({ dataDir: storage.dataDir, log });
  cleanups.push(() => azurite.stop());
  log.warn("local storage: embedded Azurite started", {
    pid: azurite.pid,
    port: azurite.port,
    dataDir: storage.dataDir,
  });
  return { connectionString: azurite.connectionString };
}
