/** PIP, Adult Disability Payment, DLA, Child Benefit and Scottish Child Payment. */
import { ZERO, sum, type Money } from "../../base/money.js";
import { step, gbp, type Step } from "../explain.js";
import type { Rules } from "../../rules/compose.js";
import type { Household } from "../household.js";

/** PIP / ADP / DLA weekly, all adults. Not means-tested; ignored by UC; exempts the household from the benefit cap. */
export function disabilityBenefits(h: Household, r: Rules): Step {
  const d = r.disabilityBenefits;
  const parts: [string, Money, object][] = [];
  h.adults.forEach((a, i) => {
    const who = h.adults.length > 1 ? (i === 0 ? "claimant's " : "partner's ") : "";
    const p = a.pip ?? a.adp;
    const name = a.adp ? "ADP" : "PIP";
    if (p?.dailyLiving) {
      const leaf = p.dailyLiving === "enhanced" ? d.dailyLivingEnhanced : d.dailyLivingStandard;
      parts.push([`${who}${name} daily living (${p.dailyLiving})`, leaf.value, leaf]);
    }
    if (p?.mobility) {
      const leaf = p.mobility === "enhanced" ? d.mobilityEnhanced : d.mobilityStandard;
      parts.push([`${who}${name} mobility (${p.mobility})`, leaf.value, leaf]);
    }
    if (a.dla?.care) {
      const leaf = a.dla.care === "highest" ? d.dlaCareHighest : a.dla.care === "middle" ? d.dlaCareMiddle : d.dlaCareLowest;
      parts.push([`${who}DLA care (${a.dla.care})`, leaf.value, leaf]);
    }
    if (a.dla?.mobility) {
      const leaf = a.dla.mobility === "higher" ? d.dlaMobilityHigher : d.dlaMobilityLower;
      parts.push([`${who}DLA mobility (${a.dla.mobility})`, leaf.value, leaf]);
    }
  });
  const total = sum(parts.map((p) => p[1]));
  return step(total, parts.map((p) => p[2]), {}, () =>
    parts.length ? `${parts.map(([n, v]) => `${gbp(v)} ${n}`).join(" + ")}${parts.length > 1 ? ` = ${gbp(total)}` : ""}; not affected by work` : "no PIP, ADP or DLA",
  );
}

/** Child Benefit: the eldest-child rate plus the additional rate for each other child. */
export function childBenefit(h: Household, r: Rules): Step {
  const cb = r.childBenefit;
  const n = h.children.filter((c) => c.age < cb.qualifyingAgeLimit.value).length;
  if (n === 0) return step(ZERO, [], {}, () => "no Child Benefit");
  const total = cb.eldestChild.value.plus(cb.additionalChild.value.times(n - 1));
  return step(total, [cb.eldestChild, ...(n > 1 ? [cb.additionalChild] : [])], { children: n }, () =>
    n === 1 ? `${gbp(total)} Child Benefit` : `Child Benefit: ${gbp(cb.eldestChild.value)} + ${n - 1} × ${gbp(cb.additionalChild.value)} = ${gbp(total)}`,
  );
}

/** Scottish Child Payment for each child under 16, while UC is in payment. */
export function scottishChildPayment(h: Household, r: Rules, ucPaid: boolean): Step {
  const scp = r.scottishChildPayment;
  if (h.region !== "scotland") return step(ZERO, [], {}, () => "no Scottish Child Payment (Scotland only)");
  const n = h.children.filter((c) => c.age < scp.underAge.value).length;
  if (n === 0) return step(ZERO, [], {}, () => "no Scottish Child Payment (no child under 16)");
  if (!ucPaid) return step(ZERO, [scp.perChild], {}, () => "no Scottish Child Payment: it needs UC in payment, and UC is nil here");
  const total = scp.perChild.value.times(n);
  return step(total, [scp.perChild, scp.underAge], { children: n }, () => `Scottish Child Payment: ${n} × ${gbp(scp.perChild.value)} = ${gbp(total)}`);
}
