/**
 * Events named in "Aktivt med – Strategisk plan … 2020–2030" (handlingsplan 2024–2025).
 * Only what the document says: no dates are invented. Events it names without a date have no
 * `start`, so they are listed as "dato ikke satt" and never produce occurrences or reminders.
 * Notes for the coordinator go in `editorNote`, which only editors see.
 */
import type { AlrekEvent, EventException } from "../domain/events.js";
import { OSLO } from "../domain/time.js";

/** Fresh defaults per event, so no two events share one exceptions array. */
const base = () => ({ timeZone: OSLO, exceptions: [] as EventException[], cancelled: false });

const DATE_NOT_SET = "Dato er ikke satt; koordinator legger den inn når den er kjent.";
const DEADLINE_NOT_SET = "Fristen er ikke oppgitt i planen; koordinator legger den inn når den er kjent.";

/** The seeded events, in the order the document mentions them. */
export const seedEvents: AlrekEvent[] = [
  {
    ...base(),
    id: "fredagspresentasjoner",
    kind: "presentation",
    title: "Fredagspresentasjoner",
    titleEn: "Friday presentations",
    // The plan says "hver første fredag i måneden" but gives no time: the date only, no invented clock time.
    start: "2024-01-05T00:00",
    timeSet: false,
    recurrence: "FREQ=MONTHLY;BYDAY=1FR",
    place: "Kantinen, Årstadveien 17",
    organiser: "Husrådet",
    groupId: "husradet",
    description:
      "Hver første fredag i måneden arrangerer Husrådet Fredagspresentasjoner i kantinen i Årstadveien 17. " +
      "Miljøene rullerer på hvem som presenterer prosjekt/aktiviteter, og alle er invitert til å være publikum.",
    editorNote: "Klokkeslett er ikke oppgitt i handlingsplanen; koordinator bør sette riktig tid.",
  },
  {
    ...base(),
    id: "alrek-helsedager",
    kind: "conference",
    title: "Alrek helsedager",
    titleEn: "Alrek helsedager (Alrek Health Days)",
    recurrence: "FREQ=YEARLY",
    description:
      "Konferansen i Alrek helseklynge, kalt Alrekdagene fram til 2023. BEHO har vært representert både i " +
      "programkomiteen og i konferanseprogrammet, og representeres i program- og arrangementskomiteen av " +
      `intern Alrek-koordinator.`,
    editorNote: DATE_NOT_SET,
  },
  {
    ...base(),
    id: "digitalhelse",
    kind: "conference",
    title: "DigitalHelse",
    titleEn: "DigitalHelse (digital health conference)",
    recurrence: "FREQ=YEARLY",
    description:
      "Kalt Digital helse-dager fram til 2023. Bergen kommune v/BEHO har vært samarbeidspartner og del av " +
      `programmet i både 2022 og 2023.`,
    editorNote: DATE_NOT_SET,
  },
  {
    ...base(),
    id: "hostmote-forskning-primaerhelsetjenesten",
    kind: "conference",
    title: "Høstmøte om forskning i primærhelsetjenesten",
    titleEn: "Autumn meeting on research in primary health care",
    description: "I 2023 var BEHO og Kunnskapskommunen Helse Omsorg Vest representert i programmet.",
    editorNote: DATE_NOT_SET,
  },
  {
    ...base(),
    id: "partnermotet",
    kind: "meeting",
    title: "Partnermøtet",
    titleEn: "Partner meeting",
    recurrence: "FREQ=YEARLY",
    description:
      "Alrek helseklynges årlige partnermøte, ett av klyngens styrende organer sammen med Styringsgruppen. " +
      `BEHO representeres av kommunaldirektør.`,
    editorNote: DATE_NOT_SET,
  },
  {
    ...base(),
    id: "soknadsfrist-alrek-samarbeidsmidler",
    kind: "deadline",
    title: "Søknadsfrist Alrek samarbeidsmidler",
    titleEn: "Application deadline: Alrek collaboration funds",
    recurrence: "FREQ=YEARLY",
    description:
      "Frist for de årlige søknadene til Alrek samarbeidsmidler, som bidrar til realiseringen av såkornprosjekter " +
      "og nye nettverk mellom klyngepartnerne. Komité for Alrek samarbeidsmidler tar imot søknadene og innstiller dem.",
    editorNote: DEADLINE_NOT_SET,
  },
  {
    ...base(),
    id: "soknadsfrist-rebekka-ege-hegermanns-legat",
    kind: "deadline",
    title: "Søknadsfrist Rebekka Ege Hegermanns legat",
    titleEn: "Application deadline: Rebekka Ege Hegermann's grant",
    recurrence: "FREQ=YEARLY",
    description:
      "Frist for den årlige søknaden til Rebekka Ege Hegermanns legat, som bidrar til realiseringen av " +
      "såkornprosjekter og nye nettverk mellom klyngepartnerne.",
    editorNote: DEADLINE_NOT_SET,
  },
];
