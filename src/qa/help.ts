/** What the bot can answer: example questions by topic and the bot's commands, in bokmål and English. */
import type { AnswerOf, Choice } from "./answerTypes.js";
import type { Lang } from "./language.js";

type Section = { title: string; examples: string[] };

const SECTIONS: Record<Lang, Section[]> = {
  nb: [
    {
      title: "Representasjon",
      examples: [
        "Hvem sitter i Husrådet?",
        "Hvilke grupper sitter Benedikte Paulsen i?",
        "Er BEHO representert i brukerpanelet?",
        "Hva er mandatet til faggruppe for registre?",
        "Hvem er Alrek-koordinator?",
        "Hvem er partnerne i Alrek?",
        "Hvor ligger Alrek?",
        "Hvilke grupper finnes?",
      ],
    },
    {
      title: "Arrangementer",
      examples: ["Hva skjer fremover?", "Når er neste fredagspresentasjon?", "Hva skjer neste måned?", "Når er Alrek helsedager?"],
    },
    {
      title: "Handlingsplanen",
      examples: [
        "Hva er status på tiltakene?",
        "Vis alle tiltak",
        "Hvilke tiltak har vi for utdanning for fremtiden?",
        "Hvem har ansvar for kommunikasjonsplanen?",
      ],
    },
  ],
  en: [
    {
      title: "Representation",
      examples: [
        "Who sits in the house council?",
        "Which groups is Karen Haugvaldstad in?",
        "Is BEHO represented in the student panel?",
        "What is the mandate of the registry group?",
        "Who is the coordinator?",
        "Who are the partners?",
        "Where is Alrek?",
        "List groups",
      ],
    },
    {
      title: "Events",
      examples: ["What is coming up?", "When is the next Friday presentation?", "What's on next month?", "When is Alrek helsedager?"],
    },
    {
      title: "Action plan",
      examples: [
        "What is the status of the measures?",
        "Show all measures",
        "What are the measures for public-private collaboration?",
        "Who is responsible for the communication plan?",
      ],
    },
  ],
};

// The commands are handled by the bot's command routes, not by question answering; listed here so people find them.
const COMMANDS: Record<Lang, (Choice & { description: string })[]> = {
  nb: [
    { label: "abonner", question: "abonner", description: "Få påminnelser om arrangementer i denne samtalen." },
    { label: "avslutt abonnement", question: "avslutt abonnement", description: "Slutt å få påminnelser her." },
    { label: "påminnelser", question: "påminnelser", description: "Se påminnelsene som er satt opp." },
    { label: "ny hendelse", question: "ny hendelse", description: "Legg inn et nytt arrangement (for redaktører)." },
  ],
  en: [
    { label: "subscribe", question: "subscribe", description: "Get event reminders in this conversation." },
    { label: "unsubscribe", question: "unsubscribe", description: "Stop getting reminders here." },
    { label: "reminders", question: "reminders", description: "See the reminders that are set up." },
    { label: "new event", question: "new event", description: "Add a new event (for editors)." },
  ],
};

const asChoice = (q: string): Choice => ({ label: q, question: q });

/** What the bot can answer, as example buttons by topic, and its commands. */
export function helpAnswer(lang: Lang): AnswerOf<"help"> {
  const sections = SECTIONS[lang].map((s) => ({ title: s.title, examples: s.examples.map(asChoice) }));
  const examples = sections.flatMap((s) => s.examples);
  const sample = SECTIONS[lang].map((s) => s.examples[0]).join(" ");
  const commands = COMMANDS[lang].map((c) => c.label).join(", ");
  const text = lang === "en"
    ? `Ask me about BEHO's representation in Alrek helseklynge, its events and the action plan. For example: ${sample} Commands: ${commands}.`
    : `Spør meg om BEHO sin representasjon i Alrek helseklynge, arrangementer og handlingsplanen. For eksempel: ${sample} Kommandoer: ${commands}.`;
  return { kind: "help", lang, text, examples, sections, commands: COMMANDS[lang] };
}
