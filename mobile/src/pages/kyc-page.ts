import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { type Problem, type Schemas, api, asProblem } from '../api/client.js';
import { LiveState } from '../lib/live-state.js';
import { router } from '../lib/router.js';
import { pageStyles } from '../lib/styles.js';
import { fieldErrors, problemWords } from '../lib/words.js';
import '../components/loading-state.js';

type KycState = Schemas['KycStateResponse'];
type DocumentType = Schemas['SubmitKycRequest']['documentType'];

/** The identity form, then a waiting state that turns into verified (or the rejection and a new try) by itself. */
@localized()
@customElement('eurt-kyc')
export class KycPage extends LitElement {
  static styles = pageStyles;
  @state() private kyc: KycState | undefined;
  @state() private retrying = false;
  @state() private problem: Problem | undefined;
  @state() private busy = false;
  // The decision also arrives on the live stream; polling covers the moment the stream is not up yet.
  private readonly live = new LiveState(this, { load: () => this.load(), pollWhile: () => this.kyc?.kycStatus === 'pending', pollEveryMs: 2500 });

  private async load() {
    const { data } = await api.GET('/v1/me/kyc');
    if (!data) return;
    const wasApproved = this.kyc?.kycStatus === 'approved';
    this.kyc = data;
    if (data.kycStatus === 'approved' && !wasApproved) this.waitForWallet();
  }

  /** Approved: the wallet is created right after; the shell lets the customer in once it exists. */
  private async waitForWallet() {
    for (let attempt = 0; attempt < 60; attempt++) {
      const { data } = await api.GET('/v1/me');
      if (data?.walletAddress) {
        this.dispatchEvent(new Event('verified', { bubbles: true, composed: true }));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  render() {
    if (!this.kyc) return html`<eurt-loading></eurt-loading>`;
    const status = this.kyc.kycStatus;
    if (status === 'pending') {
      return html`<h1>${msg('We are checking your identity', { id: 'kyc.pending.title' })}</h1>
        <eurt-loading .label=${msg('Waiting for the decision…', { id: 'kyc.pending.wait' })}></eurt-loading>
        <p class="muted">${msg('This usually takes a few seconds. You can leave this screen; we will update it by ourselves.', { id: 'kyc.pending.note' })}</p>`;
    }
    if (status === 'approved') {
      return html`<h1>${msg('You are verified', { id: 'kyc.approved.title' })}</h1>
        <p role="status">${msg('Your identity is confirmed and your account is ready.', { id: 'kyc.approved.note' })}</p>
        <button type="button" @click=${() => router.go('home')}>${msg('Go to my account', { id: 'kyc.approved.continue' })}</button>`;
    }
    if (status === 'rejected' && !this.retrying) {
      return html`<h1>${msg('We could not verify your identity', { id: 'kyc.rejected.title' })}</h1>
        <p class="error" role="alert">${this.rejectionWords(this.kyc.rejectionReason)}</p>
        <button type="button" @click=${() => (this.retrying = true)}>${msg('Try again', { id: 'kyc.rejected.retry' })}</button>`;
    }
    return this.form();
  }

  private rejectionWords(reason: string | undefined): string {
    if (reason === 'DOCUMENT_REJECTED') return msg('The document was not accepted. Check its number and that it is valid, then try again.', { id: 'kyc.reason.document' });
    return msg('The check did not pass. Review your details and try again.', { id: 'kyc.reason.other' });
  }

  private form() {
    const errors = fieldErrors(this.problem, ['documentType', 'documentNumber', 'dateOfBirth', 'nationality', 'address']);
    const error = (name: string) => (errors[name] ? html`<span class="field-error" id="${name}-error">${errors[name]}</span>` : nothing);
    return html`<h1>${msg('Verify your identity', { id: 'kyc.title' })}</h1>
      <p class="muted">${msg('The law asks us to know who you are before you can hold money.', { id: 'kyc.intro' })}</p>
      <form @submit=${this.submit} novalidate>
        <label
          >${msg('Document type', { id: 'kyc.document-type' })}
          <select name="documentType">
            <option value="passport">${msg('Passport', { id: 'kyc.passport' })}</option>
            <option value="id_card">${msg('National ID card', { id: 'kyc.id-card' })}</option>
            <option value="driving_licence">${msg('Driving licence', { id: 'kyc.driving-licence' })}</option>
            <option value="residence_permit">${msg('Residence permit', { id: 'kyc.residence-permit' })}</option>
          </select></label
        >
        <label>${msg('Document number', { id: 'kyc.document-number' })}<input name="documentNumber" required autocomplete="off" />${error('documentNumber')}</label>
        <label>${msg('Date of birth', { id: 'kyc.date-of-birth' })}<input name="dateOfBirth" type="date" required autocomplete="bday" />${error('dateOfBirth')}</label>
        <label>${msg('Nationality (country code, like ES)', { id: 'kyc.nationality' })}<input name="nationality" required maxlength="3" autocomplete="country" />${error('nationality')}</label>
        <fieldset>
          <legend>${msg('Address', { id: 'kyc.address' })}</legend>
          <label>${msg('Street and number', { id: 'kyc.line1' })}<input name="line1" required autocomplete="address-line1" /></label>
          <label>${msg('Postal code', { id: 'kyc.postal-code' })}<input name="postalCode" required autocomplete="postal-code" /></label>
          <label>${msg('City', { id: 'kyc.city' })}<input name="city" required autocomplete="address-level2" /></label>
          <label>${msg('Country (code, like ES)', { id: 'kyc.country' })}<input name="country" required maxlength="2" autocomplete="country" /></label>
          ${error('address')}
        </fieldset>
        ${this.problem ? html`<p class="error" role="alert">${problemWords(this.problem)}</p>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${msg('Send for verification', { id: 'kyc.submit' })}</button>
      </form>`;
  }

  private async submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    this.busy = true;
    const { data, error, response } = await api.POST('/v1/me/kyc', {
      body: {
        documentType: value('documentType') as DocumentType,
        documentNumber: value('documentNumber'),
        dateOfBirth: value('dateOfBirth'),
        nationality: value('nationality').toUpperCase(),
        address: { line1: value('line1'), postalCode: value('postalCode'), city: value('city'), country: value('country').toUpperCase() },
      },
    });
    this.busy = false;
    this.problem = data ? undefined : asProblem(error, response.status);
    if (data) {
      this.retrying = false;
      await this.live.reload();
    }
  }
}
