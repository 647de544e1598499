// @vitest-environment jsdom
/**
 * The custom element: registration safe to repeat, shadow DOM, attributes
 * that fall back to defaults instead of throwing, and its events.
 */
import { render, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { BetterOffCalculatorElement, defineBetterOffCalculator, TAG } from "../../src/widget/index.js";
import { ErrorBoundary } from "../../src/widget/components/error-boundary/error-boundary.js";

beforeAll(() => {
  sessionStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = "";
  sessionStorage.clear();
});

function mount(attrs: Record<string, string> = {}) {
  const el = document.createElement(TAG);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

const shadow = (el: HTMLElement) => el.shadowRoot as unknown as HTMLElement;

describe("<better-off-calculator>", () => {
  it("is defined once, however many times it is registered", () => {
    expect(customElements.get(TAG)).toBe(BetterOffCalculatorElement);
    expect(() => defineBetterOffCalculator()).not.toThrow();
    expect(customElements.get(TAG)).toBe(BetterOffCalculatorElement);
  });

  it("warns, without throwing, when another version is already defined", () => {
    const registry = { get: () => class Other extends HTMLElement {}, define: vi.fn() } as unknown as CustomElementRegistry;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(() => defineBetterOffCalculator(registry)).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("already defined"));
    warn.mockRestore();
  });

  it("renders the questions inside its shadow root", async () => {
    const el = mount();
    expect(el.shadowRoot).not.toBeNull();
    expect(within(shadow(el)).getByRole("button", { name: "Show results" })).toBeTruthy();
    expect(within(shadow(el)).getByLabelText("Your age")).toBeTruthy();
  });

  it("uses the default for an attribute it cannot use, and says so in a better-off-error event", async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener("better-off-error", (e) => errors.push(e));
    const el = mount({ period: "fortnight", hours: "lots" });
    expect(el.period).toBe("week");
    expect(el.hours).toEqual(["0", "8", "16", "24", "30", "37.5"]);
    await waitFor(() => expect(errors.map((e) => e.detail.kind)).toContain("attribute"));
    expect(errors[0]!.bubbles && errors[0]!.composed).toBe(true);
  });

  it("reflects properties to attributes", () => {
    const el = mount();
    el.region = "scotland";
    el.hours = [0, 16, 30];
    expect(el.getAttribute("region")).toBe("scotland");
    expect(el.getAttribute("hours")).toBe("0,16,30");
    expect(el.region).toBe("scotland");
  });

  it("dispatches better-off-calculated with the engine's result", async () => {
    const el = mount({ "tax-year": "2026-27", region: "england", period: "month" });
    const got = new Promise<CustomEvent>((resolve) => el.addEventListener("better-off-calculated", resolve, { once: true }));
    const root = within(shadow(el));
    const input = (label: string, value: string) => {
      const i = root.getByLabelText(label) as HTMLInputElement;
      i.value = value;
      i.dispatchEvent(new Event("input", { bubbles: true }));
    };
    input("Your age", "41");
    (root.getByRole("radio", { name: "No housing costs" }) as HTMLInputElement).click();
    input("Hourly wage before tax", "13");
    (root.getByRole("button", { name: "Show results" }) as HTMLButtonElement).click();
    const e = await got;
    expect(e.detail.result.rules.taxYear).toBe("2026-27");
    // No job hours and no work costs: the best of the default hours compared (0, 8, 16, 24, 30, 37.5) is the most.
    expect(e.detail.headline.hours).toBe("37.5");
    expect(el.result).toBe(e.detail.result);
    expect(root.getByRole("table", { name: /^Income a month, not working/ })).toBeTruthy();
  });

  it("does not throw when removed and added again", () => {
    const el = mount();
    el.remove();
    expect(() => document.body.append(el)).not.toThrow();
    expect(within(shadow(el)).getByRole("button", { name: "Show results" })).toBeTruthy();
  });

  it("never throws into the host page when it cannot start, and says why in a better-off-error event", () => {
    const el = document.createElement(TAG);
    el.attachShadow = () => {
      throw new Error("no shadow roots here");
    };
    const errors: CustomEvent[] = [];
    el.addEventListener("better-off-error", (e) => errors.push(e as CustomEvent));
    expect(() => document.body.append(el)).not.toThrow();
    expect(errors.map((e) => e.detail)).toEqual([{ kind: "internal", message: "no shadow roots here" }]);
    expect(el.result).toBeNull();
  });

  it("keeps its state to itself: nothing of it is a property the host page can see or change", () => {
    const el = mount();
    // Only what the DOM itself keeps on any element (jsdom: its implementation symbol).
    expect(Reflect.ownKeys(el)).toEqual(Reflect.ownKeys(document.createElement("div")));
  });
});

describe("the error boundary", () => {
  it("draws a plain message in place of a part that fails, and reports it as internal", () => {
    const emit = vi.fn();
    const Broken = (): null => {
      throw new Error("a bug while drawing");
    };
    const view = render(
      <ErrorBoundary emit={emit}>
        <p>before</p>
        <Broken />
      </ErrorBoundary>,
    );
    expect(view.getByRole("alert").textContent).toContain("Sorry, the calculator has stopped working");
    expect(view.queryByText("before")).toBeNull();
    expect(emit).toHaveBeenCalledWith("better-off-error", { kind: "internal", message: "a bug while drawing" });
  });

  it("draws its children as they are when nothing fails", () => {
    const view = render(
      <ErrorBoundary emit={vi.fn()}>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(view.getByText("fine")).toBeTruthy();
    expect(view.queryByRole("alert")).toBeNull();
  });
});
