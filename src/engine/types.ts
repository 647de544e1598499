export type Region = "england" | "wales" | "scotland";
