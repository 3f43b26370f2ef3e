/** The bytes of CSV syntax (RFC 4180) the kernel looks for; the delimiter comes with the plan. */
export const QUOTE = 34;
export const NL = 10;
export const CR = 13;
