/**
 * Words that never decide which passage a question is about: function
 * words of bokmål, nynorsk and English, and the question words. The bot's own topic words
 * (groups, tiltak) are not here: they are what a passage is found by.
 */
import { fold } from "../../domain/fold.js";

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `og i jeg det at en et den til er som pa de med han av ikke ikkje der sa var meg seg men ett har om vi min mitt ha
  hadde hun na over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjol her alle vil bli ble
  blei blitt kunne inn nar vare kom noen noe ville dere som deres kun ja etter ned skulle denne for deg si sine sitt
  mot a meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sann inni mellom var hver
  hvem vors hvis bade bare enn fordi for mange ogsa slik vart vore hennes hennar hoss hossen ikkje ein eit eg dykk
  kva kven kvar korleis kvifor kor ho dei deira me mi mine vere vore noko nokon sidan sia fekk far gjer gjere gjore
  gjor gjorde gjort hvis om kven kva slike slikt veit vet fortell fortel tell me the a an and or of to in on at for
  is are was were be been it its this that these those with by from as what who whom which when where why how do
  does did can could would should will about any some there their they them he she her his him we us our you your
  i my me not no yes please thanks takk hei hi hello alrek alreks beho bho say says said document documents
  dokument dokumentet dokumentene dokumenta star sier seier sa nevnt nevner nemner kommer kjem komme
  kome kom plan planen`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    // Compared folded, as the questions' words are ("does" folds to "dos").
    .map(fold),
);
