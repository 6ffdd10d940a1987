import { type ReactNode, useId } from 'react';
import { EVIDENCE_DOMAINS, type EvidenceDomain } from '../exports/use-evidence-pages';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { useFormat } from '../shared/use-format';
import { EvidencePickerOption, EvidencePickerRoot } from './evidence-picker-parts';
import {
  type EvidencePickerModel,
  type UseEvidencePickerOptions,
  useEvidencePicker,
} from './use-evidence-picker';

export interface EvidencePickerProps extends UseEvidencePickerOptions {
  /** The evidence type shown; with `onDomainChange` a type filter is offered. */
  domain?: EvidenceDomain | undefined;
  onDomainChange?: ((domain: EvidenceDomain) => void) | undefined;
  /** More pages exist: a "Load more" button follows the list. */
  hasMore?: boolean | undefined;
  loadingMore?: boolean | undefined;
  onLoadMore?: (() => void) | undefined;
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /** Attach the selected items; a rejected promise keeps the selection. */
  onAttach?: ((items: EvidencePickerModel['selectedItems']) => unknown) | undefined;
  attaching?: boolean | undefined;
  /** The last attach refusal (a typed sdk error), shown above the action. */
  attachError?: unknown;
  /** Set after a successful attach: how many items went into the new export version. */
  attachedCount?: number | undefined;
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

const SKELETON_ROWS = 4;

function Options({ model }: { model: EvidencePickerModel }): ReactNode {
  const format = useFormat();
  const { messages } = model;
  return model.visible.map((item, index) => {
    const attached = model.isAttached(item.id);
    const created = item.snapshot.created_at;
    return (
      <EvidencePickerOption
        key={item.id}
        ref={model.optionRef(index)}
        className="govkit-evidence-picker__option"
        selected={model.isSelected(item.id)}
        attached={attached}
        active={index === model.active}
        onClick={() => {
          model.setActiveIndex(index);
          model.toggle(item.id);
        }}
        onFocus={() => model.setActiveIndex(index)}
      >
        <span className="govkit-evidence-picker__check" aria-hidden="true" />
        <span className="govkit-evidence-picker__label">{item.label}</span>
        <span className="govkit-evidence-picker__meta">
          {model.typeLabel(item.type)}
          {created ? (
            <>
              {' · '}
              <time dateTime={String(created)}>{format.dateTime(created)}</time>
            </>
          ) : null}
        </span>
        {attached ? (
          <span className="govkit-evidence-picker__attached">{messages.attached}</span>
        ) : null}
      </EvidencePickerOption>
    );
  });
}

/**
 * Pick evidence to attach to a narrative export: a multi-select listbox (Space toggles, arrows
 * move, Home/End jump) over the loaded descriptors of one type, a client-side text filter, "Load
 * more" for the next page, and "Attach N items". Items already attached show as attached.
 */
export function EvidencePicker({
  domain,
  onDomainChange,
  hasMore,
  loadingMore,
  onLoadMore,
  onRetry,
  onAttach,
  attaching,
  attachError,
  attachedCount,
  headingLevel = 2,
  className,
  ...options
}: EvidencePickerProps) {
  const model = useEvidencePicker(options);
  const { messages, state } = model;
  const ids = useId();
  const Heading = `h${headingLevel}` as const;
  const count = model.selectedItems.length;
  const attach = async () => {
    // A refusal is shown through `attachError`; the selection stays for another try.
    try {
      await onAttach?.(model.selectedItems);
      model.clear();
    } catch {}
  };

  return (
    <EvidencePickerRoot
      state={state}
      titleId={`${ids}-title`}
      className={
        className
          ? `govkit-widget govkit-panel govkit-evidence-picker ${className}`
          : 'govkit-widget govkit-panel govkit-evidence-picker'
      }
      data-attaching={attaching || undefined}
    >
      <Heading id={`${ids}-title`} className="govkit-evidence-picker__title">
        {messages.title}
      </Heading>
      <div className="govkit-evidence-picker__filters">
        {onDomainChange ? (
          <label className="govkit-evidence-picker__field">
            <span>{messages.type}</span>
            <select
              className="govkit-evidence-picker__input"
              value={domain}
              onChange={(event) => onDomainChange(event.target.value as EvidenceDomain)}
            >
              {EVIDENCE_DOMAINS.map((value) => (
                <option key={value} value={value}>
                  {model.typeLabel(value)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="govkit-evidence-picker__field">
          <label htmlFor={`${ids}-search`}>{messages.search}</label>
          <input
            id={`${ids}-search`}
            type="search"
            className="govkit-evidence-picker__input"
            value={model.search}
            aria-describedby={`${ids}-hint`}
            onChange={(event) => model.setSearch(event.target.value)}
          />
          <span id={`${ids}-hint`} className="govkit-evidence-picker__hint">
            {messages.searchHint}
          </span>
        </div>
      </div>
      {state === 'loading' ? (
        <div className="govkit-evidence-picker__skeleton">
          <p className="govkit-visually-hidden" role="status">
            {messages.loading}
          </p>
          {Array.from({ length: SKELETON_ROWS }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={i} shape="block" height="2.75rem" />
          ))}
        </div>
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : model.visible.length === 0 ? (
        <EmptyState title={messages.noMatchesTitle} description={messages.noMatchesDescription} />
      ) : (
        <div
          role="listbox"
          aria-multiselectable="true"
          aria-label={messages.listLabel}
          className="govkit-evidence-picker__list"
          onKeyDown={model.onListKeyDown}
        >
          <Options model={model} />
        </div>
      )}
      {state === 'ready' ? (
        <div className="govkit-evidence-picker__more">
          {hasMore ? (
            <button
              type="button"
              className="govkit-button"
              disabled={loadingMore}
              onClick={onLoadMore}
            >
              {loadingMore ? messages.loadingMore : messages.loadMore}
            </button>
          ) : (
            <p className="govkit-evidence-picker__hint">{messages.allLoaded}</p>
          )}
        </div>
      ) : null}
      {attachError ? (
        <div className="govkit-evidence-picker__refusal">
          <ErrorState error={attachError} title={messages.refusedTitle} />
          <p className="govkit-evidence-picker__hint">{messages.refusedDetail}</p>
        </div>
      ) : attachedCount ? (
        <p className="govkit-evidence-picker__done" role="status">
          {attachedCount === 1
            ? messages.attachedDoneOne
            : formatMessage(messages.attachedDone, { count: attachedCount })}
        </p>
      ) : null}
      <div className="govkit-evidence-picker__actions">
        <span className="govkit-evidence-picker__count" aria-live="polite">
          {formatMessage(messages.selectedCount, { count })}
        </span>
        {count > 0 ? (
          <button type="button" className="govkit-button" onClick={model.clear}>
            {messages.clearSelection}
          </button>
        ) : null}
        {onAttach ? (
          <button
            type="button"
            className="govkit-button govkit-evidence-picker__attach"
            disabled={count === 0 || attaching}
            onClick={() => void attach()}
          >
            {attaching
              ? messages.attaching
              : count === 1
                ? messages.attachOne
                : formatMessage(messages.attach, { count })}
          </button>
        ) : null}
      </div>
    </EvidencePickerRoot>
  );
}
