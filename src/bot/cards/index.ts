import type { Answer } from "../../qa/answerTypes.js";
import { clarifyCard, notFoundCard, tooLongCard } from "./clarifyCard.js";
import { nextEventCard, periodEventsCard, upcomingEventsCard } from "./eventsCard.js";
import { allTiltakCard, tiltakAreaCard, tiltakResponsibleCard, tiltakStatusCard } from "./tiltakCard.js";
import { adaptiveCard, textBlock, type CardElement } from "./common.js";
import { aboutCard, coordinatorCard, forumCard, locationCard, partnersCard } from "./factsCards.js";
import { groupCard } from "./groupCard.js";
import { helpCard, listGroupsCard } from "./helpCard.js";
import { personCard } from "./personCard.js";

export { clarifyCard, notFoundCard, tooLongCard } from "./clarifyCard.js";
export { adaptiveCard, CARD_SCHEMA, CARD_VERSION, escapeMarkdown, questionButton, type CardElement } from "./common.js";
export { aboutCard, coordinatorCard, forumCard, locationCard, partnersCard } from "./factsCards.js";
export { groupCard } from "./groupCard.js";
export { helpCard, listGroupsCard } from "./helpCard.js";
export { personCard } from "./personCard.js";
export { nextEventCard, periodEventsCard, upcomingEventsCard } from "./eventsCard.js";
export { allTiltakCard, tiltakAreaCard, tiltakResponsibleCard, tiltakStatusCard } from "./tiltakCard.js";

/** The Adaptive Card for an answer, chosen by its kind. */
export function renderAnswer(answer: Answer): CardElement {
  switch (answer.kind) {
    case "groupMembers":
    case "representedIn":
    case "mandate":
      return groupCard(answer);
    case "personGroups":
      return personCard(answer);
    case "coordinator":
      return coordinatorCard(answer);
    case "partners":
      return partnersCard(answer);
    case "location":
      return locationCard(answer);
    case "about":
      return aboutCard(answer);
    case "forum":
      return forumCard(answer);
    case "listGroups":
      return listGroupsCard(answer);
    case "help":
      return helpCard(answer);
    case "upcomingEvents":
      return upcomingEventsCard(answer);
    case "eventsInPeriod":
      return periodEventsCard(answer);
    case "nextEvent":
      return nextEventCard(answer);
    case "tiltakByArea":
      return tiltakAreaCard(answer);
    case "allTiltak":
      return allTiltakCard(answer);
    case "tiltakStatus":
      return tiltakStatusCard(answer);
    case "tiltakResponsible":
      return tiltakResponsibleCard(answer);
    case "ambiguous":
      return clarifyCard(answer);
    case "unknown":
      return notFoundCard(answer);
    case "tooLong":
      return tooLongCard(answer);
    default:
      // A kind added later without a card of its own: its plain-text summary still reads well.
      return adaptiveCard([textBlock((answer as { text: string }).text)]);
  }
}
