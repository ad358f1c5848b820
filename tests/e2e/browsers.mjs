// Where the system browsers are: CHROMIUM_PATH / FIREFOX_PATH, else Debian's locations.
import fs from 'node:fs';

const first = (...paths) => paths.find((p) => p && fs.existsSync(p)) ?? paths.find(Boolean);

/** The Chromium binary (the real one, not Debian's wrapper script). */
export const chromiumPath = () => first(process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium');
/** The Firefox binary. */
export const firefoxPath = () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');
