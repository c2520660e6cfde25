import { ActedBy } from '../../actors/actor';
import { AwardForm } from '../../rules/rule-set';
import { EmulationTitle, Rating } from '../award-rules';
import { AnnualResultRecorded, PriorAwardRecorded } from '../honours.events';

const secretariat: ActedBy = { userId: 'reviewer@moc', role: 'reviewer', orgId: 'moc' };

export function result(nomineeKey: string, year: number, rating: Rating, titles: EmulationTitle[] = []): AnnualResultRecorded {
  return {
    type: 'AnnualResultRecorded',
    data: {
      nomineeKey,
      nomineeKind: 'individual',
      year,
      rating,
      titles,
      basisRef: `Decision on ${year} results`,
      by: secretariat,
      at: `${year + 1}-01-15T02:00:00.000Z`,
    },
  };
}

export function priorAward(nomineeKey: string, form: AwardForm, year: number, decisionRef: string): PriorAwardRecorded {
  return {
    type: 'PriorAwardRecorded',
    data: {
      nomineeKey,
      nomineeKind: 'individual',
      form,
      year,
      achievementKey: `${nomineeKey}:${year}`,
      decisionRef,
      by: secretariat,
      at: '2025-01-10T02:00:00.000Z',
    },
  };
}

/** One career: a ministry certificate for 2019, then 2020–2024 rated good or better with three grassroots titles. */
export function recordOf(nomineeKey: string, overrides: Partial<Record<number, [Rating, EmulationTitle[]]>> = {}) {
  const years: Record<number, [Rating, EmulationTitle[]]> = {
    2020: ['good', []],
    2021: ['excellent', ['grassroots_emulation_fighter']],
    2022: ['good', ['grassroots_emulation_fighter']],
    2023: ['excellent', []],
    2024: ['good', ['grassroots_emulation_fighter']],
    ...overrides,
  };
  return [
    priorAward(nomineeKey, 'ministry_certificate', 2019, '2045/QĐ-BVHTTDL'),
    ...Object.entries(years).map(([year, [rating, titles]]) => result(nomineeKey, Number(year), rating, titles)),
  ];
}
