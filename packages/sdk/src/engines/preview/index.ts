// @govkit/sdk/engines/preview: the preview engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './experiment-preview';
export * from './ladder-simulation';
export * from './preview-narrative';
