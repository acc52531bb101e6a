import { seedDocumented, seedUnnamedRoles } from "./documented.js";
import type { ClusterFacts, Directory, Group, Membership, Person } from "../domain/directory.js";

/*
 * Written from shared/seeds/000 (strategy, Vedlegg 1 per mars 2024) and shared/seeds/004 (news
 * item about the coordinator). Texts in `mandate`, `representation` and `note` are verbatim.
 * Where a "hhv." list gives units in the same order as the names, each seat gets its unit;
 * where the document does not say who holds which seat, the unit is left out on purpose.
 */

const KUNNSKAPSKOMMUNEN = "Kunnskapskommunen";
const KOMMUNELEGER = "Seksjon for kommuneleger";
const EVR = "Etat for vurdering og rehabilitering (EVR)";
const ETTU = "Etat for tjenester til personer med utviklingshemming (ETTU)";
const HELSETJENESTER = "Etat for helsetjenester";
const COORDINATOR_TITLE = "intern Alrek-koordinator";
const NOT_REPRESENTED = "BEHO skal ikke være representert i dette panelet.";

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  altNames: [],
  ...extra,
});

/** Everyone named in the documents; ids are stable slugs (æ→ae, ø→o, å→a). */
export const seedPeople: Person[] = [
  person("kjell-wolff", "Kjell Wolff", { title: "kommunaldirektør" }),
  person("ingelin-soraas", "Ingelin Søråas", {
    altNames: ["Ingelin Søraas"],
    title: "administrasjonssjef i Seksjon for HR og organisasjon i BHO",
  }),
  person("trond-egil-hansen", "Trond Egil Hansen"),
  person("ronnaug-froiland", "Rønnaug Frøiland", { unit: "BBSM – Etat for barn og familie" }),
  person("anne-marita-milde", "Anne Marita Milde", { title: "fagleder i Kunnskapskommunen", unit: KUNNSKAPSKOMMUNEN }),
  person("kristine-lillebo", "Kristine Lillebø", { unit: KOMMUNELEGER }),
  person("anja-lundberg-bang", "Anja Lundberg Bang", { unit: EVR }),
  person("ellen-agnete-moltubakk", "Ellen Agnete Moltubakk", { unit: HELSETJENESTER }),
  person("einar-engtro", "Einar Engtrø", { unit: "Etat for sykehjem" }),
  person("mette-tollanes", "Mette Tollånes", { unit: KOMMUNELEGER }),
  person("aslaug-lunde", "Aslaug Lunde", { unit: "Seksjon for e-helse" }),
  person("torill-kvamme", "Torill Kvamme", { unit: ETTU }),
  person("anita-brekke-roed", "Anita Brekke Røed", { unit: EVR }),
  person("anne-karine-monsen", "Anne Karine Monsen", { unit: "Etat for hjemmebaserte tjenester (EHBT)" }),
  person("benedikte-paulsen", "Benedikte Paulsen", { unit: ETTU }),
  person("kari-sunnevag", "Kari Sunnevåg", {
    unit: "Utviklingssenter for sykehjem og hjemmetjenester (USHT) Vestland (Hordaland)",
  }),
  person("maria-norheim", "Maria Norheim"),
  person("margrethe-lundegard", "Margrethe Lundegård"),
  person("marta-klakegg", "Marta Klakegg"),
  person("michelle-hansen", "Michelle Hansen"),
  person("egil-kaberuka-nielsen", "Egil Kaberuka-Nielsen", { unit: HELSETJENESTER }),
  person("frode-aass-kristiansen", "Frode Aass Kristiansen", { title: "rådgiver", unit: KUNNSKAPSKOMMUNEN }),
  person("karen-haugvaldstad", "Karen Haugvaldstad", {
    title: COORDINATOR_TITLE,
    unit: "Kunnskapskommunen Helse Omsorg Vest",
    email: "Karen.Haugvaldstad@bergen.kommune.no",
  }),
  person("alette-stang", "Alette Stang", { title: "rådgiver", unit: "Smart omsorg" }),
];

const seat = (personId: string, unit?: string, role?: string): Membership => ({
  personId,
  ...(unit ? { unit } : {}),
  ...(role ? { role } : {}),
});
const coordinatorSeat = seat("karen-haugvaldstad", undefined, COORDINATOR_TITLE);

type GroupInput = Omit<Group, "order" | "behoRepresented"> & { behoRepresented?: boolean };

const vedlegg1: GroupInput[] = [
  {
    id: "partnermotet",
    name: "Partnermøtet",
    nameEn: "Partner meeting",
    kind: "governing",
    aliases: [
      "partnermøte",
      "partnermøter",
      "partner meeting",
      "partners meeting",
      "annual partner meeting",
      "partner meeting group",
    ],
    representation: "BEHO representeres av kommunaldirektør.",
    members: [seat("kjell-wolff", undefined, "kommunaldirektør")],
  },
  {
    id: "styringsgruppen",
    name: "Styringsgruppen",
    nameEn: "Steering group",
    kind: "governing",
    aliases: [
      "styringsgruppa",
      "styringsgruppe",
      "styringsgrupper",
      "styret",
      "steering group",
      "board",
      "the steering group",
      "steering committee",
    ],
    representation: "Representanter fra BEHO, BBSM og kommuneoverlegen.",
    // Only Rønnaug Frøiland's unit is written next to the name; the other two seats are not attributed.
    members: [
      seat("ingelin-soraas"),
      seat("trond-egil-hansen"),
      seat("ronnaug-froiland", "BBSM – Etat for barn og familie"),
    ],
  },
  {
    id: "faglig-forum",
    name: "Faglig forum",
    nameEn: "Professional forum",
    kind: "forum",
    aliases: [
      "fagleg forum",
      "faglige forum",
      "fagforum",
      "professional forum",
      "academic forum",
      "the professional forum",
    ],
    mandate:
      "Et felles forum for å dra veksler på tverrfaglig samarbeid og dyrke fram et mest mulig fruktbart samarbeidsklima.",
    representation:
      "BEHO representeres av hhv. fagleder i Kunnskapskommunen og representant fra Seksjon for kommuneleger.",
    members: [
      seat("anne-marita-milde", KUNNSKAPSKOMMUNEN, "fagleder"),
      seat("kristine-lillebo", KOMMUNELEGER, "representant"),
    ],
  },
  {
    id: "faggruppe-laering-og-mestring",
    name: "Faggruppe for lærings- og mestringsaktivitet",
    nameEn: "Learning and coping group",
    kind: "professional",
    aliases: [
      "faggruppe for læring og mestring",
      "lærings- og mestringsgruppa",
      "læring og mestring",
      "lærings og mestringsaktivitet",
      "mestringsgruppa",
      "mestringsgruppen",
      "læring- og mestringsgruppen",
      "learning and coping group",
      "learning and mastery group",
      "learning and coping",
      "coping group",
    ],
    mandate:
      "Gruppen skal drøfte mulighetene for utvikling og samarbeid på feltet forebygging og mestring av kroniske sykdommer og langvarige helseutfordringer – i et primærhelseperspektiv.",
    representation:
      "BEHO representeres av ansatte fra hhv. Etat for vurdering og rehabilitering (EVR), og Etat for helsetjenester.",
    members: [seat("anja-lundberg-bang", EVR), seat("ellen-agnete-moltubakk", HELSETJENESTER)],
  },
  {
    id: "faggruppe-registre",
    name: "Faggruppe for registre",
    nameEn: "Registry group",
    kind: "professional",
    aliases: [
      "registergruppa",
      "registergruppen",
      "registergruppe",
      "registre",
      "registergrupper",
      "faggruppe registre",
      "registry group",
      "registries group",
      "register group",
      "registry",
      "registries",
    ],
    mandate:
      "Gruppen skal drøfte mulighetene for utvikling og samarbeid på feltet registre og andre helsedatakilder i et folkehelse- og helsetjenesteperspektiv.",
    representation: "BEHO representeres av ansatte fra hhv. Etat for sykehjem, og Seksjon for kommuneleger.",
    members: [seat("einar-engtro", "Etat for sykehjem"), seat("mette-tollanes", KOMMUNELEGER)],
  },
  {
    id: "faggruppe-innovasjon-ehelse",
    name: "Faggruppe for innovasjon og e-helse",
    nameEn: "Innovation and e-health group",
    kind: "professional",
    aliases: [
      "innovasjon og e-helse",
      "e-helse",
      "ehelse",
      "e-helsegruppe",
      "innovasjonsgruppa",
      "innovasjonsgruppen",
      "e-helsegruppa",
      "e-helsegruppen",
      "ehelsegruppa",
      "faggruppe for innovasjon",
      "faggruppe for e-helse",
      "innovation and e-health group",
      "innovation and ehealth group",
      "innovation group",
      "e-health group",
      "ehealth group",
      "innovation and e-health",
    ],
    mandate:
      "Gruppen skal drøfte mulighetene for utvikling og samarbeid på feltet innovasjon og e-helse i et folkehelse- og helsetjenesteperspektiv.",
    representation:
      "BEHO representeres av ansatte fra hhv. Seksjon for e-helse, og Etat for tjenester til personer med utviklingshemming (ETTU).",
    members: [seat("aslaug-lunde", "Seksjon for e-helse"), seat("torill-kvamme", ETTU)],
  },
  {
    id: "faggruppe-eldrehelse",
    name: "Faggruppe for eldrehelse og eldreomsorg",
    nameEn: "Elderly health and elderly care group",
    kind: "professional",
    aliases: [
      "eldregruppa",
      "eldregruppen",
      "eldregruppe",
      "eldrehelse",
      "eldreomsorg",
      "eldrehelse og eldreomsorg",
      "eldrehelsegruppa",
      "faggruppe for eldrehelse",
      "faggruppe for eldreomsorg",
      "elderly care group",
      "elderly health group",
      "elderly group",
      "elderly health and elderly care group",
      "elderly care",
      "older people group",
    ],
    mandate:
      "Faggruppen skal belyse tema relatert til eldrehelse og eldreomsorg, som for eksempel styring og organisering av tjenester, innovasjon og teknologi, helse- og omsorgsarbeid, betingelser for helsepersonell i tjenestene, sømløse tjenester/overganger, livskvalitet, forebygging og mestring.",
    representation:
      "BEHO representeres av ansatte fra hhv. EVR, Etat for hjemmebaserte tjenester (EHBT), ETTU og Utviklingssenter for sykehjem og hjemmetjenester (USHT) Vestland (Hordaland).",
    members: [
      seat("anita-brekke-roed", "EVR"),
      seat("anne-karine-monsen", "Etat for hjemmebaserte tjenester (EHBT)"),
      seat("benedikte-paulsen", "ETTU"),
      seat("kari-sunnevag", "Utviklingssenter for sykehjem og hjemmetjenester (USHT) Vestland (Hordaland)"),
    ],
  },
  {
    id: "faggruppe-barn-og-unge",
    name: "Faggruppe for barn og unge",
    nameEn: "Children and youth group",
    kind: "professional",
    aliases: [
      "barn og unge",
      "barn- og ungegruppa",
      "barn og ungegruppa",
      "barnegruppa",
      "barn og unge gruppa",
      "children and youth group",
      "children and young people group",
      "children and youth",
      "children group",
      "youth group",
    ],
    // The mandate continues across a page break in the source; joined here.
    mandate:
      "Faggruppen skal se på mulighetene for utvikling og samarbeid på feltene livskvalitet, forebygging, mestring og trygge, sømløse tjenester for barn og unge i et folkehelse- og helsetjenesteperspektiv",
    representation:
      "Ledes av representant fra Etat for barn og familie (BBSM). BEHO representeres av ansatte fra hhv. Seksjon for plan og utvikling, ETTU og Seksjon for kommuneleger.",
    // Four names against a leader plus three units: the document does not say who is the leader, so no units.
    members: [seat("maria-norheim"), seat("margrethe-lundegard"), seat("marta-klakegg"), seat("michelle-hansen")],
  },
  {
    id: "faggruppe-migrasjonshelse",
    name: "Faggruppe for migrasjon og innvandrerhelse",
    nameEn: "Migration and immigrant health group",
    kind: "professional",
    aliases: [
      "migrasjon og innvandrerhelse",
      "migrasjonsgruppa",
      "migrasjonsgruppen",
      "migrasjonshelse",
      "innvandrerhelse",
      "faggruppe for migrasjon",
      "migration health group",
      "migration group",
      "migration and immigrant health group",
      "immigrant health group",
      "migration health",
      "immigrant health",
    ],
    mandate:
      "Gruppen skal identifisere samarbeidsflater mellom institusjoner i Bergen. Hensikten er å skape merverdi for befolkningen, for de kommunale helsetjenester, for forsknings- og utdanningsinstitusjonene, studenter og klinikere.",
    representation: "BEHO representeres av ansatte fra Etat for helsetjenester og ETTU.",
    // No "hhv." here, but Vedlegg 1 places Benedikte Paulsen in ETTU (eldrehelse), which leaves Etat for helsetjenester.
    members: [seat("egil-kaberuka-nielsen", HELSETJENESTER), seat("benedikte-paulsen", "ETTU")],
  },
  {
    id: "lederforum",
    name: "Lederforum",
    nameEn: "Leaders forum",
    kind: "forum",
    aliases: [
      "lederforumet",
      "leder forum",
      "leaders forum",
      "leaders' forum",
      "leader forum",
      "leadership forum",
      "managers forum",
    ],
    mandate: "Forum for å diskutere administrative aspekter ved Årstadveien 17, som leiekontrakter m.m.",
    representation: "BEHO representeres av fagleder i Kunnskapskommunen.",
    members: [seat("anne-marita-milde", KUNNSKAPSKOMMUNEN, "fagleder")],
  },
  {
    id: "husradet",
    name: "Husrådet",
    nameEn: "House council",
    kind: "committee",
    aliases: ["husråd", "husrådet", "husraadet", "house council", "the house council", "building council"],
    mandate: "Husrådet skal bidra til å foreslå gode fellesskapsløsninger, systemer og rutiner.",
    representation: "BEHO representeres av intern Alrek-koordinator.",
    members: [coordinatorSeat],
  },
  {
    id: "alrek-helsedager",
    name: "Alrek helsedager (tidligere Alrekdagene)",
    nameEn: "Alrek health days programme committee",
    kind: "committee",
    aliases: [
      "alrek helsedager",
      "alrekdagene",
      "alrekdager",
      "alrek-dagene",
      "helsedagene",
      "programkomiteen",
      "programkomité",
      "programkomiteen for alrek helsedager",
      "alrek health days",
      "alrek health days programme committee",
      "programme committee",
      "program committee",
      "alrek days",
    ],
    mandate: "Program- og arrangementskomite for konferansen",
    representation: "Rullerer. BEHO representeres av intern Alrek-koordinator.",
    members: [coordinatorSeat],
    note: "Rullerer.",
  },
  {
    id: "komite-samarbeidsmidler",
    name: "Komité for Alrek samarbeidsmidler",
    nameEn: "Alrek collaboration funds committee",
    kind: "committee",
    aliases: [
      "samarbeidsmidler",
      "komiteen for samarbeidsmidler",
      "komité for samarbeidsmidler",
      "samarbeidsmiddelkomiteen",
      "alrek samarbeidsmidler",
      "collaboration funds committee",
      "collaboration funds",
      "cooperation funds committee",
      "funding committee",
      "grants committee",
    ],
    mandate: "Komité som tar imot søknader om samarbeidsmidler og innstiller disse.",
    representation: "Rullerer. BEHO representeres av rådgiver fra Kunnskapskommunen.",
    members: [seat("frode-aass-kristiansen", KUNNSKAPSKOMMUNEN, "rådgiver")],
    note: "Rullerer.",
  },
  {
    id: "kommunikasjonsgruppen",
    name: "Kommunikasjonsgruppen",
    nameEn: "Communications group",
    kind: "committee",
    aliases: [
      "kommunikasjonsgruppa",
      "kommunikasjonsgruppe",
      "kommunikasjonsforum",
      "kommunikasjonsforumet",
      "communications group",
      "communication group",
      "comms group",
      "communications forum",
    ],
    mandate: "Gruppens hovedmål er å utarbeide en egen kommunikasjonsplan for Alrek helseklynge.",
    representation: "BEHO representeres av intern Alrek-koordinator.",
    members: [coordinatorSeat],
  },
  {
    id: "verneombudsgruppen",
    name: "Verneombudsgruppen",
    nameEn: "Safety representatives group",
    kind: "committee",
    aliases: [
      "verneombudsgruppa",
      "verneombudsgruppe",
      "verneombud",
      "verneombudene",
      "safety representatives group",
      "safety representative group",
      "safety representatives",
      "health and safety group",
      "safety group",
    ],
    representation: "BEHO representeres av rådgiver i Smart omsorg",
    members: [seat("alette-stang", "Smart omsorg", "rådgiver")],
  },
  {
    id: "brukerpanel",
    name: "Brukerpanel",
    nameEn: "User panel",
    kind: "panel",
    aliases: [
      "brukerpanelet",
      "brukarpanelet",
      "brukerpanelen",
      "user panel",
      "the user panel",
      "users panel",
      "user council",
    ],
    mandate:
      "Brukerpanelet i Alrek helseklynge skal ivareta pasienter, brukere og pårørende sine interesser, og bidra konstruktivt til å bedre tjenestene for sluttbrukerne. Brukerpanelet er et rådgivende organ for faggruppene og styringsgruppen i brukerrelaterte spørsmål. Andre bruker- og pasientorganisasjoner kan inviteres inn ved behov.",
    behoRepresented: false,
    members: [],
    note: NOT_REPRESENTED,
  },
  {
    id: "studentpanel",
    name: "Studentpanel",
    nameEn: "Student panel",
    kind: "panel",
    aliases: [
      "studentpanelet",
      "studentpanela",
      "student panel",
      "the student panel",
      "students panel",
      "student council",
    ],
    // The mandate continues across a page break in the source; joined here.
    mandate:
      "Studentpanelet er bestående av individuelt engasjerte studenter fra de ulike fagmiljøene tilknyttet Alrek helseklynge, som ønsker å bidra til å fremme studenters muligheter og tilgang til tverrfaglig samarbeid og kunnskap. Studentpanelet er ikke et representativt eller valgt organ, derfor skal studentenes fagutvalg rådføres i større studentrelaterte saker.",
    behoRepresented: false,
    members: [],
    note: NOT_REPRESENTED,
  },
];

/** Vedlegg 1 in document order, positions 1–17. */
export const vedlegg1Groups: Group[] = vedlegg1.map((g, i) => ({
  ...g,
  behoRepresented: g.behoRepresented ?? true,
  order: i + 1,
}));

const FORUM_DESCRIPTION =
  "Forumet består av BEHO sine representanter inn i faggrupper og organer i Alrek helseklynge, og ledes av BEHO sin interne Alrek-koordinator. «Alrekforum BEHO» har brukt høst 2022 og vår 2023 på å definere mål og struktur for gruppen, og skal i hovedsak benyttes som et møtested for å diskutere felles strategier for å fremme byrådsavdelingen sine saker og kunnskapsbehov inn i klyngen.";

/**
 * Alrekforum BEHO: BEHO's representatives in the groups, led by the coordinator. Rønnaug Frøiland
 * is left out because Vedlegg 1 names her for BBSM, not BEHO.
 */
function alrekforum(groups: Group[]): Group {
  const ids = new Set<string>();
  for (const g of groups) for (const m of g.members) if (m.personId !== "ronnaug-froiland") ids.add(m.personId);
  ids.delete("karen-haugvaldstad");
  return {
    id: "alrekforum-beho",
    name: "Alrekforum BEHO",
    nameEn: "Alrek forum BEHO (internal)",
    aliases: [
      "alrekforum",
      "alrekforumet",
      "alrek forum",
      "alrek-forum",
      "alrekforum i beho",
      "internal alrek forum",
      "beho alrek forum",
    ],
    kind: "internal",
    mandate: FORUM_DESCRIPTION,
    representation: "Ledes av BEHO sin interne Alrek-koordinator.",
    behoRepresented: true,
    members: [seat("karen-haugvaldstad", undefined, "leder"), ...[...ids].map((id) => seat(id))],
    note: "Opprettet høsten 2022.",
    order: groups.length + 1,
  };
}

/** Facts about the cluster and BEHO's place in it. */
export const seedFacts: ClusterFacts = {
  name: "Alrek helseklynge",
  established: 2016,
  address: "Årstadveien 17",
  city: "Bergen",
  partners: [
    { name: "Bergen kommune" },
    { name: "NORCE" },
    { name: "Haraldsplass Diakonale Sykehus" },
    { name: "VID vitenskapelige høgskole" },
    { name: "Vestland fylkeskommune" },
    { name: "Helse Bergen v/Haukeland universitetssjukehus" },
    { name: "Universitetet i Bergen", shortName: "UiB" },
    { name: "FHI" },
    { name: "Høgskulen på Vestlandet", shortName: "HVL" },
  ],
  vision:
    "Alrek helseklynge skaper innovative helse- og omsorgsløsninger for hele mennesket, ved hjelp av fremragende forskning og utdanning, fullverdige praksisarenaer og tverrfaglig samhandling.",
  focusAreas: ["kunnskapsutvikling", "kunnskapsdeling", "samskaping", "innovasjon"],
  behoOffice: "3. etasje, Årstadveien 17",
  meetingRoom: {
    name: "Borgertun",
    description:
      "Møtelokalet BEHO benytter i Årstadveien 17 til aktiviteter, arbeidsverksted, møter og arrangementer. Klyngepartnere kan spørre om å låne lokalet.",
  },
  forum: { name: "Alrekforum BEHO", established: "høsten 2022", description: FORUM_DESCRIPTION },
  coordinator: {
    personId: "karen-haugvaldstad",
    title: COORDINATOR_TITLE,
    email: "Karen.Haugvaldstad@bergen.kommune.no",
    description:
      "Intern Alrek-koordinator i rådgiverteamet Kunnskapskommunen Helse Omsorg Vest. Koordinerer og synliggjør samarbeidet internt, og leder «Alrekforum BEHO». Ta gjerne kontakt med spørsmål om samarbeidet mellom Bergen kommune og de andre Alrekpartnerne.",
  },
  documented: seedDocumented,
  unnamedRoles: seedUnnamedRoles,
};

/** The whole directory as seeded: 17 Vedlegg 1 groups, then Alrekforum BEHO. */
export const seedDirectory: Directory = {
  groups: [...vedlegg1Groups, alrekforum(vedlegg1Groups)],
  people: seedPeople,
  facts: seedFacts,
};
