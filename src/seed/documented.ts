/**
 * Statements from shared/seeds/000 ("Aktivt med", 2024–2025) and shared/seeds/004 (news item,
 * first published 17.10.2022), quoted verbatim (including the documents' own spelling). Keys are
 * folded words (domain/fold): every word of one key must be in the question.
 */
import type { DocumentedFact, UnnamedRole } from "../domain/directory.js";

const PLAN = "Aktivt med – handlingsplan 2024–2025";
const NEWS = "Nyhetssak: Bergen kommune styrker samarbeidet med Alrek helseklynge (først publisert 17.10.2022)";
/** Words asking when something began. */
const FIRST = [
  "forste",
  "forst",
  "first",
  "startet",
  "begynte",
  "started",
  "began",
  "opprettet",
  "etablert",
  "created",
  "established",
];
/** Words asking about the past. */
const PAST = ["forrige", "2021", "2022", "2023", "previous", "earlier", "past"];

export const seedDocumented: DocumentedFact[] = [
  {
    id: "alrekdagene",
    title: "Alrekdagene (Alrek helsedager)",
    cue: [...FIRST, ...PAST],
    keys: [
      ["alrekdagene"],
      ["alrekdager"],
      ["alrekdagane"],
      ["helsedager", "forste"],
      ["helsedagene", "forste"],
      ["helsedager", "first"],
      ["health", "days", "first"],
    ],
    quotes: [
      "Alrekdagene (kalt Alrek helsedager f.o.m. 2024): I likhet med første året (2021), har BEHO vært representert både i programkomiteen og i selve konferanseprogrammet, både i 2022 og 2023.",
    ],
    source: PLAN,
  },
  {
    id: "digital-helse",
    title: "Digital helse-dager (DigitalHelse)",
    cue: [...FIRST, ...PAST],
    keys: [["digital", "helse"], ["digitalhelse"], ["digital", "health"]],
    quotes: [
      "Digital helse-dager (kalt DigitalHelse f.o.m. 2024): Bergen kommune v/BEHO har vært samarbeidspartner og del av programmet i både 2022 og 2023.",
    ],
    source: PLAN,
  },
  {
    id: "forskningsradet",
    title: "Søknader til Norges forskningsråd",
    keys: [
      ["forskningsrad"],
      ["forskningsradet"],
      ["soknader"],
      ["soknadene"],
      ["research", "council"],
      ["applications"],
    ],
    quotes: [
      "Februar 2023 deltok Bergen kommune i hele 10 søknader til Norges forskningsråd, og ansatte i Kunnskapskommunen, som jobbet tett på disse søknadene, er overbevist om at den fysiske tilstedeværelsen og synligheten i klyngen var helt avgjørende for at antallet søknader ble så høyt.",
    ],
    source: PLAN,
  },
  {
    id: "forrige-periode",
    title: "Forrige periode (2022–2023)",
    keys: [
      ["forrige", "periode"],
      ["forrige", "perioden"],
      ["siste", "perioden"],
      ["sist", "periode"],
      ["2022", "2023"],
      ["previous", "period"],
      ["last", "period"],
      ["gjort", "tidligere"],
      ["aktivitetene"],
    ],
    quotes: [
      "Noen av aktivitetene BEHO har tatt del i den siste perioden (2022-2023):",
      "Alrekdagene (kalt Alrek helsedager f.o.m. 2024): I likhet med første året (2021), har BEHO vært representert både i programkomiteen og i selve konferanseprogrammet, både i 2022 og 2023.",
      "Digital helse-dager (kalt DigitalHelse f.o.m. 2024): Bergen kommune v/BEHO har vært samarbeidspartner og del av programmet i både 2022 og 2023.",
      "Høstmøte om forskning i primærhelsetjenesten 2023: BEHO og Kunnskapskommunen Helse Omsorg Vest var representert i programmet.",
      "Fredagspresentasjoner: Hver første fredag i måneden har Husrådet har arrangert Fredagspresentasjoner i kantinen i Årstadveien 17. Miljøene har rullert på hvem som presenterer prosjekt/aktiviteter, og alle er invitert til å være publikum. BEHO har hatt ansvar for å presentere prosjekt/aktiviteter to ganger i løpet av perioden.",
      "Diverse faglige arbeids- og læringsverksted og samlinger er gjennomført i Borgertun, med blant annet brukermedvirkning, pårørendeinvolvering, kunnskapsbehov og forbedringsarbeid som temaer.",
    ],
    source: PLAN,
  },
  {
    id: "nytt-satsingsomrade",
    title: "Nytt satsingsområde",
    keys: [
      ["nytt", "satsingsomrade"],
      ["nye", "satsingsomradet"],
      ["ny", "satsingsomrade"],
      ["nytt", "omrade"],
      ["nytt", "planen"],
      ["new", "focus"],
      ["new", "area"],
      ["nytt", "fokusomrade"],
    ],
    quotes: [
      "Basert på erfaringer fra perioden 2022-2023, vil BEHO beholde satsingsområdene fra forrige periode. I tillegg innføres et nytt satsingsområde som vektlegger samarbeid mellom offentlig og privat sektor.",
      "Erfaringene fra de to forrige periodene tilsier at byrådsavdelingen i større grad bør fokusere på innovasjon i helse, gjennom blant annet samarbeid mellom offentlig og privat sektor. Videre ser man et behov for å løfte ansattes kunnskap i møte med næringslivet, gjerne spesielt knyttet til opplysning om hvilke rammer og mulighetsrom som finnes.",
    ],
    source: PLAN,
  },
  {
    id: "koordinator-bakgrunn",
    title: "Karen Haugvaldstad: bakgrunn",
    // Her background, asked with her name or role: "bakgrunn" alone could be anyone's.
    keys: [
      ["karen", "bakgrunn"],
      ["karens", "bakgrunn"],
      ["karen", "bakgrunnen"],
      ["karens", "bakgrunnen"],
      ["koordinator", "bakgrunn"],
      ["koordinatoren", "bakgrunn"],
      ["koordinatoren", "bakgrunnen"],
      ["koordinatorens", "bakgrunn"],
      ["koordinatorens", "bakgrunnen"],
      ["karen", "background"],
      ["karens", "background"],
      ["coordinator", "background"],
      ["coordinators", "background"],
      ["ernaringsfysiolog"],
      ["karen", "erfaring"],
      ["karen", "karriere"],
      ["karen", "utdannet"],
      ["karen", "usht"],
      ["karen", "covid"],
      ["koordinatoren", "utdanna"],
      ["koordinatoren", "utdannet"],
      ["koordinatoren", "jobba"],
      ["koordinatoren", "jobbet"],
    ],
    quotes: [
      "Karen er klinisk ernæringsfysiolog, og startet sin arbeidskarriere i Bergen kommune høsten 2020. Første stopp var i Etat for håndtering av Covid-19, og deretter Utviklingssenter for sykehjem og hjemmetjenester (USHT) i Vestland (Hordaland).",
    ],
    source: NEWS,
  },
  {
    id: "koordinator-prosjekt",
    title: "Karen Haugvaldstad: FRONESIS",
    keys: [
      ["fronesis"],
      ["karen", "prosjekt"],
      ["karen", "prosjekter"],
      ["karen", "prosjektet"],
      ["karen", "project"],
      ["karen", "projects"],
      ["koordinator", "prosjekt"],
      ["koordinatoren", "prosjekt"],
      ["koordinatoren", "prosjekter"],
      ["coordinator", "project"],
      ["coordinator", "projects"],
      ["praksisplasser"],
      ["prosjektkoordinator"],
    ],
    quotes: [
      "I tillegg jobber hun 50% som prosjektkoordinator for UiB-prosjektet Flere praksisplasser og bedre veiledning for medisinstudenter på fastlegekontorene (FRONESIS). FRONESIS er ett av flere pågående prosjekter i helseklyngen, hvor Kunnskapskommunen er samarbeidspartner.",
    ],
    source: NEWS,
  },
  {
    id: "koordinator-stilling",
    title: "Alrek-koordinatoren: stillingen",
    keys: [
      ["karen", "jobber"],
      ["karen", "jobb"],
      ["karen", "stilling"],
      ["karen", "nettverk"],
      ["karen", "programmer"],
      ["karen", "work"],
      ["koordinator", "nettverk"],
      ["koordinatoren", "nettverk"],
      ["koordinatoren", "jobber"],
      ["koordinatoren", "stillingen"],
      ["coordinator", "networks"],
      ["coordinator", "programmes"],
      ["coordinator", "work"],
      ["koordinatoren", "gjor"],
      ["karen", "gjor"],
    ],
    quotes: [
      "Ett av tiltakene BHO har iverksatt er å opprette en intern Alrek-koordinator som en del av rådgiverteamet Kunnskapskommunen Helse Omsorg Vest. Karen Haugvaldstad ble i høst ansatt i denne stillingen, og jobber konkret med tiltak knyttet til en mer effektiv organisering, integrering og synliggjøring av BHO inn i klyngesamarbeidet.",
    ],
    source: NEWS,
  },
  {
    id: "koordinator-opprettet",
    title: "Alrek-koordinatoren",
    cue: [...FIRST, "ansatt", "hired"],
    keys: [["koordinator"], ["koordinatoren"], ["koordinatorrollen"], ["alrekkoordinator"], ["coordinator"]],
    quotes: [
      "Opprettelsen av en Alrek-koordinator var et konkret tiltak i handlingsplanen for forrige periode.",
      "Karen Haugvaldstad ble i høst ansatt i denne stillingen",
    ],
    source: `${PLAN}; ${NEWS}`,
  },
];

export const seedUnnamedRoles: UnnamedRole[] = [
  {
    role: "kommuneoverlegen",
    keys: ["kommuneoverlegen", "kommuneoverlege", "kommuneoverlegene"],
    where: "Styringsgruppen",
    quote: "Representanter fra BEHO, BBSM og kommuneoverlegen.",
  },
];
