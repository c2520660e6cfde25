import { HonoursEvent } from './honours.events';
import { Honours, RecordedHonours } from './honours.state';

export function evolveHonours(state: Honours, event: HonoursEvent): Honours {
  const { type } = event;
  const { nomineeKey, nomineeKind } = event.data;
  const base: RecordedHonours =
    state.status === 'recorded' ? state : { status: 'recorded', nomineeKey, nomineeKind, results: {}, priorAwards: [] };
  switch (type) {
    case 'AnnualResultRecorded': {
      const { year, rating, titles, basisRef } = event.data;
      return { ...base, results: { ...base.results, [year]: { year, rating, titles, basisRef } } };
    }
    case 'PriorAwardRecorded': {
      const { form, year, achievementKey, decisionRef } = event.data;
      return { ...base, priorAwards: [...base.priorAwards, { form, year, achievementKey, decisionRef }] };
    }
    default:
      (type) satisfies never;
      return state;
  }
}
