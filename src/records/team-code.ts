/** A team code chosen by the trust: 1-40 lower-case letters, digits and hyphens, e.g. "north-ips". No zod: the widget checks a page's code before loading team results. */
export const TEAM_CODE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
