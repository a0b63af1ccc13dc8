import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { type Problem, type Schemas, api, asProblem, idempotencyKey } from '../api/client.js';
import { numberLocale } from '../lib/i18n.js';
import { formatCents, parseEuros } from '../lib/money.js';
import { router } from '../lib/router.js';
import { pageStyles } from '../lib/styles.js';
import { problemWords } from '../lib/words.js';

type RecipientKind = 'email' | 'phone' | 'address';
interface Draft {
  kind: RecipientKind;
  recipient: string;
  cents: bigint;
  note: string;
  key: string;
}

/** Send money: recipient (e-mail, phone or wallet address), amount, optional note; a confirmation step; then the live status. */
@localized()
@customElement('eurt-send')
export class SendPage extends LitElement {
  static styles = pageStyles;
  @state() private kind: RecipientKind = 'email';
  @state() private draft: Draft | undefined;
  @state() private errors: Record<string, string> = {};
  @state() private problem: Problem | undefined;
  @state() private busy = false;

  render() {
    return this.draft ? this.confirmation(this.draft) : this.form();
  }

  private form() {
    const labels: Record<RecipientKind, string> = {
      email: msg('Their e-mail', { id: 'send.to.email' }),
      phone: msg('Their phone number', { id: 'send.to.phone' }),
      address: msg('Their wallet address', { id: 'send.to.address' }),
    };
    return html`<h1>${msg('Send money', { id: 'home.send' })}</h1>
      <form @submit=${this.review} novalidate>
        <fieldset>
          <legend>${msg('Send to', { id: 'send.to' })}</legend>
          ${(['email', 'phone', 'address'] as const).map(
            (kind) => html`<label class="choice"
              ><input type="radio" name="kind" value=${kind} .checked=${this.kind === kind} @change=${() => (this.kind = kind)} />${{
                email: msg('E-mail', { id: 'field.email.label' }),
                phone: msg('Phone', { id: 'field.phone.label' }),
                address: msg('Wallet address', { id: 'send.kind.address' }),
              }[kind]}</label
            >`,
          )}
        </fieldset>
        <label
          >${labels[this.kind]}
          <input name="recipient" type=${this.kind === 'email' ? 'email' : this.kind === 'phone' ? 'tel' : 'text'} required autocomplete="off" aria-describedby="recipient-error" />
          <span id="recipient-error" class="field-error">${this.errors.recipient ?? ''}</span>
        </label>
        <label
          >${msg('Amount in euros', { id: 'field.amount' })}
          <input name="amount" inputmode="decimal" required autocomplete="off" aria-describedby="amount-error" />
          <span id="amount-error" class="field-error">${this.errors.amount ?? ''}</span>
        </label>
        <label>${msg('Note (optional)', { id: 'send.note' })}<input name="note" maxlength="140" autocomplete="off" /></label>
        <button type="submit">${msg('Review', { id: 'send.review' })}</button>
      </form>`;
  }

  private confirmation(draft: Draft) {
    const amount = formatCents(draft.cents, numberLocale());
    return html`<h1>${msg('Confirm the payment', { id: 'send.confirm.title' })}</h1>
      <div class="card">
        <dl>
          <dt>${msg('To', { id: 'send.confirm.to' })}</dt>
          <dd>${draft.recipient}</dd>
          <dt>${msg('Amount', { id: 'send.confirm.amount' })}</dt>
          <dd>${amount}</dd>
          ${draft.note ? html`<dt>${msg('Note', { id: 'send.confirm.note' })}</dt><dd>${draft.note}</dd>` : nothing}
        </dl>
      </div>
      ${this.problem ? html`<p class="error" role="alert">${problemWords(this.problem)}</p>` : nothing}
      <div class="stack">
        <button type="button" ?disabled=${this.busy} @click=${this.send}>${msg(str`Send ${amount}`, { id: 'send.confirm.send' })}</button>
        <button type="button" class="secondary" @click=${() => ((this.draft = undefined), (this.problem = undefined))}>${msg('Change', { id: 'send.confirm.change' })}</button>
      </div>`;
  }

  private review(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const recipient = String(form.get('recipient') ?? '').trim();
    const cents = parseEuros(String(form.get('amount') ?? ''));
    const errors: Record<string, string> = {};
    if (!recipient) errors.recipient = msg('Tell us who gets the money.', { id: 'send.error.recipient' });
    if (!cents || cents <= 0n) errors.amount = msg('Enter an amount in euros, like 25 or 25.50.', { id: 'field.amount.error' });
    this.errors = errors;
    if (Object.keys(errors).length || !cents) return;
    this.draft = { kind: this.kind, recipient: this.kind === 'phone' ? recipient.replace(/[\s-]/g, '') : recipient, cents, note: String(form.get('note') ?? '').trim(), key: idempotencyKey() };
  }

  private async send() {
    const draft = this.draft as Draft;
    this.busy = true;
    const to = { [draft.kind]: draft.recipient } as Schemas['CreateTransferRequest']['to'];
    const { data, error, response } = await api.POST('/v1/me/transfers', {
      body: { to, amount: draft.cents.toString(), ...(draft.note ? { note: draft.note } : {}) },
      // The document names the header twice (the controller reads it, @Idempotent() documents it): one header is sent.
      params: { header: { 'idempotency-key': draft.key, 'Idempotency-Key': draft.key } },
    });
    this.busy = false;
    if (!data) {
      this.problem = asProblem(error, response.status);
      return;
    }
    router.go('operation', { id: data.id });
  }
}
