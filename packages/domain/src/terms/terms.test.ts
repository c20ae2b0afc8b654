import { describe, expect, test } from 'vitest';
import { features } from '../features.js';
import { messagesDa } from '../messages.js';
import { messagesEn } from '../messages.en.js';
import { featureTermsEn } from './english.js';
import { featureTermsDa } from './index.js';

describe("the domain's terms", () => {
  test.each(features.map((f) => f.name))('every term of %s is in the Danish and the English catalogue', (name) => {
    const [da, en] = [featureTermsDa[name], featureTermsEn[name]];
    expect(Object.keys(da).filter((key) => !(key in messagesDa))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in messagesEn))).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });
});
