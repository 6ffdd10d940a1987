import { useId } from 'react';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import {
  ScenarioContextRoot,
  ScenarioContextRow,
  ScenarioContextTitle,
} from './scenario-context-parts';
import {
  type ScenarioContextSource,
  type UseScenarioContextOptions,
  useScenarioContext,
} from './use-scenario-context';

export interface ScenarioContextWidgetProps extends UseScenarioContextOptions {
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /** Heading level of the title. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

function Source({ source }: { source: ScenarioContextSource }) {
  return (
    <>
      <span className="govkit-scenario-context__label">{source.label}</span>
      {source.label !== source.id ? (
        <code className="govkit-scenario-context__id">{source.id}</code>
      ) : null}
      {source.detail ? (
        <span className="govkit-scenario-context__detail">{source.detail}</span>
      ) : null}
    </>
  );
}

/**
 * Where an override came from (seed 000): the scenario and/or notebook entry it was decided on,
 * who captured that lineage and when, and its metadata (from `metadata` or the wire's `meta`).
 * Renders nothing when the entry has no provenance. Presentational: pass `lineage` or a timeline
 * `entry`; {@link ConnectedScenarioContextWidget} fetches the entry by id.
 */
export function ScenarioContextWidget({
  onRetry,
  headingLevel,
  className,
  ...options
}: ScenarioContextWidgetProps) {
  const model = useScenarioContext(options);
  const titleId = useId();
  const { state, messages } = model;
  if (state === 'none') return null;
  return (
    <ScenarioContextRoot
      state={state}
      titleId={titleId}
      backfilled={model.backfilled}
      className={
        className
          ? `govkit-widget govkit-panel govkit-scenario-context ${className}`
          : 'govkit-widget govkit-panel govkit-scenario-context'
      }
    >
      <div className="govkit-scenario-context__header">
        <ScenarioContextTitle
          id={titleId}
          level={headingLevel}
          className="govkit-scenario-context__title"
        >
          {messages.title}
        </ScenarioContextTitle>
        {model.backfilled ? (
          <span className="govkit-scenario-context__badge" title={messages.backfilledHint}>
            {messages.backfilled}
          </span>
        ) : null}
      </div>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <p className="govkit-scenario-context__captured">
            <Skeleton width="14em" />
          </p>
          <dl className="govkit-fields govkit-fields--rows govkit-scenario-context__rows">
            <ScenarioContextRow row="scenario" label={messages.scenario}>
              <Skeleton width="10em" />
            </ScenarioContextRow>
            <ScenarioContextRow row="notebook" label={messages.notebookEntry}>
              <Skeleton width="10em" />
            </ScenarioContextRow>
          </dl>
        </>
      ) : (
        <>
          {model.captured ? (
            <p className="govkit-scenario-context__captured">
              {model.captured.iso ? (
                <time dateTime={model.captured.iso}>{model.captured.text}</time>
              ) : (
                model.captured.text
              )}
            </p>
          ) : null}
          {model.backfilled ? (
            <p className="govkit-scenario-context__hint">{messages.backfilledHint}</p>
          ) : null}
          <dl className="govkit-fields govkit-fields--rows govkit-scenario-context__rows">
            {model.scenario ? (
              <ScenarioContextRow row="scenario" label={messages.scenario}>
                <Source source={model.scenario} />
              </ScenarioContextRow>
            ) : null}
            {model.notebook ? (
              <ScenarioContextRow row="notebook" label={messages.notebookEntry}>
                <Source source={model.notebook} />
              </ScenarioContextRow>
            ) : null}
            {model.metadata.length > 0 ? (
              <ScenarioContextRow row="metadata" label={messages.metadata}>
                <dl className="govkit-scenario-context__metadata">
                  {model.metadata.map((item) => (
                    <div key={item.key}>
                      <dt>
                        <code>{item.key}</code>
                      </dt>
                      <dd>
                        <code>{item.text}</code>
                      </dd>
                    </div>
                  ))}
                </dl>
              </ScenarioContextRow>
            ) : null}
          </dl>
        </>
      )}
    </ScenarioContextRoot>
  );
}
