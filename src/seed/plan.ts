/**
 * "Handlingsplan for deltakelse i Alrek helseklynge 2024-2025" (Del 2 of "Aktivt med"): its five
 * areas and sixteen tiltak, with the document's wording kept verbatim (including its own spelling).
 */
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";

/** The action plan period 2024–2025 and its five areas (satsingsområder). */
export const seedPlanPeriod: PlanPeriod = {
  id: "2024-2025",
  title: "Handlingsplan 2024–2025",
  startYear: 2024,
  endYear: 2025,
  areas: [
    {
      id: "kommunikasjon",
      name: "Kommunikasjon og involvering",
      nameEn: "Communication and involvement",
      order: 1,
      goal: "For Bergen kommune er det fortsatt veldig nytt å delta i en klynge av dette omfang og kompleksitet. Ettersom at fokus for klyngen er utvikling av primærhelsetjenesten, forventes det at kommunen skal ta en aktiv rolle og være synlig både i miljøet, i formelle organer og i samarbeidsprosjekter. Det forutsetter en tydelig og bred kommunikasjon rundt hva klyngen skal være, hvilke forventninger som ligger til kommunen, og en tydelig forankring både hos ledere og medarbeidere.",
    },
    {
      id: "utdanning",
      name: "Utdanning for fremtiden",
      nameEn: "Education for the future",
      order: 2,
      goal: "Gjennom klyngedeltakelsen vil byrådsavdelingen videreutvikle utdanningsfeltet og læringsmetodene, slik at de møter kommunens behov og bidrar til å rekruttere og beholde ansatte i kommunehelsetjenesten.",
    },
    {
      id: "forskning",
      name: "Forskning som er nyttig og nyttiggjort",
      nameEn: "Research that is useful and put to use",
      order: 3,
      goal: "Gjennom klyngedeltakelsen vil BEHO bidra til å skape flere forskningsprosjekt som retter seg spesifikt mot primærhelsetjenesten, hvor kommunen og brukerne selv deltar aktivt i å definere kunnskapsbehovet. Dette krever at vi bygger relasjoner til øvrige klyngepartnere samt brukerrepresentanter og pårørende.",
    },
    {
      id: "organisering",
      name: "Effektiv organisering",
      nameEn: "Effective organisation",
      order: 4,
      goal: "Erfaringene fra tidligere perioder tilsier at byrådsavdelingen har behov for å være godt koordinert og samordnet for å best mulig nyttiggjøre seg av klyngedeltakelsen.",
    },
    {
      id: "offentlig-privat",
      name: "Samarbeid mellom offentlig og privat sektor",
      nameEn: "Collaboration between the public and private sectors",
      order: 5,
      goal: "Erfaringene fra de to forrige periodene tilsier at byrådsavdelingen i større grad bør fokusere på innovasjon i helse, gjennom blant annet samarbeid mellom offentlig og privat sektor. Videre ser man et behov for å løfte ansattes kunnskap i møte med næringslivet, gjerne spesielt knyttet til opplysning om hvilke rammer og mulighetsrom som finnes.",
    },
  ],
};

// "Ansvar og oppfølging": the coordinator follows up the tasks under «effektiv organisering»;
// everything else is the shared responsibility of all staff and managers.
const COORDINATOR = "Alrek-koordinator";
const EVERYONE = "BEHO (alle medarbeidere og ledere)";

type Row = [areaId: string, text: string, examples?: string];

const rows: Row[] = [
  ["kommunikasjon", "Utvikle en kommunikasjonsplan med informasjonspakke til bruk for- og i klyngesamarbeidet."],
  [
    "kommunikasjon",
    "Formidle kommunens aktiviteter og samspill mellom ansatte, studenter og brukerrepresentanter i Alrek helseklynge i egnete kanaler.",
  ],
  [
    "kommunikasjon",
    "Sikre at byrådsavdelingens medarbeidere og ledere gjøres kjent med organiseringen av klyngen, samt oppfordres til deltakelse i klyngeaktiviteter.",
  ],
  [
    "kommunikasjon",
    "Benytte klyngeaktiviteter aktivt til å etablere nettverk og samarbeidsarenaer, både internt i kommunen og eksternt ut mot klyngepartnerne.",
  ],
  [
    "utdanning",
    "Involvere studenter, ansatte og ledere i nytenkning rundt kunnskapsbasert praksis og gode læringsmetoder.",
  ],
  [
    "utdanning",
    "Teste ut alternative læringsarenaer og -metoder som er tilgjengeliggjort gjennom klyngesamarbeidet.",
    "Eksempelvis simulering, podcast, VR-teknologi med mer.",
  ],
  [
    "utdanning",
    "Bruke Alrek legesenter som en samhandlings- og praksisarena for studenter og ansatte i relevante utdanningsløp.",
  ],
  [
    "utdanning",
    "Jobbe for å få opprettet en faggruppe for utdanning, som samler ressurspersoner fra BEHO og de andre klyngepartnerne i en felles møtearena.",
  ],
  [
    "forskning",
    "Fortsette å benytte Borgertun som møteplass og arena for nettverksbygging, kunnskapsdeling, metodeutvikling og innovasjon, gjennom å arrangere jevnligesamlinger og arbeidsverksted, hvor kommunens kunnskapsbehov og relevante temaer løftes frem og drøftes med forskere, brukerrepresentanter og ansatte.",
  ],
  [
    "forskning",
    "Benytte faggruppene i Alrek til å fremme forskningsspørsmål og problemstillinger som fører til forskning som er nyttig for primærhelsetjenesten, gjennom samhandling med Kunnskapskommunen.",
  ],
  [
    "organisering",
    "Gjennomgå byrådsavdelingens deltakelse i de ulike organer jevnlig, slik at det best støtter våre mål for deltakelsen i klyngen.",
  ],
  [
    "organisering",
    "Jobbe for at flere av miljøene som jobber med innovasjons- og utviklingsarbeid får fast plass i Årstadveien 17.",
  ],
  [
    "organisering",
    "Videreføre og evaluere funksjonen av koordinatorrollen, som vektlegger å samordne kompetanse/ressurser til implementering av tiltakene i planen, dele relevant informasjon/arrangementer og koordinere BEHO sin innsats og deltakelse inn i klyngesamarbeidet.",
  ],
  ["organisering", "Videreføre og evaluere møtestrukturen «Alrekforum BEHO» som ble opprettet høsten 2022."],
  [
    "offentlig-privat",
    "Benytte interne innovasjonsmiljøer mer aktivt for å heve ansattes kunnskap knyttet til hvilke rammer og mulighetsrom som finnes, som videre vil danne grunnlag for et bedre og tettere samarbeid med næringslivet.",
    "Eksempelvis innovasjons- og forbedringsprogrammet Smart omsorg, Seksjon for E-helse, Seksjon for digital transformasjon konsern, Seksjon for næring og landbruk, DesignLab med flere.",
  ],
  [
    "offentlig-privat",
    "Vektlegge nettverksbygging og styrke samhandling med andre næringsklynger og eksterne organisasjoner som har spisskompetanse innen innovasjon i helse.",
    "Eksempelvis Norwegian Smart Care Cluster, Eitri Medical Incubator, VIS Innovasjon, Bergen næringsråd, DigiVestland, Innovasjon Norge med flere.",
  ],
];

/** The sixteen tiltak ("t01".."t16"), all "planned"; `order` runs 1..16 in document order. */
export const seedTiltak: Tiltak[] = rows.map(([areaId, text, examples], i) => ({
  periodId: seedPlanPeriod.id,
  id: `t${String(i + 1).padStart(2, "0")}`,
  areaId,
  order: i + 1,
  text,
  ...(examples ? { examples } : {}),
  status: "planned",
  responsible: areaId === "organisering" ? COORDINATOR : EVERYONE,
  notes: "",
}));
