/** Tiếng Việt / English: a plain select, reachable by keyboard and remembered by the provider. */
import { useId } from 'react';
import { LANGUAGES, type Language } from '../i18n/dictionary';
import { useI18n } from '../i18n/I18nProvider';

const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/** The language switch. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t.language}</label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
