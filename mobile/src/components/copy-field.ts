import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';

/** A value to type into a banking app, with a button that copies it. */
@localized()
@customElement('eurt-copy-field')
export class CopyField extends LitElement {
  @property() label = '';
  @property() value = '';
  @state() private copied = false;

  static styles = css`
    :host { display: flex; align-items: center; justify-content: space-between; gap: 0.75rem; padding: 0.6rem 0; border-bottom: 1px solid #e3e4ea; }
    .label { color: #4a5060; font-size: 0.9rem; }
    .value { font-weight: 600; overflow-wrap: anywhere; font-family: ui-monospace, monospace; }
    button { font: inherit; font-weight: 600; min-height: 2.75rem; min-width: 5.5rem; border-radius: 10px; border: 2px solid #3d2c8d; background: #fff; color: #3d2c8d; cursor: pointer; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  `;

  render() {
    return html`<div>
        <div class="label">${this.label}</div>
        <div class="value">${this.value}</div>
      </div>
      <button type="button" @click=${this.copy}>
        ${this.copied ? msg('Copied', { id: 'copy.done' }) : msg('Copy', { id: 'copy' })}<span class="visually-hidden"> ${this.label}</span>
      </button>`;
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.value);
    } catch {
      // Clipboard refused (permissions): the value stays selectable on screen.
    }
    this.copied = true;
    window.setTimeout(() => (this.copied = false), 2000);
  }
}
