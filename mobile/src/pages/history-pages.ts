import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { type Operation, api } from '../api/client.js';
import { numberLocale } from '../lib/i18n.js';
import { LiveState } from '../lib/live-state.js';
import { formatCents } from '../lib/money.js';
import { pageStyles } from '../lib/styles.js';
import { TERMINAL, isOutgoing, operationTitle, reasonWords, shortAddress, statusWord } from '../lib/words.js';
import '../components/loading-state.js';
import '../components/operation-row.js';

const PAGE_SIZE = 20;

/** Every operation, newest first; the next page loads as the customer scrolls (or taps "Show more"). */
@localized()
@customElement('eurt-history')
export class HistoryPage extends LitElement {
  static styles = pageStyles;
  @state() private items: Operation[] | undefined;
  @state() private cursor: string | null = null;
  @state() private loading = false;
  @query('#more') private sentinel?: HTMLElement;
  private observer?: IntersectionObserver;
  private readonly live = new LiveState(this, { load: () => this.loadFirst() });

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected updated() {
    if (!this.sentinel) return;
    this.observer ??= new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void this.loadMore();
    });
    this.observer.disconnect();
    this.observer.observe(this.sentinel);
  }

  /** The first page again (something changed): later pages stay as they are. */
  private async loadFirst() {
    const { data } = await api.GET('/v1/me/operations', { params: { query: { limit: PAGE_SIZE } } });
    if (!data) return;
    if (!this.items) {
      this.items = data.items;
      this.cursor = data.nextCursor;
      return;
    }
    const fresh = new Map(data.items.map((item) => [item.id, item]));
    const rest = this.items.filter((item) => !fresh.has(item.id));
    this.items = [...data.items, ...rest.filter((item) => item.createdAt < (data.items.at(-1)?.createdAt ?? ''))];
  }

  private async loadMore() {
    if (this.loading || !this.cursor) return;
    this.loading = true;
    const { data } = await api.GET('/v1/me/operations', { params: { query: { limit: PAGE_SIZE, cursor: this.cursor } } });
    this.loading = false;
    if (!data) return;
    const known = new Set(this.items?.map((item) => item.id));
    this.items = [...(this.items ?? []), ...data.items.filter((item) => !known.has(item.id))];
    this.cursor = data.nextCursor;
  }

  render() {
    return html`<h1>${msg('History', { id: 'nav.history' })}</h1>
      ${this.items === undefined
        ? html`<eurt-loading></eurt-loading>`
        : this.items.length === 0
          ? html`<p class="muted">${msg('Nothing yet. Add money to get started.', { id: 'home.empty' })}</p>`
          : html`<ul class="plain" aria-label=${msg('Operations', { id: 'history.list' })}>
              ${this.items.map((operation) => html`<li><eurt-operation-row .operation=${operation}></eurt-operation-row></li>`)}
            </ul>`}
      ${this.cursor
        ? html`<div id="more">
            ${this.loading ? html`<eurt-loading></eurt-loading>` : html`<button type="button" class="secondary" @click=${this.loadMore}>${msg('Show more', { id: 'history.more' })}</button>`}
          </div>`
        : nothing}`;
  }
}

/** One operation: amount, state in words, the state timeline; follows it live until it is final. */
@localized()
@customElement('eurt-operation-detail')
export class OperationDetailPage extends LitElement {
  static styles = [pageStyles, css`ol.timeline { list-style: none; padding: 0 0 0 1rem; border-left: 3px solid #d5d2ea; display: grid; gap: 0.75rem; } .amount { font-size: 2rem; font-weight: 800; margin: 0; }`];
  @property() operationId = '';
  @state() private operation: Operation | undefined;
  @state() private missing = false;
  private readonly live = new LiveState(this, { load: () => this.load(), pollWhile: () => !this.missing && !TERMINAL.has(this.operation?.status ?? '') });

  private async load() {
    const { data, response } = await api.GET('/v1/operations/{id}', { params: { path: { id: this.operationId } } });
    if (response.status === 404) this.missing = true;
    if (!data) return;
    this.operation = data;
  }

  render() {
    const operation = this.operation;
    if (this.missing) return html`<h1>${msg('Operation not found', { id: 'op.missing' })}</h1>`;
    if (!operation) return html`<eurt-loading></eurt-loading>`;
    const locale = numberLocale();
    const cents = BigInt(operation.amount);
    const when = (at: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(at));
    const reason = reasonWords(operation);
    const counterparty = operation.counterparty?.address;
    return html`<h1>${operationTitle(operation)}</h1>
      <div class="card">
        <p class="amount">${formatCents(isOutgoing(operation) ? -cents : cents, locale, { signed: true })}</p>
        <p role="status" aria-live="polite"><strong>${statusWord(operation.status)}</strong></p>
        ${reason && ['failed', 'declined', 'released', 'payout_failed', 'rejected', 'suspense'].includes(operation.status) ? html`<p class="error">${reason}</p>` : nothing}
        ${operation.status === 'awaiting_approval'
          ? html`<p class="muted">${msg('Large withdrawals are checked by two people of our team before they leave. We will let you know.', { id: 'withdraw.awaiting' })}</p>`
          : nothing}
        <dl>
          <dt>${msg('Date', { id: 'op.date' })}</dt>
          <dd>${when(operation.createdAt)}</dd>
          ${operation.note ? html`<dt>${msg('Note', { id: 'send.confirm.note' })}</dt><dd>${operation.note}</dd>` : nothing}
          ${counterparty ? html`<dt>${msg('Wallet', { id: 'op.wallet' })}</dt><dd title=${counterparty}>${shortAddress(counterparty)}</dd>` : nothing}
          ${operation.endToEndId ? html`<dt>${msg('Bank reference', { id: 'op.end-to-end' })}</dt><dd>${operation.endToEndId}</dd>` : nothing}
        </dl>
      </div>
      <h2>${msg('Timeline', { id: 'op.timeline' })}</h2>
      <ol class="timeline">
        ${operation.history.map((change) => html`<li><strong>${statusWord(change.status)}</strong><br /><span class="muted">${when(change.at)}</span></li>`)}
      </ol>
      <p><a class="button secondary" href="#/home">${msg('Back to my account', { id: 'back.home' })}</a></p>`;
  }
}
