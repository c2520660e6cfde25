import { DossierEvent } from '@app/domain';
import { describeDossierEvent } from './describe-dossier-event';

const DOSSIER = 'd-1';
const NAMES: Record<string, string> = {
  'central-council': 'Hội đồng Thi đua – Khen thưởng Trung ương',
  'ministry-culture': 'Bộ Văn hóa, Thể thao và Du lịch',
  'dept-heritage': 'Cục Di sản văn hóa',
};
const nameOf = (orgId: string) => NAMES[orgId] ?? orgId;
const AT = '2027-03-01T03:00:00.000Z';
const DUE = '2027-03-12T16:59:59.999Z';
const submitter = { userId: 'lan', role: 'submitter' as const, orgId: 'dept-heritage' };
const ministry = { userId: 'minh', role: 'reviewer' as const, orgId: 'ministry-culture' };
const council = { userId: 'hoa', role: 'reviewer' as const, orgId: 'central-council' };
const admin = { userId: 'admin', role: 'admin' as const, orgId: 'central-council' };
const worker = { userId: 'worker:deadline', role: 'system' as const };
const route = [
  { orgId: 'ministry-culture', level: 'ministry' as const },
  { orgId: 'central-council', level: 'central_council' as const },
];
const step = { dossierId: DOSSIER, round: 1, step: 0, reviewerOrgId: 'ministry-culture' };

/** One event of every type: a Record over the union's types, so a type added to the union without a sample does not compile. */
const SAMPLES: { [Type in DossierEvent['type']]: Extract<DossierEvent, { type: Type }> } = {
  DossierCreated: { type: 'DossierCreated', data: { dossierId: DOSSIER, orgId: 'dept-heritage', kind: 'implementation_plan', payload: {} as never, by: submitter, at: AT } },
  DossierEdited: { type: 'DossierEdited', data: { dossierId: DOSSIER, payload: {} as never, by: submitter, at: AT } },
  DossierSubmitted: {
    type: 'DossierSubmitted',
    data: { dossierId: DOSSIER, round: 1, route, authorityLevels: ['central_council'], ruleSetVersion: 'vn-ec-2025.07', by: submitter, at: AT },
  },
  ReviewRequested: { type: 'ReviewRequested', data: { ...step, level: 'ministry', dueAt: DUE, ruleSetVersion: 'vn-ec-2025.07', by: submitter, at: AT } },
  ReviewApproved: { type: 'ReviewApproved', data: { ...step, by: ministry, at: AT, comment: 'Đạt' } },
  DossierReturned: { type: 'DossierReturned', data: { ...step, reason: 'Thiếu chỉ tiêu', by: ministry, at: AT } },
  DossierRejected: { type: 'DossierRejected', data: { ...step, reason: 'Không đủ điều kiện', by: ministry, at: AT } },
  DossierWithdrawn: { type: 'DossierWithdrawn', data: { dossierId: DOSSIER, round: 1, reason: 'Nộp nhầm', by: submitter, at: AT } },
  DossierApproved: { type: 'DossierApproved', data: { dossierId: DOSSIER, round: 1, authorityOrgId: 'central-council', authorityLevel: 'central_council', by: worker, at: AT } },
  ReviewReminderSent: { type: 'ReviewReminderSent', data: { ...step, dueAt: DUE, by: worker, at: AT } },
  ReviewEscalated: {
    type: 'ReviewEscalated',
    data: { ...step, attempt: 1, fromOrgId: 'ministry-culture', toOrgId: 'central-council', dueAt: DUE, by: worker, at: AT },
  },
  ReviewOverdue: { type: 'ReviewOverdue', data: { ...step, attempt: 2, silentOrgId: 'central-council', dueAt: DUE, by: worker, at: AT } },
  ReviewConsentedBySilence: { type: 'ReviewConsentedBySilence', data: { ...step, step: 1, reviewerOrgId: 'central-council', dueAt: DUE, by: worker, at: AT } },
  DossierPutOnHold: {
    type: 'DossierPutOnHold',
    data: { ...step, reason: 'complaint', note: 'Đơn ngày 11/6', remaining: { workingDays: 3 }, dueAt: DUE, by: ministry, at: AT },
  },
  DossierReleased: { type: 'DossierReleased', data: { ...step, dueAt: DUE, by: ministry, at: AT } },
  DossierRuleSetMigrated: {
    type: 'DossierRuleSetMigrated',
    data: { dossierId: DOSSIER, round: 1, fromVersion: 'vn-ec-2024.07', toVersion: 'vn-ec-2025.07', dueAt: DUE, by: admin, at: AT },
  },
};

/** Letters only Vietnamese writes (with their diacritics), so a Vietnamese sentence is recognisably Vietnamese. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('dossier event descriptions', () => {
  it.each(Object.values(SAMPLES).map((event) => [event.type, event] as const))('describe %s in English and Vietnamese', (_type, event) => {
    const { en, vi } = describeDossierEvent(event, nameOf);
    for (const text of [en, vi]) {
      expect(text).toMatch(/^\S.*\.$/);
      expect(text).not.toMatch(/undefined|null|\[object/);
    }
    expect(vi).toMatch(VIETNAMESE);
    expect(en).not.toEqual(vi);
  });

  it('names the organisation that acted and the step counted from 1', () => {
    expect(describeDossierEvent(SAMPLES.ReviewApproved, nameOf)).toEqual({
      en: 'Bộ Văn hóa, Thể thao và Du lịch approved step 1 (submission 1).',
      vi: 'Bộ Văn hóa, Thể thao và Du lịch đã phê duyệt bước 1 (lần nộp 1).',
    });
  });

  it('says in whose place an organisation above decided', () => {
    const inPlace = { ...SAMPLES.ReviewApproved, data: { ...SAMPLES.ReviewApproved.data, by: council, actingFor: 'ministry-culture' } };
    expect(describeDossierEvent(inPlace, nameOf).vi).toBe(
      'Hội đồng Thi đua – Khen thưởng Trung ương đã phê duyệt bước 1 (lần nộp 1) thay cho Bộ Văn hóa, Thể thao và Du lịch.',
    );
  });

  it('gives due dates as the calendar day in Viet Nam', () => {
    expect(describeDossierEvent(SAMPLES.ReviewRequested, nameOf)).toEqual({
      en: 'Step 1 opened: Bộ Văn hóa, Thể thao và Du lịch is to review it by 12 March 2027.',
      vi: 'Bắt đầu bước 1: Bộ Văn hóa, Thể thao và Du lịch xem xét, hạn đến ngày 12/03/2027.',
    });
  });

  it('tells a resubmission from a first submission, with its route and rule set', () => {
    const again = { ...SAMPLES.DossierSubmitted, data: { ...SAMPLES.DossierSubmitted.data, round: 2 } };
    expect(describeDossierEvent(SAMPLES.DossierSubmitted, nameOf).en).toBe(
      'Cục Di sản văn hóa submitted the dossier for review (submission 1) along Bộ Văn hóa, Thể thao và Du lịch → Hội đồng Thi đua – Khen thưởng Trung ương, under rule set vn-ec-2025.07.',
    );
    expect(describeDossierEvent(again, nameOf).vi).toMatch(/^Cục Di sản văn hóa đã nộp lại hồ sơ sau khi chỉnh sửa \(lần nộp 2\)/);
  });

  it('quotes reasons and notes as written, and shows an unknown organisation by its id', () => {
    expect(describeDossierEvent(SAMPLES.DossierReturned, nameOf).vi).toBe('Bộ Văn hóa, Thể thao và Du lịch đã trả lại hồ sơ ở bước 1 để chỉnh sửa: “Thiếu chỉ tiêu”.');
    expect(describeDossierEvent(SAMPLES.DossierPutOnHold, nameOf).en).toBe(
      'Bộ Văn hóa, Thể thao và Du lịch put step 1 on hold (a complaint: “Đơn ngày 11/6”); its clock stopped with 3 working days left.',
    );
    const elsewhere = { ...SAMPLES.DossierCreated, data: { ...SAMPLES.DossierCreated.data, orgId: 'unknown-unit' } };
    expect(describeDossierEvent(elsewhere, nameOf).en).toBe('unknown-unit created a draft implementation plan.');
  });
});
