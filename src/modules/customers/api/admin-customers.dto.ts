import { ApiProperty } from '@nestjs/swagger';

export class AdminCustomerResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'a***@example.com' }) email: string;
  @ApiProperty({ example: 'A** L*******' }) fullName: string;
  @ApiProperty({ example: '+33*******78' }) phone: string;
  @ApiProperty({ enum: ['none', 'pending', 'approved', 'rejected'] }) kycStatus: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ required: false }) walletAddress?: string;
  @ApiProperty({ required: false, enum: ['created', 'identity_pending', 'registered', 'identity_failed'] }) walletStatus?: string;
  @ApiProperty() createdAt: string;
}

export class AdminCustomerPageResponse {
  @ApiProperty({ type: [AdminCustomerResponse] }) items: AdminCustomerResponse[];
  @ApiProperty({ required: false, description: 'Pass as `cursor` for the next page; absent on the last page' }) nextCursor?: string;
}
