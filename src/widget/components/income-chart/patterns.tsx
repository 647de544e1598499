/**
 * Fills for the chart's series: colour and pattern together, so the series
 * can be told apart without colour (WCAG 1.4.1). Colours: --better-off-chart-*.
 */
export function Patterns() {
  return (
    <defs>
      <pattern id="bo-pattern-solid" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect class="fill-take-home" width="8" height="8" />
      </pattern>
      <pattern id="bo-pattern-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="fill-uc" width="8" height="8" />
        <rect class="fill-mark" width="2.5" height="8" />
      </pattern>
      <pattern id="bo-pattern-dots" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect class="fill-esa" width="8" height="8" />
        <circle class="fill-mark" cx="4" cy="4" r="1.6" />
      </pattern>
      <pattern id="bo-pattern-rings" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect class="fill-esa" width="8" height="8" />
        <circle class="stroke-light" cx="4" cy="4" r="2" fill="none" />
      </pattern>
      <pattern id="bo-pattern-grid" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect class="fill-other" width="8" height="8" />
        <path class="stroke-mark" d="M0 4H8M4 0V8" />
      </pattern>
    </defs>
  );
}

export function Swatch({ pattern }: { readonly pattern: string }) {
  return (
    <svg class="legend__swatch" viewBox="0 0 24 16" aria-hidden="true">
      <rect class="chart__area" width="24" height="16" fill={`url(#bo-pattern-${pattern})`} />
    </svg>
  );
}
