// @vitest-environment jsdom
/** The rules behind a figure: sources as links, and a visible note for any value not confirmed. */
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { UsedRule } from "../../src/engine/index.js";
import { RuleList } from "../../src/widget/components/explanation-panel/rule-list.js";

afterEach(cleanup);

const rule = (status: UsedRule["status"], extra: Partial<UsedRule> = {}): UsedRule => ({
  value: "881",
  unit: "GBP/month",
  status,
  sources: [{ title: "Universal Credit Regulations 2013, reg 82", href: "https://www.legislation.gov.uk/uksi/2013/376/regulation/82" }],
  ...extra,
});

describe("rules used", () => {
  it("links each source and shows the value with its unit", () => {
    render(<RuleList rules={[{ key: "benefitCap.earningsExemption", rule: rule("confirmed"), confirmed: true }]} />);
    expect(screen.getByRole("link", { name: /reg 82/ }).getAttribute("href")).toBe("https://www.legislation.gov.uk/uksi/2013/376/regulation/82");
    expect(screen.getByText(/£881.00 a month/)).toBeTruthy();
    expect(screen.queryByText(/Note:/)).toBeNull();
  });

  it("names each rule by its title, not its key", () => {
    render(<RuleList rules={[{ key: "universalCredit.standardAllowance.single25OrOver", rule: rule("confirmed"), confirmed: true }]} />);
    expect(screen.getByText("Universal Credit: standard allowance, single 25 or over")).toBeTruthy();
    expect(screen.queryByText(/universalCredit\./)).toBeNull();
  });

  it("says when a value is derived from a formula rather than published", () => {
    render(<RuleList rules={[{ key: "benefitCap.earningsExemption", rule: rule("derived", { note: "16 × £12.71 × 52 / 12" }), confirmed: false }]} />);
    expect(screen.getByText(/Worked out from a formula in the law/)).toBeTruthy();
    expect(screen.getByText("16 × £12.71 × 52 / 12")).toBeTruthy();
  });

  it("says when a value is not yet confirmed", () => {
    render(<RuleList rules={[{ key: "x.y", rule: rule("unconfirmed"), confirmed: false }]} />);
    expect(screen.getByText(/Not yet confirmed/)).toBeTruthy();
  });
});
