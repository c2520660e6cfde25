import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrgCommand, OrgNode, OrgTree } from '@app/domain';
import { IssueOrgCommand, OrgTreeReader } from '@app/workflow';
import { actingAs } from '../auth/acting-as';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { AsOfQueryDto, asOfLimit } from '../common/as-of-query';
import { commandIdOf } from '../common/command-id';
import { CommentDto } from '../dossiers/dossier-command.dto';
import { MoveOrganisationDto, RegisterOrganisationDto, RenameOrganisationDto } from './organisation.dto';

type TreeNode = OrgNode & { children: TreeNode[] };

function nest(tree: OrgTree, parentId: string | null): TreeNode[] {
  return tree
    .all()
    .filter((node) => node.parentId === parentId)
    .map((node) => ({ ...node, children: nest(tree, node.orgId) }));
}

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly tree: OrgTreeReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The organisation hierarchy as a tree (retired ones included, marked); with ?asOf= or ?position=, as it stood then' })
  async list(@Query() query: AsOfQueryDto) {
    const limit = asOfLimit(query);
    if (!limit) return nest(await this.tree.current(), null);
    return nest(await this.tree.asOf('at' in limit ? { at: limit.at } : { position: limit.position }), null);
  }

  @Post()
  @ApiOperation({ summary: 'Register an organisation under its parent (administrator)' })
  register(@Body() body: RegisterOrganisationDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const { orgId, name, level, parentId } = body;
    return this.issue({ type: 'RegisterOrg', data: { orgId, name, level, ...(parentId ? { parentId } : {}) } }, who, commandIdOf(key, body.commandId));
  }

  @Post(':id/rename')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rename an organisation (administrator)' })
  rename(@Param('id') orgId: string, @Body() body: RenameOrganisationDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    return this.issue({ type: 'RenameOrg', data: { orgId, name: body.name } }, who, commandIdOf(key, body.commandId));
  }

  @Post(':id/move')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an organisation under another parent (administrator)' })
  move(@Param('id') orgId: string, @Body() body: MoveOrganisationDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    return this.issue({ type: 'MoveOrg', data: { orgId, newParentId: body.parentId } }, who, commandIdOf(key, body.commandId));
  }

  @Post(':id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire an organisation that has no active children (administrator)' })
  retire(@Param('id') orgId: string, @Body() body: CommentDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    return this.issue({ type: 'RetireOrg', data: { orgId, ...(body.comment ? { comment: body.comment } : {}) } }, who, commandIdOf(key, body.commandId));
  }

  private async issue(command: OrgCommand, who: Principal, commandId: string) {
    const result = await this.bus.execute(new IssueOrgCommand({ command, actor: actingAs(who, 'admin'), commandId, now: new Date() }));
    return {
      orgId: command.data.orgId,
      repeated: result.repeated,
      events: result.events.map((event) => ({ id: event.id, type: event.type, position: event.position })),
    };
  }
}
