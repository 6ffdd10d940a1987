// @govkit/sdk/engines/evidence: the evidence engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './evidence-catalog';
export * from './evidence-cursor';
export * from './evidence-discovery';
