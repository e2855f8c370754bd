import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog, type CatalogProblem } from '../../codes/build/catalog.js';
import { validCode, writeCatalog } from '../helpers/catalog-fixture.js';

const room = { RoomNotThere: validCode() };
const action = { editions: ['china'], codes: ['RoomNotThere'] };

function problemsOf(dir: string): readonly CatalogProblem[] {
  try {
    loadCatalog(dir);
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
  throw new Error('expected the catalog to be rejected');
}

describe('loadCatalog on the committed catalog', () => {
  const catalog = loadCatalog('codes/catalog');

  it('holds every code with prose and a known parent', () => {
    const names = new Set(catalog.codes.map((c) => c.code));
    expect(catalog.codes.length).toBeGreaterThan(80);
    for (const code of catalog.codes) {
      expect(code.summary.trim(), code.code).not.toBe('');
      expect(code.remedy.trim(), code.code).not.toBe('');
      if (code.parent !== undefined) expect(names.has(code.parent), code.code).toBe(true);
    }
  });

  it('describes every code in English and in Chinese', () => {
    const han = /\p{Script=Han}/u;
    for (const code of catalog.codes) {
      for (const field of ['summary', 'cause', 'remedy'] as const) {
        expect(code[field], `${code.code} ${field}`).not.toMatch(han);
        expect(code['zh-CN'][field], `${code.code} zh-CN.${field}`).toMatch(han);
      }
    }
  });

  it('marks every common code for both editions, as the editions field defines', () => {
    for (const code of catalog.codes.filter((c) => c.scope === 'common')) expect(code.editions, code.code).toEqual(['china', 'international']);
  });

  it('derives the parent of dotted codes', () => {
    expect(catalog.codes.find((c) => c.code === 'ResourceNotFound.Room')?.parent).toBe('ResourceNotFound');
    expect(catalog.codes.find((c) => c.code === 'InternalError')?.parent).toBeUndefined();
  });

  it('sorts codes and actions so output is deterministic', () => {
    const codes = catalog.codes.map((c) => c.code);
    const actions = catalog.actions.map((a) => a.action);
    expect(codes).toEqual([...codes].sort());
    expect(actions).toEqual([...actions].sort());
  });
});

describe('loadCatalog rejects a malformed catalog', () => {
  it('accepts a minimal valid catalog', () => {
    const catalog = loadCatalog(writeCatalog(room, { DescribeThing: action }));
    expect(catalog.codes.map((c) => c.code)).toEqual(['RoomNotThere']);
    expect(catalog.actions[0]).toMatchObject({ action: 'DescribeThing', codes: ['RoomNotThere'] });
  });

  it('names the file and line of a duplicate code', () => {
    const text = `codes:\n  Gone:\n    scope: lcic\n  Gone:\n    scope: lcic\n`;
    const [problem] = problemsOf(writeCatalog(text, { DescribeThing: { editions: ['china'], codes: [] } }));
    expect(problem).toMatchObject({ file: expect.stringMatching(/codes\.yaml$/), line: 4 });
    expect(problem?.message).toMatch(/appears twice.*Merge/);
  });

  it('rejects a code that is not dot-separated words', () => {
    const problems = problemsOf(writeCatalog({ 'Bad Code!': validCode() }, {}));
    expect(problems).toEqual([
      expect.objectContaining({ entry: 'Bad Code!', message: expect.stringMatching(/not a valid code/) }),
    ]);
  });

  it('rejects an action that names an unknown code, at that list item', () => {
    const actions = `actions:\n  DescribeThing:\n    editions: [china]\n    codes:\n      - RoomNotThere\n      - RoomNotTher\n`;
    const problems = problemsOf(writeCatalog(room, actions));
    expect(problems).toEqual([
      expect.objectContaining({ entry: 'DescribeThing', line: 6, message: expect.stringMatching(/"RoomNotTher", which is not in codes\.yaml/) }),
    ]);
  });

  it('rejects a missing summary and an empty remedy', () => {
    const noSummary = validCode();
    delete noSummary.summary;
    const problems = problemsOf(writeCatalog({ A: noSummary, B: validCode({ remedy: '  ' }) }, {}));
    expect(problems.map((p) => [p.entry, p.message])).toEqual([
      ['A', expect.stringMatching(/missing 'summary'/)],
      ['B', expect.stringMatching(/'remedy' has an empty remedy/)],
    ]);
  });

  it('rejects an unknown field and names it', () => {
    const problems = problemsOf(writeCatalog({ A: validCode({ sumary: 'typo' }) }, {}));
    expect(problems).toEqual([expect.objectContaining({ entry: 'A', message: expect.stringMatching(/unknown field 'sumary'/) })]);
  });

  it('rejects a dotted code whose parent is not in the catalog', () => {
    const problems = problemsOf(writeCatalog({ 'Missing.Child': validCode() }, {}));
    expect(problems).toEqual([
      expect.objectContaining({ entry: 'Missing.Child', message: expect.stringMatching(/parent code "Missing" is not in the catalog/) }),
    ]);
  });

  it('rejects a value outside a fixed list', () => {
    const problems = problemsOf(writeCatalog({ A: validCode({ retry: 'sometimes' }) }, {}));
    expect(problems[0]?.message).toMatch(/'retry' must be one of never, after-backoff, after-state-change/);
  });

  it('rejects a code described in English only, naming the missing Chinese', () => {
    const englishOnly = validCode();
    delete englishOnly['zh-CN'];
    const problems = problemsOf(writeCatalog({ A: englishOnly, B: validCode({ 'zh-CN': { summary: '有。', cause: '有。', remedy: ' ' } }) }, {}));
    expect(problems.map((p) => [p.entry, p.message])).toEqual([
      ['A', expect.stringMatching(/missing 'zh-CN' \(summary, cause and remedy in Chinese\)/)],
      ['B', expect.stringMatching(/'zh-CN\.remedy' has an empty remedy/)],
    ]);
  });

  it('rejects a common code that is not marked for both editions', () => {
    const problems = problemsOf(writeCatalog({ A: validCode({ scope: 'common', editions: ['china'] }) }, {}));
    expect(problems).toEqual([expect.objectContaining({ entry: 'A', message: expect.stringMatching(/common code.*editions must be \[china, international\]/) })]);
  });

  it('accepts source notes for figures, and rejects one that names another file or lacks the figure', () => {
    const source = { sdk: 'china', file: 'models.go', at: 'CreateRoomRequestParams.MaxMicNumber', figure: '0-16' };
    expect(loadCatalog(writeCatalog({ A: validCode({ sources: [source] }) }, {})).codes[0]?.sources).toEqual([source]);
    const problems = problemsOf(writeCatalog({ A: validCode({ sources: [{ ...source, file: 'api.md' }, { ...source, figure: 16 }] }) }, {}));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/'sources\.0\.file' must be one of errors\.go, client\.go, models\.go/),
      expect.stringMatching(/'sources\.1\.figure' should be string/),
    ]);
  });

  it('accepts a documentation page as the source of a figure every API shares, and rejects a page elsewhere or a note that is neither kind', () => {
    const page = { page: 'https://www.tencentcloud.com/document/product/570/36329', at: 'X-TC-Timestamp', figure: '5 minutes' };
    expect(loadCatalog(writeCatalog({ A: validCode({ sources: [page] }) }, {})).codes[0]?.sources).toEqual([page]);
    const problems = problemsOf(
      writeCatalog(
        {
          A: validCode({
            sources: [
              { ...page, page: 'https://example.com/signing' },
              { ...page, sdk: 'china', file: 'client.go' },
              { at: 'X-TC-Timestamp', figure: '5 minutes' },
              { sdk: 'china', at: 'Client.CreateRoom', figure: '20' },
            ],
          }),
        },
        {},
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/'sources\.0\.page' must be a page of tencentcloud\.com or cloud\.tencent\.com/),
      expect.stringMatching(/'sources\.1' needs either sdk and file .* or page .*, not both or neither/),
      expect.stringMatching(/'sources\.2' needs either sdk and file .* or page .*, not both or neither/),
      expect.stringMatching(/'sources\.3\.file' is missing: a figure from a Go SDK names both the edition \(sdk\) and the file/),
    ]);
  });

  it('refuses a code that sync added and nobody described', () => {
    const problems = problemsOf(writeCatalog({ A: validCode({ needsDescription: true }) }, {}));
    expect(problems[0]?.message).toMatch(/still needs a description/);
  });

  it('reports every problem at once, in a message that names file and entry', () => {
    const dir = writeCatalog({ A: validCode({ retry: 'x' }), B: validCode({ extra: 1 }) }, {});
    expect(() => loadCatalog(dir)).toThrow(/2 problems; nothing was written\.\n.*codes\.yaml:\d+: entry "A": .*\n.*codes\.yaml:\d+: entry "B":/);
  });
});
