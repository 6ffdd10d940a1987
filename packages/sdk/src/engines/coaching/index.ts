// @govkit/sdk/engines/coaching: the coaching engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './coaching-note-engine';
export * from './coaching-note-store';
export * from './coaching-note-view';
