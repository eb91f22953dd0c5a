import { Alert, Paragraph } from "@digdir/designsystemet-react";

/** Why a save or an action failed, said at once to screen readers (`role="alert"`); nothing while all is well. */
export function FailureAlert({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
