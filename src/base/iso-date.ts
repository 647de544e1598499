/** The zod check for a date written YYYY-MM-DD, shared by the household and rule-table schemas. */
import * as z from "zod/mini";
import { isIsoDate } from "./dates.js";

export const isoDate = (formatMessage: string) =>
  z.string().check(
    z.refine<string>((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), formatMessage),
    z.refine<string>((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isIsoDate(s), "is not a real calendar date"),
  );
