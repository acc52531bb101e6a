/**
 * The tab project runs without isolation (vitest.config.ts): the files of one worker share its
 * modules and its jsdom window. Each file starts from a blank page and empty storage, as it would
 * in a window of its own; its tests unmount what they render (cleanup) as before.
 */
if (typeof document !== "undefined") {
  localStorage.clear();
  sessionStorage.clear();
  document.body.replaceChildren();
  document.documentElement.removeAttribute("lang");
}
