/**
 * Debian's Chromium through playwright-core (never a downloaded browser),
 * and axe-core run inside the page.
 */
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./build.js";

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execSync("command -v chromium || command -v chromium-browser", { encoding: "utf8", shell: "/bin/sh" }).trim().split("\n")[0]!;
  } catch {
    throw new Error("[better-off] Chromium not found: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH");
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Run axe over the whole page, shadow roots included. Injected with
 * evaluate (not a <script> tag) so the page's CSP, which forbids inline
 * script, still applies to everything else.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => "axe" in window);
  if (!has) await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** The focused element, looking inside shadow roots. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? { id: a.id, tag: a.tagName.toLowerCase(), text: (a.textContent ?? "").trim().slice(0, 80), name: a.getAttribute("aria-label") ?? "" } : null;
  });
}

/** Press Tab until the element with this id (inside the widget) has focus. */
export async function tabTo(page: Page, id: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page))?.id === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach #${id} with Tab (focus is on ${JSON.stringify(await focused(page))})`);
}

/** A radio group by keyboard: Tab to it, Space for the first option, then Down to the option wanted (0-based). */
export async function chooseRadio(page: Page, id: string, index: number): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
}

/** Tab to a field (inside the widget) and type into it, as a person would. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** Wait until the element with this id (inside the widget) has focus: focus moves after the page renders. */
export async function waitForFocus(page: Page, id: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (id) => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.id === id;
    },
    id,
    { timeout },
  );
}

/**
 * Worked example p01 by keyboard alone, from the region question onwards:
 * aged 41, social rent £575 a month, £13 an hour, 16 hours; then "Show results".
 */
export async function typeWorkedExampleP01(page: Page): Promise<void> {
  await tabTo(page, "adults-0-age");
  await page.keyboard.type("41");
  await tabTo(page, "tenure");
  await page.keyboard.press("Space"); // Rent from the council or a housing association
  await tabTo(page, "rent");
  await page.keyboard.type("575");
  await tabTo(page, "wage");
  await page.keyboard.type("13");
  await tabTo(page, "job-hours");
  await page.keyboard.type("16");
  await page.keyboard.press("Enter");
}

/**
 * Worked example p01's quick answers (and the job's 16 hours) set straight into the fields (not
 * typed: for tests of loading and timing, not of the keyboard journey), on a
 * page whose calculator already knows the region. Does not submit.
 */
export async function setQuickP01(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = document.querySelector("better-off-calculator")!.shadowRoot!;
    const set = (id: string, v: string) => {
      const el = root.getElementById(id) as HTMLInputElement;
      el.value = v;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    };
    set("adults-0-age", "41");
    (root.getElementById("tenure") as HTMLInputElement).click(); // social rent: the rent question appears
    await new Promise((r) => setTimeout(r, 50));
    set("rent", "575");
    set("wage", "13");
    set("job-hours", "16");
  });
}

/** Sideways overflow of the page, the element, and any box inside it that would scroll (empty: none). */
export function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    const host = document.querySelector("better-off-calculator")!;
    if (host.scrollWidth > host.clientWidth) out.push(`element ${host.scrollWidth} > ${host.clientWidth}`);
    for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>("*")) {
      const style = getComputedStyle(el);
      if (el.offsetParent === null && style.position !== "fixed") continue; // not shown
      if (el.scrollWidth > el.clientWidth + 1 && /(auto|scroll)/.test(style.overflowX)) out.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
      const r = el.getBoundingClientRect();
      if (r.width && r.right > doc.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${String(el.className)} ends at ${Math.round(r.right)} > ${doc.clientWidth}`);
    }
    return [...new Set(out)].slice(0, 10);
  });
}
