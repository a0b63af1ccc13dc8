import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error plain ESM build script, no type declarations
import { buildApp } from '../../mobile/build.mjs';
import { type Phone, auditScreen, launchChromium, openPhone } from '../support/browser.js';
import { type RunningPlatform, TEST_ADMIN, eventually, startPlatform } from '../support/platform.js';

/**
 * Two customers, Alice and Bob, go through the nine journeys of the app in Chromium against the
 * real platform on its embedded engines, the way a person would: by role and accessible name.
 * Every screen is screenshot at 390x844 (test-output/screens/) and audited by axe-core.
 */
describe('the mobile app in Chromium: journeys 1-9 for two customers', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let alice: Phone;
  let bob: Phone;
  const violations: string[] = [];
  const people = {
    alice: { fullName: 'Alice Martín', email: `alice-${randomUUID().slice(0, 8)}@example.com`, phone: `+3461${String(Date.now()).slice(-7)}`, password: 'alice correct horse battery' },
    bob: { fullName: 'Bob García', email: `bob-${randomUUID().slice(0, 8)}@example.com`, phone: `+3462${String(Date.now()).slice(-7)}`, password: 'bob correct horse battery' },
  };

  const screen = async (page: Page, name: string, readme?: string) => violations.push(...(await auditScreen(page, name, readme)));
  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).waitFor();

  beforeAll(async () => {
    rmSync(join(process.cwd(), 'test-output', 'screens'), { recursive: true, force: true });
    await buildApp();
    // A low four-eyes threshold (EUR 50) so a withdrawal shows "awaiting approval"; a quick KYC reviewer.
    platform = await startPlatform({ WITHDRAWAL_APPROVAL_THRESHOLD: '5000', KYC_SANDBOX_DECISION_DELAY_MS: '300' });
    browser = await launchChromium();
    alice = await openPhone(browser, platform.baseUrl);
    bob = await openPhone(browser, platform.baseUrl, 'es-ES');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  async function signUp(phone: Phone, person: typeof people.alice, screenPrefix?: string) {
    const { page } = phone;
    await heading(page, /Sign in|Iniciar sesión/);
    if (screenPrefix) await screen(page, `${screenPrefix}-sign-in`, 'sign-in');
    await page.getByRole('link', { name: /Create an account|Crear una cuenta/ }).click();
    await heading(page, /Create your account|Crea tu cuenta/);
    await page.getByLabel(/Full name|Nombre completo/).fill(person.fullName);
    await page.getByLabel(/^(E-mail|Correo electrónico)/).fill(person.email);
    await page.getByLabel(/^(Phone|Teléfono)/).fill(person.phone);
    await page.getByLabel(/^(Password|Contraseña)/).fill('too short');
    await page.getByRole('button', { name: /Create account|Crear cuenta/ }).click();
    // The API's problem document, in words, next to the field.
    await page.getByText(/Use at least 12 characters|Usa al menos 12 caracteres/).waitFor();
    if (screenPrefix) await screen(page, `${screenPrefix}-sign-up-field-error`);
    await page.getByLabel(/^(Password|Contraseña)/).fill(person.password);
    // Sign-up answers the session: the app goes on without a second sign-in request.
    const signIns: string[] = [];
    const onRequest = (request: { url(): string }) => request.url().includes('/v1/auth/login') && signIns.push(request.url());
    page.on('request', onRequest);
    await page.getByRole('button', { name: /Create account|Crear cuenta/ }).click();
    await heading(page, /Verify your identity|Verifica tu identidad/);
    page.off('request', onRequest);
    expect(signIns).toEqual([]);
  }

  async function submitKyc(page: Page, documentNumber: string, screenName?: string) {
    await page.getByLabel(/Document number|Número del documento/).fill(documentNumber);
    await page.getByLabel(/Date of birth|Fecha de nacimiento/).fill('1990-04-21');
    await page.getByLabel(/Nationality|Nacionalidad/).fill('ES');
    await page.getByLabel(/Street and number|Calle y número/).fill('Calle Mayor 1');
    await page.getByLabel(/Postal code|Código postal/).fill('28013');
    await page.getByLabel(/^(City|Ciudad)/).fill('Madrid');
    await page.getByLabel(/^(Country|País)/).fill('ES');
    if (screenName) await screen(page, screenName, 'kyc');
    await page.getByRole('button', { name: /Send for verification|Enviar para verificación/ }).click();
  }

  const availableOf = (page: Page) => page.getByTestId('available');

  it('journey 1: sign up with a field error from the API, then in; the session survives a reload', async () => {
    await signUp(alice, people.alice, '01');
    await alice.page.reload();
    await heading(alice.page, 'Verify your identity');
  });

  it('journey 2: KYC: the form, the waiting state, verified by itself; a rejected KYC shows its reason and can be tried again', async () => {
    await submitKyc(alice.page, `P${randomUUID().slice(0, 8).toUpperCase()}`, '02-kyc-form');
    await heading(alice.page, /We are checking your identity|You are verified/);
    await screen(alice.page, '02-kyc-pending');
    await heading(alice.page, 'You are verified');
    await screen(alice.page, '02-kyc-verified');

    await signUp(bob, people.bob);
    await submitKyc(bob.page, 'REJECT-123');
    await heading(bob.page, 'No hemos podido verificar tu identidad');
    await bob.page.getByText(/El documento no ha sido aceptado/).waitFor();
    await screen(bob.page, '02-kyc-rejected-es');
    await bob.page.getByRole('button', { name: 'Intentarlo de nuevo' }).click();
    await submitKyc(bob.page, `P${randomUUID().slice(0, 8).toUpperCase()}`);
    await heading(bob.page, 'Estás verificado');
  });

  it('journey 3: home: the balance in the locale, the actions; the session survives a reload', async () => {
    await alice.page.getByRole('button', { name: 'Go to my account' }).click();
    await heading(alice.page, 'My account');
    await eventually(async () => ((await availableOf(alice.page).textContent()) === '€0.00' ? true : undefined), 'the empty balance');
    await alice.page.reload();
    await heading(alice.page, 'My account');
    await screen(alice.page, '03-home-empty');
    await bob.page.getByRole('button', { name: 'Ir a mi cuenta' }).click();
    await heading(bob.page, 'Mi cuenta');
    expect(await availableOf(bob.page).textContent()).toMatch(/^0,00\s€$/);
  });

  it('journey 4: add money by bank transfer: details with copy buttons, the EPC QR code; the credit appears on the home screen by itself', async () => {
    const page = alice.page;
    await page.getByRole('link', { name: 'Add by bank transfer' }).click();
    await heading(page, 'Add money by bank transfer');
    await page.getByRole('img', { name: 'EPC QR code with these transfer details' }).locator('svg').waitFor();
    await page.getByRole('button', { name: 'Copy Reference' }).click();
    await page.getByRole('button', { name: 'Copied Reference' }).waitFor();
    const reference = ((await page.getByText(/^RF\d{2}/).textContent()) ?? '').trim();
    expect(reference).toMatch(/^RF\d{2}/);
    await screen(page, '04-add-bank', 'add-bank');
    await page.getByRole('link', { name: 'Back to my account' }).click();
    await heading(page, 'My account');
    // The customer's bank sends EUR 100.00 with the reference; nobody reloads the page.
    await platform.http.post('/v1/sandbox/bank/incoming-transfers').send({ amount: '10000', currency: 'EUR', reference, senderIban: 'DE89370400440532013000', senderName: 'Alice Martín' }).expect(202);
    await page.getByTestId('available').getByText('€100.00').waitFor({ timeout: 60_000 });
    await screen(page, '04-home-credited', 'home');
  });

  it('journey 5: add money by card: the hosted payment page, 3-D Secure for 4000000000003220, a decline for 4000000000000002, back to the app', async () => {
    const page = alice.page;
    await page.getByRole('link', { name: 'Add by card' }).click();
    await heading(page, 'Add money by card');
    await page.getByLabel('Amount in euros').fill('25,50');
    await screen(page, '05-card-amount');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await heading(page, 'Pay by card');
    await screen(page, '05-acquirer-card-form');
    await page.getByLabel('Card number').fill('4000 0000 0000 3220');
    await page.getByRole('button', { name: 'Pay €25.50' }).click();
    await heading(page, 'Confirm it is you');
    await screen(page, '05-acquirer-3ds', 'acquirer-3ds');
    await page.getByRole('button', { name: 'Confirm payment' }).click();
    await heading(page, 'Card top-up');
    await page.getByRole('status').getByText('Completed').waitFor({ timeout: 60_000 });
    await screen(page, '05-card-completed');

    await page.goto(`${platform.baseUrl}/#/add/card`);
    await page.getByLabel('Amount in euros').fill('10');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.getByLabel('Card number').fill('4000000000000002');
    await page.getByRole('button', { name: 'Pay €10.00' }).click();
    await heading(page, 'Payment declined');
    await screen(page, '05-acquirer-declined');
    await page.getByRole('link', { name: 'Back to the app' }).click();
    await page.getByRole('alert').getByText('Your card was declined. No money was taken.').waitFor({ timeout: 60_000 });
    await screen(page, '05-card-declined');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByTestId('available').getByText('€125.50').waitFor({ timeout: 60_000 });
  });

  it('journey 6: send money by e-mail with a confirmation step; live status; it arrives on the recipient’s screen without a reload', async () => {
    const page = alice.page;
    await page.getByRole('link', { name: 'Send', exact: true }).click();
    await heading(page, 'Send money');
    await page.getByLabel('Their e-mail').fill(people.bob.email);
    await page.getByLabel('Amount in euros').fill('12.5');
    await page.getByLabel('Note (optional)').fill('Lunch');
    await screen(page, '06-send-form');
    await page.getByRole('button', { name: 'Review' }).click();
    await heading(page, 'Confirm the payment');
    await screen(page, '06-send-confirm');
    await page.getByRole('button', { name: 'Send €12.50' }).click();
    await heading(page, `Sent to ${people.bob.email}`);
    await page.getByRole('status').getByText('Completed').waitFor({ timeout: 90_000 });
    await screen(page, '06-send-completed');
    // Bob has been looking at his home screen all along.
    await bob.page.getByTestId('available').getByText(/^12,50\s€$/).waitFor({ timeout: 60_000 });
    await bob.page.getByText(/Recibido de/).waitFor();
    await screen(bob.page, '06-recipient-home-es');
  });

  it('journey 6 (refused): a transfer the API refuses shows the reason in words and moves nothing', async () => {
    const page = bob.page;
    await page.getByRole('link', { name: 'Enviar', exact: true }).click();
    await page.getByLabel('Su correo electrónico').fill(people.bob.email);
    await page.getByLabel('Importe en euros').fill('1');
    await page.getByRole('button', { name: 'Revisar' }).click();
    await page.getByRole('button', { name: /Enviar 1,00/ }).click();
    await page.getByRole('alert').getByText('No puedes enviarte dinero a ti mismo.').waitFor();
    await screen(page, '06-send-refused-es');
  });

  it('journey 7: history: newest first, more pages as one scrolls; an operation’s detail with its timeline', async () => {
    const { body: me } = await platform.http.post('/v1/auth/login').send({ email: people.bob.email, password: people.bob.password }).expect(200);
    const { body: profile } = await platform.http.get('/v1/me').set('authorization', `Bearer ${me.accessToken}`).expect(200);
    // 21 small credits: more than one page of history (20).
    for (let index = 0; index < 21; index++) {
      await platform.http.post('/v1/sandbox/bank/incoming-transfers').send({ amount: String(100 + index), currency: 'EUR', reference: profile.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Bob García' }).expect(202);
    }
    const page = bob.page;
    await page.getByRole('link', { name: 'Historial' }).click();
    await heading(page, 'Historial');
    const rows = page.getByRole('list', { name: 'Operaciones' }).getByRole('listitem');
    await eventually(async () => ((await rows.count()) >= 20 ? true : undefined), 'the first page of history');
    // The next page is offered by a button, unless the end of the list was already in view and loaded it.
    const more = page.getByRole('button', { name: 'Ver más' });
    await eventually(async () => ((await rows.count()) >= 22 || (await more.isVisible()) ? true : undefined), 'the next page offered');
    // Scrolling to the end loads the next page (the button is there for those who do not scroll).
    await page.mouse.wheel(0, 20_000);
    await eventually(async () => ((await rows.count()) >= 22 ? true : undefined), 'the second page, loaded on scrolling');
    await screen(page, '07-history-es');

    await alice.page.getByRole('link', { name: 'History' }).click();
    await heading(alice.page, 'History');
    await alice.page.getByRole('link', { name: new RegExp(`Sent to ${people.alice.email === '' ? '' : people.bob.email}`) }).click();
    await heading(alice.page, `Sent to ${people.bob.email}`);
    await alice.page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await screen(alice.page, '07-operation-detail');
  });

  it('journey 8: withdraw: link an IBAN (validated), pick it, amount, confirm; awaiting approval above the threshold, then paid out and completed', async () => {
    const page = alice.page;
    await page.goto(`${platform.baseUrl}/#/withdraw`);
    await heading(page, 'Withdraw to your bank');
    await page.getByLabel('IBAN').fill('DE00 1234 5678 9012 3456 78');
    await page.getByLabel('Account holder').fill('Alice Martín');
    await page.getByRole('button', { name: 'Link this account' }).click();
    await page.getByText('This IBAN is not valid. Check it and try again.').waitFor();
    await screen(page, '08-withdraw-invalid-iban');
    await page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
    await page.getByRole('button', { name: 'Link this account' }).click();
    await page.getByRole('radio', { name: /DE89/ }).waitFor();
    await page.getByLabel('Amount in euros').fill('60');
    await screen(page, '08-withdraw-form');
    await page.getByRole('button', { name: 'Review' }).click();
    await heading(page, 'Confirm the withdrawal');
    await page.getByRole('button', { name: 'Withdraw €60.00' }).click();
    await heading(page, 'Withdrawal to your bank');
    await page.getByRole('status').getByText('Awaiting approval').waitFor();
    await screen(page, '08-withdraw-awaiting-approval');
    const withdrawalId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() as string);
    const { body: admin } = await platform.http.post('/v1/auth/login').send(TEST_ADMIN).expect(200);
    await platform.http.post(`/v1/admin/withdrawals/${withdrawalId}/approve`).set('authorization', `Bearer ${admin.accessToken}`).expect(200);
    await page.getByRole('status').getByText('Completed').waitFor({ timeout: 120_000 });
    await screen(page, '08-withdraw-completed');
  });

  it('journey 9: profile: personal data, bank accounts (remove one), language, sign out clears the session', async () => {
    const page = alice.page;
    await page.getByRole('link', { name: 'Profile' }).click();
    await heading(page, 'Profile');
    await page.getByText(people.alice.email).waitFor();
    await screen(page, '09-profile');
    await page.getByRole('button', { name: /^Remove DE89/ }).click();
    await page.getByText('No bank account linked yet.').waitFor();
    await page.getByLabel('App language').selectOption('es');
    await heading(page, 'Perfil');
    await screen(page, '09-profile-es');
    const refreshToken = await page.evaluate(() => window.localStorage.getItem('eurt.refreshToken'));
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await heading(page, 'Iniciar sesión');
    expect(await page.evaluate(() => window.localStorage.getItem('eurt.refreshToken'))).toBeNull();
    // Signing out ended the session on the platform: the refresh token the app held is refused.
    expect((await platform.http.post('/v1/auth/refresh').send({ refreshToken }).expect(401)).body.code).toBe('AUTH.INVALID_REFRESH_TOKEN');
    await page.reload();
    await heading(page, 'Iniciar sesión');
  });

  it('behavior: an offline banner when the API cannot be reached, gone when it is back', async () => {
    await bob.context.setOffline(true);
    await bob.page.getByRole('link', { name: 'Inicio' }).click();
    await bob.page.getByRole('alert').getByText(/Sin conexión/).waitFor();
    await screen(bob.page, '10-offline-es');
    await bob.context.setOffline(false);
    await bob.page.getByRole('alert').getByText(/Sin conexión/).waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('behavior: no serious or critical axe-core violation on any screen, and no CSP violation (no inline script or handler)', () => {
    expect(violations).toEqual([]);
    expect([...alice.cspViolations, ...bob.cspViolations]).toEqual([]);
  });
});
