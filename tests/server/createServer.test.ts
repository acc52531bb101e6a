import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { rawRequest } from "../support/rawHttp.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

describe("odd request paths on any route", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it.each([
    ["GET", "/%00"],
    ["GET", "/api/events/%00/history"],
    ["GET", "/api/events/%zz/history"],
    ["GET", "/api/events/%c0%af/ics?token=x"],
    ["GET", "/api/periods/..%2f..%2fpackage.json/tiltak"],
    ["GET", "/api/periods/%5c%5c/tiltak.csv"],
    ["GET", `/api/events/${"%41".repeat(2000)}/history`],
    ["POST", "/api/messages/%00"],
    ["PATCH", "/api/events/%ff"],
    ["GET", "/healthz/%2e%2e"],
  ])("%s %s answers a JSON 4xx and the service keeps serving", async (method, path) => {
    const res = await rawRequest(service.url, {
      method,
      path,
      headers: { "content-type": "application/json", "content-length": 2 },
      body: "{}",
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.json?.error?.code).toBeTruthy();
    expect((await rawRequest(service.url, { path: "/healthz" })).status).toBe(200);
  });
});
