export {
  type UseControllableStateOptions,
  useControllableState,
} from './internal/use-controllable-state';
export { StatusBadge, type StatusBadgeProps } from './status-badge/status-badge';
export { type StatusTone, statusTone } from './status-badge/status-tone';
