/** Browser APIs jsdom lacks but Fluent UI uses (MessageBar reflow measures with ResizeObserver). */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; window?: { ResizeObserver?: unknown } };
g.ResizeObserver ??= ResizeObserverStub;
if (g.window) g.window.ResizeObserver ??= ResizeObserverStub;

// The views are lazy chunks: on a loaded 2-core CI machine the first render can take seconds, so
// the find* queries wait for their positive signal longer than testing-library's default 1 s.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 15_000 });
