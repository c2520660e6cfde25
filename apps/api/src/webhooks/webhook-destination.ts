import { BadRequestException } from '@nestjs/common';
import { Settings } from '@app/config';
import { literalDestinationProblem } from '@app/runtime/egress/destination-check';

/**
 * Unless WEBHOOK_ALLOW_PRIVATE, a webhook may not name a loopback, private or link-local address
 * or a local name: refused at once here, and again by the notify worker after resolving the name.
 */
export function assertWebhookDestination(url: string, settings: Settings): void {
  if (settings.WEBHOOK_ALLOW_PRIVATE) return;
  const problem = literalDestinationProblem(url);
  if (problem) {
    throw new BadRequestException({ message: `webhook url refused: ${problem}`, details: { code: 'invalid_command', field: 'url', problem: 'private_destination' } });
  }
}
