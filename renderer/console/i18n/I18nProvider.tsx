/** The chosen language for every component, remembered in localStorage. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Dictionary, type Language } from './dictionary';
import { en } from './en';
import { vi } from './vi';

const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

interface I18n {
  t: Dictionary;
  language: Language;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n>({ t: vi, language: 'vi', setLanguage: () => undefined });

function storedLanguage(): Language {
  try {
    return pickLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return 'vi'; // storage blocked: Vietnamese, as for everyone else
  }
}

/** Provides the words of the chosen language and keeps `<html lang>` in step for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // not remembered; the choice still holds for this visit
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ t: DICTIONARIES[language], language, setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The words and the language switch. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
