import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MovementCommand, NotFound } from '@app/domain';
import { MovementPlanQueries } from '@app/projections/movements/movement-plans.queries';
import { MovementQueries } from '@app/projections/movements/movement.queries';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import { IssueMovementCommand, OrgTreeReader } from '@app/workflow';
import { Access, AccessContext } from '../access/access-context';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { commandIdOf } from '../common/command-id';
import { readModelsAt } from '../common/read-your-writes';
import { CommentDto } from '../dossiers/dossier-command.dto';
import { LaunchMovementDto, MissingPlansQueryDto, MovementListDto, MovementReadDto, SetWindowDto } from './movement.dto';
import { launchCommand, leadActor, movementIdOf, windowOf } from './movement-requests';
import { MovementReader } from './movement-reader';
import { movementCommandResponse, movementListItem, movementView, planOutlineView } from './movement-view';

@ApiTags('movements')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Sending the same command again returns the first result' })
@Controller('movements')
export class MovementsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly reader: MovementReader,
    private readonly movements: MovementQueries,
    private readonly plans: MovementPlanQueries,
    private readonly runner: ProjectionRunner,
    private readonly orgTree: OrgTreeReader,
  ) {}

  @Post()
  @ApiOperation({ summary: "Launch a movement: the national one, or an organisation's own implementing a parent movement and adapting its contents (administrator, or reviewer of the launching organisation)" })
  launch(@Body() body: LaunchMovementDto, @CurrentPrincipal() who: Principal, @Access() access: AccessContext, @Headers('idempotency-key') key?: string) {
    return this.issue(launchCommand(body, access.targetOrgId ?? who.orgId), who, commandIdOf(key, body.commandId));
  }

  @Post(':id/windows')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a submission window, or move one (an extension), with the reason in `comment`' })
  setWindow(@Param('id') movementId: string, @Body() body: SetWindowDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const command: MovementCommand = { type: 'SetSubmissionWindow', data: { movementId, window: windowOf(body), ...(body.comment ? { comment: body.comment } : {}) } };
    return this.issue(command, who, commandIdOf(key, body.commandId));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a movement after its final summary: its windows no longer bind anyone' })
  close(@Param('id') movementId: string, @Body() body: CommentDto, @CurrentPrincipal() who: Principal, @Headers('idempotency-key') key?: string) {
    const command: MovementCommand = { type: 'CloseMovement', data: { movementId, ...(body.comment ? { comment: body.comment } : {}) } };
    return this.issue(command, who, commandIdOf(key, body.commandId));
  }

  @Get()
  @ApiOperation({ summary: 'Every movement (from the read model), filtered by launching organisation or status' })
  async list(@Query() query: MovementListDto) {
    await readModelsAt(this.runner, query.afterPosition);
    return { items: (await this.movements.list({ orgId: query.org, status: query.status })).map(movementListItem) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A movement as its own stream holds it: definition, phases, contents, windows with their due instants' })
  async get(@Param('id') movementId: string) {
    return movementView(await this.reader.launched(movementIdOf(movementId)));
  }

  @Get(':id/plan-tree')
  @ApiOperation({ summary: 'The cascade below a movement: the movements adapting it and every plan implementing them, down to each unit' })
  async planTree(@Param('id') movementId: string, @Query() query: MovementReadDto, @Access() access: AccessContext) {
    await readModelsAt(this.runner, query.afterPosition);
    const outline = await this.plans.outline(movementIdOf(movementId));
    if (!outline) throw new NotFound('movement', movementId);
    return { movementId, tree: planOutlineView(outline, (orgId) => access.covers(orgId)) };
  }

  @Get(':id/missing-plans')
  @ApiOperation({ summary: 'Organisations a window of this movement (or of one below it) binds that have no plan in; ?overdue=true for those past their window' })
  async missingPlans(@Param('id') movementId: string, @Query() query: MissingPlansQueryDto) {
    await readModelsAt(this.runner, query.afterPosition);
    const now = new Date();
    const missing = await this.plans.missingPlans(movementIdOf(movementId), await this.orgTree.current(), now);
    if (!missing) throw new NotFound('movement', movementId);
    const items = query.overdue === undefined ? missing : missing.filter((entry) => entry.overdue === query.overdue);
    return { movementId, at: now.toISOString(), items };
  }

  private async issue(command: MovementCommand, who: Principal, commandId: string) {
    const result = await this.bus.execute(new IssueMovementCommand({ command, actor: leadActor(who), commandId, now: new Date() }));
    return movementCommandResponse(command.data.movementId, result);
  }
}
