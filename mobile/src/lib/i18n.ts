import { configureLocalization } from '@lit/localize';
import * as es from '../locales/es.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
const KEY = 'eurt.locale';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  // Spanish is small: bundled rather than fetched, so switching works offline.
  loadLocale: async () => es,
});

/** The stored choice, else the device's language when it is one of ours, else English. */
export function initialLocale(): Locale {
  const stored = window.localStorage.getItem(KEY);
  if (stored === 'en' || stored === 'es') return stored;
  const device = navigator.languages?.find((language) => LOCALES.includes(language.slice(0, 2) as Locale));
  return (device?.slice(0, 2) as Locale | undefined) ?? 'en';
}

export async function useLocale(locale: Locale, remember = false): Promise<void> {
  if (remember) window.localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
  await setLocale(locale);
}

/** The locale for Intl formatting (es-ES, en-IE: euro conventions). */
export function numberLocale(): string {
  return getLocale() === 'es' ? 'es-ES' : 'en-IE';
}

export { getLocale };
