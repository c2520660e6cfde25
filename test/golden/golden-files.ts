import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RecordedEvent } from '@app/event-store';

/** Where the recorded histories and their expected read models live, side by side. */
export const GOLDEN_DIR = __dirname;

/** One recorded event as a line of `<name>.events.jsonl`; positions are left out (each database numbers them its own way). */
export interface GoldenEvent {
  stream: string;
  revision: number;
  id: string;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export type ExpectedReadModels = Record<string, Record<string, unknown>[]>;

export const historyPath = (name: string) => path.join(GOLDEN_DIR, `${name}.events.jsonl`);
export const expectedPath = (name: string) => path.join(GOLDEN_DIR, `${name}.read-models.json`);

/** Names of the recorded histories, sorted. */
export function recordedHistories(): string[] {
  return readdirSync(GOLDEN_DIR)
    .filter((file) => file.endsWith('.events.jsonl'))
    .map((file) => file.slice(0, -'.events.jsonl'.length))
    .sort();
}

export function goldenEvent(event: RecordedEvent): GoldenEvent {
  const { stream, revision, id, type, schemaVersion, data, metadata } = event;
  return { stream, revision, id, type, schemaVersion, recordedAt: event.recordedAt.toISOString(), data, metadata };
}

export function readHistory(name: string): GoldenEvent[] {
  return readFileSync(historyPath(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenEvent);
}

export function writeHistory(name: string, events: readonly GoldenEvent[]): void {
  writeFileSync(historyPath(name), events.map((event) => JSON.stringify(event)).join('\n') + '\n');
}

export function readExpected(name: string): ExpectedReadModels | null {
  return existsSync(expectedPath(name)) ? (JSON.parse(readFileSync(expectedPath(name), 'utf8')) as ExpectedReadModels) : null;
}

export function writeExpected(name: string, readModels: ExpectedReadModels): void {
  writeFileSync(expectedPath(name), JSON.stringify(readModels, null, 2) + '\n');
}
