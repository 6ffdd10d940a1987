import type { EndpointDomain, endpoints } from '../schemas/endpoint-registry';

type Registry = typeof endpoints;

/** Each registry endpoint's literal id, under its domain and key. */
type IdTable = {
  readonly [D in EndpointDomain]: {
    readonly [K in keyof Registry[D]]: Registry[D][K] extends { id: infer Id } ? Id : never;
  };
};

/**
 * The id of every registry endpoint, which is where the client tree places its method
 * (`replay.tasks.summary`). Written out rather than read from the registry because the registry
 * holds the schemas, which the client loads per domain on first call; `satisfies` makes a missing,
 * extra or misspelled id a compile error, so the table cannot drift from the registry.
 */
export const endpointIds = {
  replay: {
    tasksSummary: 'replay.tasks.summary',
    tasksDecisionTrace: 'replay.tasks.decisionTrace',
    decisionsRetrieve: 'replay.decisions.retrieve',
    statsBlockedReasons: 'replay.stats.blockedReasons',
    statsDecisionTypes: 'replay.stats.decisionTypes',
    statsDecisionLag: 'replay.stats.decisionLag',
  },
  runGovernance: {
    start: 'runs.start',
    retrieve: 'runs.retrieve',
    lockState: 'runs.locks.state',
    lockAcquire: 'runs.locks.acquire',
    lockRelease: 'runs.locks.release',
    remoteAssistCreate: 'runs.remoteAssist.create',
    remoteAssistList: 'runs.remoteAssist.list',
  },
  lineage: {
    search: 'lineage.search',
    retrieve: 'lineage.retrieve',
    logs: 'lineage.logs',
    download: 'lineage.download',
    stats: 'lineage.stats',
    delete: 'lineage.delete',
    audit: 'lineage.audit',
  },
  overrides: {
    recommendationsList: 'overrides.recommendations.list',
    accept: 'overrides.accept',
    decline: 'overrides.decline',
    execute: 'overrides.execute',
    reverse: 'overrides.reverse',
  },
  timeline: {
    list: 'timeline.list',
    stream: 'timeline.stream',
  },
  coaching: {
    list: 'coaching.list',
    create: 'coaching.create',
    update: 'coaching.update',
    flag: 'coaching.flag',
    resolve: 'coaching.resolve',
    remove: 'coaching.remove',
  },
  analytics: {
    retrieve: 'analytics.retrieve',
  },
  exports: {
    create: 'exports.create',
    list: 'exports.list',
    approve: 'exports.approve',
    stagesDelegate: 'exports.stages.delegate',
    stagesReset: 'exports.stages.reset',
    artifact: 'exports.artifact',
    jobs: 'exports.jobs',
  },
  evidence: {
    notebook: 'evidence.notebook',
    data: 'evidence.data',
  },
  preview: {
    create: 'preview.create',
  },
  templates: {
    list: 'templates.list',
    retrieve: 'templates.retrieve',
    create: 'templates.create',
    publish: 'templates.publish',
    archive: 'templates.archive',
    assignmentsList: 'templates.assignments.list',
    assignmentsCreate: 'templates.assignments.create',
    assignmentsDelete: 'templates.assignments.delete',
  },
  baselines: {
    submit: 'baselines.submit',
    list: 'baselines.list',
    retrieve: 'baselines.retrieve',
    review: 'baselines.review',
    publish: 'baselines.publish',
    rollback: 'baselines.rollback',
  },
  migrations: {
    exportSnapshots: 'migrations.exportSnapshots',
    overrideLineage: 'migrations.overrideLineage',
  },
} as const satisfies IdTable;

/**
 * The registry keys of one domain's endpoints (`'tasksSummary' | 'tasksDecisionTrace' | …` for
 * `replay`): what a per-domain table (the client's endpoint functions, the mock server's routes)
 * is keyed by. Read from the id table, so naming it loads no schema types.
 */
export type EndpointKey<D extends EndpointDomain> = keyof (typeof endpointIds)[D];
