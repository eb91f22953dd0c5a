/**
 * Single sign-on's settings from the environment, read once when the server starts. It is off
 * while no `PLANSPOR_OIDC_*` variable is set (`PLANSPOR_PUBLIC_URL` alone serves other ends);
 * once one is, `PLANSPOR_OIDC_ISSUER`, `PLANSPOR_OIDC_CLIENT_ID`, `PLANSPOR_OIDC_CLIENT_SECRET` and
 * `PLANSPOR_PUBLIC_URL` must all be: a half-made configuration stops the start, rather than
 * giving a login button that fails later.
 */
import type { OidcSettings } from "../app/oidc-login.js";

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The address users reach Planspor at, e.g. `https://planspor.example.no` (no trailing "/" needed). */
  publicUrl: string;
  /** `PLANSPOR_OIDC_TRUST_EMAIL=true`: take the provider's e-mail as verified (Entra ID sends no `email_verified`). */
  trustEmail?: boolean;
};

const REQUIRED = [
  "PLANSPOR_OIDC_ISSUER",
  "PLANSPOR_OIDC_CLIENT_ID",
  "PLANSPOR_OIDC_CLIENT_SECRET",
  "PLANSPOR_PUBLIC_URL",
] as const;

export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const value = (name: string) => env[name]?.trim() ?? "";
  if (REQUIRED.every((name) => !name.startsWith("PLANSPOR_OIDC_") || value(name) === "")) return null;
  const missing = REQUIRED.filter((name) => value(name) === "");
  if (missing.length > 0) {
    throw new Error(
      `Single sign-on is half configured: set ${missing.join(", ")} too, or none of the PLANSPOR_OIDC_* variables`,
    );
  }
  return {
    issuer: value("PLANSPOR_OIDC_ISSUER"),
    clientId: value("PLANSPOR_OIDC_CLIENT_ID"),
    clientSecret: value("PLANSPOR_OIDC_CLIENT_SECRET"),
    publicUrl: value("PLANSPOR_PUBLIC_URL"),
    trustEmail: value("PLANSPOR_OIDC_TRUST_EMAIL").toLowerCase() === "true",
  };
}

/** The settings the login uses; throws on an issuer or public URL that is no http(s) URL. */
export function oidcSettings(config: OidcConfig): OidcSettings {
  for (const [name, url] of [
    ["issuer", config.issuer],
    ["public URL", config.publicUrl],
  ] as const) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new Error(`Single sign-on: the ${name} "${url}" is not an http(s) URL`);
    }
  }
  return {
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    redirectUri: `${config.publicUrl.replace(/\/+$/, "")}/api/auth/oidc/callback`,
    trustEmail: config.trustEmail ?? false,
  };
}
