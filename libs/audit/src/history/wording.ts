import { DossierKind, HoldReason, OrgLevel, StepDuration } from '@app/domain';

/** A sentence in the two languages the history is read in. */
export interface Description {
  en: string;
  vi: string;
}

export const KIND_NAMES: Record<DossierKind, Description> = {
  implementation_plan: { en: 'implementation plan', vi: 'kế hoạch triển khai' },
  yearly_report: { en: 'yearly report', vi: 'báo cáo năm' },
  preliminary_summary: { en: '2027 preliminary summary', vi: 'báo cáo sơ kết năm 2027' },
  final_summary: { en: '2030 final summary', vi: 'báo cáo tổng kết năm 2030' },
  award_nomination: { en: 'award nomination', vi: 'hồ sơ đề nghị khen thưởng' },
};

export const LEVEL_NAMES: Record<OrgLevel, Description> = {
  unit: { en: 'unit level', vi: 'cấp đơn vị' },
  ministry: { en: 'ministry level', vi: 'cấp bộ, ngành' },
  province: { en: 'province level', vi: 'cấp tỉnh' },
  central_council: { en: 'Central Council level', vi: 'cấp Hội đồng Thi đua – Khen thưởng Trung ương' },
};

export const HOLD_REASON_NAMES: Record<HoldReason, Description> = {
  discipline: { en: 'pending discipline', vi: 'đang xem xét kỷ luật' },
  investigation: { en: 'under investigation', vi: 'đang thanh tra, điều tra' },
  complaint: { en: 'a complaint', vi: 'có khiếu nại, tố cáo' },
  other: { en: 'another reason', vi: 'lý do khác' },
};

/** Steps are counted from 1 for readers; the events count them from 0. */
export const stepNumber = (step: number): number => step + 1;

/** Due dates fall at the end of a day in Viet Nam, so the calendar day is taken in Vietnam time (UTC+7). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateIn(iso: string): Description {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  const [day, month, year] = [local.getUTCDate(), local.getUTCMonth(), local.getUTCFullYear()];
  const pad = (n: number) => String(n).padStart(2, '0');
  return { en: `${day} ${MONTHS[month]} ${year}`, vi: `${pad(day)}/${pad(month + 1)}/${year}` };
}

export function durationIn(duration: StepDuration): Description {
  if ('workingDays' in duration) {
    const n = duration.workingDays;
    return { en: `${n} working day${n === 1 ? '' : 's'}`, vi: `${n} ngày làm việc` };
  }
  return { en: `${duration.milliseconds} ms`, vi: `${duration.milliseconds} mili giây` };
}

/** Free text (a reason, a note) quoted as written; the same quotation marks read well in both languages. */
export const quoted = (text: string): string => `“${text}”`;
