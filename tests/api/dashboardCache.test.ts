import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HISTORY_TABLE } from "../../src/storage/tableHistoryRepository.js";
import { startCountingStorageProxy, type CountingStorageProxy } from "../support/countingStorageProxy.js";
import { startTestService } from "../support/testService.js";
import { call, client, fixedClock } from "./apiClient.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const LANGS = ["nb", "nn", "en"] as const;
const T = "/api/periods/2024-2025/tiltak";

/**
 * The dashboard's cost when tab clients in nb, nn and en poll one instance: counted as the history
 * reads storage sees (a proxy in front of Azurite), not timed. One build reads one history
 * partition per tiltak; clients of every language share it.
 */
describe("GET /api/dashboard: clients in three languages cost what clients in one do", () => {
  let proxy: CountingStorageProxy;
  let service: Service;
  let tiltakCount: number;

  beforeAll(async () => {
    proxy = await startCountingStorageProxy(inject("azuriteConnectionString"));
    service = await startTestService(
      { AZURE_STORAGE_CONNECTION_STRING: proxy.connectionString },
      { clock: fixedClock },
    );
    tiltakCount = (await client(service.url).get(T)).body.tiltak.length;
    expect(tiltakCount).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await service?.stop();
    await proxy?.close();
  });

  /** Saves a change to one tiltak, so that the next poll has a new version to build. */
  const change = async () => {
    const row = (await client(service.url).get(T)).body.tiltak.find((t: { id: string }) => t.id === "t04");
    const next = row.status === "done" ? "in_progress" : "done";
    expect((await client(service.url).patch(`${T}/t04`, { status: next }, { etag: row.etag })).status).toBe(200);
  };
  const poll = (lang: string, etag?: string) =>
    call(service.url, "GET", `/api/dashboard?locale=${lang}`, { headers: etag ? { "if-none-match": etag } : {} });

  it.each([
    ["one after the other", false],
    ["all at once", true],
  ])("30 polls after a change, nb, nn and en in turn (%s), read each tiltak's history once", async (_how, together) => {
    await change();
    proxy.reset();
    const langs = Array.from({ length: 30 }, (_, i) => LANGS[i % 3]);
    const answers = together
      ? await Promise.all(langs.map((lang) => poll(lang)))
      : await langs.reduce<Promise<Awaited<ReturnType<typeof poll>>[]>>(
          async (done, lang) => [...(await done), await poll(lang)],
          Promise.resolve([]),
        );
    expect(answers.map((a) => a.status)).toEqual(langs.map(() => 200));
    expect(proxy.reads(HISTORY_TABLE)).toBe(tiltakCount);
    // Each language still gets its own locale and ETag, and the data is the same.
    for (const [i, a] of answers.entries()) {
      expect(a.body.summary.locale).toBe(langs[i]);
      expect(a.body.version).toBe(a.headers.get("etag"));
    }
    const [nb, nn, en] = answers;
    expect(new Set([nb, nn, en].map((a) => a.headers.get("etag"))).size).toBe(3);
    expect(nn.body.tiltak).toEqual(nb.body.tiltak);
    expect(en.body.changes).toEqual(nb.body.changes);
  });

  it("a poll with its language's current ETag is an empty 304 that reads no history", async () => {
    const first = await Promise.all(LANGS.map((lang) => poll(lang)));
    proxy.reset();
    const again = await Promise.all(LANGS.map((lang, i) => poll(lang, first[i].headers.get("etag")!)));
    expect(again.map((a) => [a.status, a.text])).toEqual(LANGS.map(() => [304, ""]));
    // Another language's ETag is not this one's.
    expect((await poll("nn", first[0].headers.get("etag")!)).status).toBe(200);
    expect(proxy.reads(HISTORY_TABLE)).toBe(0);
  });
});
