import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../codes/build/catalog.js';
import { GoSdkFormatError, parseClientGo, parseErrorsGo, readGoSdk } from '../../codes/build/go-sdk.js';
import { formatReport, syncCatalog } from '../../codes/build/sync.js';
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
    });
    expect(formatReport(report)).toContain('DescribeRoom: +ResourceNotFound.Desk');
  });

  it('updates facts, keeps prose and comments, and marks rather than deletes', () => {
    const dir = smallCatalog();
    syncCatalog(dir, sdk(), true);
    const codes = readFileSync(join(dir, 'codes.yaml'), 'utf8');
    expect(codes).toMatch(/^# A small catalog for the sync tests\. This comment must survive a sync\./);
    expect(codes).toContain('summary: Not there. # our words, kept as written');
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
    const described = readFileSync(join(dir, 'codes.yaml'), 'utf8').replace(
      '    needsDescription: true\n',
      '    category: not-found\n    retry: never\n    summary: No desk.\n    cause: Gone.\n    remedy: Check it.\n',
    );
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
    expect(formatReport(again)).toBe('The catalog already matches the SDK.');
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
