/** The engine's threshold flags for one scenario, each labelled in words (never by colour alone). */
import { flagText, type FlagOf } from "../../../engine/index.js";

const KIND: Record<FlagOf["kind"], string> = {
  loss: "Loss",
  gain: "Gain",
  change: "Change",
  info: "Note",
  warning: "Warning",
};

export function WhatChanges({ flags }: { readonly flags: readonly FlagOf[] }) {
  if (!flags.length) return <span class="hint">Nothing</span>;
  return (
    <ul class="flags">
      {flags.map((f) => (
        <li key={f.code} class={`flag flag--${f.kind}`}>
          <strong class="flag__kind">{KIND[f.kind]}:</strong> {flagText(f)}
        </li>
      ))}
    </ul>
  );
}
