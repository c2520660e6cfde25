import { ActedBy, DossierEvent } from '@app/domain';
import { dateIn, Description, durationIn, HOLD_REASON_NAMES, KIND_NAMES, quoted, stepNumber } from './wording';

/** Names an organisation for a reader (its name at the moment of the event, or its id). */
export type NameOf = (orgId: string) => string;

/**
 * One line a council member reads, in English and Vietnamese, for each kind of dossier event.
 * The switch has a case per event type and ends in a `never` check, so adding an event type to the
 * union without wording for it does not compile.
 */
export function describeDossierEvent(event: DossierEvent, nameOf: NameOf): Description {
  const who = (by: ActedBy, fallbackOrgId?: string): string => {
    const orgId = by.orgId ?? fallbackOrgId;
    return orgId !== undefined ? nameOf(orgId) : by.userId;
  };
  switch (event.type) {
    case 'DossierCreated': {
      const { orgId, kind } = event.data;
      return { en: `${nameOf(orgId)} created a draft ${KIND_NAMES[kind].en}.`, vi: `${nameOf(orgId)} đã tạo dự thảo ${KIND_NAMES[kind].vi}.` };
    }
    case 'DossierEdited': {
      const { by } = event.data;
      return { en: `${who(by)} edited the content of the dossier.`, vi: `${who(by)} đã chỉnh sửa nội dung hồ sơ.` };
    }
    case 'DossierSubmitted': {
      const { by, round, route, ruleSetVersion } = event.data;
      const path = route.map((step) => nameOf(step.orgId)).join(' → ');
      return round <= 1
        ? {
            en: `${who(by)} submitted the dossier for review (submission 1) along ${path}, under rule set ${ruleSetVersion}.`,
            vi: `${who(by)} đã nộp hồ sơ để xét duyệt (lần nộp 1) theo trình tự ${path}, áp dụng bộ quy định ${ruleSetVersion}.`,
          }
        : {
            en: `${who(by)} resubmitted the revised dossier (submission ${round}) along ${path}, under rule set ${ruleSetVersion}.`,
            vi: `${who(by)} đã nộp lại hồ sơ sau khi chỉnh sửa (lần nộp ${round}) theo trình tự ${path}, áp dụng bộ quy định ${ruleSetVersion}.`,
          };
    }
    case 'ReviewRequested': {
      const { step, reviewerOrgId, dueAt } = event.data;
      const due = dateIn(dueAt);
      return {
        en: `Step ${stepNumber(step)} opened: ${nameOf(reviewerOrgId)} is to review it by ${due.en}.`,
        vi: `Bắt đầu bước ${stepNumber(step)}: ${nameOf(reviewerOrgId)} xem xét, hạn đến ngày ${due.vi}.`,
      };
    }
    case 'ReviewApproved': {
      const { by, step, round, reviewerOrgId, actingFor } = event.data;
      const inPlace = actingInPlace(actingFor, nameOf);
      return {
        en: `${who(by, reviewerOrgId)} approved step ${stepNumber(step)} (submission ${round})${inPlace.en}.`,
        vi: `${who(by, reviewerOrgId)} đã phê duyệt bước ${stepNumber(step)} (lần nộp ${round})${inPlace.vi}.`,
      };
    }
    case 'DossierReturned': {
      const { by, step, reviewerOrgId, reason, actingFor } = event.data;
      const inPlace = actingInPlace(actingFor, nameOf);
      return {
        en: `${who(by, reviewerOrgId)} returned the dossier at step ${stepNumber(step)} for revision${inPlace.en}: ${quoted(reason)}.`,
        vi: `${who(by, reviewerOrgId)} đã trả lại hồ sơ ở bước ${stepNumber(step)} để chỉnh sửa${inPlace.vi}: ${quoted(reason)}.`,
      };
    }
    case 'DossierRejected': {
      const { by, step, reviewerOrgId, reason, actingFor } = event.data;
      const inPlace = actingInPlace(actingFor, nameOf);
      return {
        en: `${who(by, reviewerOrgId)} rejected the dossier at step ${stepNumber(step)}${inPlace.en}: ${quoted(reason)}.`,
        vi: `${who(by, reviewerOrgId)} đã từ chối hồ sơ ở bước ${stepNumber(step)}${inPlace.vi}: ${quoted(reason)}.`,
      };
    }
    case 'DossierWithdrawn': {
      const { by, reason } = event.data;
      const why = reason ? `: ${quoted(reason)}` : '';
      return { en: `${who(by)} withdrew the dossier${why}.`, vi: `${who(by)} đã rút hồ sơ${why}.` };
    }
    case 'DossierApproved': {
      const { authorityOrgId } = event.data;
      return {
        en: `The dossier was finally approved by ${nameOf(authorityOrgId)}, the deciding authority.`,
        vi: `Hồ sơ đã được ${nameOf(authorityOrgId)} (cấp có thẩm quyền) phê duyệt chính thức.`,
      };
    }
    case 'ReviewReminderSent': {
      const { step, reviewerOrgId, dueAt } = event.data;
      const due = dateIn(dueAt);
      return {
        en: `Reminder sent to ${nameOf(reviewerOrgId)}: step ${stepNumber(step)} is due on ${due.en}.`,
        vi: `Đã gửi nhắc nhở ${nameOf(reviewerOrgId)}: bước ${stepNumber(step)} đến hạn ngày ${due.vi}.`,
      };
    }
    case 'ReviewEscalated': {
      const { step, fromOrgId, toOrgId, attempt } = event.data;
      return {
        en: `Step ${stepNumber(step)} passed its deadline at ${nameOf(fromOrgId)}; escalated to ${nameOf(toOrgId)}, which may decide in its place (escalation ${attempt}).`,
        vi: `Bước ${stepNumber(step)} quá hạn tại ${nameOf(fromOrgId)}; đã chuyển lên ${nameOf(toOrgId)} để xử lý thay (lần chuyển ${attempt}).`,
      };
    }
    case 'ReviewOverdue': {
      const { step, silentOrgId } = event.data;
      return {
        en: `Step ${stepNumber(step)} is overdue: ${nameOf(silentOrgId)} did not act and there is no level above; an administrator must step in.`,
        vi: `Bước ${stepNumber(step)} đã quá hạn: ${nameOf(silentOrgId)} chưa xử lý và không còn cấp trên; cần quản trị viên can thiệp.`,
      };
    }
    case 'ReviewConsentedBySilence': {
      const { step, reviewerOrgId, dueAt } = event.data;
      const due = dateIn(dueAt);
      return {
        en: `Step ${stepNumber(step)} counts as approved: ${nameOf(reviewerOrgId)} raised no objection by ${due.en} (consultation).`,
        vi: `Bước ${stepNumber(step)} được coi là đã đồng ý: ${nameOf(reviewerOrgId)} không có ý kiến đến ngày ${due.vi} (lấy ý kiến).`,
      };
    }
    case 'DossierPutOnHold': {
      const { by, step, reviewerOrgId, reason, note, remaining } = event.data;
      const because = HOLD_REASON_NAMES[reason];
      const noted = note ? `: ${quoted(note)}` : '';
      const left = durationIn(remaining);
      return {
        en: `${who(by, reviewerOrgId)} put step ${stepNumber(step)} on hold (${because.en}${noted}); its clock stopped with ${left.en} left.`,
        vi: `${who(by, reviewerOrgId)} đã tạm dừng bước ${stepNumber(step)} (${because.vi}${noted}); thời hạn ngừng tính, còn lại ${left.vi}.`,
      };
    }
    case 'DossierReleased': {
      const { by, step, reviewerOrgId, dueAt } = event.data;
      const due = dateIn(dueAt);
      return {
        en: `${who(by, reviewerOrgId)} released the hold on step ${stepNumber(step)}; it is now due on ${due.en}.`,
        vi: `${who(by, reviewerOrgId)} đã cho tiếp tục bước ${stepNumber(step)}; hạn mới là ngày ${due.vi}.`,
      };
    }
    case 'DossierRuleSetMigrated': {
      const { by, fromVersion, toVersion, dueAt } = event.data;
      const due = dueAt === undefined ? undefined : dateIn(dueAt);
      return {
        en: `${who(by)} moved the dossier from rule set ${fromVersion} to ${toVersion}${due ? `; the open step is now due on ${due.en}` : ''}.`,
        vi: `${who(by)} đã chuyển hồ sơ từ bộ quy định ${fromVersion} sang ${toVersion}${due ? `; hạn của bước đang xử lý là ngày ${due.vi}` : ''}.`,
      };
    }
    default:
      return event satisfies never;
  }
}

/** A decision taken by an organisation an overdue step was escalated to, in place of its reviewer. */
function actingInPlace(actingFor: string | undefined, nameOf: NameOf): Description {
  return actingFor === undefined ? { en: '', vi: '' } : { en: ` in place of ${nameOf(actingFor)}`, vi: ` thay cho ${nameOf(actingFor)}` };
}
