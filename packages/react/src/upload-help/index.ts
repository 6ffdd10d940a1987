'use client';

// @govkit/react/upload-help: the upload page's remote-assist link and request form (seed 003).

export { useRequestRemoteAssist } from '../runs/use-request-remote-assist';
export { ConnectedUploadHelp, type ConnectedUploadHelpProps } from './connected-upload-help';
export { UploadHelp, type UploadHelpProps } from './upload-help';
export { type UploadHelpMessages, uploadHelpMessages } from './upload-help-messages';
export {
  UploadHelpField,
  type UploadHelpFieldProps,
  UploadHelpRoot,
  type UploadHelpRootProps,
} from './upload-help-parts';
export {
  retryAfterSeconds,
  UPLOAD_HELP_FIELDS,
  type UploadHelpField as UploadHelpFieldName,
  type UploadHelpModel,
  type UploadHelpState,
  type UploadHelpValues,
  type UseUploadHelpOptions,
  useUploadHelp,
} from './use-upload-help';
