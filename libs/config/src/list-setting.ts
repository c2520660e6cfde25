/**
 * A setting holding several values, written as one environment variable separated by commas
 * (`RS256,ES256`). Spaces around the values and empty entries are ignored, so `""` is an empty list.
 */
export function commaList({ value }: { value: unknown }): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return value;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
