import { Field, Label, Select } from "@digdir/designsystemet-react";
import { type ChangeEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { isLocale, LANGUAGES, useLocale } from "../i18n/index.js";

/** Bokmål, nynorsk or English; the choice is remembered and sets `<html lang>`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (isLocale(next)) void i18n.changeLanguage(next);
  };
  return (
    <Field className="language-switcher" data-size="sm">
      <Label htmlFor={id}>{t("language.label")}</Label>
      <Select id={id} value={locale} onChange={handleChange} width="auto">
        {LANGUAGES.map((language) => (
          <Select.Option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
