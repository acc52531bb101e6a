import type { Answer, AnswerKind, AnswerOf } from "../../qa/answerTypes.js";
import { clarifyCard, notFoundCard, tooLongCard } from "./clarifyCard.js";
import { nextEventCard, periodEventsCard, upcomingEventsCard } from "./eventsCard.js";
import {
  allTiltakCard,
  overdueTiltakCard,
  tiltakAreaCard,
  tiltakDetailCard,
  tiltakResponsibleCard,
  tiltakStatusCard,
} from "./tiltakCard.js";
import type { CardElement } from "./common.js";
import { aboutCard, coordinatorCard, forumCard, locationCard, partnersCard } from "./factsCards.js";
import { groupCard } from "./groupCard.js";
import { helpCard, listGroupsCard } from "./helpCard.js";
import { personCard } from "./personCard.js";
import {
  groupLeaderCard,
  needsSubjectCard,
  notInDocumentsCard,
  partnerCheckCard,
  passageCard,
  personContactCard,
  thanksCard,
} from "./answerCards.js";
import { multiCard } from "./multiCard.js";

export { clarifyCard, notFoundCard, tooLongCard } from "./clarifyCard.js";
export { adaptiveCard, CARD_SCHEMA, CARD_VERSION, escapeMarkdown, questionButton, type CardElement } from "./common.js";
export { aboutCard, coordinatorCard, forumCard, locationCard, partnersCard } from "./factsCards.js";
export { groupCard } from "./groupCard.js";
export { helpCard, listGroupsCard } from "./helpCard.js";
export { personCard } from "./personCard.js";
export { nextEventCard, periodEventsCard, upcomingEventsCard } from "./eventsCard.js";
export {
  allTiltakCard,
  overdueTiltakCard,
  tiltakAreaCard,
  tiltakResponsibleCard,
  tiltakStatusCard,
} from "./tiltakCard.js";

/** Renders one kind of answer. */
type CardOf<K extends AnswerKind> = (answer: AnswerOf<K>) => CardElement;

/**
 * One card per answer kind. The type lists every kind, so a new kind does not compile until it
 * has a card here.
 */
const CARDS: { readonly [K in AnswerKind]: CardOf<K> } = {
  groupMembers: groupCard,
  representedIn: groupCard,
  mandate: groupCard,
  personGroups: personCard,
  coordinator: coordinatorCard,
  partners: partnersCard,
  partnerCheck: partnerCheckCard,
  groupLeader: groupLeaderCard,
  personContact: personContactCard,
  location: locationCard,
  about: aboutCard,
  forum: forumCard,
  listGroups: listGroupsCard,
  help: helpCard,
  thanks: thanksCard,
  upcomingEvents: upcomingEventsCard,
  eventsInPeriod: periodEventsCard,
  nextEvent: nextEventCard,
  tiltakByArea: tiltakAreaCard,
  allTiltak: allTiltakCard,
  tiltakDetail: tiltakDetailCard,
  tiltakStatus: tiltakStatusCard,
  tiltakResponsible: tiltakResponsibleCard,
  overdueTiltak: overdueTiltakCard,
  ambiguous: clarifyCard,
  needsSubject: needsSubjectCard,
  notInDocuments: notInDocumentsCard,
  passage: passageCard,
  multi: (answer) => multiCard(answer, renderAnswer),
  unknown: notFoundCard,
  tooLong: tooLongCard,
};

// Indexing the registry with the answer's own kind keeps the card and the answer paired.
function render<K extends AnswerKind>(answer: AnswerOf<K>): CardElement {
  const card: CardOf<K> = CARDS[answer.kind as K];
  return card(answer);
}

/** The Adaptive Card for an answer, chosen by its kind, marked with the answer's language. */
export function renderAnswer(answer: Answer): CardElement {
  return { ...render(answer), lang: answer.lang };
}
