import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { type Balance, type Operation, api } from '../api/client.js';
import { numberLocale } from '../lib/i18n.js';
import { LiveState } from '../lib/live-state.js';
import { formatCents } from '../lib/money.js';
import { pageStyles } from '../lib/styles.js';
import '../components/loading-state.js';
import '../components/operation-row.js';

/** Balance (available, on hold, on the way in and out), the actions, the latest operations; live. */
@localized()
@customElement('eurt-home')
export class HomePage extends LitElement {
  static styles = [
    pageStyles,
    css`
      .balance { background: #3d2c8d; color: #fff; }
      .balance .available { font-size: 2.4rem; font-weight: 800; margin: 0.2rem 0 0.8rem; }
      .balance dl { grid-template-columns: 1fr auto; }
      .balance dt { color: #e4e0ff; }
    `,
  ];
  @state() private balance: Balance | undefined;
  @state() private latest: Operation[] | undefined;
  private readonly live = new LiveState(this, { load: () => this.load() });

  private async load() {
    const [balance, operations] = await Promise.all([api.GET('/v1/me/balance'), api.GET('/v1/me/operations', { params: { query: { limit: 5 } } })]);
    if (balance.data) this.balance = balance.data;
    if (operations.data) this.latest = operations.data.items;
  }

  render() {
    const locale = numberLocale();
    return html`<h1>${msg('My account', { id: 'home.title' })}</h1>
      ${this.balance
        ? html`<section class="card balance" aria-labelledby="balance-title">
            <h2 id="balance-title">${msg('Available', { id: 'home.available' })}</h2>
            <p class="available" data-testid="available">${formatCents(this.balance.available, locale)}</p>
            <dl>
              <dt>${msg('On hold', { id: 'home.held' })}</dt>
              <dd>${formatCents(this.balance.held, locale)}</dd>
              <dt>${msg('On the way in', { id: 'home.pending-in' })}</dt>
              <dd>${formatCents(this.balance.pendingIn, locale)}</dd>
              <dt>${msg('On the way out', { id: 'home.pending-out' })}</dt>
              <dd>${formatCents(this.balance.pendingOut, locale)}</dd>
            </dl>
          </section>`
        : html`<eurt-loading></eurt-loading>`}
      <div class="actions">
        <a class="button" href="#/add/bank">${msg('Add by bank transfer', { id: 'home.add-bank' })}</a>
        <a class="button" href="#/add/card">${msg('Add by card', { id: 'home.add-card' })}</a>
        <a class="button secondary" href="#/send">${msg('Send money', { id: 'home.send' })}</a>
        <a class="button secondary" href="#/withdraw">${msg('Withdraw', { id: 'home.withdraw' })}</a>
      </div>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">${msg('Latest operations', { id: 'home.latest' })}</h2>
        ${this.latest === undefined
          ? html`<eurt-loading></eurt-loading>`
          : this.latest.length === 0
            ? html`<p class="muted">${msg('Nothing yet. Add money to get started.', { id: 'home.empty' })}</p>`
            : html`<ul class="plain">
                ${this.latest.map((operation) => html`<li><eurt-operation-row .operation=${operation}></eurt-operation-row></li>`)}
              </ul>`}
        ${this.latest?.length ? html`<p><a href="#/history">${msg('See all operations', { id: 'home.see-all' })}</a></p>` : nothing}
      </section>`;
  }
}
