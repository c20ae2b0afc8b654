import { describe, expect, test } from 'vitest';
import { messagesDa } from '@skranke/domain';
import { appDa } from './app.da';
import { reportsDa } from './reports.da';
import { staffDa } from './staff.da';
import { danish } from './danish';
import { english } from './english';

const keys = (catalogue: object) => Object.keys(catalogue).sort();
const blank = (catalogue: Record<string, string>) => Object.keys(catalogue).filter((key) => !catalogue[key]?.trim());

describe('the texts', () => {
  // i18next falls back to Danish for a key English lacks: an English user would meet Danish without any error.
  test('English has every Danish text, and nothing Danish lacks', () => {
    expect(keys(english)).toEqual(keys(danish));
    expect([...blank(danish), ...blank(english)]).toEqual([]);
  });

  test('the app shell, the reports and the admins\' pages add texts, never overwrite a word of the domain', () => {
    expect(Object.keys({ ...appDa, ...reportsDa, ...staffDa }).filter((key) => key in messagesDa)).toEqual([]);
  });
});
