/**
 * Rendering the calculator for component tests, and filling it in the way a
 * user would (by label), with the worked examples' answers.
 */
import { fireEvent, render, screen, within } from "@testing-library/preact";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { readConfig, type AttributeName } from "../../src/widget/attributes.js";
import { Calculator } from "../../src/widget/components/calculator/calculator.js";
import type { Emit } from "../../src/widget/events.js";
import { loadCalculation } from "../../src/widget/model/load-calculation.js";

// The calculator fetches its calculation code with import() as it starts; in a
// browser that is one small file, here it is the engine's whole module graph to transform.
// Load it before any test, so tests time what the user waits for, not the first transform.
await loadCalculation();

// Not test/helpers/rules.ts's ROOT: under jsdom, `URL` is jsdom's and fileURLToPath refuses it.
export const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), "../..")}/`;

export interface Case {
  id: string;
  taxYear: string;
  expected: Record<string, string | number>[];
  [k: string]: unknown;
}

export const CASES: Case[] = JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8"));
export const caseById = (prefix: string): Case => CASES.find((c) => c.id.startsWith(prefix))!;

export function renderCalculator(attrs: Partial<Record<AttributeName, string>> = {}, store: Storage | null = null) {
  const emit = vi.fn<Emit>();
  const config = readConfig((name) => attrs[name] ?? null);
  const view = render(<Calculator config={config} emit={emit} store={store} />);
  return { ...view, emit, config };
}

export const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

export const choose = (group: string | RegExp, option: string | RegExp) =>
  fireEvent.click(within(screen.getByRole("group", { name: group })).getByRole("radio", { name: option }));

export const showResults = () => fireEvent.click(screen.getByRole("button", { name: "Show results" }));

/** Worked example p01: single, 41, social rent £575 a month, £13.00 an hour. */
export async function fillP01(hours = "10, 16, 25, 37.5") {
  await screen.findByText(/minimum wage for age|Leave blank for the minimum wage/);
  choose("Where do you live?", "England");
  type("Your age", "41");
  choose("How do you pay for your home?", "Rent from the council or a housing association");
  type("Rent", "575");
  type("Hourly wage before tax", "13");
  type("Hours to compare", hours);
}

/** The comparison table's cell for a figure (column header) and a number of hours (row header: "16 hours", "Not working"). */
export function cell(figure: string | RegExp, hours: string): HTMLElement {
  const table = screen.getByRole("table", { name: /not working and working different hours/ });
  const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent ?? "");
  const col = headers.findIndex((h) => (typeof figure === "string" ? h === figure : figure.test(h)));
  if (col < 0) throw new Error(`no column ${figure}: ${headers.join(" | ")}`);
  const row = within(table).getByRole("rowheader", { name: hours }).closest("tr")!;
  return row.children[col] as HTMLElement;
}
