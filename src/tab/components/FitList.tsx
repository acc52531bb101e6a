import { useRef, type ReactNode } from "react";
import { useI18n } from "../i18n/index.js";
import { useFitCount } from "../useFitCount.js";

/** Props of {@link FitList}. */
export interface FitListProps<T> {
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  render: (item: T) => ReactNode;
  /** A class per item (the highlight of a change). */
  classOf?: (item: T) => string | undefined;
  /** At most this many are shown even when more would fit (outside the stage, where panels grow). */
  max?: number;
  testId?: string;
}

/**
 * A dashboard list that shows what fits in its panel and always says "+ N til" for what it
 * leaves out. `data-total` and `data-shown` tell tests (and anyone inspecting) what was cut.
 */
export function FitList<T>({ items, keyOf, render, classOf, max = Infinity, testId }: FitListProps<T>) {
  const { t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const capped = items.slice(0, max);
  const signature = capped.map(keyOf).join("\n");
  const { count, measuring } = useFitCount(listRef, capped.length, signature);
  const left = items.length - count;
  return (
    <ul ref={listRef} className="dash-list" data-testid={testId} data-total={items.length} data-shown={count}>
      {capped.slice(0, count).map((item, i) => (
        <li key={keyOf(item, i)} data-fit="item" className={classOf?.(item)}>
          {render(item)}
        </li>
      ))}
      {left > 0 && !measuring && (
        <li data-fit="more" className="dash-more" data-testid={testId ? `${testId}-more` : undefined}>
          {t("moreCount", { n: left })}
        </li>
      )}
      {measuring && (
        // Measured for its height only, never seen or read.
        <li data-fit="more" className="dash-more" aria-hidden="true" style={{ visibility: "hidden" }}>
          {t("moreCount", { n: Math.max(items.length, 10) })}
        </li>
      )}
    </ul>
  );
}
