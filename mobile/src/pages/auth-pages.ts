import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { type Problem, api, asProblem } from '../api/client.js';
import { router } from '../lib/router.js';
import { session } from '../lib/session.js';
import { pageStyles } from '../lib/styles.js';
import { fieldErrors, problemWords } from '../lib/words.js';

function formValues(event: Event): Record<string, string> {
  event.preventDefault();
  return Object.fromEntries([...new FormData(event.target as HTMLFormElement)].map(([key, value]) => [key, String(value).trim()]));
}

async function signIn(email: string, password: string): Promise<Problem | undefined> {
  const { data, error, response } = await api.POST('/v1/auth/login', { body: { email, password } });
  return data ? startSession(data) : asProblem(error, response.status);
}

async function startSession(tokens: Parameters<typeof session.start>[0]): Promise<undefined> {
  await session.start(tokens);
  router.go('home');
  return undefined;
}

@localized()
@customElement('eurt-sign-in')
export class SignInPage extends LitElement {
  static styles = pageStyles;
  @state() private problem: Problem | undefined;
  @state() private busy = false;

  render() {
    return html`<h1>${msg('Sign in', { id: 'signin.title' })}</h1>
      <p class="muted">${msg('Your euros, in your pocket.', { id: 'signin.tagline' })}</p>
      <form @submit=${this.submit} novalidate>
        <label>${msg('E-mail', { id: 'field.email.label' })}<input name="email" type="email" autocomplete="email" required /></label>
        <label>${msg('Password', { id: 'field.password.label' })}<input name="password" type="password" autocomplete="current-password" required /></label>
        ${this.problem ? html`<p class="error" role="alert">${problemWords(this.problem)}</p>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing in…', { id: 'signin.busy' }) : msg('Sign in', { id: 'signin.title' })}</button>
      </form>
      <p>${msg('New here?', { id: 'signin.new' })} <a href="#/sign-up">${msg('Create an account', { id: 'signup.link' })}</a></p>`;
  }

  private async submit(event: Event) {
    const values = formValues(event);
    this.busy = true;
    this.problem = await signIn(values.email, values.password);
    this.busy = false;
  }
}

@localized()
@customElement('eurt-sign-up')
export class SignUpPage extends LitElement {
  static styles = pageStyles;
  @state() private problem: Problem | undefined;
  @state() private busy = false;

  render() {
    const errors = fieldErrors(this.problem, ['email', 'password', 'fullName', 'phone']);
    const field = (name: string, label: string, type: string, autocomplete: string, hint?: string) => html`<label
      >${label}<input
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${errors[name] ? `${name}-error` : hint ? `${name}-hint` : nothing}
      />${errors[name] ? html`<span id="${name}-error" class="field-error">${errors[name]}</span>` : hint ? html`<span id="${name}-hint" class="muted">${hint}</span>` : nothing}</label
    >`;
    const generic = this.problem && Object.keys(errors).length === 0;
    return html`<h1>${msg('Create your account', { id: 'signup.title' })}</h1>
      <form @submit=${this.submit} novalidate>
        ${field('fullName', msg('Full name', { id: 'field.full-name' }), 'text', 'name')}
        ${field('email', msg('E-mail', { id: 'field.email.label' }), 'email', 'email')}
        ${field('phone', msg('Phone', { id: 'field.phone.label' }), 'tel', 'tel', msg('International format, like +34612345678', { id: 'field.phone.hint' }))}
        ${field('password', msg('Password', { id: 'field.password.label' }), 'password', 'new-password', msg('At least 12 characters', { id: 'field.password.hint' }))}
        ${generic ? html`<p class="error" role="alert">${problemWords(this.problem as Problem)}</p>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${msg('Create account', { id: 'signup.submit' })}</button>
      </form>
      <p>${msg('Already have an account?', { id: 'signup.have' })} <a href="#/sign-in">${msg('Sign in', { id: 'signin.title' })}</a></p>`;
  }

  private async submit(event: Event) {
    const values = formValues(event);
    this.busy = true;
    const body = { email: values.email, password: values.password, fullName: values.fullName, phone: values.phone.replace(/[\s-]/g, '') };
    // Sign-up answers a session: the new customer is signed in without a second request.
    const { data, error, response } = await api.POST('/v1/auth/register', { body });
    this.problem = data ? await startSession(data) : asProblem(error, response.status);
    this.busy = false;
  }
}
