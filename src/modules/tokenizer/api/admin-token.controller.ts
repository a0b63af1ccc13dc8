import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { ApiProblems } from '../../../shared/http/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { ApprovalRequestedResponse, OperatorReasonDto, approvalRequested } from './approval-request.dto.js';

const FOUR_EYES = 'Roles: `admin`. Maker-checker: this creates an approval request; the token changes only when a different admin approves it.';

@ApiTags('admin: token')
@ApiBearerAuth()
@Roles('admin')
@ApiProblems({ 400: ['REQUEST.INVALID'], 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] })
@Controller('v1/admin/token')
export class AdminTokenController {
  constructor(private readonly commands: CommandBus) {}

  @Post('pause')
  @HttpCode(202)
  @ApiOperation({ operationId: 'requestTokenPause', summary: 'Ask to pause the token (no transfer, mint or burn)', description: FOUR_EYES })
  @ApiAcceptedResponse({ type: ApprovalRequestedResponse })
  pause(@Body() body: OperatorReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    return this.request('token.pause', body, user);
  }

  @Post('unpause')
  @HttpCode(202)
  @ApiOperation({ operationId: 'requestTokenUnpause', summary: 'Ask to unpause the token', description: FOUR_EYES })
  @ApiAcceptedResponse({ type: ApprovalRequestedResponse })
  unpause(@Body() body: OperatorReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    return this.request('token.unpause', body, user);
  }

  private async request(action: string, body: OperatorReasonDto, user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand(action, {}, user, body.reason)));
  }
}
