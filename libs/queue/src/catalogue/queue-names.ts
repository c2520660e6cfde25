/**
 * One queue per kind of work, so a flood of webhook deliveries never delays a dossier moving up
 * its chain, and each can be paused, sized and inspected on its own. Names are kebab-case and
 * never renamed: they are part of the Redis keys.
 */
export const QUEUE_NAMES = ['advance', 'notify', 'deadline'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
