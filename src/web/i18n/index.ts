/**
 * The UI's languages: bokmål (default), nynorsk and English. The choice is kept in localStorage
 * and mirrored on `<html lang>`. The plan's own words are never translated, only the UI around them.
 */
import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import type { Locale } from "../../domain/format.js";
import { en } from "./en.js";
import { nb } from "./nb.js";
import { nn } from "./nn.js";

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

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
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
