import { describe, expect, test } from 'vitest';
import { auditActions } from '@skranke/domain';
import { danish } from './danish';
import { english } from './english';

const keys = (catalogue: object) => Object.keys(catalogue).sort();

describe('the texts', () => {
  // i18next falls back to Danish for a key English lacks: an English user would meet Danish without any error.
  test('English has every Danish text, and nothing Danish lacks', () => {
    expect(keys(english)).toEqual(keys(danish));
  });

  test.each(['da', 'en'] as const)('every audit action of every feature has its words in the audit viewer (%s)', (locale) => {
    const catalogue: Record<string, string> = locale === 'da' ? danish : english;
    const missing = auditActions
      .filter((action) => action !== 'export')
      .flatMap((action) => {
        const [entity, verb] = action.split('.') as [string, string];
        return [`audit.entity.${entity === 'audit' ? 'auditLog' : entity}`, `audit.verb.${verb}`];
      })
      .filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });
});
