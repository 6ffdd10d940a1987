// @govkit/sdk/engines/timeline: the timeline engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './governance-timeline';
export * from './timeline-cursor';
export * from './timeline-entries';
export * from './timeline-live-frames';
