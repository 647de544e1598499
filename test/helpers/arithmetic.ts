/**
 * Evaluate an arithmetic expression written in a test ("424.90 + 0.55 * (881.23 - 427)")
 * exactly, with decimal.js, so expected figures show their working.
 * Supports + − * / and parentheses. Not rounded: see `pence()`.
 */
import { D, type Money } from "../../src/base/money.js";

export function evaluate(expr: string): Money {
  const tokens = expr.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  if (tokens.join("") !== expr.replace(/\s+/g, "")) throw new Error(`cannot read expression: ${expr}`);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const primary = (): Money => {
    const t = next();
    if (t === "(") {
      const v = sum();
      if (next() !== ")") throw new Error(`missing ) in ${expr}`);
      return v;
    }
    if (t === "-") return primary().neg();
    if (t === undefined || !/^\d/.test(t)) throw new Error(`unexpected ${t} in ${expr}`);
    return new D(t);
  };
  const product = (): Money => {
    let v = primary();
    while (peek() === "*" || peek() === "/") v = next() === "*" ? v.times(primary()) : v.div(primary());
    return v;
  };
  const sum = (): Money => {
    let v = product();
    while (peek() === "+" || peek() === "-") v = next() === "+" ? v.plus(product()) : v.minus(product());
    return v;
  };
  const v = sum();
  if (i !== tokens.length) throw new Error(`unexpected ${peek()} in ${expr}`);
  return v;
}

/** An expression's value rounded half-up to the penny, as the engine writes it ("999.90"). */
export const pence = (x: string | Money): string =>
  (typeof x === "string" ? evaluate(x) : x).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
