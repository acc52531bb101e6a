/** Browser APIs jsdom lacks but Fluent UI uses (MessageBar reflow measures with ResizeObserver). */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; window?: { ResizeObserver?: unknown } };
g.ResizeObserver ??= ResizeObserverStub;
if (g.window) g.window.ResizeObserver ??= ResizeObserverStub;
