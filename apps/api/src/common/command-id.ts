import { BadRequestException } from '@nestjs/common';
import { newCommandId } from '@app/workflow';

const COMMAND_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{7,127}$/;

/**
 * The command id makes a retry safe: from the Idempotency-Key header, or the body's `commandId`,
 * or a fresh one when the caller gives neither (and then a retry is a new command).
 */
export function commandIdOf(header: string | undefined, body?: string): string {
  const given = header ?? body;
  if (given === undefined) return newCommandId();
  if (!COMMAND_ID.test(given)) {
    throw new BadRequestException('Idempotency-Key (or commandId) must be 8 to 128 letters, digits, ".", "_", ":" or "-"');
  }
  return given;
}
