// @vitest-environment jsdom
/** Answers survive a reload in the same tab (session storage) until the user clears them. */
import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { STORAGE_KEY } from "../../src/widget/model/storage.js";
import { choose, renderCalculator, type } from "./helpers.js";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("keeping answers", () => {
  it("brings the answers, mode and period back after a reload", () => {
    renderCalculator({ "tax-year": "2026-27" }, sessionStorage);
    type("Your age", "52");
    choose("Questions", "Full");
    type("Savings and investments", "3,000");
    choose("Show amounts", "Monthly");
    cleanup();
    renderCalculator({ "tax-year": "2026-27" }, sessionStorage);
    expect(value("Your age")).toBe("52");
    expect(value("Savings and investments")).toBe("3,000");
    expect((screen.getByRole("radio", { name: "Monthly" }) as HTMLInputElement).checked).toBe(true);
  });

  it("forgets everything when the user clears the answers", () => {
    renderCalculator({ "tax-year": "2026-27" }, sessionStorage);
    type("Your age", "52");
    fireEvent.click(screen.getByRole("button", { name: "Clear answers" }));
    expect(value("Your age")).toBe("");
    expect(sessionStorage.getItem(STORAGE_KEY)).not.toContain("52");
  });

  it("ignores saved answers it cannot read", () => {
    sessionStorage.setItem(STORAGE_KEY, "{not json");
    renderCalculator({ "tax-year": "2026-27" }, sessionStorage);
    expect(value("Your age")).toBe("");
  });

  it("stores nothing with no-persist", () => {
    renderCalculator({ "tax-year": "2026-27", "no-persist": "" }, sessionStorage);
    type("Your age", "52");
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
