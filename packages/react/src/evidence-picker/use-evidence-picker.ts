import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { EvidenceDomain, EvidenceItem } from '../exports/use-evidence-pages';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import { type EvidencePickerMessages, evidencePickerMessages } from './evidence-picker-messages';

export type EvidencePickerState = 'loading' | 'error' | 'empty' | 'ready';

export interface UseEvidencePickerOptions {
  /** The loaded descriptors of the current type; `undefined` while the first page loads. */
  items?: readonly EvidenceItem[] | undefined;
  /** The first page's error (a typed sdk error); shown with a retry. */
  error?: unknown;
  /** Ids already attached to the newest export: shown as attached, never selectable. */
  attachedIds?: readonly string[] | undefined;
  /** Controlled selection (item ids); `undefined` leaves it uncontrolled. */
  selectedIds?: readonly string[] | undefined;
  defaultSelectedIds?: readonly string[] | undefined;
  onSelectedIdsChange?: ((ids: readonly string[]) => void) | undefined;
  /** Controlled text filter over the loaded items. */
  search?: string | undefined;
  defaultSearch?: string | undefined;
  onSearchChange?: ((search: string) => void) | undefined;
  messages?: Partial<EvidencePickerMessages> | undefined;
}

const TYPE_MESSAGE = {
  notebook_entry: 'typeNotebookEntry',
  analytics_snapshot: 'typeAnalyticsSnapshot',
  qc_metric: 'typeQcMetric',
  remediation_report: 'typeRemediationReport',
} as const satisfies Record<EvidenceDomain, keyof EvidencePickerMessages>;

/** The words of an evidence type; an unknown type (the enum is open) shows as sent. */
export function evidenceTypeLabel(messages: EvidencePickerMessages, type: string): string {
  const key = TYPE_MESSAGE[type as EvidenceDomain];
  return key ? messages[key] : type;
}

const NO_IDS: readonly string[] = [];

/**
 * The picker's logic without markup: selection (controllable), the client-side text filter, the
 * active option and the listbox keyboard (arrows move, Home/End jump, Space or Enter toggles).
 * Every item ever shown is remembered by id, so a selection survives switching the type and
 * `selectedItems` still has each item's type to attach it.
 */
export function useEvidencePicker({
  items,
  error,
  attachedIds = NO_IDS,
  selectedIds,
  defaultSelectedIds = NO_IDS,
  onSelectedIdsChange,
  search: searchProp,
  defaultSearch = '',
  onSearchChange,
  messages: overrides,
}: UseEvidencePickerOptions) {
  const messages = useMessages('evidencePicker', evidencePickerMessages, overrides);
  const [selected, setSelected] = useControllableState<readonly string[]>({
    prop: selectedIds,
    defaultProp: defaultSelectedIds,
    onChange: onSelectedIdsChange,
    caller: 'EvidencePicker',
  });
  const [search, setSearch] = useControllableState<string>({
    prop: searchProp,
    defaultProp: defaultSearch,
    onChange: onSearchChange,
    caller: 'EvidencePicker',
  });
  const seen = useRef(new Map<string, EvidenceItem>());
  for (const item of items ?? []) seen.current.set(item.id, item);

  const attached = useMemo(() => new Set(attachedIds), [attachedIds]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const visible = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    if (!items || !needle) return items ?? [];
    return items.filter((item) => item.label.toLocaleLowerCase().includes(needle));
  }, [items, search]);

  const [activeIndex, setActiveIndex] = useState(0);
  const active = Math.min(activeIndex, Math.max(visible.length - 1, 0));
  const optionRefs = useRef<(HTMLElement | null)[]>([]);

  const toggle = useCallback(
    (id: string) => {
      if (attached.has(id)) return;
      setSelected((previous) =>
        previous.includes(id) ? previous.filter((x) => x !== id) : [...previous, id],
      );
    },
    [attached, setSelected],
  );

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, visible.length - 1));
    setActiveIndex(next);
    optionRefs.current[next]?.focus();
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (visible.length === 0) return;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(visible.length - 1);
        break;
      case ' ':
      case 'Enter': {
        const item = visible[active];
        if (item) toggle(item.id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const state: EvidencePickerState = error
    ? 'error'
    : items === undefined
      ? 'loading'
      : items.length === 0
        ? 'empty'
        : 'ready';

  const selectedItems = selected
    .map((id) => seen.current.get(id))
    .filter((item): item is EvidenceItem => item !== undefined);

  return {
    state,
    messages,
    visible,
    search,
    setSearch,
    selected,
    selectedItems,
    isSelected: (id: string) => selectedSet.has(id),
    isAttached: (id: string) => attached.has(id),
    toggle,
    clear: () => setSelected(NO_IDS),
    active,
    setActiveIndex,
    optionRef: (index: number) => (node: HTMLElement | null) => {
      optionRefs.current[index] = node;
    },
    onListKeyDown,
    typeLabel: (type: string) => evidenceTypeLabel(messages, type),
  };
}

export type EvidencePickerModel = ReturnType<typeof useEvidencePicker>;
