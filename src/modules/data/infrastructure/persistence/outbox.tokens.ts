export const OUTBOX_MODEL = Symbol('OUTBOX_MODEL');
