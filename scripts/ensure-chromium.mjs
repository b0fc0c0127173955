// Makes sure `playwright test` has a browser: finds one, or installs Debian's chromium (as root)
// or else Playwright's own build. Playwright cannot download its browser on a closed network,
// so apt comes first where it exists.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, DEBIAN_CHROMIUM } from './chromium-path.mjs';

const found = findChromium();
const playwrightOwn = (() => {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
})();

if (found || playwrightOwn) {
  console.log(`ensure-chromium: using ${found ?? playwrightOwn}`);
  process.exit(0);
}

const run = (command) => execSync(command, { stdio: 'inherit' });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
try {
  if (existsSync('/usr/bin/apt-get')) {
    console.log('ensure-chromium: no Chromium found; installing Debian chromium with apt-get');
    run(
      `${isRoot ? '' : 'sudo '}apt-get update -qq && ${isRoot ? '' : 'sudo '}apt-get install -y -qq chromium`,
    );
    if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
  }
  console.log("ensure-chromium: installing Playwright's Chromium");
  run('npx playwright install chromium');
} catch (error) {
  console.error(`ensure-chromium: could not install a browser (${error.message}).`);
  console.error('Install Chromium yourself or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
