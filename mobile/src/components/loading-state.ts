import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';

/** Shown instead of a blank screen while data loads. */
@localized()
@customElement('eurt-loading')
export class LoadingState extends LitElement {
  @property() label = '';

  static styles = css`
    :host { display: flex; align-items: center; gap: 0.75rem; padding: 1.5rem 0; color: #4a5060; }
    .spinner { width: 1.4rem; height: 1.4rem; border: 3px solid #d5d2ea; border-top-color: #3d2c8d; border-radius: 50%; animation: spin 0.9s linear infinite; }
    @keyframes spin { to { transform: rotate(360deg); } }
    @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
  `;

  render() {
    return html`<span class="spinner" aria-hidden="true"></span><span role="status">${this.label || msg('Loading…', { id: 'loading' })}</span>`;
  }
}
