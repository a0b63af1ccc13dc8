import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { type BankAccount, type Me, api } from '../api/client.js';
import { type Locale, getLocale, useLocale } from '../lib/i18n.js';
import { session } from '../lib/session.js';
import { pageStyles } from '../lib/styles.js';
import { shortAddress } from '../lib/words.js';
import '../components/loading-state.js';
import './bank-account-form.js';

/** Personal data as the API shows it, linked bank accounts (remove one), language, sign out. */
@localized()
@customElement('eurt-profile')
export class ProfilePage extends LitElement {
  static styles = pageStyles;
  @state() private me: Me | undefined;
  @state() private accounts: BankAccount[] | undefined;

  connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const [me, accounts] = await Promise.all([api.GET('/v1/me'), api.GET('/v1/me/bank-accounts')]);
    if (me.data) this.me = me.data;
    if (accounts.data) this.accounts = accounts.data.items;
  }

  render() {
    const me = this.me;
    return html`<h1>${msg('Profile', { id: 'nav.profile' })}</h1>
      ${me
        ? html`<div class="card">
            <dl>
              <dt>${msg('Name', { id: 'profile.name' })}</dt>
              <dd>${me.fullName}</dd>
              <dt>${msg('E-mail', { id: 'field.email.label' })}</dt>
              <dd>${me.email}</dd>
              <dt>${msg('Phone', { id: 'field.phone.label' })}</dt>
              <dd>${me.phone}</dd>
              <dt>${msg('Identity', { id: 'profile.identity' })}</dt>
              <dd>${me.kycStatus === 'approved' ? msg('Verified', { id: 'profile.verified' }) : msg('Not verified yet', { id: 'profile.unverified' })}</dd>
              ${me.walletAddress ? html`<dt>${msg('Wallet', { id: 'op.wallet' })}</dt><dd title=${me.walletAddress}>${shortAddress(me.walletAddress)}</dd>` : nothing}
            </dl>
          </div>`
        : html`<eurt-loading></eurt-loading>`}
      <h2>${msg('Bank accounts', { id: 'profile.bank-accounts' })}</h2>
      ${this.accounts === undefined
        ? html`<eurt-loading></eurt-loading>`
        : this.accounts.length === 0
          ? html`<p class="muted">${msg('No bank account linked yet.', { id: 'profile.no-accounts' })}</p>`
          : html`<ul class="plain">
              ${this.accounts.map(
                (account) => html`<li class="card choice">
                  <span>${account.maskedIban} · ${account.holderName}</span>
                  <button type="button" class="link" aria-label=${msg(str`Remove ${account.maskedIban}`, { id: 'profile.remove.label' })} @click=${() => this.removeAccount(account)}>
                    ${msg('Remove', { id: 'profile.remove' })}
                  </button>
                </li>`,
              )}
            </ul>`}
      <eurt-bank-account-form @linked=${() => this.load()}></eurt-bank-account-form>
      <h2>${msg('Language', { id: 'profile.language' })}</h2>
      <label
        >${msg('App language', { id: 'profile.language.label' })}
        <select @change=${this.changeLanguage}>
          <option value="en" ?selected=${getLocale() === 'en'}>English</option>
          <option value="es" ?selected=${getLocale() === 'es'}>Español</option>
        </select></label
      >
      <h2>${msg('Session', { id: 'profile.session' })}</h2>
      <button type="button" class="secondary" @click=${() => session.signOut()}>${msg('Sign out', { id: 'profile.sign-out' })}</button>`;
  }

  private async removeAccount(account: BankAccount) {
    await api.DELETE('/v1/me/bank-accounts/{id}', { params: { path: { id: account.id } } });
    await this.load();
  }

  private async changeLanguage(event: Event) {
    await useLocale((event.target as HTMLSelectElement).value as Locale, true);
  }
}
