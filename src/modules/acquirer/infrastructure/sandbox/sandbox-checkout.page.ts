import type { CardPayment } from '../../ports/acquirer.port.js';

/**
 * The sandbox acquirer's hosted payment pages, rendered on the server as a real acquirer's are:
 * no script at all, one nonce'd style block, forms that post back to the acquirer.
 */
export interface CheckoutPageContext {
  payment: CardPayment;
  returnUrl: string;
  nonce: string;
  error?: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

/** Cents as euros without a float: the integer and fraction parts are split as strings. */
export function formatEuros(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  const decimal = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' }).format(decimal as Intl.StringNumericLiteral);
}

function layout(title: string, nonce: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escape(title)} · Sandbox Acquirer</title>
<style nonce="${nonce}">
body{font-family:system-ui,sans-serif;margin:0;background:#f3f4f8;color:#1b1f2a}
header{background:#3d2c8d;color:#fff;padding:1rem 1.25rem;font-weight:600}
main{max-width:26rem;margin:0 auto;padding:1.25rem}
.card{background:#fff;border-radius:12px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.amount{font-size:2rem;font-weight:700;margin:.25rem 0 1rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.7rem;border:1px solid #767b8a;border-radius:8px}
button,a.button{display:block;width:100%;box-sizing:border-box;margin-top:1rem;padding:.8rem;font-size:1rem;font-weight:600;border-radius:8px;border:0;background:#3d2c8d;color:#fff;text-align:center;text-decoration:none;cursor:pointer}
button.secondary{background:#fff;color:#3d2c8d;border:2px solid #3d2c8d}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.error{color:#a4161a;font-weight:600}
.hint{color:#4a5060;font-size:.9rem}
</style>
</head>
<body>
<header>Sandbox Acquirer · secure payment</header>
<main>${body}</main>
</body>
</html>`;
}

export function cardFormPage({ payment, returnUrl, nonce, error }: CheckoutPageContext): string {
  return layout(
    'Pay by card',
    nonce,
    `<div class="card">
<h1>Pay by card</h1>
<p>Amount to pay</p>
<p class="amount">${escape(formatEuros(payment.amount))}</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/v1/sandbox/acquirer/checkout/${escape(payment.paymentId)}">
<input type="hidden" name="returnUrl" value="${escape(returnUrl)}">
<label for="cardNumber">Card number</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required pattern="[0-9 \\-]{12,23}" aria-describedby="cards">
<p id="cards" class="hint">Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 3220 asks for 3-D Secure, 4000 0000 0000 0002 is declined.</p>
<button type="submit">Pay ${escape(formatEuros(payment.amount))}</button>
</form>
</div>`,
  );
}

export function threeDSecurePage({ payment, returnUrl, nonce }: CheckoutPageContext): string {
  return layout(
    '3-D Secure',
    nonce,
    `<div class="card">
<h1>Confirm it is you</h1>
<p>Your bank asks you to confirm this payment of <strong>${escape(formatEuros(payment.amount))}</strong> (3-D Secure).</p>
<form method="post" action="/v1/sandbox/acquirer/checkout/${escape(payment.paymentId)}/3ds">
<input type="hidden" name="returnUrl" value="${escape(returnUrl)}">
<button type="submit" name="outcome" value="confirm">Confirm payment</button>
<button type="submit" name="outcome" value="fail" class="secondary">Fail authentication</button>
</form>
</div>`,
  );
}

export function outcomePage({ payment, returnUrl, nonce }: CheckoutPageContext): string {
  const paid = payment.status === 'captured';
  return layout(
    paid ? 'Payment accepted' : 'Payment declined',
    nonce,
    `<div class="card">
<h1>${paid ? 'Payment accepted' : 'Payment declined'}</h1>
<p${paid ? '' : ' class="error" role="alert"'}>${paid ? 'Your card was charged.' : 'Your card was declined. No money was taken.'}</p>
<a class="button" href="${escape(returnUrl)}">Back to the app</a>
</div>`,
  );
}
