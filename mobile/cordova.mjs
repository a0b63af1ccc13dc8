#!/usr/bin/env node
// `npm run mobile:cordova [platform]`: builds the app for Cordova (with cordova.js and the API URL of
// config.xml, or MOBILE_API_URL) and then the Cordova platform: `browser` by default (CI);
// `android` / `ios` where their SDKs are installed. Offline: the platform comes from node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const platform = process.argv[2] ?? 'browser';
const cordova = join(root, '..', 'node_modules', '.bin', 'cordova');
const env = { ...process.env, CI: 'true', CORDOVA_TELEMETRY_OPT_OUT: 'true' };

function run(args) {
  const result = spawnSync(cordova, [...args, '--no-telemetry'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await buildApp({ apiUrl: process.env.MOBILE_API_URL ?? 'http://localhost:3000', cordova: true });
if (!existsSync(join(root, 'platforms', platform))) {
  const source = platform === 'browser' ? join(root, '..', 'node_modules', 'cordova-browser') : `cordova-${platform}`;
  run(['platform', 'add', source, '--nosave']);
}
run(['build', platform]);
console.log(`Cordova ${platform} build: ${join(root, 'platforms', platform)}`);
// mobile/www is also what the API serves at `/`: put the same-origin build back.
await buildApp();
