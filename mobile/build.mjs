#!/usr/bin/env node
// Builds the app (esbuild) into mobile/www/: served by the API at `/` and Cordova's www/.
// MOBILE_API_URL (e.g. https://api.example.com) points a packaged app at its API; unset: the same origin.
// --cordova adds cordova.js (the Cordova build only).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const out = join(root, 'www');

export async function buildApp({ apiUrl = process.env.MOBILE_API_URL ?? '', cordova = false, minify = true } = {}) {
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    target: ['es2022', 'chrome100', 'safari15'],
    minify,
    sourcemap: true,
    legalComments: 'linked',
    outfile: join(out, 'app.js'),
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
    logLevel: 'warning',
  });
  const apiOrigin = apiUrl ? new URL(apiUrl).origin : '';
  const html = readFileSync(join(root, 'src/index.html'), 'utf8')
    .replaceAll('%API_ORIGIN%', apiOrigin)
    .replaceAll(' %API_ORIGIN%', '')
    .replaceAll('%API_BASE_URL%', apiUrl)
    .replace('%CORDOVA_SCRIPT%', cordova ? '<script src="cordova.js"></script>' : '');
  writeFileSync(join(out, 'index.html'), html.replace(/ ;/g, ';'));
  copyFileSync(join(root, 'src/app.css'), join(out, 'app.css'));
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildApp({ cordova: process.argv.includes('--cordova') });
  console.log(`built ${out}`);
}
