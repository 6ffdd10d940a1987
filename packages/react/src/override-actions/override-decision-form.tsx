import type { OverrideActionRequestInput, OverrideRecommendation } from '@govkit/sdk';
import {
  DOMAIN_ERROR_DETAILS,
  OVERRIDE_REASSIGN_CONTEXT_DETAIL,
  OverrideActionRequestSchema,
} from '@govkit/sdk/schemas';
import { useId, useState } from 'react';
import { type OverrideFormFrameProps, OverrideFormShell } from './override-form-shell';
import {
  type LineageFieldValue,
  lineageFieldId,
  OverrideLineagePicker,
} from './override-lineage-picker';
import type { OverrideDecisionVerb, OverrideLineageOption } from './use-override-actions';

/** `readOnly`: a 403 made the widget read-only; what was typed stays, with Cancel. */
export interface OverrideDecisionFormProps extends Omit<OverrideFormFrameProps, 'lockShown'> {
  verb: OverrideDecisionVerb;
  executionId: string;
  recommendation: OverrideRecommendation;
  scenarios: readonly OverrideLineageOption[];
  notebookEntries: readonly OverrideLineageOption[];
  /** Prefill of a reassign's baseline and target reviewer (free entry otherwise). */
  reassign?: { baselineId?: string | undefined; targetReviewerId?: string | undefined } | undefined;
  onSubmit: (body: OverrideActionRequestInput) => unknown;
}

interface FieldErrors {
  lineage?: string | undefined;
  reassign?: string | undefined;
}

const EMPTY_FIELD: LineageFieldValue = { choice: '', typed: '' };

/**
 * Accept, decline or execute one recommendation: the lineage picker (required: a scenario or a
 * notebook entry), notes, `reversible` on execute, and a reassign's baseline and target
 * reviewer. The body is checked against the request schema before sending; nothing typed is lost
 * to a validation error or a refusal.
 */
export function OverrideDecisionForm({
  verb,
  executionId,
  recommendation,
  scenarios,
  notebookEntries,
  reassign,
  onSubmit,
  onCancel,
  onDone,
  onForbidden,
  readOnly,
  messages,
  now,
  className,
}: OverrideDecisionFormProps) {
  const [scenario, setScenario] = useState<LineageFieldValue>(EMPTY_FIELD);
  const [notebook, setNotebook] = useState<LineageFieldValue>(EMPTY_FIELD);
  const [notes, setNotes] = useState('');
  const [reversible, setReversible] = useState(true);
  const [baselineId, setBaselineId] = useState(reassign?.baselineId ?? '');
  const [targetId, setTargetId] = useState(reassign?.targetReviewerId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const ids = { notes: useId(), reversible: useId(), baseline: useId(), target: useId() };
  const reassignHint = useId();
  const isReassign = recommendation.action === 'reassign';

  function body(): OverrideActionRequestInput {
    const scenarioId = lineageFieldId(scenario, scenarios.length > 0);
    const notebookId = lineageFieldId(notebook, notebookEntries.length > 0);
    return {
      execution_id: executionId,
      action: recommendation.action as OverrideActionRequestInput['action'],
      notes: notes.trim() || null,
      metadata: verb === 'execute' ? { reversible } : {},
      lineage: {
        ...(scenarioId ? { scenario_id: scenarioId } : {}),
        ...(notebookId ? { notebook_entry_id: notebookId } : {}),
      },
      ...(isReassign
        ? { baseline_id: baselineId.trim() || null, target_reviewer_id: targetId.trim() || null }
        : {}),
    };
  }

  function prepare() {
    const request = body();
    const checked = OverrideActionRequestSchema.safeParse(request);
    if (!checked.success) {
      const next: FieldErrors = {};
      for (const issue of checked.error.issues) {
        const [head] = issue.path;
        if (head === 'lineage') {
          const provenance =
            issue.message === DOMAIN_ERROR_DETAILS.lineageProvenance ||
            issue.message === DOMAIN_ERROR_DETAILS.lineageRequired;
          next.lineage ??= provenance ? messages.lineageRequired : messages.idInvalid;
        } else if (
          head === 'baseline_id' ||
          head === 'target_reviewer_id' ||
          issue.message === OVERRIDE_REASSIGN_CONTEXT_DETAIL
        ) {
          next.reassign ??=
            issue.message === OVERRIDE_REASSIGN_CONTEXT_DETAIL
              ? messages.reassignRequired
              : messages.idInvalid;
        } else {
          // A field the user cannot edit (an action from a newer server): say so, send nothing.
          next.lineage ??= issue.message;
        }
      }
      setErrors(next);
      return undefined;
    }
    setErrors({});
    return () => onSubmit(request);
  }

  const kept = Boolean(
    notes.trim() || scenario.choice || scenario.typed || notebook.choice || notebook.typed,
  );
  return (
    <OverrideFormShell
      verb={verb}
      submitLabel={messages[`${verb}Submit`]}
      prepare={prepare}
      kept={kept}
      onCancel={onCancel}
      onDone={onDone}
      onForbidden={onForbidden}
      readOnly={readOnly}
      messages={messages}
      now={now}
      className={className}
    >
      <OverrideLineagePicker
        scenarios={scenarios}
        notebookEntries={notebookEntries}
        scenario={scenario}
        notebook={notebook}
        onScenarioChange={(value) => {
          setScenario(value);
          setErrors((current) => ({ ...current, lineage: undefined }));
        }}
        onNotebookChange={(value) => {
          setNotebook(value);
          setErrors((current) => ({ ...current, lineage: undefined }));
        }}
        error={errors.lineage}
        messages={messages}
      />
      {isReassign ? (
        <div data-reassign="">
          <label htmlFor={ids.baseline}>{messages.baselineLabel}</label>
          <input
            id={ids.baseline}
            type="text"
            value={baselineId}
            autoComplete="off"
            aria-invalid={errors.reassign ? true : undefined}
            aria-describedby={errors.reassign ? reassignHint : undefined}
            onChange={(event) => setBaselineId(event.target.value)}
          />
          <label htmlFor={ids.target}>{messages.targetReviewerLabel}</label>
          <input
            id={ids.target}
            type="text"
            value={targetId}
            autoComplete="off"
            aria-invalid={errors.reassign ? true : undefined}
            aria-describedby={errors.reassign ? reassignHint : undefined}
            onChange={(event) => setTargetId(event.target.value)}
          />
          {errors.reassign ? (
            <p id={reassignHint} data-hint="invalid">
              {errors.reassign}
            </p>
          ) : null}
        </div>
      ) : null}
      <label htmlFor={ids.notes}>{messages.notesLabel}</label>
      <textarea
        id={ids.notes}
        rows={2}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      {verb === 'execute' ? (
        <div data-checkbox="">
          <input
            id={ids.reversible}
            type="checkbox"
            checked={reversible}
            aria-describedby={`${ids.reversible}-hint`}
            onChange={(event) => setReversible(event.target.checked)}
          />
          <label htmlFor={ids.reversible}>{messages.reversibleLabel}</label>
          <p id={`${ids.reversible}-hint`} data-hint="">
            {messages.reversibleHint}
          </p>
        </div>
      ) : null}
    </OverrideFormShell>
  );
}
