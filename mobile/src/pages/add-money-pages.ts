import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { localized, msg } from '@lit/localize';
import QRCode from 'qrcode';
import { type Operation, type Schemas, api, asProblem, idempotencyKey } from '../api/client.js';
import { apiBaseUrl } from '../lib/config.js';
import { epcPayload } from '../lib/epc-qr.js';
import { numberLocale } from '../lib/i18n.js';
import { LiveState } from '../lib/live-state.js';
import { formatCents, parseEuros } from '../lib/money.js';
import { router } from '../lib/router.js';
import { pageStyles } from '../lib/styles.js';
import { TERMINAL, problemWords, statusWord } from '../lib/words.js';
import '../components/copy-field.js';
import '../components/loading-state.js';

/** Bank transfer: the details to type, each with a copy button, and the EPC QR code a banking app scans. */
@localized()
@customElement('eurt-add-bank')
export class AddBankPage extends LitElement {
  static styles = [pageStyles, css`.qr { display: grid; justify-items: center; gap: 0.5rem; margin: 1rem 0; } .qr svg { width: 14rem; height: 14rem; background: #fff; }`];
  @state() private instructions: Schemas['DepositInstructionsResponse'] | undefined;
  @state() private qr = '';
  @state() private credited: string | undefined;
  private readonly live = new LiveState(this, {
    load: () => this.load(),
    onUpdate: (update) => {
      if (update.event === 'tokenizer.deposit-completed') this.credited = update.operationId;
    },
  });

  private async load() {
    const { data } = await api.GET('/v1/me/deposit-instructions');
    if (!data) return;
    this.instructions = data;
    this.qr = await QRCode.toString(epcPayload({ beneficiary: data.beneficiary, iban: data.iban, bic: data.bic, reference: data.reference }), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
  }

  render() {
    const details = this.instructions;
    if (!details) return html`<h1>${msg('Add money by bank transfer', { id: 'bank.title' })}</h1><eurt-loading></eurt-loading>`;
    return html`<h1>${msg('Add money by bank transfer', { id: 'bank.title' })}</h1>
      <p class="muted">${msg('Send a SEPA transfer from your bank with these details. Always quote the reference: it tells us the money is yours.', { id: 'bank.intro' })}</p>
      ${this.credited ? html`<p role="status"><strong>${msg('Your transfer arrived and is in your account.', { id: 'bank.credited' })}</strong></p>` : nothing}
      <div class="card">
        <eurt-copy-field .label=${msg('Beneficiary', { id: 'bank.beneficiary' })} .value=${details.beneficiary}></eurt-copy-field>
        <eurt-copy-field .label=${'IBAN'} .value=${details.iban}></eurt-copy-field>
        <eurt-copy-field .label=${'BIC'} .value=${details.bic}></eurt-copy-field>
        <eurt-copy-field .label=${msg('Reference', { id: 'bank.reference' })} .value=${details.reference}></eurt-copy-field>
      </div>
      <figure class="qr">
        <div role="img" aria-label=${msg('EPC QR code with these transfer details', { id: 'bank.qr' })}>${unsafeSVG(this.qr)}</div>
        <figcaption class="muted">${msg('Scan it with your banking app to fill in the transfer.', { id: 'bank.qr.caption' })}</figcaption>
      </figure>
      <p class="muted">${msg('The money appears on your home screen by itself, usually within a business day.', { id: 'bank.when' })}</p>
      <a class="button secondary" href="#/home">${msg('Back to my account', { id: 'back.home' })}</a>`;
  }
}

/** Card: the amount, then the acquirer's hosted payment page, which sends the customer back to the top-up's screen. */
@localized()
@customElement('eurt-add-card')
export class AddCardPage extends LitElement {
  static styles = pageStyles;
  @state() private error = '';
  @state() private busy = false;

  render() {
    return html`<h1>${msg('Add money by card', { id: 'card.title' })}</h1>
      <form @submit=${this.submit} novalidate>
        <label
          >${msg('Amount in euros', { id: 'field.amount' })}
          <input name="amount" inputmode="decimal" autocomplete="off" required aria-invalid=${this.error ? 'true' : 'false'} aria-describedby="amount-error" />
          <span id="amount-error" class="field-error">${this.error}</span>
        </label>
        <p class="muted">${msg('You will pay on the card processor’s secure page, then come back here.', { id: 'card.intro' })}</p>
        <button type="submit" ?disabled=${this.busy}>${msg('Continue to payment', { id: 'card.continue' })}</button>
      </form>`;
  }

  private async submit(event: Event) {
    event.preventDefault();
    const cents = parseEuros(String(new FormData(event.target as HTMLFormElement).get('amount') ?? ''));
    if (!cents || cents <= 0n) {
      this.error = msg('Enter an amount in euros, like 25 or 25.50.', { id: 'field.amount.error' });
      return;
    }
    this.busy = true;
    const { data, error, response } = await api.POST('/v1/me/topups', { body: { amount: cents.toString() }, params: { header: { 'Idempotency-Key': idempotencyKey() } } });
    if (!data) {
      this.busy = false;
      this.error = problemWords(asProblem(error, response.status));
      return;
    }
    const returnUrl = router.urlOf('topup', { id: data.id });
    window.location.assign(`${apiBaseUrl()}/v1/sandbox/acquirer/checkout/${encodeURIComponent(data.paymentId)}?returnUrl=${encodeURIComponent(returnUrl)}`);
  }
}

/** Back from the payment page: follows the top-up to completed or declined. */
@localized()
@customElement('eurt-topup-status')
export class TopUpStatusPage extends LitElement {
  static styles = pageStyles;
  @property() topUpId = '';
  @state() private topUp: Operation | undefined;
  private readonly live = new LiveState(this, { load: () => this.load(), pollWhile: () => !TERMINAL.has(this.topUp?.status ?? '') });

  private async load() {
    const { data } = await api.GET('/v1/operations/{id}', { params: { path: { id: this.topUpId } } });
    if (data) this.topUp = data;
  }

  render() {
    const topUp = this.topUp;
    if (!topUp) return html`<h1>${msg('Card top-up', { id: 'op.topup' })}</h1><eurt-loading></eurt-loading>`;
    const amount = formatCents(topUp.amount, numberLocale());
    const done = topUp.status === 'completed';
    return html`<h1>${msg('Card top-up', { id: 'op.topup' })}</h1>
      <div class="card">
        <p><strong>${amount}</strong></p>
        <p role="status">${statusWord(topUp.status)}</p>
        ${done ? html`<p>${msg('The money is in your account.', { id: 'card.done' })}</p>` : nothing}
        ${topUp.status === 'declined' ? html`<p class="error" role="alert">${msg('Your card was declined. No money was taken.', { id: 'card.declined' })}</p>` : nothing}
        ${TERMINAL.has(topUp.status) ? nothing : html`<eurt-loading .label=${msg('Waiting for the card payment…', { id: 'card.wait' })}></eurt-loading>`}
      </div>
      <p><a class="button secondary" href="#/home">${msg('Back to my account', { id: 'back.home' })}</a></p>`;
  }
}
