import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/qa/parse.js";
import type { Question } from "../../src/qa/question.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { seedEvents } from "../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../src/seed/plan.js";

const knowledge = { events: seedEvents, period: seedPlanPeriod, tiltak: seedTiltak };
const parse = (text: string) => parseQuestion(text, undefined, seedDirectory, knowledge);

/** The target of a parsed question, compactly: ids, a period, or "-". */
function target(q: Question): string {
  switch (q.intent) {
    case "nextEvent":
      return q.eventIds.join(",");
    case "eventsInPeriod":
      return q.period.unit === "namedMonth"
        ? `month:${q.period.month}`
        : q.period.unit === "days"
          ? `days:${JSON.stringify(q.period.expr)}`
          : `${q.period.unit}:${q.period.offset}`;
    case "tiltakByArea":
      return q.areaIds.join(",");
    case "tiltakDetail":
      return q.tiltakIds.join(",");
    case "tiltakResponsible":
      return q.tiltakIds.length > 0
        ? q.tiltakIds.join(",")
        : q.areaIds.length > 0
          ? `area:${q.areaIds.join(",")}`
          : "general";
    case "groupMembers":
    case "representedIn":
    case "mandate":
      return q.groupId;
    default:
      return "-";
  }
}

const DEADLINES = "soknadsfrist-alrek-samarbeidsmidler,soknadsfrist-rebekka-ege-hegermanns-legat";

// [typed text, expected intent, expected target, expected language]
const cases: [string, Question["intent"], string, "nb" | "en"][] = [
  // what is coming up
  ["Hva skjer fremover?", "upcomingEvents", "-", "nb"],
  ["hva skjer", "upcomingEvents", "-", "nb"],
  ["hva skjer?", "upcomingEvents", "-", "nb"],
  ["kommende arrangementer", "upcomingEvents", "-", "nb"],
  ["Hvilke arrangementer kommer?", "upcomingEvents", "-", "nb"],
  ["hendelser framover", "upcomingEvents", "-", "nb"],
  ["kalender", "upcomingEvents", "-", "nb"],
  ["upcoming events", "upcomingEvents", "-", "en"],
  ["what's happening", "upcomingEvents", "-", "en"],
  ["What is coming up?", "upcomingEvents", "-", "en"],
  ["whats on", "upcomingEvents", "-", "en"],
  ["show me the calendar", "upcomingEvents", "-", "en"],
  ["når er neste møte?", "upcomingEvents", "-", "nb"],
  ["when is the next meeting", "upcomingEvents", "-", "en"],
  // next occurrence of a named event
  ["Når er neste fredagspresentasjon?", "nextEvent", "fredagspresentasjoner", "nb"],
  ["naar er neste fredagspresentasjon", "nextEvent", "fredagspresentasjoner", "nb"],
  ["nar er neste fredags presentasjon", "nextEvent", "fredagspresentasjoner", "nb"],
  ["når er fredagspresentasjonene", "nextEvent", "fredagspresentasjoner", "nb"],
  ["neste fredagspresentasjn", "nextEvent", "fredagspresentasjoner", "nb"],
  ["fredagspresentasjonen", "nextEvent", "fredagspresentasjoner", "nb"],
  ["when is the next friday presentation", "nextEvent", "fredagspresentasjoner", "en"],
  ["next friday presentation", "nextEvent", "fredagspresentasjoner", "en"],
  ["When are the Friday presentations?", "nextEvent", "fredagspresentasjoner", "en"],
  ["når er alrek helsedager", "nextEvent", "alrek-helsedager", "nb"],
  ["Når er Alrekdagene?", "nextEvent", "alrek-helsedager", "nb"],
  ["when is alrek health days", "nextEvent", "alrek-helsedager", "en"],
  ["når er digital helse", "nextEvent", "digitalhelse", "nb"],
  ["when is digitalhelse", "nextEvent", "digitalhelse", "en"],
  ["når er partnermøtet", "nextEvent", "partnermotet", "nb"],
  ["når er høstmøtet", "nextEvent", "hostmote-forskning-primaerhelsetjenesten", "nb"],
  ["når er søknadsfristen for samarbeidsmidler", "nextEvent", "soknadsfrist-alrek-samarbeidsmidler", "nb"],
  ["når er søknadsfristen", "nextEvent", DEADLINES, "nb"],
  ["when is the deadline", "nextEvent", DEADLINES, "en"],
  // events in a window
  ["Hva skjer i desember?", "eventsInPeriod", "month:12", "nb"],
  ["hva skjer i desmber", "eventsInPeriod", "month:12", "nb"],
  ["hva skjer i januar", "eventsInPeriod", "month:1", "nb"],
  ["hva skjer i jaunar", "eventsInPeriod", "month:1", "nb"],
  ["arrangementer i mars", "eventsInPeriod", "month:3", "nb"],
  ["hva skjer i mai", "eventsInPeriod", "month:5", "nb"],
  ["desember", "eventsInPeriod", "month:12", "nb"],
  ["what's on in January", "eventsInPeriod", "month:1", "en"],
  ["whats on in february", "eventsInPeriod", "month:2", "en"],
  ["events in march", "eventsInPeriod", "month:3", "en"],
  ["what happens in may", "eventsInPeriod", "month:5", "en"],
  ["hva skjer neste måned", "eventsInPeriod", "month:1", "nb"],
  ["hva skjer neste maned", "eventsInPeriod", "month:1", "nb"],
  ["hva skjer denne måneden", "eventsInPeriod", "month:0", "nb"],
  ["what's on next month", "eventsInPeriod", "month:1", "en"],
  ["events this month", "eventsInPeriod", "month:0", "en"],
  ["denne uken", "eventsInPeriod", "week:0", "nb"],
  ["hva skjer neste uke", "eventsInPeriod", "week:1", "nb"],
  ["this week", "eventsInPeriod", "week:0", "en"],
  ["events next week", "eventsInPeriod", "week:1", "en"],
  ["i morgen", "eventsInPeriod", "day:1", "nb"],
  ["hva skjer i dag", "eventsInPeriod", "day:0", "nb"],
  ["what's happening tomorrow", "eventsInPeriod", "day:1", "en"],
  // the tiltak of an area
  ["Hvilke tiltak har vi for utdanning for fremtiden?", "tiltakByArea", "utdanning", "nb"],
  ["tiltak for utdanning", "tiltakByArea", "utdanning", "nb"],
  ["tiltak for kommunikasjon", "tiltakByArea", "kommunikasjon", "nb"],
  ["hvilke tiltak finnes for kommunikasjon og involvering", "tiltakByArea", "kommunikasjon", "nb"],
  ["tiltak innen forskning", "tiltakByArea", "forskning", "nb"],
  ["tiltak for effektiv organisering", "tiltakByArea", "organisering", "nb"],
  ["tiltak for offentlig-privat samarbeid", "tiltakByArea", "offentlig-privat", "nb"],
  ["tiltak for næringsliv", "tiltakByArea", "offentlig-privat", "nb"],
  ["tiltak for naeringslivet", "tiltakByArea", "offentlig-privat", "nb"],
  ["tiltakene for forsknig", "tiltakByArea", "forskning", "nb"],
  ["kommunikasjon", "tiltakByArea", "kommunikasjon", "nb"],
  ["What are the measures for public-private collaboration?", "tiltakByArea", "offentlig-privat", "en"],
  ["measures for research", "tiltakByArea", "forskning", "en"],
  ["education measures", "tiltakByArea", "utdanning", "en"],
  ["what are the measures for organisation", "tiltakByArea", "organisering", "en"],
  ["measures for organization", "tiltakByArea", "organisering", "en"],
  ["measures for communication", "tiltakByArea", "kommunikasjon", "en"],
  ["what are the measures for education for the future", "tiltakByArea", "utdanning", "en"],
  // status
  ["Hva er status på tiltakene?", "tiltakStatus", "-", "nb"],
  ["status", "tiltakStatus", "-", "nb"],
  ["fremdrift", "tiltakStatus", "-", "nb"],
  ["hvordan går det med handlingsplanen", "tiltakStatus", "-", "nb"],
  ["hvordan gar det med tiltakene", "tiltakStatus", "-", "nb"],
  ["hva er status på handlingsplanen", "tiltakStatus", "-", "nb"],
  ["handlingsplanen", "tiltakStatus", "-", "nb"],
  ["What is the status of measures?", "tiltakStatus", "-", "en"],
  ["how is the action plan going", "tiltakStatus", "-", "en"],
  ["what is the progress on the measures", "tiltakStatus", "-", "en"],
  // all tiltak
  ["Vis alle tiltak", "allTiltak", "-", "nb"],
  ["alle tiltak", "allTiltak", "-", "nb"],
  ["tiltak", "allTiltak", "-", "nb"],
  ["hvilke tiltak finnes", "allTiltak", "-", "nb"],
  ["vis alle tiltakene", "allTiltak", "-", "nb"],
  ["show all measures", "allTiltak", "-", "en"],
  ["list all measures", "allTiltak", "-", "en"],
  ["measures", "allTiltak", "-", "en"],
  // responsibility
  ["Hvem har ansvar for kommunikasjonsplanen?", "tiltakResponsible", "t01", "nb"],
  ["hvem har ansvaret for kommunikasjonsplan", "tiltakResponsible", "t01", "nb"],
  ["hvem er ansvarlig for kommunikasjonsplanen", "tiltakResponsible", "t01", "nb"],
  ["hvem har ansvar for koordinatorrollen", "tiltakResponsible", "t13", "nb"],
  ["hvem har ansvar for alrek legesenter", "tiltakResponsible", "t07", "nb"],
  ["hvem har ansvar for møtestrukturen", "tiltakResponsible", "t14", "nb"],
  ["tiltak om kommunikasjonsplan", "tiltakDetail", "t01", "nb"],
  ["hvem har ansvar for tiltakene", "tiltakResponsible", "general", "nb"],
  ["hvem følger opp handlingsplanen", "tiltakResponsible", "general", "nb"],
  ["hvem har ansvar for tiltakene innen kommunikasjon", "tiltakResponsible", "area:kommunikasjon", "nb"],
  ["who is responsible for the communication plan", "tiltakResponsible", "t01", "en"],
  ["who is responsible for the coordinator role", "tiltakResponsible", "t13", "en"],
  ["who is responsible for the action plan", "tiltakResponsible", "general", "en"],
  ["who is responsible?", "tiltakResponsible", "general", "en"],
  ["hvem har ansvar for borgertun", "tiltakResponsible", "t09", "nb"],
  ["har vi tiltak for innovasjon", "tiltakByArea", "offentlig-privat", "nb"],
  // representation keeps winning
  ["hvem sitter i husrådet", "groupMembers", "husradet", "nb"],
  ["hvem sitter i kommunikasjonsgruppen", "groupMembers", "kommunikasjonsgruppen", "nb"],
  ["hvem er ansvarlig for kommunikasjonsgruppen", "groupMembers", "kommunikasjonsgruppen", "nb"],
  ["hvem er med i partnermøtet", "groupMembers", "partnermotet", "nb"],
  ["alrekdagene", "groupMembers", "alrek-helsedager", "nb"],
  ["who is in the communication group", "groupMembers", "kommunikasjonsgruppen", "en"],
  ["hva er mandatet til kommunikasjonsgruppen", "mandate", "kommunikasjonsgruppen", "nb"],
  ["hvem sitter i faggruppe for innovasjon og e-helse", "groupMembers", "faggruppe-innovasjon-ehelse", "nb"],
  ["hvem har ansvar for alrekforum", "groupMembers", "alrekforum-beho", "nb"],
];

describe("parseQuestion: events and tiltak", () => {
  it("has a large table", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases)("%s → %s %s (%s)", (text, intent, expected, lang) => {
    const q = parse(text);
    expect({ intent: q.intent, target: target(q), lang: q.lang }).toEqual({ intent, target: expected, lang });
  });

  it("without events or plan the general questions still parse", () => {
    expect(parseQuestion("hva skjer", undefined, seedDirectory).intent).toBe("upcomingEvents");
    expect(parseQuestion("vis alle tiltak", undefined, seedDirectory).intent).toBe("allTiltak");
    expect(parseQuestion("hvem sitter i husrådet", undefined, seedDirectory).intent).toBe("groupMembers");
  });

  it("'may' is a month only in an events question", () => {
    expect(parse("who may sit in the house council").intent).toBe("groupMembers");
  });
});
