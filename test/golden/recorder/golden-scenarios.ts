import { AwardNominationPayload, FinalSummaryPayload, ImplementationPlanPayload, YearlyReportPayload } from '@app/domain';
import { GoldenRecorder } from './golden-recorder';

/** A plan of measurable contents, after the culture ministry's plan 4030/KH-BVHTTDL. */
const PLAN: ImplementationPlanPayload = {
  title: 'Kế hoạch thực hiện phong trào "Cả nước thi đua đổi mới sáng tạo, chuyển đổi số" năm 2027',
  implementsRef: '4030/KH-BVHTTDL',
  contents: [
    { id: 'c1', title: 'Số hóa hồ sơ di sản văn hóa', nationalContent: 3 },
    { id: 'c2', title: 'Bồi dưỡng kỹ năng số cho cán bộ', nationalContent: 5 },
  ],
  criteria: [
    { id: 'k1', contentId: 'c1', metric: 'Hồ sơ được xử lý trên môi trường số', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2027-12-31' },
    { id: 'k2', contentId: 'c2', metric: 'Cán bộ được bồi dưỡng kỹ năng số', unit: 'count', comparator: 'gte', target: 120, dueDate: '2027-06-30' },
  ],
};
const REPORT: YearlyReportPayload = { year: 2026, planRef: '4030/KH-BVHTTDL', values: [{ criterionId: 'k1', actual: 92 }] };
const REVISED_REPORT: YearlyReportPayload = { ...REPORT, values: [{ criterionId: 'k1', actual: 92 }, { criterionId: 'k2', actual: 134 }] };
/** Submitted early to show a step at the top falling overdue: the Central Council's own step has nobody above it. */
const FINAL: FinalSummaryPayload = { year: 2030, planRef: '4030/KH-BVHTTDL', narrative: 'Tổng kết phong trào giai đoạn 2025–2030 của Bộ', values: [{ criterionId: 'k1', actual: 100 }] };
const NOMINATION: AwardNominationPayload = {
  awardForm: 'ministry_certificate',
  nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', position: 'Trưởng phòng Số hóa tư liệu' },
  achievement: 'Chủ trì số hóa toàn bộ hồ sơ di sản của Cục trong năm 2026',
};

/**
 *   central-council (Hội đồng Thi đua – Khen thưởng Trung ương)
 *   ├── ministry-culture (Bộ Văn hóa, Thể thao và Du lịch)
 *   │   └── dept-heritage (Cục Di sản văn hóa)
 *   │       └── office-digitisation (Phòng Số hóa tư liệu)
 *   └── province-camau (Ủy ban nhân dân tỉnh Cà Mau)
 *       └── camau-justice (Sở Tư pháp tỉnh Cà Mau)
 */
async function registerChart(r: GoldenRecorder): Promise<void> {
  await r.register('central-council', 'Hội đồng Thi đua – Khen thưởng Trung ương', 'central_council');
  await r.register('ministry-culture', 'Bộ Văn hóa, Thể thao và Du lịch', 'ministry', 'central-council');
  await r.register('dept-heritage', 'Cục Di sản văn hóa', 'unit', 'ministry-culture');
  await r.register('office-digitisation', 'Phòng Số hóa tư liệu', 'unit', 'dept-heritage');
  await r.register('province-camau', 'Ủy ban nhân dân tỉnh Cà Mau', 'province', 'central-council');
  await r.register('camau-justice', 'Sở Tư pháp tỉnh Cà Mau', 'unit', 'province-camau');
}

export interface GoldenScenario {
  name: string;
  /** Monday morning in Viet Nam, when the first command is recorded. */
  start: string;
  play(recorder: GoldenRecorder): Promise<void>;
}

export const GOLDEN_SCENARIOS: readonly GoldenScenario[] = [
  {
    name: 'plan-three-levels',
    start: '2027-02-22T01:00:00.000Z',
    async play(r) {
      await registerChart(r);
      await r.create('plan', 'office-digitisation', { kind: 'implementation_plan', payload: PLAN });
      await r.submit('plan', 'Kế hoạch năm 2027 của Phòng');
      await r.approveAndAdvance('plan', 'Nội dung đầy đủ, chỉ tiêu đo được');
      await r.fire('plan', 'remind');
      await r.approveAndAdvance('plan', 'Bộ thống nhất trình Hội đồng');
      await r.approveAndAdvance('plan', 'Hội đồng thông qua');
    },
  },
  {
    name: 'return-and-resubmit',
    start: '2027-03-01T01:00:00.000Z',
    async play(r) {
      await registerChart(r);
      await r.create('report', 'camau-justice', { kind: 'yearly_report', payload: REPORT });
      await r.submit('report');
      await r.returnForRevision('report', 'Thiếu số liệu của tiêu chí k2');
      await r.edit('report', REVISED_REPORT as never, 'Bổ sung số liệu tiêu chí k2');
      await r.submit('report', 'Nộp lại sau khi bổ sung');
      await r.approveAndAdvance('report', 'Đạt');
      await r.create('nomination', 'office-digitisation', { kind: 'award_nomination', payload: NOMINATION });
      await r.submit('nomination');
      await r.reject('nomination', 'Thành tích chưa đủ điều kiện theo Nghị định 98/2023/NĐ-CP');
      await r.create('withdrawn', 'office-digitisation', { kind: 'implementation_plan', payload: PLAN });
      await r.submit('withdrawn');
      await r.withdraw('withdrawn', 'Nộp nhầm kế hoạch năm trước');
      await r.create('draft', 'camau-justice', { kind: 'yearly_report', payload: REPORT });
    },
  },
  {
    name: 'escalation-and-consent',
    start: '2027-03-08T01:00:00.000Z',
    async play(r) {
      await registerChart(r);
      await r.create('plan', 'dept-heritage', { kind: 'implementation_plan', payload: PLAN });
      await r.submit('plan');
      await r.fire('plan', 'remind');
      await r.fire('plan', 'escalate');
      await r.approve('plan', { asOrgId: 'central-council', comment: 'Hội đồng xử lý thay do Bộ quá hạn' });
      await r.advance('plan');
      await r.fire('plan', 'consent');
      await r.advance('plan');
      await r.create('summary', 'ministry-culture', { kind: 'final_summary', payload: FINAL });
      await r.submit('summary');
      await r.fire('summary', 'escalate');
    },
  },
  {
    name: 'hold-and-migrate',
    start: '2025-06-09T01:00:00.000Z',
    async play(r) {
      await registerChart(r);
      await r.create('nomination', 'office-digitisation', { kind: 'award_nomination', payload: NOMINATION });
      await r.submit('nomination');
      await r.approveAndAdvance('nomination', 'Cục đề nghị Bộ khen thưởng');
      await r.hold('nomination', 'complaint', 'Đơn khiếu nại ngày 11/6/2025 về thành tích');
      r.wait(48);
      await r.release('nomination', 'Khiếu nại đã được giải quyết');
      await r.approveAndAdvance('nomination', 'Tặng Bằng khen của Bộ trưởng');
      await r.create('plan', 'camau-justice', { kind: 'implementation_plan', payload: PLAN });
      await r.submit('plan');
      r.wait(24 * 21);
      await r.migrate('plan', 'vn-ec-2025.07', 'Áp dụng Nghị định có hiệu lực từ 01/7/2025');
      await r.approveAndAdvance('plan');
    },
  },
  {
    name: 'org-moves',
    start: '2027-04-05T01:00:00.000Z',
    async play(r) {
      await registerChart(r);
      await r.create('before-move', 'office-digitisation', { kind: 'implementation_plan', payload: PLAN });
      await r.submit('before-move');
      await r.rename('dept-heritage', 'Cục Di sản văn hóa quốc gia');
      await r.move('office-digitisation', 'ministry-culture');
      await r.create('after-move', 'office-digitisation', { kind: 'implementation_plan', payload: PLAN });
      await r.submit('after-move');
      await r.approveAndAdvance('before-move', 'Cục đồng ý');
      await r.approveAndAdvance('after-move', 'Bộ đồng ý');
      await r.register('camau-archives', 'Trung tâm Lưu trữ tỉnh Cà Mau', 'unit', 'province-camau');
      await r.retire('camau-justice', 'Sáp nhập vào Trung tâm Lưu trữ tỉnh Cà Mau');
    },
  },
];
