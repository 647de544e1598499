/**
 * What to tell DWP and when, for the hours the headline describes: which
 * benefits are in payment now and the engine's threshold flags decide which
 * notes apply. Procedure only: no amounts or limits (those are in the flags'
 * own texts, from the rules).
 */
import { flagText as textOf, type Evaluation, type Money, type ScenarioEvaluation } from "../../engine/index.js";

export interface Advice {
  readonly who: string;
  readonly when: string;
  readonly what: string;
}

const paid = (v: Money) => v.greaterThan(0);
const has = (s: ScenarioEvaluation, ...codes: string[]) => s.thresholds.some((f) => codes.includes(f.code));
const flagText = (s: ScenarioEvaluation, code: string) => {
  const f = s.thresholds.find((x) => x.code === code);
  return f && textOf(f);
};

export function adviceFor(r: Evaluation, s: ScenarioEvaluation): Advice[] {
  const b = r.baseline;
  const out: Advice[] = [];
  if (paid(b.ucMonthly))
    out.push({
      who: "Universal Credit",
      when: "As soon as you accept the job",
      what: "Report the job, start date, hours and pay in your online journal. Your employer reports your pay to HMRC each payday, and UC changes from the assessment period the pay falls in. Keep your payslips.",
    });
  if (has(s, "uc-nil")) out.push({ who: "Universal Credit", when: "If your pay drops later", what: flagText(s, "uc-nil")! });
  if (has(s, "esa-permitted-work"))
    out.push({ who: "New Style ESA", when: "Before you start work", what: "Tell DWP about the job on form PW1 (permitted work). ESA carries on while the work stays within the permitted work limits." });
  else if (has(s, "esa-ends-hours", "esa-ends-permitted-work-limit"))
    out.push({ who: "New Style ESA", when: "Before you start work", what: `Tell the office that pays your ESA. ${flagText(s, "esa-ends-hours") ?? flagText(s, "esa-ends-permitted-work-limit")}.` });
  if (paid(b.jsaWeekly))
    out.push({
      who: "New Style JSA",
      when: "Before you start, then each time you sign",
      what: has(s, "jsa-ends-hours", "jsa-ends-earnings") ? "Tell Jobcentre Plus about the job: JSA stops at these hours or earnings." : "Tell Jobcentre Plus about the job and declare your earnings each time you sign.",
    });
  if (has(s, "carers-allowance-kept", "carers-allowance-lost"))
    out.push({
      who: r.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance",
      when: "When you start work, and whenever your pay changes",
      what: `Tell ${r.region === "scotland" ? "Social Security Scotland" : "the Carer's Allowance Unit"} about the job and your earnings. ${flagText(s, "carers-allowance-kept") ?? flagText(s, "carers-allowance-lost")}`,
    });
  if (paid(b.pipWeekly))
    out.push({ who: "PIP, ADP or DLA", when: "Only if your condition or needs change", what: "These are not means-tested: earnings do not reduce them, and starting work on its own is not a change to report." });
  if (has(s, "scottish-child-payment-ends"))
    out.push({ who: "Scottish Child Payment", when: "When Universal Credit stops", what: "Scottish Child Payment stops when UC stops. Contact Social Security Scotland if UC starts again." });
  if (has(s, "help-with-health-costs-lost"))
    out.push({
      who: "NHS help with health costs",
      when: "Each time you get a prescription or see a dentist or optician",
      what: "Free prescriptions, dental treatment and sight tests depend on your take-home pay in each UC assessment period: check your UC statement first, as claiming when not entitled can bring a penalty charge. A prescription prepayment certificate or the NHS Low Income Scheme (form HC1) may help.",
    });
  out.push({
    who: "Your council",
    when: "When you start work",
    what: paid(b.councilTaxReductionWeekly ?? "0")
      ? "Tell the council about the job and your pay: Council Tax Reduction is worked out again, and your bill may go up."
      : "Tell the council about the job: Council Tax Reduction (and Housing Benefit, if you get it) may change.",
  });
  return out;
}
