import { Button, Space } from 'antd';
import { useSetLocale } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@skranke/domain';

/** Each language named in itself, as language pickers do, so a reader of either can find their own. */
const languages: { locale: Locale; name: string }[] = [
  { locale: 'da', name: 'Dansk' },
  { locale: 'en', name: 'English' },
];

/** Two toggle buttons (aria-pressed) rather than radios: antd's button-style radios hide the radio itself. */
export function LanguageSwitch() {
  // From i18next itself: Refine's getLocale answered with the language the app started in.
  const { t, i18n } = useTranslation();
  const current = i18n.language;
  const changeLocale = useSetLocale();
  return (
    <div role="group" aria-label={t('header.language')}>
      <Space.Compact size="small">
        {languages.map(({ locale, name }) => (
          <Button
            key={locale}
            lang={locale}
            aria-pressed={current === locale}
            type={current === locale ? 'primary' : 'default'}
            onClick={() => changeLocale(locale)}
          >
            {name}
          </Button>
        ))}
      </Space.Compact>
    </div>
  );
}
