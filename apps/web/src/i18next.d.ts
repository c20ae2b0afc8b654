import 'i18next';
import type { resources } from './i18n';

// Types `t` against the Danish texts: an unknown key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    resources: (typeof resources)['da'];
  }
}
