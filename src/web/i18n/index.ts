/**
 * The UI's languages: bokmål (default), nynorsk and English. The choice is kept in localStorage
 * and mirrored on `<html lang>`. The plan's own words are never translated, only the UI around them.
 * Bokmål is in the first page's code; nynorsk and English load when chosen (`changeLanguage` waits
 * for them), so the first page carries one language's words rather than three.
 */
import i18next, { type BackendModule } from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import type { Locale } from "../../domain/format.js";
import { type Messages, nb } from "./nb.js";

export const LANGUAGES = ["nb", "nn", "en"] as const satisfies readonly Locale[];
export const DEFAULT_LANGUAGE: Locale = "nb";
export const LANGUAGE_STORAGE_KEY = "planspor.language";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof nb };
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

const loadMessages: Record<Exclude<Locale, "nb">, () => Promise<Messages>> = {
  nn: () => import("./nn.js").then((module) => module.nn),
  en: () => import("./en.js").then((module) => module.en),
};

/** Reads the words of nynorsk and English when i18next first needs them. */
const lazyLanguages: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    const load = language === "nn" || language === "en" ? loadMessages[language] : undefined;
    if (load === undefined) return callback(null, {});
    load().then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export const i18n = i18next.createInstance();

/** Resolves once the words of the language the UI starts in are there (at once for bokmål). */
export const i18nReady: Promise<unknown> = i18n
  .use(initReactI18next)
  .use(lazyLanguages)
  .init({
    resources: { nb: { translation: nb } },
    partialBundledLanguages: true,
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
if (typeof document !== "undefined") document.documentElement.lang = i18n.language;
i18n.on("languageChanged", applyLanguage);

/** The current UI language as the domain's format functions take it. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return isLocale(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE;
}
