#!/usr/bin/env node
// Fails `npm test` at once, naming what is missing, instead of skipping the tiers that need it.
import { existsSync } from 'node:fs';

const problems = [];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  problems.push(`Node.js 20.19 or newer is required (this is ${process.versions.node}).`);
}
if (!existsSync('node_modules/.package-lock.json')) {
  problems.push('Dependencies are not installed: run "npm ci".');
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  problems.push(
    `Chromium is missing at ${chromium} (browser tests): install Debian's package with ` +
      '"sudo apt-get install -y chromium", or set CHROMIUM_PATH.',
  );
}
if (problems.length > 0) {
  console.error(`Cannot run the tests:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
