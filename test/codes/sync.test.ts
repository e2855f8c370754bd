import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFileSystem, type FileSystem } from '../../codes/build/atomic-write.js';
import { loadCatalog } from '../../codes/build/catalog.js';
import { GoSdkFormatError, parseClientGo, parseErrorsGo, parseErrorsGoEntries, readGoSdk } from '../../codes/build/go-sdk.js';
import { formatReport, main, syncCatalog } from '../../codes/build/sync.js';
import { tempDir } from '../helpers/catalog-fixture.js';

const fixtures = 'test/fixtures';
const sdk = () => ({ china: readGoSdk(`${fixtures}/go-sdk/china`), international: readGoSdk(`${fixtures}/go-sdk/intl`) });

function smallCatalog(): string {
  const dir = tempDir('sync');
  cpSync(`${fixtures}/catalog-small`, dir, { recursive: true });
  return dir;
}

describe('the Go SDK parsers', () => {
  it('reads the codes of errors.go in file order', () => {
    expect([...readGoSdk(`${fixtures}/go-sdk/china`).codes]).toEqual([
      'InternalError',
      'ResourceNotFound',
      'ResourceNotFound.Desk',
      'ResourceNotFound.Room',
    ]);
  });

  it("reads the wording above each constant, and drops a section heading that belongs to none", () => {
    expect(Object.fromEntries(readGoSdk(`${fixtures}/go-sdk/china`).wording)).toEqual({
      InternalError: '服务内部出了点问题。',
      ResourceNotFound: '找不到对应的资源。',
      'ResourceNotFound.Desk': '这张课桌并不存在，可能早就被别人删除了。',
      'ResourceNotFound.Room': '房间没有找到。',
    });
    expect(parseErrorsGoEntries('const (\n  // Heading.\n\n  // Two\n  // lines.\n  A = "A"\n  B = "B"\n)\n')).toEqual([
      { code: 'A', wording: 'Two lines.' },
      { code: 'B', wording: '' },
    ]);
  });

  it('reads each action of client.go once, with or without a list, in both editions', () => {
    expect(Object.fromEntries(readGoSdk(`${fixtures}/go-sdk/china`).actions)).toEqual({
      CreateDesk: ['ResourceNotFound.Desk'],
      DescribeRoom: ['InternalError', 'ResourceNotFound.Desk', 'ResourceNotFound.Room'],
      KickUser: [],
    });
    expect(Object.fromEntries(readGoSdk(`${fixtures}/go-sdk/intl`).actions)).toEqual({
      DescribeRoom: ['InternalError', 'ResourceNotFound.Room'],
    });
  });

  it('fails loudly, with file and line, on a line it does not understand', () => {
    expect(() => parseErrorsGo('const (\n  A = "A"\n  B := 3\n)\n', 'x/errors.go')).toThrow(
      new GoSdkFormatError('x/errors.go', 3, 'expected NAME = "Code" inside the const block, found: B := 3'),
    );
    const client = '// 可能返回的错误码:\n//  A = "A"\n//  a stray note\n//  B = "B"\nfunc (c *Client) Act(request *ActRequest) (r *R, err error) {\n';
    expect(() => parseClientGo(client, 'x/client.go')).toThrow(/^x\/client\.go:3: expected \/\/  NAME = "Code" in the code list of Act/);
    expect(() => parseErrorsGo('package x\n')).toThrow(/no `const \(` block/);
  });

  it('names the folder to pass when the SDK is not there', () => {
    expect(() => readGoSdk('/nonexistent')).toThrow(/Pass the root of a tencentcloud-sdk-go checkout/);
  });
});

describe('syncCatalog', () => {
  it('reports what changed', () => {
    const report = syncCatalog(smallCatalog(), sdk(), true);
    expect(report).toEqual({
      codesAdded: ['ResourceNotFound.Desk'],
      codesRetired: ['Old.Gone', 'Old'],
      codesRestored: [],
      editionsChanged: ['ResourceNotFound', 'ResourceNotFound.Room'],
      actionsAdded: ['CreateDesk', 'KickUser'],
      actionsRemoved: ['OldAction'],
      actionsChanged: [{ action: 'DescribeRoom', added: ['ResourceNotFound.Desk'], removed: [] }],
      repeats: [],
    });
    expect(formatReport(report)).toContain('DescribeRoom: +ResourceNotFound.Desk');
  });

  it('updates facts, keeps prose and comments, and marks rather than deletes', () => {
    const dir = smallCatalog();
    syncCatalog(dir, sdk(), true);
    const codes = readFileSync(join(dir, 'codes.yaml'), 'utf8');
    expect(codes).toMatch(/^# A small catalog for the sync tests\. This comment must survive a sync\./);
    expect(codes).toContain('summary: Not there. # our words, kept as written');
    expect(codes).toContain('    zh-CN:\n      summary: 不在了。 # 我们自己的话，原样保留\n      cause: 已删除。\n      remedy: 检查 ID。\n');
    expect(codes).toMatch(/ {2}Old\.Gone:\n(?: {4}.*\n)*? {4}status: retired\n/);
    expect(codes).toMatch(/ {2}ResourceNotFound\.Desk:\n {4}scope: lcic\n {4}editions: \[china\]\n {4}needsDescription: true\n {2}ResourceNotFound\.Room:/);
    expect(codes).toMatch(/ {2}ResourceNotFound\.Room:\n {4}scope: lcic\n {4}editions: \[china, international\]/);
    const actions = readFileSync(join(dir, 'actions.yaml'), 'utf8');
    expect(actions).toBe(
      [
        '# Actions for the sync tests.',
        'actions:',
        '  CreateDesk:',
        '    editions: [china]',
        '    codes:',
        '      - ResourceNotFound.Desk',
        '  DescribeRoom:',
        '    editions: [china, international]',
        '    codes:',
        '      - InternalError',
        '      - ResourceNotFound.Desk',
        '      - ResourceNotFound.Room',
        '    internationalCodes:',
        '      - InternalError',
        '      - ResourceNotFound.Room',
        '  KickUser:',
        '    editions: [china]',
        '    codes: []',
        '',
      ].join('\n'),
    );
  });

  it('leaves the catalog for generate to refuse until the new code is described', () => {
    const dir = smallCatalog();
    syncCatalog(dir, sdk(), true);
    expect(() => loadCatalog(dir)).toThrow(/entry "ResourceNotFound\.Desk": was added by sync and still needs a description/);
    const englishOnly = readFileSync(join(dir, 'codes.yaml'), 'utf8').replace(
      '    needsDescription: true\n',
      '    category: not-found\n    retry: never\n    summary: No desk.\n    cause: Gone.\n    remedy: Check it.\n',
    );
    writeFileSync(join(dir, 'codes.yaml'), englishOnly);
    expect(() => loadCatalog(dir)).toThrow(/entry "ResourceNotFound\.Desk": is missing 'zh-CN'/);
    const described = englishOnly.replace('    remedy: Check it.\n', '    remedy: Check it.\n    zh-CN:\n      summary: 没有课桌。\n      cause: 没了。\n      remedy: 查一下。\n');
    writeFileSync(join(dir, 'codes.yaml'), described);
    const catalog = loadCatalog(dir);
    expect(catalog.codes.find((c) => c.code === 'Old.Gone')?.status).toBe('retired');
  });

  it('is idempotent, and a dry run writes nothing', () => {
    const dir = smallCatalog();
    const before = readFileSync(join(dir, 'codes.yaml'), 'utf8');
    syncCatalog(dir, sdk(), false);
    expect(readFileSync(join(dir, 'codes.yaml'), 'utf8')).toBe(before);
    syncCatalog(dir, sdk(), true);
    const again = syncCatalog(dir, sdk(), true);
    expect(formatReport(again)).toBe("The catalog already matches the SDK.\nNo description repeats the vendor's wording.");
  });

  it('restores a retired code the SDK lists again, and keeps international facts when only China is given', () => {
    const dir = smallCatalog();
    syncCatalog(dir, sdk(), true);
    const errorsGo = `const (\n  OLD_GONE = "Old.Gone"\n  OLD = "Old"\n  INTERNALERROR = "InternalError"\n  RESOURCENOTFOUND = "ResourceNotFound"\n  RESOURCENOTFOUND_DESK = "ResourceNotFound.Desk"\n  RESOURCENOTFOUND_ROOM = "ResourceNotFound.Room"\n)\n`;
    const china = readGoSdk(`${fixtures}/go-sdk/china`);
    const report = syncCatalog(dir, { china: { ...china, codes: new Set(parseErrorsGo(errorsGo)) }, international: undefined }, true);
    expect(report.codesRestored).toEqual(['Old.Gone', 'Old']);
    expect(report.editionsChanged).toEqual([]);
    expect(readFileSync(join(dir, 'actions.yaml'), 'utf8')).toContain('    internationalCodes:\n');
  });
});

describe("the own-words report of sync", () => {
  /** The small catalog with one entry's prose replaced. */
  function catalogSaying(prose: { summary?: string; zhCause?: string }): string {
    const dir = smallCatalog();
    let text = readFileSync(join(dir, 'codes.yaml'), 'utf8');
    if (prose.summary !== undefined) text = text.replace('    summary: No room.\n', `    summary: ${prose.summary}\n`);
    if (prose.zhCause !== undefined) text = text.replace('      cause: 房间已删除。\n', `      cause: ${prose.zhCause}\n`);
    writeFileSync(join(dir, 'codes.yaml'), text);
    return dir;
  }

  it('finds nothing in descriptions written in our own words', () => {
    expect(syncCatalog(smallCatalog(), sdk(), false).repeats).toEqual([]);
  });

  it('reports English that shares six consecutive words with the vendor, in any case or punctuation', () => {
    const report = syncCatalog(catalogSaying({ summary: 'Sadly, the ROOM you asked for could not be opened.' }), sdk(), false);
    expect(report.repeats).toEqual([
      {
        code: 'ResourceNotFound.Room',
        field: 'summary',
        vendor: { sdk: 'international', code: 'ResourceNotFound.Room', text: 'The room you asked for could not be found anywhere.' },
        run: 'the room you asked for could not be',
      },
    ]);
    expect(formatReport(report)).toContain(
      'ResourceNotFound.Room summary: "the room you asked for could not be" is in the international SDK\'s errors.go wording of ResourceNotFound.Room',
    );
  });

  it('lets five shared English words pass', () => {
    expect(syncCatalog(catalogSaying({ summary: 'The room you asked for is closed.' }), sdk(), false).repeats).toEqual([]);
  });

  it('reports Chinese that shares twelve consecutive characters, ignoring spaces and full-width forms, from any code', () => {
    // Twelve characters of the Desk wording, in the Room entry, with a space and a half-width comma.
    const report = syncCatalog(catalogSaying({ zhCause: '据说这张课桌并不存在, 可能早就被搬走。' }), sdk(), false);
    expect(report.repeats).toEqual([
      expect.objectContaining({ code: 'ResourceNotFound.Room', field: 'zh-CN.cause', vendor: expect.objectContaining({ sdk: 'china', code: 'ResourceNotFound.Desk' }), run: '这张课桌并不存在,可能早就被' }),
    ]);
  });

  it('lets eleven shared Chinese characters pass', () => {
    expect(syncCatalog(catalogSaying({ zhCause: '这张课桌并不存在，可能是搬走了。' }), sdk(), false).repeats).toEqual([]);
  });

  it('makes the sync command exit 1 and print the report when a description repeats the vendor', () => {
    const dir = catalogSaying({ summary: 'Sadly, the room you asked for could not be opened.' });
    const lines: string[] = [];
    const log = console.log;
    console.log = (text: string) => void lines.push(text);
    try {
      expect(main(['--go-sdk', `${fixtures}/go-sdk/china`, '--go-sdk-intl', `${fixtures}/go-sdk/intl`, '--catalog', dir, '--dry-run'])).toBe(1);
    } finally {
      console.log = log;
    }
    expect(lines.join('\n')).toMatch(/Descriptions that repeat the vendor's wording \(1\); rewrite them in our own words:\n {2}ResourceNotFound\.Room summary:/);
  });
});

describe('sync writes both files or neither', () => {
  /** The real file system, except that the chosen call fails once. */
  function failing(step: 'second write' | 'second rename'): FileSystem {
    let writes = 0;
    let renamesOntoTarget = 0;
    return {
      ...realFileSystem,
      writeFileSync(path, content) {
        if (step === 'second write' && ++writes === 2) throw new Error('disk full (injected)');
        realFileSystem.writeFileSync(path, content);
      },
      renameSync(from, to) {
        if (step === 'second rename' && from.includes('.tmp-') && ++renamesOntoTarget === 2) throw new Error('rename failed (injected)');
        realFileSystem.renameSync(from, to);
      },
    };
  }

  it.each(['second write', 'second rename'] as const)('a failure at the %s leaves both originals intact and no temporary file', (step) => {
    const dir = smallCatalog();
    const before = readAll(dir);
    expect(() => syncCatalog(dir, sdk(), true, failing(step))).toThrow(/injected/);
    expect(readAll(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['actions.yaml', 'codes.yaml']);
  });

  it('writes both files when nothing fails', () => {
    const dir = smallCatalog();
    const before = readAll(dir);
    syncCatalog(dir, sdk(), true);
    const after = readAll(dir);
    expect(after['codes.yaml']).not.toBe(before['codes.yaml']);
    expect(after['actions.yaml']).not.toBe(before['actions.yaml']);
    expect(readdirSync(dir).sort()).toEqual(['actions.yaml', 'codes.yaml']);
  });
});

function readAll(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
