/** A rule table failed validation. The message names the file, each path and the reason. */
export class RulesFileError extends Error {
  override readonly name = "RulesFileError";
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`[better-off] ${file} is not a valid rule table:\n${problems.map((p) => `  ${file}: ${p}`).join("\n")}`);
  }
}

/** No rule table covers the date or tax year asked for. We never fall back to "the latest rules". */
export class RulesNotFoundError extends Error {
  override readonly name = "RulesNotFoundError";
  constructor(
    readonly jurisdiction: string,
    readonly asked: string,
    readonly available: readonly string[],
    readonly section?: string,
  ) {
    super(
      `[better-off] no ${jurisdiction} rule table covers ${asked}${section ? ` for ${section}` : ""}; tables available: ${
        available.length ? available.join(", ") : "none"
      }`,
    );
  }
}
