import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { client, fixedClock } from "./apiClient.js";

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  service = await startTestService({}, { clock: fixedClock });
  api = client(service.url);
});
afterAll(async () => service?.stop());

const body = (id: string, title: string) => ({
  id,
  title,
  startYear: 2026,
  endYear: 2027,
  areas: [{ id: "kommunikasjon", name: `Kommunikasjon (${title})` }],
  carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t01", "t02"] },
});

describe("POST /api/periods is insert-if-absent", () => {
  it.each([2, 8])(
    "of %i parallel creates of one id exactly one gets 201; the others 409 and store nothing",
    async (n) => {
      const id = `race-${n}`;
      const titles = Array.from({ length: n }, (_, i) => `Handlingsplan ${i + 1}`);
      const answers = await Promise.all(titles.map((title) => api.post("/api/periods", body(id, title))));

      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(n - 1);
      for (const a of answers.filter((x) => x.status === 409)) expect(a.body.error.code).toBe("already_exists");

      const winner = titles[statuses.indexOf(201)];
      const stored = (await api.get("/api/periods")).body.periods.filter((p: { id: string }) => p.id === id);
      expect(stored).toHaveLength(1);
      expect(stored[0].title).toBe(winner);
      expect(stored[0].areas[0].name).toBe(`Kommunikasjon (${winner})`);

      // The losers carried nothing over: two tiltak, one history record each.
      const tiltak = (await api.get(`/api/periods/${id}/tiltak`)).body.tiltak;
      expect(tiltak.map((t: { id: string }) => t.id)).toEqual(["t01", "t02"]);
      const history = (await api.get(`/api/periods/${id}/tiltak/t01/history`)).body.history;
      expect(history.filter((h: { field: string }) => h.field === "carriedFrom")).toHaveLength(1);
    },
  );

  it("answers 409 to a later create of a taken id and keeps the first", async () => {
    expect((await api.post("/api/periods", body("later", "Først"))).status).toBe(201);
    const again = await api.post("/api/periods", body("later", "Siden"));
    expect(again.status).toBe(409);
    expect((await api.get("/api/periods")).body.periods.find((p: { id: string }) => p.id === "later").title).toBe(
      "Først",
    );
  });
});
