/**
 * How many items of a list fit in the panel around it: the stage sizes each list to the space it
 * has and sums up the rest as "+ N til". Measured, not guessed: all items are rendered once, their
 * boxes are compared with the panel's inner bottom edge, and the list is cut where the next item
 * (and the "+ N til" line, when something is left out) would cross it. The panel must not grow
 * with its content (on the stage it is a grid cell with overflow hidden); a resize measures again.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from "react";

/** The items marked `data-fit="item"` and the `data-fit="more"` line, direct children of the list. */
function boxes(list: HTMLElement): { items: HTMLElement[]; more?: HTMLElement } {
  const children = [...list.children] as HTMLElement[];
  return {
    items: children.filter((c) => c.dataset.fit === "item"),
    more: children.find((c) => c.dataset.fit === "more"),
  };
}

/**
 * The count of items that fit; `signature` names the content (a change measures again). While
 * `measuring`, every item is rendered, and so is the "+ N til" line (its height is needed).
 */
export function useFitCount(
  listRef: RefObject<HTMLElement | null>,
  total: number,
  signature: string,
): { count: number; measuring: boolean } {
  const [size, setSize] = useState(0);
  const [fit, setFit] = useState<{ key: string; count: number }>();
  const key = `${total}|${size}|${signature}`;
  const measuring = fit?.key !== key;

  useEffect(() => {
    const panel = listRef.current?.parentElement;
    if (!panel || typeof ResizeObserver === "undefined") return;
    let last = "";
    const observer = new ResizeObserver(() => {
      const rect = panel.getBoundingClientRect();
      const now = `${Math.round(rect.width)}x${Math.round(rect.height)}`;
      if (now !== last) {
        last = now;
        setSize((s) => s + 1);
      }
    });
    observer.observe(panel);
    return () => observer.disconnect();
  }, [listRef]);

  useLayoutEffect(() => {
    if (!measuring) return;
    const list = listRef.current;
    const panel = list?.parentElement;
    if (!list || !panel) return setFit({ key, count: total });
    const rect = panel.getBoundingClientRect();
    // Not laid out (hidden, or a DOM without layout): nothing to measure against, show all.
    if (rect.height === 0) return setFit({ key, count: total });
    const style = getComputedStyle(panel);
    const limit = rect.bottom - (parseFloat(style.paddingBottom) || 0) - (parseFloat(style.borderBottomWidth) || 0);
    const { items, more } = boxes(list);
    const bottom = (el: HTMLElement) => el.getBoundingClientRect().bottom;
    // Half a pixel of rounding either way.
    let count = items.filter((el) => bottom(el) <= limit + 0.5).length;
    if (count < items.length) {
      const moreHeight = more ? more.getBoundingClientRect().height : 0;
      count = items.filter((el) => bottom(el) + moreHeight <= limit + 0.5).length;
    }
    setFit({ key, count });
  }, [measuring, key, total, listRef]);

  return measuring ? { count: total, measuring } : { count: Math.min(fit.count, total), measuring };
}
