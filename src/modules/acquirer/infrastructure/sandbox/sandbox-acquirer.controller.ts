import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { sandboxPaymentWebhooksNotFound } from '../../domain/acquirer.errors.js';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Public } from '../../../../shared/auth/index.js';
import type { CardPayment } from '../../ports/acquirer.port.js';
import { SandboxAcquirerAdapter } from './sandbox-acquirer.adapter.js';
import { SandboxAcquirerWebhookSender } from './sandbox-acquirer-webhook-sender.js';
import { SandboxAcquirerBooks } from './sandbox-acquirer.books.js';

export class PayRequest {
  @ApiProperty({ example: '4242424242424242', description: '4242424242424242 succeeds, 4000000000000002 is declined, 4000000000003220 needs 3-D Secure' })
  @IsString()
  @Matches(/^[0-9 -]{12,23}$/)
  cardNumber: string;
}

export class ThreeDSecureRequest {
  @ApiProperty({ required: false, default: true, description: 'false: the cardholder fails the challenge' }) @IsOptional() @IsBoolean() succeeded?: boolean;
}

export class RedeliverPaymentWebhooksRequest {
  @ApiProperty({ required: false, default: 1, maximum: 20 }) @IsOptional() @IsInt() @Min(1) @Max(20) times?: number;
}

const PAYMENT_ID = ':paymentId';

@ApiTags('sandbox')
@Public()
@Controller('v1/sandbox/acquirer/payments')
export class SandboxAcquirerController {
  constructor(
    private readonly acquirer: SandboxAcquirerAdapter,
    private readonly books: SandboxAcquirerBooks,
    private readonly sender: SandboxAcquirerWebhookSender,
  ) {}

  @Post(`${PAYMENT_ID}/pay`)
  @HttpCode(200)
  @ApiOperation({ operationId: 'paySandboxCardPayment', summary: 'Sandbox: the cardholder pays with a test card; the acquirer notifies the platform by webhook' })
  @ApiOkResponse({ description: 'The payment; `nextAction` when 3-D Secure is required' })
  async pay(@Param('paymentId') paymentId: string, @Body() request: PayRequest) {
    const payment = await this.acquirer.pay(paymentId, request.cardNumber);
    return view(payment);
  }

  @Post(`${PAYMENT_ID}/3ds/complete`)
  @HttpCode(200)
  @ApiOperation({ operationId: 'completeSandboxThreeDSecure', summary: 'Sandbox: the cardholder completes the 3-D Secure challenge' })
  async completeThreeDSecure(@Param('paymentId') paymentId: string, @Body() request: ThreeDSecureRequest) {
    return view(await this.acquirer.completeThreeDSecure(paymentId, request.succeeded ?? true));
  }

  @Post(`${PAYMENT_ID}/chargeback`)
  @HttpCode(200)
  @ApiOperation({ operationId: 'chargeBackSandboxCardPayment', summary: 'Sandbox: the card issuer charges the payment back (a lost dispute)' })
  async chargeBack(@Param('paymentId') paymentId: string) {
    return view(await this.acquirer.chargeBack(paymentId));
  }

  @Post(`${PAYMENT_ID}/webhooks/redeliver`)
  @HttpCode(200)
  @ApiOperation({ operationId: 'redeliverSandboxAcquirerWebhooks', summary: 'Sandbox: deliver every notification about this payment again, several times at once and in shuffled order' })
  async redeliver(@Param('paymentId') paymentId: string, @Body() request: RedeliverPaymentWebhooksRequest) {
    const ids = await this.books.webhookIdsOf(paymentId);
    if (ids.length === 0) throw sandboxPaymentWebhooksNotFound();
    const deliveries = ids.flatMap((id) => Array.from({ length: request.times ?? 1 }, () => id)).sort(() => Math.random() - 0.5);
    const results = await Promise.all(deliveries.map(async (id) => (await this.sender.redeliver(id, 1))[0]));
    return { deliveries: results.map((result) => ({ status: result.status })) };
  }
}

function view(payment: CardPayment) {
  return {
    paymentId: payment.paymentId,
    amount: payment.amount.toString(),
    currency: payment.currency,
    status: payment.status,
    ...(payment.declineCode ? { declineCode: payment.declineCode } : {}),
    ...(payment.status === 'requires_action'
      ? { nextAction: { type: 'three_d_secure', url: `/v1/sandbox/acquirer/payments/${payment.paymentId}/3ds/complete` } }
      : {}),
  };
}
