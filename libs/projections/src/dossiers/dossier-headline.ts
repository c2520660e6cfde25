import { DossierContent } from '@app/domain';

/** Lists show a preview; the full text stays in the events, so rows stay small. */
export const SUMMARY_MAX_LENGTH = 500;

export interface DossierHeadline {
  title: string | null;
  summary: string | null;
}

/** The title and summary a kind's payload has: a plan's title, a summary's narrative, a nomination's achievement. */
export function dossierHeadline(content: DossierContent): DossierHeadline {
  switch (content.kind) {
    case 'implementation_plan':
      return { title: content.payload.title, summary: null };
    case 'preliminary_summary':
    case 'final_summary':
      return { title: null, summary: preview(content.payload.narrative) };
    case 'award_nomination':
      return { title: null, summary: preview(content.payload.achievement) };
    case 'yearly_report':
      return { title: null, summary: null };
    default:
      return content satisfies never;
  }
}

function preview(text: string): string {
  const characters = [...text];
  return characters.length <= SUMMARY_MAX_LENGTH ? text : `${characters.slice(0, SUMMARY_MAX_LENGTH - 1).join('')}…`;
}
