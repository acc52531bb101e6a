import { describe, expect, it } from "vitest";
import type { ChangeRecord } from "../../src/tab/apiTypes.js";
import { describeChange } from "../../src/tab/changeText.js";
import { translator } from "../../src/tab/i18n/index.js";

const record = (
  field: string,
  oldValue: string | null,
  newValue: string | null,
  name = "Karen Haugvaldstad",
): ChangeRecord => ({
  entityType: "tiltak",
  entityId: "t01",
  at: "2026-11-12T10:00:00.000Z",
  by: { oid: "o", tid: "t", name },
  field,
  oldValue,
  newValue,
});

describe("describeChange", () => {
  it.each([
    ["nb", record("status", "planned", "done"), "Karen Haugvaldstad", "Planlagt → Fullført"],
    ["en", record("status", "in_progress", "stopped"), "Karen Haugvaldstad", "In progress → Stopped"],
    // A status with no old value is the one a carry-over kept.
    ["nb", record("status", null, "in_progress"), "Karen Haugvaldstad", "status ved overføring: Pågår"],
    ["nb", record("carriedFrom", null, "2024-2025:t06"), "Karen Haugvaldstad", "overført fra 2024–2025"],
    ["nn", record("notes", null, "Siste notat"), "Karen Haugvaldstad", "notat følgde med"],
    [
      "nb",
      {
        ...record("decision", null, "Vi går videre med faggruppen"),
        meeting: {
          eventId: "alrekforum",
          occurrenceKey: "2027-01-14T13:00",
          title: "Alrekforum BEHO",
          start: "2027-01-14T12:00:00.000Z",
        },
      },
      "Karen Haugvaldstad",
      "vedtak i Alrekforum BEHO 14.1.2027",
    ],
    ["nb", record("status", "legacy", "done"), "Karen Haugvaldstad", "legacy → Fullført"],
    ["nb", record("notes", "", "Ny tekst"), "Karen Haugvaldstad", "oppdaterte notatet"],
    ["nb", record("notes", "Gammel", ""), "Karen Haugvaldstad", "fjernet notatet"],
    [
      "nb",
      record("responsible", "A", "Alrek-koordinator"),
      "Karen Haugvaldstad",
      "ansvarlig endret til Alrek-koordinator",
    ],
    ["nb", record("responsible", "A", null), "Karen Haugvaldstad", "ansvarlig endret til (tom)"],
    ["nb", record("areaId", "a", "b"), "Karen Haugvaldstad", "endret tiltaket"],
    ["nb", record("status", "planned", "done", ""), "Ukjent", "Planlagt → Fullført"],
  ] as const)("%s: %j", (lang, r, who, what) => {
    expect(describeChange(r, translator(lang))).toEqual({ who, what });
  });

  it("never shows a field's code", () => {
    const { what } = describeChange(record("someInternalField", "x", "y"), translator("nb"));
    expect(what).not.toContain("someInternalField");
  });
});
