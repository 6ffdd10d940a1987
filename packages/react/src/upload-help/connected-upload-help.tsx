import { useRequestRemoteAssist } from '../runs/use-request-remote-assist';
import { UploadHelp, type UploadHelpProps } from './upload-help';

export interface ConnectedUploadHelpProps
  extends Omit<UploadHelpProps, 'onSubmit' | 'pending' | 'error' | 'sent'> {
  /** The workspace the request is filed for. */
  workspaceId: string;
}

/**
 * The upload-help link and form, filing the request through the provider's client. The
 * confirmation shows the request as the server stored it; a refusal keeps the form as typed.
 */
export function ConnectedUploadHelp({ workspaceId, ...props }: ConnectedUploadHelpProps) {
  const request = useRequestRemoteAssist(workspaceId);
  return (
    <UploadHelp
      {...props}
      onSubmit={(body) => {
        request.reset();
        return request.mutateAsync(body);
      }}
      pending={request.isPending}
      error={request.error ?? undefined}
    />
  );
}
