import { NotFound } from "../components/not-found.js";

/** Any address the app does not know. */
export function NotFoundPage() {
  return <NotFound />;
}
