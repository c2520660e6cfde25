/** How the movement routes turn a request into a command: plain data, the acting role, the ids checked. */
import { BadRequestException } from '@nestjs/common';
import { LaunchMovement, MOVEMENT_ID, SubmissionWindow, UserActor } from '@app/domain';
import { actingAs } from '../auth/acting-as';
import { Principal } from '../auth/principal';
import { LaunchMovementDto, WindowDto } from './movement.dto';

/** The command a launch asks for, as plain data (the body's nested objects are validation classes). */
export function launchCommand(body: LaunchMovementDto, orgId: string): LaunchMovement {
  const { movementId, name, ref, implementsRef, parentMovementId, period, phases, contents, windows, comment } = body;
  return {
    type: 'LaunchMovement',
    data: {
      movementId,
      orgId,
      name,
      ...(ref !== undefined ? { ref } : {}),
      implementsRef,
      ...(parentMovementId !== undefined ? { parentMovementId } : {}),
      period: { from: period.from, to: period.to },
      ...(phases !== undefined
        ? { phases: phases.map(({ number, firstYear, lastYear, summary, summaryYear }) => ({ number, firstYear, lastYear, summary, summaryYear })) }
        : {}),
      contents: contents.map(({ number, title, adapts }) => ({ number, title, adapts: [...(adapts ?? [])] })),
      ...(windows !== undefined ? { windows: windows.map(windowOf) } : {}),
      ...(comment ? { comment } : {}),
    },
  };
}

/** A movement is led by a reviewer of its organisation, or by an administrator. */
export function leadActor(who: Principal): UserActor {
  return actingAs(who, who.roles.includes('reviewer') ? 'reviewer' : 'admin');
}

export function windowOf(dto: WindowDto): SubmissionWindow {
  const { levels, orgIds } = dto.appliesTo;
  if ((levels === undefined) === (orgIds === undefined)) {
    throw new BadRequestException({ message: 'appliesTo takes either levels or orgIds', details: { problems: ['appliesTo takes either levels or orgIds'] } });
  }
  return { windowId: dto.windowId, kind: dto.kind, appliesTo: levels ? { levels: [...levels] } : { orgIds: [...(orgIds as string[])] }, dueOn: dto.dueOn };
}

export function movementIdOf(value: string): string {
  if (!MOVEMENT_ID.test(value)) throw new BadRequestException({ message: 'id must be a movement id', details: { problems: ['id must be a movement id'] } });
  return value;
}
