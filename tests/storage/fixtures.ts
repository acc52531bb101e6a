import type { ClusterFacts, Directory, Group, Person } from "../../src/domain/directory.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import type { PlanPeriod, Tiltak } from "../../src/domain/tiltak.js";

/** Small, made-up test data with Norwegian letters in every text field that is stored. */
export const person = (id: string, name: string): Person => ({
  id,
  name,
  altNames: [name.replace("å", "aa")],
  unit: "Etat for helsetjenester",
  title: "Rådgiver",
});

export const group = (id: string, order: number): Group => ({
  id,
  name: `Gruppe ${order} – Husrådet`,
  nameEn: "House council",
  aliases: ["husrådet", "HR"],
  kind: "governing",
  mandate: "Ivareta samhandling på tvers av æ, ø og å.",
  behoRepresented: true,
  members: [{ personId: "per-soraas", unit: "BEHO", role: "leder" }],
  order,
});

export const facts: ClusterFacts = {
  name: "Alrek helseklynge",
  established: 2019,
  address: "Årstadveien 17",
  city: "Bergen",
  partners: [{ name: "Universitetet i Bergen", shortName: "UiB" }],
  vision: "Sammen for bedre helse",
  focusAreas: ["Utdanning for fremtiden"],
  behoOffice: "Kontor i 2. etasje",
  meetingRoom: { name: "Møterommet", description: "Ved kantinen" },
  forum: { name: "Alrekforum", established: "2023", description: "Internt forum" },
  coordinator: {
    personId: "karen-haugvaldstad",
    title: "Alrek-koordinator",
    email: "karen@example.org",
    description: "Koordinerer",
  },
};

export const directory = (n = 3): Directory => ({
  groups: Array.from({ length: n }, (_, i) => group(`gruppe-${i + 1}`, i + 1)),
  people: [person("per-soraas", "Per Søråas"), person("ase-aeroe", "Åse Ærø")],
  facts,
});

export const event = (id: string, title = "Møte i Husrådet"): AlrekEvent => ({
  id,
  kind: "meeting",
  title,
  titleEn: "House council meeting",
  start: "2026-12-04T09:00",
  end: "2026-12-04T10:30",
  timeZone: "Europe/Oslo",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  place: "Møterom Ålesund",
  exceptions: [{ originalStart: "2027-01-01T09:00", cancelled: true }],
  reminderLeadTimes: ["P7D", "PT1H"],
  cancelled: false,
});

export const period = (id = "2024-2025"): PlanPeriod => ({
  id,
  title: "Handlingsplan 2024–2025",
  startYear: 2024,
  endYear: 2025,
  areas: [
    {
      id: "utdanning",
      name: "Utdanning for fremtiden",
      nameEn: "Education",
      goal: "Gjennom klyngedeltakelsen vil …",
      order: 1,
    },
  ],
});

export const tiltak = (periodId: string, id: string, order: number): Tiltak => ({
  periodId,
  id,
  areaId: "utdanning",
  order,
  text: `Tiltak ${order}: øke bruken av simulering`,
  examples: "Eksempelvis simulering, podcast",
  status: "planned",
  responsible: "Åse",
  notes: "",
});
