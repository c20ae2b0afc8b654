import { formatParam, messagesDa, isMessageKey, type Locale, type MessageKey } from './messages.js';
import { messagesEn } from './messages.en.js';

/** Both languages: the server answers in the reader's. */
export const messages: Record<Locale, Record<MessageKey, string>> = { da: messagesDa, en: messagesEn };

/** Translates a key (unknown text passes through, so zod's own localised messages survive). */
export function translate(key: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const text = isMessageKey(key) ? messages[locale][key] : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => formatParam(params[name], locale, (k) => messages[locale][k]));
}
