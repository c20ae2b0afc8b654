import { describe, expect, test } from 'vitest';
import { auditActions, features } from '../features.js';
import { messagesDa } from '../messages.js';
import { messagesEn } from '../messages.en.js';
import * as audit from './audit.js';
import * as common from './common.js';
import { featureTermsEn } from './english.js';
import { featureTermsDa } from './index.js';
import * as reports from './reports.js';

describe("the domain's words", () => {
  test.each(features.map((f) => f.name))('every word of %s is in the Danish and the English catalogue, none blank', (name) => {
    const [da, en] = [featureTermsDa[name], featureTermsEn[name]];
    expect(Object.keys(da).filter((key) => !(key in messagesDa))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in messagesEn))).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    expect(Object.entries({ ...da, ...en }).filter(([, text]) => !text.trim())).toEqual([]);
  });

  // The catalogues are merged into one: a key in two of them would silently take one case type's words for another's.
  test.each(features)('$name names its words after itself, so no other catalogue can overwrite them', ({ name, entity }) => {
    const own = [`${name}.`, `${entity}.`, `audit.entity.${entity}`, `audit.action.${entity}.`];
    expect(Object.keys(featureTermsDa[name]).filter((key) => !own.some((prefix) => key.startsWith(prefix)))).toEqual([]);
  });

  test('no two catalogues share a key', () => {
    const catalogues = [common.da, reports.da, audit.da, ...Object.values(featureTermsDa)];
    const keys = catalogues.flatMap((catalogue) => Object.keys(catalogue));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  test.each([['da', messagesDa] as const, ['en', messagesEn] as const])('every audit action of every feature has its words (%s)', (_, catalogue) => {
    const missing = auditActions
      .filter((action) => action !== 'export')
      .filter((action) => !(`audit.action.${action}` in catalogue))
      .flatMap((action) => {
        // Without a label of its own, an action reads as its entity and its verb, the verb from the shared vocabulary.
        const [entity, verb] = action.split('.') as [string, string];
        return [`audit.entity.${entity === 'audit' ? 'auditLog' : entity}`, `audit.verb.${verb}`];
      })
      .filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });
});
