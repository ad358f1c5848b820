/** The Chromium binary the tests drive. */
export function chromiumPath(): string | undefined;
/** The Firefox binary the tests drive. */
export function firefoxPath(): string | undefined;
