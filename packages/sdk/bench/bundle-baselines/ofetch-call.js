// Baseline: what a host app pays to call one endpoint with ofetch alone (no validation, no typed
// errors, no retry policy beyond ofetch's own).
import { ofetch } from 'ofetch';

export const taskSummary = (baseURL, taskId) =>
  ofetch(`/api/governance/tasks/${encodeURIComponent(taskId)}/summary`, { baseURL });
