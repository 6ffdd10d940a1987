'use client';

// @govkit/react/run-manifest-receipt: the run manifest receipt, alone.

export { useRun } from '../runs/use-run';
export {
  ConnectedRunManifestReceipt,
  type ConnectedRunManifestReceiptProps,
} from './connected-run-manifest-receipt';
export { RunManifestReceipt, type RunManifestReceiptProps } from './run-manifest-receipt';
export {
  type RunManifestReceiptMessages,
  runManifestReceiptMessages,
} from './run-manifest-receipt-messages';
export {
  RunManifestReceiptField,
  type RunManifestReceiptFieldProps,
  RunManifestReceiptPanel,
  type RunManifestReceiptPanelProps,
  RunManifestReceiptRoot,
  type RunManifestReceiptRootProps,
  RunManifestReceiptStep,
  type RunManifestReceiptStepProps,
  RunManifestReceiptSteps,
  RunManifestReceiptTitle,
  type RunManifestReceiptTitleProps,
  RunManifestReceiptTrigger,
  type RunManifestReceiptTriggerProps,
} from './run-manifest-receipt-parts';
export {
  type ReceiptStep,
  type ReceiptTime,
  type RunManifestReceiptModel,
  type RunManifestReceiptState,
  type UseRunManifestReceiptOptions,
  useRunManifestReceipt,
} from './use-run-manifest-receipt';
