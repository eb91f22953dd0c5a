import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorState } from "./error-state.js";
import { NotFound } from "./not-found.js";

/** What the router shows when a page throws: never a blank page. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const handleRetry = () => window.location.reload();
  return (
    <main className="app-main">
      <ErrorState error={error} onRetry={handleRetry} />
    </main>
  );
}
