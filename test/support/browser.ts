import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const PHONE = { width: 390, height: 844 };
const SCREENS_DIR = join(process.cwd(), 'test-output', 'screens');
const README_DIR = join(process.cwd(), 'mobile', 'screenshots');
/** `npm run mobile:screenshots` sets it: the screens the README shows are written to mobile/screenshots/ too. */
const UPDATE_README_SCREENSHOTS = process.env.UPDATE_README_SCREENSHOTS === '1';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium (.ci/run installs it), headless, driven by playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations the page reported: a strict CSP must hold. */
  cspViolations: string[];
}

export async function openPhone(browser: Browser, baseUrl: string, locale = 'en-GB'): Promise<Phone> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale, hasTouch: true, isMobile: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.setDefaultTimeout(30_000);
  await page.goto(`${baseUrl}/`);
  return { context, page, cspViolations };
}

/**
 * Every screen: a 390x844 screenshot under test-output/screens/ and an axe-core audit; serious or
 * critical violations come back for the test to assert on. axe runs through the DevTools protocol,
 * so the app's CSP (no inline script) stays as strict as in production.
 */
export async function auditScreen(page: Page, name: string, readme?: string): Promise<string[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.waitForFunction(() => !document.querySelector('eurt-app')?.shadowRoot?.querySelector('eurt-loading') || true);
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
  if (readme && UPDATE_README_SCREENSHOTS) {
    mkdirSync(README_DIR, { recursive: true });
    await page.screenshot({ path: join(README_DIR, `${readme}.png`) });
  }
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
  return violations.map((violation) => `${name}: ${violation}`);
}
