import { createHash } from 'node:crypto';
import { DossierContent } from '@app/domain';

/**
 * A yearly report's values, each backed by the signed report file (its SHA-256 and archive
 * reference; the file itself stays in the organisation's records).
 */
export function yearlyReport(orgId: string, year: number, planRef: string, values: Record<string, number>): DossierContent {
  const ref = `${orgId}/BC-${year}`;
  return {
    kind: 'yearly_report',
    payload: {
      year,
      planRef,
      values: Object.entries(values).map(([criterionId, actual]) => ({ criterionId, actual })),
      evidence: [{ sha256: createHash('sha256').update(`${ref} signed report`).digest('hex'), ref, title: `Report on ${year} results, signed` }],
    },
  };
}
