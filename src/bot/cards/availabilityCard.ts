/**
 * "Er Borgertun ledig …?": ledig or opptatt first (the message's summary), then the free times of
 * that day, each a button that asks for the room then, and a button to ask for the time asked about.
 */
import type { BookingConflict, BookingLang, BookingRefusal, BookingSlot } from "../../domain/booking.js";
import { formatClock, formatDate } from "../../domain/dateFormat.js";
import { OSLO, zonedToInstant } from "../../domain/time.js";
import { BOOKING_TEXTS, slotText } from "./bookingTexts.js";
import { adaptiveCard, buttonRows, factSet, heading, questionButton, textBlock, type CardElement } from "./common.js";

/** What the bot found for the time or day asked about. */
export interface AvailabilityView {
  lang: BookingLang;
  date: string;
  /** The time asked about, when a from–to was given. */
  slot?: BookingSlot;
  /** Why that time (or the whole day) cannot be had. */
  refusal?: BookingRefusal;
  occupied: BookingConflict[];
  free: BookingSlot[];
}

const dayText = (date: string, lang: BookingLang) => formatDate(zonedToInstant(`${date}T12:00`, OSLO), lang);
const range = (s: { from: string; to: string }, lang: BookingLang) =>
  `${formatClock(s.from, lang)}–${formatClock(s.to, lang)}`;

/** "11.12.2026" for the request a button sends (qa/booking reads it back). */
const numericDate = (date: string) => {
  const [y, m, d] = date.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};

/** The request for a slot, as the button sends it. */
function requestChoice(slot: BookingSlot, lang: BookingLang, label: string) {
  return { label, question: BOOKING_TEXTS[lang].requestQuestion(numericDate(slot.date), slot.from, slot.to) };
}

/** The answer's first sentence (and the notification's summary). */
export function availabilityText(v: AvailabilityView): string {
  const x = BOOKING_TEXTS[v.lang];
  const day = dayText(v.date, v.lang);
  if (v.slot) {
    const when = slotText(v.slot, v.lang);
    if (!v.refusal) return x.slotFree(when);
    if (v.refusal.reason === "conflict") return x.slotBusy(when);
    return x.slotClosed(when, x.refusal(v.refusal));
  }
  if (v.refusal) return x.dayClosed(day, x.refusal(v.refusal));
  if (v.free.length === 0) return x.dayFull(day);
  const ranges = v.free.map((s) => range(s, v.lang));
  const joined =
    ranges.length > 1 ? `${ranges.slice(0, -1).join(", ")} ${x.and} ${ranges[ranges.length - 1]}` : ranges[0];
  return x.dayFree(day, joined);
}

/** The availability card. */
export function availabilityCard(v: AvailabilityView): CardElement {
  const x = BOOKING_TEXTS[v.lang];
  const body: CardElement[] = [
    heading(x.availabilityTitle),
    textBlock(availabilityText(v), { weight: "Bolder", color: v.refusal ? "Attention" : "Good" }),
  ];
  // A taken time: what takes it, and the nearest free times of the same length, each a request button.
  if (v.refusal?.reason === "conflict") {
    body.push(textBlock(x.collidesWith, { weight: "Bolder", spacing: "Medium" }));
    body.push(factSet(v.refusal.conflicts.map((c) => ({ title: range(c, v.lang), value: c.title }))));
    body.push(textBlock(x.freeThatDay, { weight: "Bolder", spacing: "Medium" }));
    body.push(
      v.refusal.freeSlots.length > 0
        ? buttonRows(v.refusal.freeSlots.map((s) => requestChoice(s, v.lang, range(s, v.lang))))[0]
        : textBlock(x.noFreeSlots),
    );
  } else if (v.slot && v.free.length > 0) {
    body.push(textBlock(x.freeThatDay, { weight: "Bolder", spacing: "Medium" }));
    body.push(textBlock(v.free.map((s) => range(s, v.lang)).join(", ")));
  }
  const actions = v.slot && !v.refusal ? [questionButton(requestChoice(v.slot, v.lang, x.requestButton))] : [];
  return adaptiveCard(body, actions);
}
