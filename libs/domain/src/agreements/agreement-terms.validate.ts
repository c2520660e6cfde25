import { isLocalDate } from '../calendar';
import { COMPARATORS, CRITERION_UNITS, NATIONAL_CONTENTS } from '../dossiers/payloads/implementation-plan.payload';
import { PayloadIssue } from '../errors/domain.errors';
import { OrgTree } from '../organisations/org-tree';
import { AgreementTarget, AgreementTerms } from './agreement.terms';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Every problem of the terms: ids, at least two active signatories including the proposer, a period, sound targets. */
export function agreementTermsIssues(terms: AgreementTerms, tree: OrgTree): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (typeof terms.agreementId !== 'string' || !ID.test(terms.agreementId)) issue('agreementId', 'letters, digits, ".", "-", "_"');
  if (typeof terms.title !== 'string' || terms.title.trim() === '') issue('title', 'must be a non-empty string');
  const signatories = Array.isArray(terms.signatories) ? terms.signatories : [];
  if (new Set(signatories).size < 2) issue('signatories', 'at least two different organisations');
  if (new Set(signatories).size !== signatories.length) issue('signatories', 'an organisation is listed twice');
  signatories.filter((orgId) => !tree.isActive(orgId)).forEach((orgId) => issue('signatories', `no active organisation ${orgId}`));
  if (!signatories.includes(terms.proposerOrgId)) issue('proposerOrgId', 'must be one of the signatories');
  const { period } = terms;
  if (!isLocalDate(period?.from) || !isLocalDate(period?.to) || period.from > period.to) {
    issue('period', 'from and to are dates YYYY-MM-DD, from on or before to');
  }
  const targets = Array.isArray(terms.targets) ? terms.targets : [];
  if (targets.length === 0) issue('targets', 'at least one target');
  const seen = new Set<string>();
  targets.forEach((target, i) => {
    targetIssues(target, signatories).forEach((p) => issue(`targets.${i}${p.path}`, p.message));
    if (seen.has(target.targetId)) issue(`targets.${i}.targetId`, `duplicate target ${target.targetId}`);
    seen.add(target.targetId);
  });
  return issues;
}

function targetIssues(t: AgreementTarget, signatories: readonly string[]): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (typeof t.targetId !== 'string' || !ID.test(t.targetId)) issue('.targetId', 'letters, digits, ".", "-" and "_"');
  if (typeof t.metric !== 'string' || t.metric.trim() === '') issue('.metric', 'must be a non-empty string');
  if (!CRITERION_UNITS.includes(t.unit)) issue('.unit', `one of ${CRITERION_UNITS.join(', ')}`);
  if (!COMPARATORS.includes(t.comparator)) issue('.comparator', `one of ${COMPARATORS.join(', ')}`);
  if (typeof t.target !== 'number' || !Number.isFinite(t.target) || t.target < 0) issue('.target', 'a number >= 0');
  else if (t.unit === 'percent' && t.target > 100) issue('.target', 'a percentage is at most 100');
  else if (t.unit === 'count' && !Number.isInteger(t.target)) issue('.target', 'a count is a whole number');
  if (!isLocalDate(t.dueDate)) issue('.dueDate', 'must be a date YYYY-MM-DD');
  if (t.nationalContent !== undefined && !NATIONAL_CONTENTS.includes(t.nationalContent)) issue('.nationalContent', 'one of 1–7');
  if (t.signatoryOrgId !== undefined && !signatories.includes(t.signatoryOrgId)) issue('.signatoryOrgId', 'must be one of the signatories');
  return issues;
}
