/**
 * Defanged indicators — "hxxp://evil[.]com", "user[@]evil(.)com", "1.2.3[.]4" — are written so
 * they cannot be clicked; Threatlight keeps the text as written and refangs the value.
 */

/** A dot as written in an indicator, plain or defanged: ".", "[.]", "(.)", "{.}", "[dot]", "(dot)". */
export const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})`;

/** An "@" as written in an email, plain or defanged: "@", "[@]", "(@)", "[at]", "(at)". */
export const AT = String.raw`(?:@|\[@\]|\(@\)|\{@\}|\s?\[at\]\s?|\s?\(at\)\s?|\s?\{at\}\s?)`;

/** Whether `s` contains any defanging. */
export function isDefanged(s: string): boolean {
  return /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}|\[:\]|\[:\/\/\]|\[\/\]|^hxxps?|^fxp/i.test(s);
}

/** `s` with every defanging undone ("hxxps://evil[.]com" → "https://evil.com"). */
export function refang(s: string): string {
  // Most indicators are not defanged: skip the replacements when nothing could be.
  if (!/[[({]|^(?:hxxp|fxp)/i.test(s)) return s;
  return s
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}/gi, '.')
    .replace(/\s?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})\s?/gi, '@')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]|\(:\)/g, ':')
    .replace(/\[\/\]/g, '/')
    .replace(/^hxxp(s?)(?=:)/i, 'http$1')
    .replace(/^fxp(?=:)/i, 'ftp');
}
