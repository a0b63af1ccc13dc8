import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { type BankAccount, type Problem, api, asProblem } from '../api/client.js';
import { pageStyles } from '../lib/styles.js';
import { problemWords } from '../lib/words.js';

/** Link an IBAN (the API validates it); tells its host with a `linked` event carrying the account. */
@localized()
@customElement('eurt-bank-account-form')
export class BankAccountForm extends LitElement {
  static styles = pageStyles;
  @state() private problem: Problem | undefined;
  @state() private busy = false;

  render() {
    return html`<form @submit=${this.submit} novalidate>
      <label>${msg('IBAN', { id: 'bank-account.iban' })}<input name="iban" required autocomplete="off" aria-describedby="iban-error" />
        <span id="iban-error" class="field-error">${this.problem ? problemWords(this.problem) : nothing}</span></label>
      <label>${msg('Account holder', { id: 'bank-account.holder' })}<input name="holderName" required autocomplete="name" /></label>
      <button type="submit" class="secondary" ?disabled=${this.busy}>${msg('Link this account', { id: 'bank-account.link' })}</button>
    </form>`;
  }

  private async submit(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    this.busy = true;
    const { data, error, response } = await api.POST('/v1/me/bank-accounts', { body: { iban: String(values.get('iban') ?? '').trim(), holderName: String(values.get('holderName') ?? '').trim() } });
    this.busy = false;
    this.problem = data ? undefined : asProblem(error, response.status);
    if (data) {
      form.reset();
      this.dispatchEvent(new CustomEvent<BankAccount>('linked', { detail: data }));
    }
  }
}
