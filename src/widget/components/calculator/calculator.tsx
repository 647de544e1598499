/**
 * The whole calculator: settings, questions and results. Holds no logic of
 * its own beyond wiring: state lives in use-calculator.ts, calculation in
 * the engine.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { WidgetConfig } from "../../attributes.js";
import type { Emit } from "../../events.js";
import { shownInQuickMode } from "../../model/fields.js";
import { ctPresets } from "../../model/presets.js";
import { AVAILABLE_TAX_YEARS, agesOn } from "../../model/rules-choice.js";
import { ErrorSummary } from "../error-summary/error-summary.js";
import { Interview } from "../interview/interview.js";
import { SettingsBar } from "../settings-bar/settings-bar.js";
import { useRecordsOutbox } from "../team-results/outbox-start.js";
import { useCalculator } from "./use-calculator.js";
import { useWidth } from "./use-width.js";

export interface CalculatorProps {
  readonly config: WidgetConfig;
  readonly emit: Emit;
  readonly store: Storage | null;
}

export function Calculator({ config, emit, store }: CalculatorProps) {
  const c = useCalculator(config, emit, store);
  useRecordsOutbox(config);
  const { state } = c;
  const rootRef = useRef<HTMLDivElement>(null);
  const [jumpTo, setJumpTo] = useState<string | null>(null);
  useEffect(() => {
    if (!jumpTo) return;
    const el = rootRef.current?.querySelector<HTMLElement>(`[id="${jumpTo}"]`);
    el?.focus();
    el?.scrollIntoView?.({ block: "center" });
    setJumpTo(null);
  }, [jumpTo]);
  const defaultWage = c.calc?.defaultWageText(config, state.answers, c.rules);
  const width = useWidth(rootRef);
  return (
    <div class="calculator" ref={rootRef}>
      <h2 class="title">Better off in work?</h2>
      <p class="lead">Compare income on benefits with income in a job, at different hours.</p>
      <SettingsBar
        mode={state.mode}
        period={state.period}
        taxYear={c.choice.shownYear}
        taxYears={AVAILABLE_TAX_YEARS}
        onMode={(mode) => c.patch({ mode })}
        onPeriod={(period) => c.patch({ period })}
        onTaxYear={(taxYear) => c.patch({ taxYear })}
      />
      {c.choice.notice ? <p class="inset">{c.choice.notice}</p> : null}
      {c.loadError ? (
        <p class="warning-callout" role="alert">
          Sorry, {c.loadError}
        </p>
      ) : null}
      <Interview
        answers={state.answers}
        errors={c.errors}
        mode={state.mode}
        config={config}
        update={c.update}
        agesOn={agesOn(c.choice, c.rules ?? null)}
        defaultWage={defaultWage}
        presets={ctPresets(c.rules)}
        onSubmit={c.submit}
        onFull={() => {
          // The note (and its button) goes with quick mode: focus moves to the choice it made.
          c.patch({ mode: "full" });
          setJumpTo("mode-2");
        }}
        onClear={() => {
          c.clear();
          setJumpTo(config.region ? "adults-0-age" : "region");
        }}
        summary={
          <ErrorSummary
            errors={c.errors}
            focusKey={c.focus.to === "summary" ? c.focus.n : 0}
            onJump={(id) => {
              if (state.mode === "quick" && !shownInQuickMode(id)) c.patch({ mode: "full" });
              setJumpTo(id);
            }}
          />
        }
      />
      {c.shown && c.calc ? (
        <c.calc.Results
          outcome={c.shown}
          period={state.period}
          stale={c.stale}
          focusKey={c.focus.to === "results" ? c.focus.n : 0}
          onCheck={c.submit}
          config={config}
          width={width}
        />
      ) : null}
    </div>
  );
}
