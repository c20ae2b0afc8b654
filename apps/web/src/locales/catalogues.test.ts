import { describe, expect, test } from 'vitest';
import { auditActions, features, featureTermsDa, featureTermsEn } from '@skranke/domain';
import { featureTextsDa } from '../features/texts';
import { featureTextsEn } from '../features/texts.en';
import { danish } from './danish';
import { english } from './english';

const keys = (catalogue: object) => Object.keys(catalogue).sort();
const blank = (catalogue: Record<string, string>) => Object.keys(catalogue).filter((key) => !catalogue[key]?.trim());

describe('the texts', () => {
  // i18next falls back to Danish for a key English lacks: an English user would meet Danish without any error.
  test('English has every Danish text, and nothing Danish lacks', () => {
    expect(keys(english)).toEqual(keys(danish));
  });

  test.each(features.map((f) => f.name))('%s has its screen texts and its terms in both languages, none blank', (name) => {
    expect(keys(featureTextsEn[name])).toEqual(keys(featureTextsDa[name]));
    expect(keys(featureTermsEn[name])).toEqual(keys(featureTermsDa[name]));
    for (const catalogue of [featureTextsDa[name], featureTextsEn[name], featureTermsDa[name], featureTermsEn[name]]) expect(blank(catalogue)).toEqual([]);
    // Its own texts are named for it, so two case types cannot overwrite each other's.
    expect(Object.keys(featureTextsDa[name]).filter((key) => !key.startsWith(`${name}.`))).toEqual([]);
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
