import { PersonalDataEvent } from './personal-data.events';
import { PersonalDataState } from './personal-data.state';

export function evolvePersonalData(state: PersonalDataState, event: PersonalDataEvent): PersonalDataState {
  const { type, data } = event;
  switch (type) {
    case 'PersonalDataErased':
      return { status: 'erased', erasedAt: data.at };
    default:
      (type) satisfies never;
      return state;
  }
}
