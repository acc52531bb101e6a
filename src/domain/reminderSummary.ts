/** Notifications show about this much of `summary`. */
const SUMMARY_CHARS = 200;

/** The notification line: the text cut to fit, never in the middle of an escape. */
export function reminderSummary(text: string): string {
  if (text.length <= SUMMARY_CHARS) return text;
  let cut = text.slice(0, SUMMARY_CHARS - 1);
  const trailingBackslashes = /\\*$/.exec(cut)![0].length;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}
