import { css } from 'lit';

/** Shared look: phone first, large touch targets, visible focus, colours with WCAG AA contrast. */
export const pageStyles = css`
  :host { display: block; padding: 1rem 1rem 6rem; max-width: 34rem; margin: 0 auto; color: #14171f; }
  h1 { font-size: 1.5rem; margin: 0.5rem 0 1rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
  p { line-height: 1.45; }
  form { display: grid; gap: 0.9rem; }
  label { display: grid; gap: 0.3rem; font-weight: 600; font-size: 0.95rem; }
  input, select, textarea { font: inherit; font-weight: 400; padding: 0.75rem; border: 1px solid #6b7080; border-radius: 10px; background: #fff; color: #14171f; min-height: 2.9rem; box-sizing: border-box; width: 100%; }
  fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
  legend { font-weight: 600; margin-bottom: 0.3rem; }
  .choice { display: flex; align-items: center; gap: 0.6rem; font-weight: 400; padding: 0.6rem 0.75rem; border: 1px solid #c4c7d0; border-radius: 10px; }
  .choice input { width: auto; min-height: auto; }
  button, .button { font: inherit; font-weight: 600; min-height: 3rem; padding: 0.7rem 1.1rem; border-radius: 12px; border: 0; background: #3d2c8d; color: #fff; cursor: pointer; text-decoration: none; display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; }
  button.secondary, .button.secondary { background: #fff; color: #3d2c8d; border: 2px solid #3d2c8d; }
  button.link { background: none; color: #3d2c8d; min-height: auto; padding: 0.3rem; text-decoration: underline; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  a { color: #3d2c8d; }
  .error { color: #a4161a; font-weight: 600; margin: 0; }
  .field-error { color: #a4161a; font-weight: 400; font-size: 0.9rem; }
  .card { background: #fff; border-radius: 16px; padding: 1rem; box-shadow: 0 1px 3px rgba(20, 23, 31, 0.15); }
  .muted { color: #4a5060; }
  .actions { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6rem; margin: 1rem 0; }
  .stack { display: grid; gap: 0.6rem; }
  ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.4rem 1rem; margin: 0; }
  dt { color: #4a5060; }
  dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
`;
