import { describe, expect, it } from 'vitest';
import { CHINESE_RUN, chineseUnits, ENGLISH_RUN, englishUnits, findRepeats, sharedRun } from '../../codes/build/own-words.js';

const entry = (prose: { en?: string; zh?: string }) => ({
  code: 'Our.Code',
  summary: prose.en ?? 'Ours.',
  cause: 'Ours.',
  remedy: 'Ours.',
  'zh-CN': { summary: prose.zh ?? '我们的话。', cause: '我们的话。', remedy: '我们的话。' },
});

describe('the units of the two measures', () => {
  it('English: lowercased words, without punctuation or apostrophes', () => {
    expect(englishUnits("The room doesn’t exist, (really)!")).toEqual(['the', 'room', 'doesnt', 'exist', 'really']);
  });

  it('Chinese: one unit per character, a Latin word or number as one, spaces dropped, full-width forms folded', () => {
    expect(chineseUnits('MaxMicNumber 参数（超过 72）')).toEqual(['maxmicnumber', '参', '数', '(', '超', '过', '72', ')']);
  });

  it('the thresholds are six words and twelve characters', () => {
    expect([ENGLISH_RUN, CHINESE_RUN]).toEqual([6, 12]);
  });
});

describe('sharedRun', () => {
  it('returns the longest run of at least the given length, or undefined', () => {
    const theirs = chineseUnits('一二三四五六七八九十');
    expect(sharedRun(chineseUnits('〇二三四五六七八九〇'), theirs, 5)?.join('')).toBe('二三四五六七八九');
    expect(sharedRun(chineseUnits('〇二三四五〇'), theirs, 5)).toBeUndefined();
  });
});

describe('findRepeats', () => {
  const vendor = [
    { sdk: 'china' as const, code: 'Their.Code', text: 'MaxMicNumberAndAVeryLongFieldName参数错误，请检查' },
    { sdk: 'international' as const, code: 'Their.Code', text: 'The value of the parameter is out of range.' },
  ];

  it('does not count a long field name shared with the vendor as copied prose', () => {
    expect(findRepeats([entry({ zh: 'MaxMicNumberAndAVeryLongFieldName 的取值超出范围。' })], vendor)).toEqual([]);
  });

  it('counts the Chinese around a field name, with the name as one character', () => {
    // maxmic... + 参数错误，请检查 = 9 units: under the threshold.
    expect(findRepeats([entry({ zh: 'MaxMicNumberAndAVeryLongFieldName参数错误，请检查' })], vendor)).toEqual([]);
    const vendorChinese = { sdk: 'china' as const, code: 'Their.Code', text: '这个参数的取值超出了允许范围请检查' };
    expect(findRepeats([entry({ zh: '这个参数的取值超出了允许范围' })], [vendorChinese])).toEqual([
      { code: 'Our.Code', field: 'zh-CN.summary', vendor: vendorChinese, run: '这个参数的取值超出了允许范围' },
    ]);
  });

  it('reports English sharing six words, not five', () => {
    expect(findRepeats([entry({ en: 'Sorry: the value of the parameter is wrong.' })], vendor)).toEqual([
      expect.objectContaining({ field: 'summary', run: 'the value of the parameter is' }),
    ]);
    expect(findRepeats([entry({ en: 'Sorry: the value of the parameter was wrong.' })], vendor)).toEqual([]);
  });
});
