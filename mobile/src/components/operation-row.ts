import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { Operation } from '../api/client.js';
import { numberLocale } from '../lib/i18n.js';
import { formatCents } from '../lib/money.js';
import { isOutgoing, operationTitle, statusWord } from '../lib/words.js';

/** One line of the history: what, when, how much, its state; a link to its detail. */
@localized()
@customElement('eurt-operation-row')
export class OperationRow extends LitElement {
  @property({ attribute: false }) operation!: Operation;

  static styles = css`
    a { display: grid; grid-template-columns: 1fr auto; gap: 0.2rem 0.75rem; padding: 0.75rem; border-radius: 12px; background: #fff; color: #14171f; text-decoration: none; box-shadow: 0 1px 2px rgba(20, 23, 31, 0.12); }
    .title { font-weight: 600; overflow-wrap: anywhere; }
    .amount { font-weight: 700; text-align: right; }
    .amount.in { color: #146c2e; }
    .meta { color: #4a5060; font-size: 0.85rem; }
    :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  `;

  render() {
    const operation = this.operation;
    const cents = BigInt(operation.amount);
    const amount = formatCents(isOutgoing(operation) ? -cents : cents, numberLocale(), { signed: true });
    const when = new Intl.DateTimeFormat(numberLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(operation.createdAt));
    return html`<a href="#/operations/${encodeURIComponent(operation.id)}">
      <span class="title">${operationTitle(operation)}</span>
      <span class="amount ${isOutgoing(operation) ? 'out' : 'in'}">${amount}</span>
      <span class="meta">${when}</span>
      <span class="meta">${statusWord(operation.status)}</span>
    </a>`;
  }
}
