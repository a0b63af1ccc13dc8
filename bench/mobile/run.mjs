#!/usr/bin/env node
// The mobile app's weight and speed: the gzipped JavaScript the app ships, and the time from
// navigation to the first interactive screen (the sign-in form ready for input) in Debian's
// Chromium at 390x844, over loopback from a plain static server (the API is not needed for it).
//
//   npm run bench:mobile [-- --runs 7]
//
// Goals (issue 10): under 150 kB of gzipped JavaScript, under 1 s to the first interactive screen.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildApp } from '../../mobile/build.mjs';

const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 7;
const www = join(import.meta.dirname, '..', '..', 'mobile', 'www');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

await buildApp();
const js = readFileSync(join(www, 'app.js'));
const css = readFileSync(join(www, 'app.css'));
const html = readFileSync(join(www, 'index.html'));
const kB = (bytes) => (bytes / 1000).toFixed(1);
console.log(`JavaScript: ${kB(js.length)} kB minified, ${kB(gzipSync(js, { level: 9 }).length)} kB gzipped (goal < 150 kB)`);
console.log(`everything on first load (html + css + js): ${kB(gzipSync(html).length + gzipSync(css).length + gzipSync(js, { level: 9 }).length)} kB gzipped`);

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  try {
    const body = readFileSync(join(www, path === '/' ? 'index.html' : path.slice(1)));
    response.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream', 'content-encoding': 'gzip' }).end(gzipSync(body));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // Interactive: the sign-in form is rendered and its submit button can be clicked.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // The app marks `eurt:first-screen` once its first screen rendered (User Timing).
    times.push(await page.evaluate(() => performance.getEntriesByName('eurt:first-screen')[0]?.startTime ?? performance.now()));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first interactive screen: median ${median.toFixed(0)} ms, best ${times[0].toFixed(0)} ms, worst ${times.at(-1).toFixed(0)} ms over ${RUNS} cold loads (goal < 1000 ms)`);
