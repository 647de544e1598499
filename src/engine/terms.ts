/**
 * The engine's closed vocabularies, each written once: the household schema,
 * the interview, the anonymised records and the dashboard all read them from
 * here. No zod and no decimal.js, so the interview can import them before the
 * calculation code has loaded.
 */

/** Where the household lives: income tax rates, council tax schemes and devolved benefits follow. */
export const REGIONS = ["england", "wales", "scotland"] as const;
export type Region = (typeof REGIONS)[number];

/**
 * How the home is held: what UC's housing costs element (and council tax help) can meet.
 * "supported": specified accommodation (UC Regs 2013 Sch 1 para 3A: exempt
 * accommodation, managed supported housing, refuges, council hostels);
 * "temporary": temporary accommodation arranged by a council (para 3B). In both,
 * UC has no housing costs element and Housing Benefit meets the rent.
 */
export const TENURES = ["social", "private", "owner", "none", "supported", "temporary"] as const;
export type Tenure = (typeof TENURES)[number];

/** Tenures that pay rent, which UC's housing costs element meets. */
export const isRenting = (t: Tenure): boolean => t === "social" || t === "private";

/** Tenures whose rent Housing Benefit meets beside UC (specified or temporary accommodation). */
export const rentMetByHousingBenefit = (t: Tenure): boolean => t === "supported" || t === "temporary";
