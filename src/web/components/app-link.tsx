import { Link } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { type LinkProps, NavLink, type NavLinkProps, Link as RouterLink } from "react-router";

/** A Designsystemet link that navigates inside the app without a page load. */
export function AppLink({ children, ...props }: LinkProps) {
  return (
    <Link asChild>
      <RouterLink {...props}>{children}</RouterLink>
    </Link>
  );
}

/** A navigation link that marks the current page with `aria-current="page"`. */
export function AppNavLink({ children, ...props }: Omit<NavLinkProps, "children"> & { children: ReactNode }) {
  return (
    <Link asChild>
      <NavLink {...props}>{children}</NavLink>
    </Link>
  );
}
