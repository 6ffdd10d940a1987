import {
  PermissionDeniedError,
  type TemplateAssignment,
  type TemplateAssignmentCreate,
  type WorkflowTemplate,
} from '@govkit/sdk';
import { MAX_ID_LENGTH, TemplateAssignmentCreateSchema } from '@govkit/sdk/schemas';
import { useCallback, useRef, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useFormat } from '../shared/use-format';
import { PENDING_ASSIGNMENT_PREFIX } from '../templates/use-template-actions';
import {
  type TemplateVersionsMessages,
  templateVersionsMessages,
} from './template-versions-messages';

/** The user the widget acts for. Templates are admin-only: others see them read-only. */
export interface TemplateViewer {
  id: string;
  isAdmin?: boolean | undefined;
}

export type TemplateAction = 'publish' | 'archive' | 'assign' | 'revoke';
export type TemplateVersionsState = 'loading' | 'empty' | 'ready' | 'error';
export type AssignmentTargetKind = 'team' | 'protocol';

/** What an action handler returns: a promise clears the typed text only once it resolves. */
type ActionResult = unknown;

export interface UseTemplateVersionsOptions {
  /** Every version to show (`GET /templates?include_all=true`); `undefined` while loading. */
  templates?: readonly WorkflowTemplate[] | undefined;
  error?: unknown;
  /** The selected version's assignments; `undefined` while they load. */
  assignments?: readonly TemplateAssignment[] | undefined;
  assignmentsError?: unknown;
  /** The version whose assignments are shown (controlled). */
  selectedId?: string | undefined;
  defaultSelectedId?: string | undefined;
  onSelectedIdChange?: ((templateId: string) => void) | undefined;
  /**
   * Who acts. Without a viewer every action the status allows is offered and the server
   * decides; a viewer who is not an admin is offered none.
   */
  viewer?: TemplateViewer | undefined;
  onPublish?: ((templateId: string) => ActionResult) | undefined;
  onArchive?: ((templateId: string) => ActionResult) | undefined;
  onAddAssignment?:
    | ((templateId: string, body: TemplateAssignmentCreate) => ActionResult)
    | undefined;
  onRevokeAssignment?: ((assignment: TemplateAssignment) => ActionResult) | undefined;
  /** The action being sent, and the version or assignment it concerns. */
  pendingAction?: { action: TemplateAction; id: string } | undefined;
  /** The last action's refusal; what the user typed stays in the form. */
  actionError?: unknown;
  messages?: Partial<TemplateVersionsMessages> | undefined;
  /** Template keys shown at first and added by each "Show more templates" (default 20). */
  familyPageSize?: number | undefined;
  /** Versions of one key shown before "Show older versions" (default 5, newest first). */
  versionLimit?: number | undefined;
}

export interface TemplateVersionView {
  id: string;
  version: number;
  label: string;
  name: string;
  status: string;
  statusLabel: string;
  /** `latest`, `retired` (superseded by a newer version) or `archived`. */
  standing: 'latest' | 'retired' | 'archived';
  forkedFrom: string | undefined;
  created: string;
  published: string | undefined;
  stages: string;
  canPublish: boolean;
  canArchive: boolean;
}

export interface TemplateFamilyView {
  key: string;
  name: string;
  count: string;
  /** The versions shown, newest first: all of them, or the newest few while collapsed. */
  versions: TemplateVersionView[];
  /** Older versions left out while collapsed (0 when every version is shown). */
  hiddenVersions: number;
  /**
   * What the key's versions toggle offers: `more` (show the older ones), `fewer`, or nothing
   * (few versions, or the selected version is an older one, which stays shown).
   */
  toggle: 'more' | 'fewer' | undefined;
  /** The toggle's label ("Show all 12 versions", "Show fewer versions"). */
  toggleLabel: string;
}

export interface TemplateAssignmentView {
  id: string;
  label: string;
  pending: boolean;
  assignment: TemplateAssignment;
}

const DEFAULT_FAMILY_PAGE = 20;
const DEFAULT_VERSION_LIMIT = 5;

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * The headless template versions widget: versions grouped by template key with their lineage
 * (latest, retired, archived, forked from), the selected version's assignments, the actions the
 * viewer may take, and the assignment draft, which survives a refusal.
 */
export function useTemplateVersions(options: UseTemplateVersionsOptions) {
  const { templates, error, assignments, viewer, pendingAction, actionError } = options;
  const messages = useMessages('templateVersions', templateVersionsMessages, options.messages);
  const format = useFormat();
  const [ownSelected, setOwnSelected] = useState(options.defaultSelectedId);
  const [kind, setKind] = useState<AssignmentTargetKind>('team');
  const [targetId, setTargetId] = useState('');
  const [done, setDone] = useState<TemplateAction | undefined>();
  const familyPageSize = Math.max(1, options.familyPageSize ?? DEFAULT_FAMILY_PAGE);
  const versionLimit = Math.max(1, options.versionLimit ?? DEFAULT_VERSION_LIMIT);
  const [familyLimit, setFamilyLimit] = useState(familyPageSize);
  const [expandedKeys, setExpandedKeys] = useState<ReadonlySet<string>>(() => new Set());
  const handlers = useRef(options);
  handlers.current = options;

  const state: TemplateVersionsState =
    error !== undefined && error !== null
      ? 'error'
      : templates
        ? templates.length === 0
          ? 'empty'
          : 'ready'
        : 'loading';
  const mayAct = !viewer || viewer.isAdmin === true;
  const selectedId = options.selectedId ?? ownSelected;
  const select = (templateId: string) => {
    setOwnSelected(templateId);
    options.onSelectedIdChange?.(templateId);
  };

  const byId = new Map((templates ?? []).map((t) => [String(t.id), t]));
  const statusLabels: Record<string, string> = {
    draft: messages.statusDraft,
    published: messages.statusPublished,
    archived: messages.statusArchived,
  };
  const view = (t: WorkflowTemplate): TemplateVersionView => {
    const parent = t.forked_from_id == null ? undefined : byId.get(String(t.forked_from_id));
    const count = t.stage_blueprint.length;
    return {
      id: String(t.id),
      version: t.version,
      label: formatMessage(messages.version, { version: String(t.version) }),
      name: t.name,
      status: String(t.status),
      statusLabel: statusLabels[String(t.status)] ?? String(t.status),
      standing: t.status === 'archived' ? 'archived' : t.is_latest ? 'latest' : 'retired',
      forkedFrom:
        t.forked_from_id == null
          ? undefined
          : parent && parent.template_key === t.template_key
            ? formatMessage(messages.forkedFrom, { version: String(parent.version) })
            : messages.forkedFromUnknown,
      created: formatMessage(messages.created, { time: format.dateTime(t.created_at) }),
      published: t.published_at
        ? formatMessage(messages.publishedAt, { time: format.dateTime(t.published_at) })
        : undefined,
      stages:
        count === 1
          ? messages.stagesOne
          : formatMessage(messages.stagesOther, { count: String(count) }),
      canPublish: mayAct && t.status === 'draft' && options.onPublish !== undefined,
      canArchive: mayAct && t.status !== 'archived' && options.onArchive !== undefined,
    };
  };
  const groups = new Map<string, WorkflowTemplate[]>();
  for (const t of templates ?? []) {
    const group = groups.get(t.template_key);
    if (group) group.push(t);
    else groups.set(t.template_key, [t]);
  }
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  const selectedKey = selectedId ? byId.get(selectedId)?.template_key : undefined;
  // Large catalogues are paged by key and long lineages collapsed to their newest versions, so
  // the page stays short and only what is shown is built. The selected version is always shown.
  const shownKeys = keys.slice(
    0,
    Math.max(familyLimit, selectedKey === undefined ? 0 : keys.indexOf(selectedKey) + 1),
  );
  const families: TemplateFamilyView[] = shownKeys.map((key) => {
    const sorted = (groups.get(key) ?? []).sort((a, b) => b.version - a.version);
    const pinned = sorted.findIndex((t) => String(t.id) === selectedId) >= versionLimit;
    const expanded = pinned || expandedKeys.has(key);
    const shown = expanded ? sorted : sorted.slice(0, versionLimit);
    return {
      key,
      name: (sorted.find((t) => t.is_latest) ?? sorted[0])?.name ?? key,
      count:
        sorted.length === 1
          ? messages.versionCountOne
          : formatMessage(messages.versionCountOther, { count: String(sorted.length) }),
      versions: shown.map(view),
      hiddenVersions: sorted.length - shown.length,
      toggle: sorted.length <= versionLimit || pinned ? undefined : expanded ? 'fewer' : 'more',
      toggleLabel: expanded
        ? messages.showFewerVersions
        : formatMessage(messages.showAllVersions, { count: format.number(sorted.length) }),
    };
  });
  const hiddenFamilies = keys.length - shownKeys.length;

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const assignmentViews: TemplateAssignmentView[] = (assignments ?? []).map((assignment) => {
    const team = assignment.team_id != null;
    return {
      id: String(assignment.id),
      label: formatMessage(team ? messages.assignmentTeam : messages.assignmentProtocol, {
        target: String(team ? assignment.team_id : assignment.protocol_template_id),
      }),
      pending: String(assignment.id).startsWith(PENDING_ASSIGNMENT_PREFIX),
      assignment,
    };
  });

  const trimmedTarget = targetId.trim();
  const field = kind === 'team' ? 'team_id' : 'protocol_template_id';
  const duplicate = (assignments ?? []).some((a) => String(a[field] ?? '') === trimmedTarget);
  const targetError = !trimmedTarget
    ? undefined
    : duplicate
      ? messages.targetDuplicate
      : TemplateAssignmentCreateSchema.safeParse({ [field]: trimmedTarget }).success
        ? undefined
        : formatMessage(messages.targetIdInvalid, { max: String(MAX_ID_LENGTH) });

  const run = useCallback((action: TemplateAction, result: ActionResult, clear?: () => void) => {
    if (!isPromiseLike(result)) return;
    result.then(
      () => {
        clear?.();
        setDone(action);
      },
      // The refusal reaches the widget as `actionError`; the draft stays as typed.
      () => undefined,
    );
  }, []);

  const canAssign =
    mayAct &&
    selected !== undefined &&
    selected.status !== 'archived' &&
    options.onAddAssignment !== undefined;
  const submitAssignment = () => {
    if (!selected || !trimmedTarget || targetError) return;
    setDone(undefined);
    const templateId = String(selected.id);
    run(
      'assign',
      handlers.current.onAddAssignment?.(templateId, {
        template_id: templateId,
        [field]: trimmedTarget,
      }),
      () => setTargetId(''),
    );
  };

  return {
    state,
    messages,
    families,
    /** Template keys not shown yet ("Show more templates" adds the next page). */
    hiddenFamilies,
    /** "Showing 20 of 30 templates", while keys are hidden. */
    shownText: formatMessage(messages.shownTemplates, {
      shown: format.number(shownKeys.length),
      total: format.number(keys.length),
    }),
    showMoreFamilies: () => setFamilyLimit(shownKeys.length + familyPageSize),
    /** Shows every version of a key, or its newest few again. */
    toggleVersions: (key: string) =>
      setExpandedKeys((previous) => {
        const next = new Set(previous);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    mayAct,
    selectedId,
    select,
    selected: selected ? view(selected) : undefined,
    assignments: assignmentViews,
    assignmentsState: (options.assignmentsError
      ? 'error'
      : assignments
        ? assignments.length === 0
          ? 'empty'
          : 'ready'
        : 'loading') as 'loading' | 'empty' | 'ready' | 'error',
    canAssign,
    canRevoke: mayAct && options.onRevokeAssignment !== undefined,
    draft: { kind, targetId, setKind, setTargetId, error: targetError },
    submitAssignment,
    publish: (templateId: string) => {
      setDone(undefined);
      run('publish', handlers.current.onPublish?.(templateId));
    },
    archive: (templateId: string) => {
      setDone(undefined);
      run('archive', handlers.current.onArchive?.(templateId));
    },
    revoke: (assignment: TemplateAssignment) => {
      setDone(undefined);
      run('revoke', handlers.current.onRevokeAssignment?.(assignment));
    },
    pendingAction,
    actionError,
    forbidden: actionError instanceof PermissionDeniedError,
    done: actionError ? undefined : done,
  };
}

export type TemplateVersionsModel = ReturnType<typeof useTemplateVersions>;
