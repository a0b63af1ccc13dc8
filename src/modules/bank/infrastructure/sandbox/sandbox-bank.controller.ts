import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { sandboxBankWebhookNotFound } from '../../domain/bank.errors.js';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIBAN, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Public } from '../../../../shared/auth/index.js';
import { IsMinorUnits, parseMinorUnits } from '../../../../shared/money/index.js';
import { SandboxBankAdapter } from './sandbox-bank.adapter.js';
import { SandboxWebhookSender } from './sandbox-webhook-sender.js';

export class IncomingTransferRequest {
  @IsMinorUnits() amount: string;
  @ApiProperty({ example: 'EUR' }) @IsIn(['EUR']) currency: string;
  @ApiProperty({ description: 'Remittance information: the customer’s deposit reference from `GET /v1/me/deposit-instructions` (an unknown one goes to suspense)', example: 'RF18539007547034' }) @IsString() @MaxLength(140) reference: string;
  @ApiProperty({ example: 'DE89370400440532013000' }) @IsIBAN() senderIban: string;
  @ApiProperty({ example: 'Ada Lovelace' }) @IsString() @MinLength(1) @MaxLength(140) senderName: string;
  @ApiProperty({ required: false, default: true, description: 'false: the bank books the credit but never sends its webhook (the reconciliation sweep finds it on the statement)' })
  @IsOptional()
  @IsBoolean()
  notify?: boolean;
}

export class RedeliverRequest {
  @ApiProperty({ required: false, default: 1, maximum: 20 }) @IsOptional() @IsInt() @Min(1) @Max(20) times?: number;
}

@ApiTags('sandbox')
@Public()
@Controller('v1/sandbox/bank')
export class SandboxBankController {
  constructor(
    private readonly bank: SandboxBankAdapter,
    private readonly sender: SandboxWebhookSender,
  ) {}

  @Post('incoming-transfers')
  @HttpCode(202)
  @ApiOperation({ operationId: 'sendSandboxIncomingTransfer', summary: 'Sandbox: a SEPA credit transfer arrives on the omnibus account; the bank notifies the platform by webhook' })
  @ApiAcceptedResponse({ description: 'Booked; the credit.received webhook follows asynchronously' })
  async incomingTransfer(@Body() request: IncomingTransferRequest) {
    const booked = await this.bank.receiveIncomingTransfer({ ...request, amount: parseMinorUnits(request.amount) });
    return { ...booked, status: 'booked' };
  }

  @Post('webhooks/pause')
  @HttpCode(204)
  @ApiOperation({ operationId: 'pauseSandboxBankWebhooks', summary: 'Sandbox: hold every notification back until resumed (to book many credits before the platform hears of them)' })
  pauseWebhooks(): void {
    this.sender.pause();
  }

  @Post('webhooks/resume')
  @HttpCode(204)
  @ApiOperation({ operationId: 'resumeSandboxBankWebhooks', summary: 'Sandbox: deliver the held notifications and every later one again' })
  resumeWebhooks(): void {
    this.sender.resume();
  }

  @Post('webhooks/:webhookId/redeliver')
  @ApiOperation({ operationId: 'redeliverSandboxBankWebhook', summary: 'Sandbox: deliver a notification again, several times at once (as flaky banks do)' })
  async redeliver(@Param('webhookId') webhookId: string, @Body() request: RedeliverRequest) {
    const results = await this.sender.redeliver(webhookId, request.times ?? 1);
    if (results.length === 0) throw sandboxBankWebhookNotFound();
    return { deliveries: results.map((result) => ({ status: result.status })) };
  }
}
