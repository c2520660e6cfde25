/** The window-deadline services handed to the job processors (see WindowDeadlineServices). */
export const WINDOW_DEADLINE_SERVICES = Symbol('WindowDeadlineServices');
