import { useId } from 'react';
import type { OverrideActionsMessages } from './override-actions-messages';
import type { OverrideLineageOption } from './use-override-actions';

/** The select value that switches a lineage field to free entry. */
export const LINEAGE_OTHER = '\u0000other';

/** One side of the picker as typed: the chosen option (or none / other) and the free entry. */
export interface LineageFieldValue {
  choice: string;
  typed: string;
}

/** The id a field stands for: the chosen option, the typed id, or nothing. */
export function lineageFieldId(value: LineageFieldValue, hasOptions: boolean): string {
  if (!hasOptions || value.choice === LINEAGE_OTHER) return value.typed.trim();
  return value.choice;
}

interface LineageFieldProps {
  label: string;
  idLabel: string;
  options: readonly OverrideLineageOption[];
  value: LineageFieldValue;
  onChange: (value: LineageFieldValue) => void;
  invalid: boolean;
  describedBy: string | undefined;
  messages: OverrideActionsMessages;
  field: 'scenario' | 'notebook';
}

function LineageField({
  label,
  idLabel,
  options,
  value,
  onChange,
  invalid,
  describedBy,
  messages,
  field,
}: LineageFieldProps) {
  const selectId = useId();
  const inputId = useId();
  const typing = options.length === 0 || value.choice === LINEAGE_OTHER;
  return (
    <div data-lineage-field={field}>
      {options.length > 0 ? (
        <>
          <label htmlFor={selectId}>{label}</label>
          <select
            id={selectId}
            value={value.choice}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...value, choice: event.target.value })}
          >
            <option value="">{messages.lineageNone}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
            <option value={LINEAGE_OTHER}>{messages.lineageOther}</option>
          </select>
        </>
      ) : null}
      {typing ? (
        <>
          <label htmlFor={inputId}>{options.length > 0 ? idLabel : label}</label>
          <input
            id={inputId}
            type="text"
            value={value.typed}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...value, typed: event.target.value })}
          />
        </>
      ) : null}
    </div>
  );
}

export interface OverrideLineagePickerProps {
  scenarios: readonly OverrideLineageOption[];
  notebookEntries: readonly OverrideLineageOption[];
  scenario: LineageFieldValue;
  notebook: LineageFieldValue;
  onScenarioChange: (value: LineageFieldValue) => void;
  onNotebookChange: (value: LineageFieldValue) => void;
  /** The validation message of the lineage (none chosen, id too long). */
  error: string | undefined;
  messages: OverrideActionsMessages;
}

/**
 * Where a decision comes from: a scenario and/or a notebook entry, each chosen from the options
 * the API or the host offers, or typed as an id ("Other…", or directly when there are no
 * options). A fieldset whose hint and error describe both fields.
 */
export function OverrideLineagePicker({
  scenarios,
  notebookEntries,
  scenario,
  notebook,
  onScenarioChange,
  onNotebookChange,
  error,
  messages,
}: OverrideLineagePickerProps) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  return (
    <fieldset data-lineage-picker="" data-invalid={error ? '' : undefined}>
      <legend>{messages.lineageLegend}</legend>
      <p id={hintId} data-hint="">
        {messages.lineageHint}
      </p>
      <LineageField
        field="scenario"
        label={messages.scenarioLabel}
        idLabel={messages.scenarioIdLabel}
        options={scenarios}
        value={scenario}
        onChange={onScenarioChange}
        invalid={Boolean(error)}
        describedBy={describedBy}
        messages={messages}
      />
      <LineageField
        field="notebook"
        label={messages.notebookLabel}
        idLabel={messages.notebookIdLabel}
        options={notebookEntries}
        value={notebook}
        onChange={onNotebookChange}
        invalid={Boolean(error)}
        describedBy={describedBy}
        messages={messages}
      />
      {error ? (
        <p id={errorId} data-hint="invalid">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
