// Fails clearly, with the fix, when a browser the end-to-end tests need is missing.
import fs from 'node:fs';
import { chromiumPath, firefoxPath } from '../tests/e2e/browsers.mjs';

let ok = true;
for (const [name, p, pkg] of [['Chromium', chromiumPath(), 'chromium'], ['Firefox', firefoxPath(), 'firefox-esr']]) {
  if (!p || !fs.existsSync(p)) {
    ok = false;
    console.error(`✖ ${name} not found${p ? ` at ${p}` : ''}. Install it with: sudo apt-get install -y ${pkg}  (or set ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'})`);
  }
}
if (!ok) process.exit(1);
