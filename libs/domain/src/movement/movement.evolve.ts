import { windowTrackKey, Movement, WindowTrack } from './movement.state';
import { MovementEvent } from './movement.events';

/** Events that do not fit the state (never written by `decide`) leave it unchanged. */
export function evolveMovement(state: Movement, event: MovementEvent): Movement {
  const { type } = event;
  switch (type) {
    case 'MovementLaunched': {
      if (state.status !== 'unlaunched') return state;
      const { by: _by, at, comment: _comment, ...definition } = event.data;
      const windowsSetAt = Object.fromEntries(definition.windows.map((w) => [w.windowId, at]));
      return { status: 'launched', definition, tracks: {}, windowsSetAt };
    }
    case 'SubmissionWindowSet': {
      if (state.status !== 'launched') return state;
      const { window } = event.data;
      const others = state.definition.windows.filter((w) => w.windowId !== window.windowId);
      const tracks = Object.fromEntries(Object.entries(state.tracks).filter(([key]) => !key.startsWith(`${window.windowId}/`)));
      const windowsSetAt = { ...state.windowsSetAt, [window.windowId]: event.data.at };
      return { ...state, definition: { ...state.definition, windows: [...others, window] }, tracks, windowsSetAt };
    }
    case 'SubmissionWindowReminderSent': {
      if (state.status === 'unlaunched') return state;
      const { windowId, orgId, at } = event.data;
      return withTrack(state, windowTrackKey(windowId, orgId), (track) => ({ ...track, remindedAt: at }));
    }
    case 'SubmissionWindowEscalated': {
      if (state.status === 'unlaunched') return state;
      const { windowId, orgId, attempt, toOrgId, at, lastInChain } = event.data;
      const escalation = { attempt, toOrgId, at, ...(lastInChain ? { lastInChain } : {}) };
      return withTrack(state, windowTrackKey(windowId, orgId), (track) => ({ ...track, escalations: [...track.escalations, escalation] }));
    }
    case 'MovementClosed':
      return state.status === 'launched' ? { ...state, status: 'closed', closedAt: event.data.at } : state;
    default:
      (type) satisfies never;
      return state;
  }
}

type Tracked = Exclude<Movement, { status: 'unlaunched' }>;

function withTrack<S extends Tracked>(state: S, key: string, change: (track: WindowTrack) => WindowTrack): S {
  const track = state.tracks[key] ?? { escalations: [] };
  return { ...state, tracks: { ...state.tracks, [key]: change(track) } };
}
