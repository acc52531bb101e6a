/**
 * English for the question layer. Names keep the document's Norwegian name in brackets, and
 * document text (mandates, the vision) is quoted in Norwegian and said to be so.
 */
import type { TiltakStatus } from "../../domain/tiltak.js";
import type { Choice } from "../answerTypes.js";
import type { HelpTopic } from "../help.js";
import type { QuestionExamples, TargetedIntent } from "../question.js";
import type { QaTexts } from "./nb.js";

type Named = { name: string; nameEn?: string };

const examples: QuestionExamples = {
  groupMembers: ["Who sits in the house council?"],
  personGroups: ["Which groups is Karen Haugvaldstad in?"],
  representedIn: ["Is BEHO represented in the student panel?"],
  mandate: ["What is the mandate of the registry group?"],
  coordinator: ["Who is the coordinator?"],
  // "Who are the partners?" is read as the event "Partner meeting" once events are loaded, so the help asks this way.
  partners: ["Which partner institutions are in Alrek?"],
  partnerCheck: ["Is NORCE a partner in the cluster?"],
  groupLeader: ["Who leads the children and youth group?"],
  personContact: ["How do I contact Karen Haugvaldstad?"],
  location: ["Where is Alrek?"],
  about: ["What is Alrek?"],
  forum: ["What is Alrekforum?"],
  listGroups: ["List groups"],
  help: ["help", "What can I ask you?"],
  thanks: ["Thanks a lot!"],
  upcomingEvents: ["What is coming up?"],
  eventsInPeriod: ["What's on next month?"],
  nextEvent: ["When is the next Friday presentation?", "When is Alrek helsedager?"],
  tiltakByArea: ["What are the measures for public-private collaboration?"],
  allTiltak: ["Show all measures"],
  tiltakDetail: ["What is measure number 6?", "What is the fourth measure about?"],
  tiltakStatus: ["What is the status of the measures?"],
  tiltakResponsible: ["Who is responsible for the communication plan?"],
  overdueTiltak: ["Which measures are overdue?"],
  ambiguous: ["Which groups is Hansen in?"],
  needsSubject: ["Who leads it?"],
  notInDocuments: ["How many people fit in Borgertun?"],
  passage: ["What does the document say about Covid-19?"],
  unknown: ["Who is in the football team?"],
};

const askFor: { readonly [K in TargetedIntent]: (target: Named) => string } = {
  groupMembers: (t) => `Who sits in ${t.nameEn ?? t.name}?`,
  mandate: (t) => `What is the mandate of ${t.nameEn ?? t.name}?`,
  representedIn: (t) => `Is BEHO represented in ${t.nameEn ?? t.name}?`,
  personGroups: (t) => `Which groups is ${t.name} in?`,
};

const tiltakStatus: Readonly<Record<TiltakStatus, string>> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  stopped: "Stopped",
};

const helpTopics: Readonly<Record<HelpTopic, string>> = {
  representation: "Representation",
  events: "Events",
  plan: "Action plan",
};

const commands: readonly (Choice & { description: string })[] = [
  { label: "subscribe", question: "subscribe", description: "Get event reminders in this conversation." },
  { label: "unsubscribe", question: "unsubscribe", description: "Stop getting reminders here." },
  { label: "reminders", question: "reminders", description: "See the reminders that are set up." },
  { label: "new event", question: "new event", description: "Add a new event (for editors)." },
];

export const en: QaTexts = {
  questionWords: [
    "who",
    "what",
    "where",
    "which",
    "when",
    "is",
    "are",
    "the",
    "of",
    "sits",
    "sit",
    "members",
    "member",
    "group",
    "groups",
    "help",
    "does",
    "do",
    "list",
    "show",
    "tell",
    "me",
    "about",
    "represented",
    "mandate",
    "partners",
    "office",
    "located",
    "contact",
    "coordinator",
    "vision",
    "established",
    "founded",
    "in",
    "and",
    "how",
    "why",
    "there",
    "all",
    "can",
    "you",
    "a",
    "an",
    "on",
    "at",
    "panel",
    "hello",
    "hi",
    "please",
    "whose",
    "belong",
    "part",
    // events and the action plan
    "upcoming",
    "events",
    "event",
    "next",
    "happening",
    "whats",
    "coming",
    "measures",
    "measure",
    "responsible",
    "month",
    "week",
    "this",
    "today",
    "tomorrow",
    "action",
    "progress",
    "friday",
    "presentation",
    "presentations",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "october",
    "december",
    "subscribe",
    "unsubscribe",
    "reminders",
    "overdue",
    "delayed",
    "behind",
    "leads",
    "lead",
    "thanks",
    "thank",
    "she",
    "he",
    "him",
    "it",
    "they",
    "them",
    "number",
    "document",
    "documents",
  ],
  examples,
  askFor,

  // One level of brackets: "Alrek helsedager (tidligere Alrekdagene)" is written with a comma inside them.
  groupLabel: (g) => `${g.nameEn} (${g.name.replace(/ \(([^()]*)\)/g, ", $1")})`,
  areaLabel: (a) => (a.nameEn ? `${a.nameEn} (${a.name})` : a.name),
  eventTitle: (e) => e.titleEn || e.title,

  partnerYes: (name, partner, cluster, count) =>
    `Yes, ${name} is one of the ${count} partners of ${cluster}${partner === name ? "" : `: ${partner}`}.`,
  partnerNo: (name, cluster, count) =>
    `No, «${name}» is not among the ${count} partners the document lists for ${cluster}.`,
  leaderNamed: (group, leader) => `${group} is led by ${leader}.`,
  leaderNamedFrom: (quote) => ` The document says (in Norwegian): «${quote}»`,
  leaderUnnamed: (group, quote) =>
    `The document says ${group} is led by a representative of a unit, but not by whom. In Norwegian: «${quote}»`,
  leaderUnknown: (group) => `The documents do not say who leads ${group}.`,
  contactEmail: (person, email) => `${person}'s e-mail is ${email}.`,
  contactSource: (source) => ` Source: ${source}.`,
  contactNone: (person) => `The documents give no e-mail or phone number for ${person}.`,
  phoneNone: (person) => `The documents give no phone number for ${person}.`,
  phoneButEmail: (email) => ` They give an e-mail: ${email}.`,
  coordinatorProject:
    "She also works 50 % as project coordinator of the UiB project FRONESIS, according to the news item of 17.10.2022.",
  notInDocuments: {
    capacity: (subject) => `The documents do not say how many people fit${subject ? ` in ${subject}` : ""}.`,
    phone: (subject) => `The documents give no phone numbers${subject ? ` for ${subject}` : ""}.`,
    parking: () => "The documents say nothing about parking.",
    price: () => "The documents say nothing about prices.",
    background: (subject) => `The documents say nothing about the background of ${subject ?? "this person"}.`,
    leader: (subject) => `The documents do not say who leads ${subject ?? "this"}.`,
    other: () => "The documents do not say anything about this.",
  },
  needsSubject: (pronoun) =>
    pronoun
      ? `Who or what do you mean by «${pronoun}»? Please ask with the name.`
      : "What is the question about? Please ask with the name.",
  thanks: "You're welcome! Ask me anything else about Alrek.",
  helpChoice: { label: "What can I ask?", question: "help" },
  passageLead: (quote) => `The document says, in Norwegian: «${quote}»`,
  passageSource: (document, section) => ` (${document}, «${section}».)`,
  documentedLead: {
    "koordinator-bakgrunn":
      "Karen Haugvaldstad is a clinical nutritionist. She began working for Bergen kommune in autumn 2020, first in the unit handling Covid-19, then at USHT Vestland.",
    "koordinator-prosjekt": "Karen Haugvaldstad also works 50 % as project coordinator of the UiB project FRONESIS.",
    "koordinator-stilling":
      "Karen Haugvaldstad is the internal Alrek coordinator, in the advisory team Kunnskapskommunen Helse Omsorg Vest.",
  },
  alsoAsked: (labels) => ` You also asked about: ${labels}.`,

  didYouMean: (labels) => ` Did you mean: ${labels}?`,
  helpHint: " Type «help» for examples.",
  notFound: (query, hint) => `I found no group or person matching «${query}».${hint}`,
  notFoundPerson: (name) => `I find no person named «${name}» in the documents.`,
  notFoundGroup: (query) => `I find no such group in the documents: «${query}».`,
  whichOne: (labels) => `Which one do you mean? ${labels}.`,
  tooLong: (length, limit) =>
    `Your message is too long for me (${length} characters). Please ask in at most ${limit} characters.`,

  notRepresented: (note) => `BEHO is not to be represented in this panel. The document says, in Norwegian: «${note}»`,
  rotates: " The seat rotates («Rullerer.»).",
  noMembers: (group) => `${group}: no members are listed.`,
  members: (group, list) => `BEHO in ${group}: ${list}.`,
  representedNo: (group, reason) => `No. ${group}: ${reason}`,
  representedYes: (group, how, names) => `Yes, BEHO is represented in ${group}.${how} ${names}.`,
  mandate: (group, mandate) => `Mandate of ${group} (in Norwegian): «${mandate}»`,
  noMandate: (group) => `The document gives no mandate for ${group}.`,
  seatedYes: (person, group, detail) => `Yes, ${person} sits in ${group}${detail}.`,
  seatedNo: (person, group, others) => `No, ${person} does not sit in ${group} for BEHO.${others}`,
  seatedOthers: (group, list) => ` BEHO in ${group}: ${list}.`,
  roleHolder: (role, person) => `${role.charAt(0).toUpperCase()}${role.slice(1)}: ${person}.`,
  personNoSeat: (person) => `${person} has no seat in the groups listed.`,
  personSeats: (person, list) => `${person} sits in: ${list}.`,

  coordinator: (who, title, email) => `BEHO's internal Alrek coordinator (${title}) is ${who}. E-mail: ${email}.`,
  partners: (cluster, count, list) => `${cluster} has ${count} partners: ${list}.`,
  location: (cluster, address, city, office, room) =>
    `${cluster} is at ${address}, ${city}. BEHO's offices: ${office}. BEHO's meeting room is ${room}.`,
  aboutEstablished: (cluster, year) =>
    `${cluster} was formally established in ${year}, on an initiative from the University of Bergen (UiB).`,
  aboutVision: (vision) => `The vision (in Norwegian): «${vision}»`,
  aboutFocusAreas: (areas) => `Four focus areas: ${areas}.`,
  aboutGeneral: (cluster, partners, address, city) =>
    `${cluster} gathers ${partners} partners for research, education, innovation and dissemination in health, at ${address}, ${city}.`,
  documented: (_title, source, quotes) => `From ${source}, in Norwegian: «${quotes}»`,
  documentedMissing: "The documents entered say nothing about this.",
  unnamedRole: (role, where, quote) =>
    `The documents mention ${role} in ${where} («${quote}») but do not say who it is.`,
  forumLead: (leader) => ` Led by ${leader}.`,
  forum: (name, established, count, lead) =>
    `${name} was set up in autumn 2022 (${established}). It gathers BEHO's representatives in the cluster's groups (${count} people).${lead}`,
  groupList: (labels) => `Groups: ${labels}.`,

  helpTopics,
  commands,
  help: (sample, commandList) =>
    `Ask me about BEHO's representation in Alrek helseklynge, its events and the action plan. For example: ${sample} Commands: ${commandList}.`,

  dateNotSet: (yearly) => (yearly ? "yearly, date not set" : "date not set"),
  undatedList: (list) => ` Date not set: ${list}.`,
  upcoming: (list) => `Coming up: ${list}.`,
  noUpcoming: "No dated events in the next three months.",
  eventsIn: (phrase, list) => `Events ${phrase}: ${list}.`,
  noEventsIn: (phrase) => `No events ${phrase}.`,
  undatedCount: (count) => ` ${count} events have no date set yet.`,
  nextOn: (title, when, place) => `${title}: next on ${when}${place}.`,
  notSetYearlyLine: (title) => `${title}: date not set. It is held every year; the date is added when it is known.`,
  notSetLine: (title) => `${title}: date not set.`,
  noUpcomingDateLine: (title) => `${title}: no upcoming date.`,
  dateWithoutTime: (date) => `${date} (time not set)`,
  holidayMark: (holiday, confirmed) =>
    confirmed ? `falls on ${holiday}, confirmed` : `falls on ${holiday}; not confirmed to take place`,
  skippedHolidays: (list) => ` Skipped as a public holiday not confirmed: ${list}.`,
  nextMonthLabel: (month) => `Next month (${month})`,
  monthAfterLabel: "The month after",
  monthQuestion: (month) => `What's on in ${month}?`,
  upcomingChoice: { label: "Upcoming events", question: "What is coming up?" },
  inMonth: (month) => `in ${month}`,
  today: "today",
  tomorrow: "tomorrow",
  thisWeek: "this week",
  nextWeek: "next week",

  tiltakStatus,
  noPlan: "No action plan is registered yet.",
  noMeasures: "no measures.",
  measuresFor: (area, list) => `Measures for ${area}: ${list}`,
  allTiltak: (plan, total, areaCount, counts) => `${plan} has ${total} measures in ${areaCount} areas: ${counts}.`,
  planStatus: (plan, total, counts, percent, byArea) =>
    `${plan}: ${total} measures – ${counts}. Progress ${percent} %. By area: ${byArea}.`,
  tiltakLine: (text, status, responsible) => `${text} – ${status}; responsible: ${responsible}`,
  responsibleLine: (text, responsible, status) => `«${text}» – responsible: ${responsible}; status: ${status}.`,
  periodEnded: (years) =>
    `The plan period ${years} has ended; no new plan has been entered. Editors can create the next plan period in the tab (Status) and carry measures over.`,
  overdue: (count, list) =>
    `${count} ${count === 1 ? "measure is" : "measures are"} overdue (past the due date and not done): ${list}`,
  overdueLine: (text, due, status) => `«${text}» – due ${due}; ${status}.`,
  noneOverdue: (withDueDate) =>
    withDueDate === 0
      ? "No measures are overdue: none has a due date yet."
      : `No measures are overdue (${withDueDate} have a due date).`,
  showAllTiltak: { label: "Show all measures", question: "Show all measures" },
  showFullList: { label: "Show the full list", question: "Show the full list of measures" },
  generalResponsibilityChoice: { label: "Responsibility for the plan", question: "Who is responsible for the plan?" },
  tiltakDetail: (number, area, text, status, responsible) =>
    `Measure ${number}, under ${area}. In Norwegian: «${text}» Status: ${status.toLowerCase()}. Responsible: ${responsible}.`,
  noSuchTiltak: (number, total) => `The action plan has ${total} measures; there is no measure number ${number}.`,
  periodEndedShort: (years) => `The plan period ${years} has ended.`,
  planStatusChoice: { label: "Status of the plan", question: "What is the status of the measures?" },
  /** A faithful summary of the plan's "Ansvar og oppfølging". */
  planResponsibility: [
    "The kommunaldirektør (director) has overall responsibility for BEHO's participation in the cluster and allocates responsibility and resources as needed.",
    "The coordinator has a particular responsibility for following up the plan, with the tasks described under «effektiv organisering» (effective organisation).",
    "All staff and managers in the department share responsibility for engaging with the cluster and for helping implement the measures where their own role makes it natural.",
    "Progress on the plan is reported to the kommunaldirektør's management group.",
  ],
};
