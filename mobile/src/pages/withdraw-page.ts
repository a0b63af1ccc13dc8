import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { type BankAccount, type Problem, api, asProblem, idempotencyKey } from '../api/client.js';
import { numberLocale } from '../lib/i18n.js';
import { formatCents, parseEuros } from '../lib/money.js';
import { router } from '../lib/router.js';
import { pageStyles } from '../lib/styles.js';
import { problemWords } from '../lib/words.js';
import '../components/loading-state.js';
import './bank-account-form.js';

interface Draft {
  account: BankAccount;
  cents: bigint;
  key: string;
}

/** Withdraw to a linked IBAN: pick it (or link one), amount, confirm; then the operation's live status. */
@localized()
@customElement('eurt-withdraw')
export class WithdrawPage extends LitElement {
  static styles = pageStyles;
  @state() private accounts: BankAccount[] | undefined;
  @state() private selected: string | undefined;
  @state() private draft: Draft | undefined;
  @state() private amountError = '';
  @state() private problem: Problem | undefined;
  @state() private busy = false;

  connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const { data } = await api.GET('/v1/me/bank-accounts');
    if (!data) return;
    this.accounts = data.items;
    this.selected ??= data.items[0]?.id;
  }

  render() {
    if (!this.accounts) return html`<h1>${msg('Withdraw to your bank', { id: 'withdraw.title' })}</h1><eurt-loading></eurt-loading>`;
    return this.draft ? this.confirmation(this.draft) : this.form(this.accounts);
  }

  private form(accounts: BankAccount[]) {
    return html`<h1>${msg('Withdraw to your bank', { id: 'withdraw.title' })}</h1>
      ${accounts.length
        ? html`<form @submit=${this.review} novalidate>
            <fieldset>
              <legend>${msg('To the account', { id: 'withdraw.account' })}</legend>
              ${accounts.map(
                (account) => html`<label class="choice"
                  ><input type="radio" name="account" value=${account.id} .checked=${this.selected === account.id} @change=${() => (this.selected = account.id)} />${account.maskedIban} ·
                  ${account.holderName}</label
                >`,
              )}
            </fieldset>
            <label
              >${msg('Amount in euros', { id: 'field.amount' })}
              <input name="amount" inputmode="decimal" required autocomplete="off" aria-describedby="amount-error" />
              <span id="amount-error" class="field-error">${this.amountError}</span>
            </label>
            <button type="submit">${msg('Review', { id: 'send.review' })}</button>
          </form>`
        : html`<p class="muted">${msg('Link the bank account that should receive the money.', { id: 'withdraw.no-account' })}</p>`}
      <h2>${msg('Link a bank account', { id: 'bank-account.title' })}</h2>
      <eurt-bank-account-form @linked=${this.linked}></eurt-bank-account-form>`;
  }

  private linked(event: CustomEvent<BankAccount>) {
    this.selected = event.detail.id;
    void this.load();
  }

  private confirmation(draft: Draft) {
    const amount = formatCents(draft.cents, numberLocale());
    return html`<h1>${msg('Confirm the withdrawal', { id: 'withdraw.confirm.title' })}</h1>
      <div class="card">
        <dl>
          <dt>${msg('To', { id: 'send.confirm.to' })}</dt>
          <dd>${draft.account.maskedIban} · ${draft.account.holderName}</dd>
          <dt>${msg('Amount', { id: 'send.confirm.amount' })}</dt>
          <dd>${amount}</dd>
        </dl>
      </div>
      ${this.problem ? html`<p class="error" role="alert">${problemWords(this.problem)}</p>` : nothing}
      <div class="stack">
        <button type="button" ?disabled=${this.busy} @click=${this.withdraw}>${msg(str`Withdraw ${amount}`, { id: 'withdraw.confirm.send' })}</button>
        <button type="button" class="secondary" @click=${() => ((this.draft = undefined), (this.problem = undefined))}>${msg('Change', { id: 'send.confirm.change' })}</button>
      </div>`;
  }

  private review(event: Event) {
    event.preventDefault();
    const cents = parseEuros(String(new FormData(event.target as HTMLFormElement).get('amount') ?? ''));
    const account = this.accounts?.find((candidate) => candidate.id === this.selected);
    this.amountError = !cents || cents <= 0n ? msg('Enter an amount in euros, like 25 or 25.50.', { id: 'field.amount.error' }) : '';
    if (!cents || cents <= 0n || !account) return;
    this.draft = { account, cents, key: idempotencyKey() };
  }

  private async withdraw() {
    const draft = this.draft as Draft;
    this.busy = true;
    const { data, error, response } = await api.POST('/v1/me/withdrawals', {
      body: { amount: draft.cents.toString(), bankAccountId: draft.account.id },
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
