import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderAnswer } from "../../../src/bot/cards/index.js";
import { answerQuestion } from "../../../src/qa/index.js";
import { seedDirectory } from "../../../src/seed/directory.js";

const ask = (text: string, locale?: string) => answerQuestion(text, { locale, directory: seedDirectory });
const json = (o: unknown) => JSON.stringify(o);

/** Every Action.Submit anywhere in the card. */
function submits(card: unknown): { title: string; data: { msteams: { type: string; value: string } } }[] {
  const out: any[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (o.type === "Action.Submit") out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe("renderAnswer", () => {
  it.each([
    ["Hvem sitter i Husrådet?", ["Husrådet", "Karen Haugvaldstad", "intern Alrek-koordinator"]],
    ["who is in the steering group", ["Steering group", "Ingelin Søråas", "Trond Egil Hansen", "Rønnaug Frøiland"]],
    ["Er BEHO representert i brukerpanelet?", ["Brukerpanel", "BEHO skal ikke være representert i dette panelet."]],
    ["Hva er mandatet til faggruppe for registre?", ["Faggruppe for registre", "helsedatakilder"]],
    ["Hvilke grupper sitter Benedikte Paulsen i?", ["Benedikte Paulsen", "Faggruppe for eldrehelse og eldreomsorg"]],
    ["Hvem er Alrek-koordinator?", ["Karen Haugvaldstad", "mailto:Karen.Haugvaldstad@bergen.kommune.no"]],
    ["Hvem er partnerne i Alrek?", ["NORCE", "Haraldsplass Diakonale Sykehus", "HVL"]],
    ["Hvor ligger Alrek?", ["Årstadveien 17", "Borgertun", "3\\\\. etasje"]],
    ["hva er Alrek", ["2016", "samskaping"]],
    ["hva er Alrekforum", ["Alrekforum BEHO", "Karen Haugvaldstad", "Kjell Wolff"]],
    ["hvilke grupper finnes", ["Partnermøtet", "Studentpanel"]],
    ["hjelp", ["Hvem sitter i Husrådet?"]],
    ["faggruppe", ["Faggruppe for registre", "Faggruppe for barn og unge"]],
    ["hvem sitter i fotballaget?", ["fotballaget"]],
  ] as const)("%s: version 1.5 card with the names", (text, parts) => {
    const card = renderAnswer(ask(text)) as Record<string, unknown>;
    expect(card.type).toBe("AdaptiveCard");
    expect(card.version).toBe("1.5");
    expect(card.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");
    const s = json(card);
    for (const p of parts) expect(s).toContain(p);
  });

  it("clarify buttons send the candidate's question as a message", () => {
    const buttons = submits(renderAnswer(ask("Anne")));
    expect(buttons.map((b) => b.title)).toEqual(["Anne Marita Milde", "Anne Karine Monsen"]);
    for (const b of buttons) {
      expect(b.data.msteams.type).toBe("imBack");
      expect(b.data.msteams.value).toMatch(/^Hvilke grupper sitter Anne .+ i\?$/);
    }
  });

  it("help and not-found cards carry buttons", () => {
    expect(submits(renderAnswer(ask("help"))).length).toBeGreaterThanOrEqual(4);
    const notFound = submits(renderAnswer(ask("hvem sitter i husstyret")));
    expect(notFound.length).toBeGreaterThanOrEqual(2);
    expect(notFound.every((b) => b.data.msteams.type === "imBack")).toBe(true);
  });

  it("escapes markdown in the echoed question", () => {
    const card = renderAnswer(ask("hvem sitter i [klikk](https://evil.example) **fotball**"));
    const s = json(card);
    expect(s).not.toContain("[klikk](");
    expect(s).toContain("\\\\[klikk\\\\]");
    expect(s).toContain("\\\\*\\\\*fotball");
  });

  it.each([
    ["Husrådet skal bidra til gode fellesskapsløsninger.", "Husrådet skal bidra til gode fellesskapsløsninger."],
    ["e-helse og 3. etasje", "e-helse og 3. etasje"],
    ["første linje\n2. andre", "første linje\n2\\. andre"],
    ["  + pluss", "  \\+ pluss"],
    ["a|b <at>x</at> ~y~ `z`", "a\\|b \\<at\\>x\\</at\\> \\~y\\~ \\`z\\`"],
    ["\\", "\\\\"],
  ])("escapeMarkdown(%j) is %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("escapeMarkdown neutralises list markers and emphasis", () => {
    expect(escapeMarkdown("3. etasje")).toBe("3\\. etasje");
    expect(escapeMarkdown("- a _b_ #c")).toBe("\\- a \\_b\\_ \\#c");
  });

  it("English answers give English cards", () => {
    const s = json(renderAnswer(ask("who is the coordinator")));
    expect(s).toContain("Send e-mail");
    expect(s).toContain("Internal Alrek coordinator");
  });
});
