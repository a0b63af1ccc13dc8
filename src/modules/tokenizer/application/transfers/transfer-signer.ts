import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Hex } from 'viem';
import { GetPlatformContractsQuery } from '../../../chain/index.js';
import { SignTypedDataCommand } from '../../../custody/index.js';
import type { Transfer } from '../../domain/transfer.js';
import { transferAuthorizationTypedData } from './transfer-authorization.js';
import { TransferSettler } from './transfer-settler.js';

/**
 * Has custody sign a reserved transfer's EIP-3009 authorization and queues the transfer for
 * settlement. The signature is stored with the transfer when it is submitted; a pending transfer
 * found after a crash is simply signed again (the same message gives the same signature).
 */
@Injectable()
export class TransferSigner {
  constructor(
    private readonly settler: TransferSettler,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  async signAndQueue(transfer: Transfer): Promise<Transfer> {
    const contracts = await this.queries.execute(new GetPlatformContractsQuery());
    const { signature } = await this.commands.execute(
      new SignTypedDataCommand(transfer.senderId as string, transferAuthorizationTypedData(transfer, contracts.chainId, contracts.token)),
    );
    const signed = { ...transfer, signature: signature as Hex };
    this.settler.enqueue(signed);
    return signed;
  }
}
