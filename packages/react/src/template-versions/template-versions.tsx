import { useEffect, useId, useRef } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import { TemplateVersionItem, TemplateVersionsRoot } from './template-versions-parts';
import {
  type TemplateVersionsModel,
  type TemplateVersionView,
  type UseTemplateVersionsOptions,
  useTemplateVersions,
} from './use-template-versions';

export interface TemplateVersionsProps extends UseTemplateVersionsOptions {
  /** Retry after a load error (connected widgets refetch). */
  onRetry?: (() => void) | undefined;
  /** Retry loading the selected version's assignments. */
  onRetryAssignments?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4;
  className?: string | undefined;
}

/**
 * Workflow template versions by key, each key's lineage newest first (latest, retired, archived,
 * forked from), publish and archive, and the selected version's assignments (add to a team or
 * protocol template, revoke). Only an admin is offered actions; a refusal is shown with its
 * `detail` and leaves what the user typed in place. Presentational: pass the templates and the
 * handlers, or use {@link ConnectedTemplateVersions}.
 */
export function TemplateVersions({
  onRetry,
  onRetryAssignments,
  headingLevel = 2,
  className,
  ...options
}: TemplateVersionsProps) {
  const model = useTemplateVersions(options);
  const titleId = useId();
  const panelId = useId();
  const focusFamily = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (focusFamily.current === undefined) return;
    document.getElementById(`${panelId}-family-${focusFamily.current}`)?.focus();
    focusFamily.current = undefined;
  });
  const { state, messages, families, selectedId } = model;
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3';
  const Minor = `h${headingLevel + 2}` as 'h4';
  const pending = model.pendingAction;
  const busy = pending !== undefined;
  const doneText = model.done
    ? {
        publish: messages.donePublished,
        archive: messages.doneArchived,
        assign: messages.doneAssigned,
        revoke: messages.doneRevoked,
      }[model.done]
    : '';
  const button = (version: TemplateVersionView, action: 'publish' | 'archive') => (
    <button
      type="button"
      className="govkit-button"
      data-variant={action === 'publish' ? 'primary' : 'danger'}
      disabled={busy}
      aria-describedby={`${panelId}-${version.id}`}
      onClick={() => model[action](version.id)}
    >
      {pending?.action === action && pending.id === version.id
        ? messages.working
        : messages[action]}
    </button>
  );
  return (
    <TemplateVersionsRoot
      state={state}
      titleId={titleId}
      access={model.mayAct ? 'read-write' : 'read-only'}
      className={
        className
          ? `govkit-widget govkit-panel govkit-template-versions ${className}`
          : 'govkit-widget govkit-panel govkit-template-versions'
      }
    >
      <Heading id={titleId} className="govkit-template-versions__title">
        {state === 'loading' ? messages.loading : messages.title}
      </Heading>
      <span className="govkit-visually-hidden" role="status">
        {busy ? messages.working : doneText}
      </span>
      {state === 'loading' ? (
        <div className="govkit-template-versions__skeleton">
          <Skeleton width="40%" />
          <Skeleton width="100%" shape="block" height="4rem" />
          <Skeleton width="100%" shape="block" height="4rem" />
        </div>
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'error' ? (
        <ErrorState
          error={options.error}
          onRetry={onRetry}
          title={
            (options.error as { status?: number } | undefined)?.status === 403
              ? messages.forbiddenTitle
              : undefined
          }
        />
      ) : (
        <>
          {model.actionError ? (
            <ErrorState
              error={model.actionError}
              title={model.forbidden ? messages.forbiddenTitle : messages.refusedTitle}
            />
          ) : null}
          {!model.mayAct ? (
            <p className="govkit-template-versions__muted">{messages.adminOnly}</p>
          ) : null}
          {families.map((family, index) => (
            <div key={family.key} className="govkit-template-versions__family">
              <Sub
                id={`${panelId}-family-${index}`}
                tabIndex={-1}
                className="govkit-template-versions__name"
              >
                {family.name}
              </Sub>
              <p className="govkit-template-versions__muted">
                {formatMessage(messages.familyKey, { key: family.key })} · {family.count}
              </p>
              <ol id={`${panelId}-lineage-${index}`} className="govkit-template-versions__lineage">
                {family.versions.map((version) => (
                  <TemplateVersionItem
                    key={version.id}
                    version={version}
                    selected={version.id === selectedId}
                  >
                    <div className="govkit-template-versions__row">
                      <span
                        id={`${panelId}-${version.id}`}
                        className="govkit-template-versions__label"
                      >
                        {version.label}
                        {version.name !== family.name ? (
                          <span className="govkit-template-versions__muted">: {version.name}</span>
                        ) : null}
                      </span>
                      <StatusBadge status={version.status} label={version.statusLabel} />
                      {version.standing !== 'archived' ? (
                        <span className="govkit-template-versions__standing">
                          {version.standing === 'latest' ? messages.latest : messages.retired}
                        </span>
                      ) : null}
                    </div>
                    <p className="govkit-template-versions__meta">
                      {version.forkedFrom ? (
                        <span data-part="fork">{version.forkedFrom}</span>
                      ) : null}
                      <span>{version.stages}</span>
                      <span>{version.published ?? version.created}</span>
                    </p>
                    <div className="govkit-template-versions__buttons">
                      <button
                        type="button"
                        className="govkit-button"
                        aria-pressed={version.id === selectedId}
                        aria-controls={version.id === selectedId ? panelId : undefined}
                        aria-describedby={`${panelId}-${version.id}`}
                        onClick={() => model.select(version.id)}
                      >
                        {messages.showAssignments}
                      </button>
                      {version.canPublish ? button(version, 'publish') : null}
                      {version.canArchive ? button(version, 'archive') : null}
                    </div>
                  </TemplateVersionItem>
                ))}
              </ol>
              {family.toggle ? (
                <button
                  type="button"
                  className="govkit-button govkit-template-versions__toggle"
                  aria-expanded={family.toggle === 'fewer'}
                  aria-controls={`${panelId}-lineage-${index}`}
                  onClick={() => model.toggleVersions(family.key)}
                >
                  {family.toggleLabel}
                </button>
              ) : null}
              {/* The assignments open under their version's key, not after every key. */}
              {model.selected && family.versions.some((v) => v.id === selectedId) ? (
                <AssignmentsPanel
                  model={model}
                  Sub={Minor}
                  id={panelId}
                  onRetry={onRetryAssignments}
                  error={options.assignmentsError}
                />
              ) : null}
            </div>
          ))}
          {model.hiddenFamilies > 0 ? (
            <div className="govkit-template-versions__more">
              <p className="govkit-template-versions__muted">{model.shownText}</p>
              <button
                type="button"
                className="govkit-button"
                onClick={() => {
                  // Focus moves to the first key the button added, where reading continues.
                  focusFamily.current = families.length;
                  model.showMoreFamilies();
                }}
              >
                {messages.showMoreTemplates}
              </button>
            </div>
          ) : null}
        </>
      )}
    </TemplateVersionsRoot>
  );
}

function AssignmentsPanel({
  model,
  Sub,
  id,
  onRetry,
  error,
}: {
  model: TemplateVersionsModel;
  Sub: 'h4';
  id: string;
  onRetry: (() => void) | undefined;
  error: unknown;
}) {
  const { messages, selected, draft, pendingAction } = model;
  const fieldId = useId();
  if (!selected) return null;
  const busy = pendingAction !== undefined;
  const invalid = draft.error !== undefined;
  return (
    <section
      id={id}
      className="govkit-template-versions__assignments"
      aria-labelledby={`${id}-title`}
    >
      <Sub id={`${id}-title`} className="govkit-template-versions__name">
        {formatMessage(messages.assignmentsTitle, {
          name: selected.name,
          version: String(selected.version),
        })}
      </Sub>
      {model.assignmentsState === 'loading' ? (
        <p className="govkit-template-versions__muted" aria-busy="true">
          {messages.assignmentsLoading}
        </p>
      ) : model.assignmentsState === 'error' ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : model.assignmentsState === 'empty' ? (
        <p className="govkit-template-versions__muted">{messages.assignmentsEmpty}</p>
      ) : (
        <ul className="govkit-template-versions__list">
          {model.assignments.map((item) => (
            <li key={item.id} data-pending={item.pending || undefined}>
              <span>{item.label}</span>
              {item.pending ? (
                <span className="govkit-template-versions__muted">
                  {messages.assignmentPending}
                </span>
              ) : model.canRevoke ? (
                <button
                  type="button"
                  className="govkit-button"
                  data-variant="danger"
                  disabled={busy}
                  aria-label={formatMessage(messages.revokeLabel, { target: item.label })}
                  onClick={() => model.revoke(item.assignment)}
                >
                  {pendingAction?.action === 'revoke' && pendingAction.id === item.id
                    ? messages.working
                    : messages.revoke}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {model.canAssign ? (
        <form
          className="govkit-template-versions__form"
          aria-labelledby={`${fieldId}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            model.submitAssignment();
          }}
        >
          <p id={`${fieldId}-title`} className="govkit-template-versions__form-title">
            {messages.addTitle}
          </p>
          <fieldset>
            <legend>{messages.targetKind}</legend>
            {(['team', 'protocol'] as const).map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name={`${fieldId}-kind`}
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => draft.setKind(kind)}
                />
                {kind === 'team' ? messages.targetTeam : messages.targetProtocol}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${fieldId}-target`}>{messages.targetId}</label>
          <input
            id={`${fieldId}-target`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${fieldId}-error` : undefined}
            value={draft.targetId}
            onChange={(event) => draft.setTargetId(event.target.value)}
          />
          {invalid ? (
            <span id={`${fieldId}-error`} className="govkit-template-versions__field-error">
              {draft.error}
            </span>
          ) : null}
          <div className="govkit-template-versions__buttons">
            <button
              type="submit"
              className="govkit-button"
              data-variant="primary"
              disabled={busy || invalid || draft.targetId.trim() === ''}
            >
              {pendingAction?.action === 'assign' ? messages.working : messages.assign}
            </button>
          </div>
        </form>
      ) : model.mayAct && selected.status === 'archived' ? (
        <p className="govkit-template-versions__muted">{messages.archivedNoAssign}</p>
      ) : null}
    </section>
  );
}
