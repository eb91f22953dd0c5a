import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useLocation } from "react-router";

/** Where to go after a save, with the message to show there. */
export type SavedState = { saved?: string };

/** The message of the save that led here (from the navigation's state), as a status. */
export function SavedNotice({ message }: { message?: string | null }) {
  const location = useLocation();
  const text = message ?? (location.state as SavedState | null)?.saved;
  return (
    <div role="status">
      {text ? (
        <Alert data-color="success">
          <Paragraph>{text}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
