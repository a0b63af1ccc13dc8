import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { Public } from '../../../../shared/auth/index.js';
import { DomainError } from '../../../../shared/errors/index.js';
import { paymentNotFound } from '../../domain/acquirer.errors.js';
import type { CardPayment } from '../../ports/acquirer.port.js';
import { SandboxAcquirerAdapter } from './sandbox-acquirer.adapter.js';
import { cardFormPage, type CheckoutPageContext, outcomePage, threeDSecurePage } from './sandbox-checkout.page.js';

export class CheckoutQuery {
  @ApiProperty({ description: 'Where the cardholder goes back to: this origin or one of CORS_ORIGINS' }) @IsString() @MaxLength(2000) returnUrl: string;
}

export class CheckoutCardForm extends CheckoutQuery {
  @IsString() @MaxLength(30) cardNumber: string;
}

export class CheckoutChallengeForm extends CheckoutQuery {
  @IsIn(['confirm', 'fail']) outcome: 'confirm' | 'fail';
}

/**
 * The sandbox acquirer's hosted payment page, as real acquirers serve one: the app sends the
 * customer here with the payment id and a return URL; card form, 3-D Secure challenge for
 * 4000000000003220, decline for 4000000000000002, then back to the app, which follows the
 * top-up itself (the outcome reaches the platform by the acquirer's webhook, not by this redirect).
 */
@ApiTags('sandbox')
@Public()
@Controller('v1/sandbox/acquirer/checkout')
export class SandboxCheckoutController {
  constructor(
    private readonly acquirer: SandboxAcquirerAdapter,
    private readonly config: ConfigService,
  ) {}

  @Get(':paymentId')
  @ApiProduces('text/html')
  @ApiOperation({ operationId: 'showSandboxCheckoutPage', summary: 'Sandbox: the hosted payment page (card form) of a card payment' })
  async form(@Param('paymentId') paymentId: string, @Query() query: CheckoutQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const returnUrl = this.allowedReturnUrl(query.returnUrl, request);
    const payment = await this.payment(paymentId);
    this.render(response, returnUrl, payment.status === 'requires_payment_method' ? cardFormPage : payment.status === 'requires_action' ? threeDSecurePage : outcomePage, payment);
  }

  @Post(':paymentId')
  @HttpCode(200)
  @ApiProduces('text/html')
  @ApiOperation({ operationId: 'submitSandboxCheckoutCard', summary: 'Sandbox: the card form posts here; answers the 3-D Secure challenge, the outcome, or a redirect back to the app' })
  async pay(@Param('paymentId') paymentId: string, @Body() form: CheckoutCardForm, @Req() request: Request, @Res() response: Response): Promise<void> {
    const returnUrl = this.allowedReturnUrl(form.returnUrl, request);
    let payment: CardPayment;
    try {
      payment = await this.acquirer.pay(paymentId, form.cardNumber);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'ACQUIRER.UNKNOWN_TEST_CARD') throw error;
      this.render(response, returnUrl, cardFormPage, await this.payment(paymentId), 'This card number is not a sandbox test card.');
      return;
    }
    if (payment.status === 'requires_action') this.render(response, returnUrl, threeDSecurePage, payment);
    else if (payment.status === 'captured') response.redirect(303, returnUrl);
    else this.render(response, returnUrl, outcomePage, payment);
  }

  @Post(':paymentId/3ds')
  @HttpCode(200)
  @ApiProduces('text/html')
  @ApiOperation({ operationId: 'submitSandboxCheckoutChallenge', summary: 'Sandbox: the 3-D Secure challenge posts here; then back to the app' })
  async challenge(@Param('paymentId') paymentId: string, @Body() form: CheckoutChallengeForm, @Req() request: Request, @Res() response: Response): Promise<void> {
    const returnUrl = this.allowedReturnUrl(form.returnUrl, request);
    const payment = await this.acquirer.completeThreeDSecure(paymentId, form.outcome === 'confirm');
    if (payment.status === 'captured') response.redirect(303, returnUrl);
    else this.render(response, returnUrl, outcomePage, payment);
  }

  private async payment(paymentId: string): Promise<CardPayment> {
    const payment = await this.acquirer.getPayment(paymentId);
    if (!payment) throw paymentNotFound(paymentId);
    return payment;
  }

  /** Only back to this origin or the app's configured origins: the page is no open redirect. */
  private allowedReturnUrl(returnUrl: string, request: Request): string {
    let url: URL;
    try {
      url = new URL(returnUrl);
    } catch {
      throw new DomainError('ACQUIRER.RETURN_URL_NOT_ALLOWED', 'returnUrl must be an absolute URL.', 400);
    }
    const own = `${request.protocol}://${request.get('host')}`;
    const allowed = [own, ...(this.config.get<string[]>('app.CORS_ORIGINS') ?? [])];
    if (!allowed.includes(url.origin)) throw new DomainError('ACQUIRER.RETURN_URL_NOT_ALLOWED', 'returnUrl must point back to the app.', 400);
    return url.toString();
  }

  private render(response: Response, returnUrl: string, page: (context: CheckoutPageContext) => string, payment: CardPayment, error?: string): void {
    const nonce = randomBytes(16).toString('base64');
    const returnOrigin = new URL(returnUrl).origin;
    response
      .status(200)
      .set('content-type', 'text/html; charset=utf-8')
      .set('cache-control', 'no-store')
      .set('content-security-policy', `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self' ${returnOrigin}; frame-ancestors 'none'; base-uri 'none'`)
      .send(page({ payment, returnUrl, nonce, ...(error ? { error } : {}) }));
  }
}
