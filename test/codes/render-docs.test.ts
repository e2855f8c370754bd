import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../codes/build/catalog.js';
import { breakableName, markdownText, renderDocs } from '../../codes/build/render-docs.js';
import { validCode, writeCatalog } from '../helpers/catalog-fixture.js';

describe('renderDocs', () => {
  const catalog = loadCatalog(
    writeCatalog(
      {
        Gone: validCode({ status: 'retired', summary: 'An old code.' }),
        Live: validCode({ scope: 'common', editions: ['china', 'international'], summary: 'A common code.' }),
        'Live.Child': validCode({ summary: 'A child.', 'zh-CN': { summary: '一个*子*错误码。', cause: '父错误码的细分。', remedy: '按父错误码处理。' } }),
      },
      { DescribeThing: { editions: ['china', 'international'], codes: ['Live.Child', 'Live'], internationalCodes: ['Live'] } },
    ),
  );
  const pages = renderDocs(catalog);

  it('keeps a page for a retired code, marked as no longer returned and without examples to lint', () => {
    const page = pages.get('codes/Gone.md') ?? '';
    expect(page).toMatch(/^---\ntitle: Gone\n---\n\n<!-- DO NOT EDIT\./);
    expect(page).toContain('> **Retired.** No action returns this code any more');
    expect(page).not.toContain('lint-example');
  });

  it('links parent, sub-codes and actions, and says which actions are China-only', () => {
    const child = pages.get('codes/Live.Child.md') ?? '';
    expect(child).toContain('- **Parent:** [Live](./Live.md)');
    expect(child).toContain('- [DescribeThing](../actions/DescribeThing.md) (China site only)');
    expect(pages.get('codes/Live.md')).toContain('- **Sub-codes:** [Live.Child](./Live.Child.md)');
  });

  it('groups an action page by category and states the international difference', () => {
    const action = pages.get('actions/DescribeThing.md') ?? '';
    expect(action).toContain('### Not found\n\n- [Live.Child](../codes/Live.Child.md): A child.');
    expect(action).toContain('The international site lists a different set: it does not list [Live.Child](../codes/Live.Child.md).');
  });

  it('carries the Chinese text on code and action pages, as text', () => {
    expect(pages.get('codes/Live.Child.md')).toContain(
      '## 中文说明\n\n一个\\*子\\*错误码。\n\n- **常见原因**：父错误码的细分。\n- **处理方法**：按父错误码处理。\n- **能否原样重试**：不能：须先修改请求、账号或时钟\n',
    );
    expect(pages.get('actions/DescribeThing.md')).toContain(
      '## 中文说明\n\nSDK 为这个接口列出的错误码（共 2 个）：\n\n- [Live.Child](../codes/Live.Child.md)：一个\\*子\\*错误码。\n- [Live](../codes/Live.md)：不存在。\n',
    );
  });

  it('lists every page in the indexes, as typedoc children', () => {
    expect(pages.get('codes.md')).toContain('children:\n  - ./codes/Gone.md\n  - ./codes/Live.md\n  - ./codes/Live.Child.md\n---');
    expect([...pages.keys()].sort()).toEqual(['actions.md', 'actions/DescribeThing.md', 'codes.md', 'codes/Gone.md', 'codes/Live.Child.md', 'codes/Live.md']);
  });
});

describe('breakableName', () => {
  it('lets a long name break after a dot and between words, and nowhere else', () => {
    expect(breakableName('FailedOperation.ClassTooLong')).toBe('Failed<wbr>Operation.<wbr>Class<wbr>Too<wbr>Long');
    expect(breakableName('InvalidParameter.ClassIDs')).toBe('Invalid<wbr>Parameter.<wbr>Class<wbr>IDs');
    expect(breakableName('InternalError').replaceAll('<wbr>', '')).toBe('InternalError');
  });
});

describe('markdownText', () => {
  it('shows HTML and Markdown syntax literally, on one line', () => {
    expect(markdownText('a <b>&</b> *c* [d](e) | f\nnext')).toBe('a &lt;b&gt;&amp;&lt;/b&gt; \\*c\\* \\[d\\](e) \\| f next');
  });
});
