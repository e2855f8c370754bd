import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../cli/lcic-errors.js';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(argv, { write: (t) => void (stdout += t) }, { write: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

interface JsonCode {
  code: string;
  summary: string;
  remedy: string;
  cause: string;
  retryable: boolean;
  category: string;
  scope: string;
  parent: string | null;
  actions: string[];
}

const listJson = (...argv: string[]) => JSON.parse(cli('list', '--json', ...argv).stdout) as { codes: JsonCode[] };

describe('lcic-errors explain', () => {
  it('prints what a code means, why, what to do, retry, category and the actions', () => {
    const { status, stdout } = cli('explain', 'FailedOperation.ClassTooLong');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^FailedOperation\.ClassTooLong\n {2}The scheduled class is longer/);
    expect(stdout).toMatch(/Cause: +EndTime minus StartTime/);
    expect(stdout).toMatch(/What to do: +Shorten the booking/);
    expect(stdout).toMatch(/Retry: +no:/);
    expect(stdout).toMatch(/Category: +parameter/);
    expect(stdout).toMatch(/Parent: +FailedOperation/);
    expect(stdout).toMatch(/Returned by \d+ actions \(china\): .*\bCreateRoom\b/);
    expect(stdout).toMatch(/Docs: +https:\/\/\S+\/documents\/Codes\.FailedOperation\.ClassTooLong\.html\n$/);
  });

  it('lists the sub-codes of a parent', () => {
    expect(cli('explain', 'ResourceNotFound').stdout).toMatch(/Sub-codes: +.*ResourceNotFound\.Room/);
  });

  it('exits 1 on a typo and names the nearest real code', () => {
    const { status, stdout, stderr } = cli('explain', 'FailedOperation.ClassTooLng');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^"FailedOperation\.ClassTooLng" is not an LCIC error code\. Did you mean "FailedOperation\.ClassTooLong"/);
  });

  it('mentions the parent of an unknown sub-code with no near match', () => {
    const { status, stderr } = cli('explain', 'ResourceNotFound.SomethingQuiteDifferent');
    expect(status).toBe(1);
    expect(stderr).toMatch(/treated as its parent "ResourceNotFound"/);
  });

  it('exits 2 with usage on a wrong invocation', () => {
    expect(cli('explain')).toMatchObject({ status: 2, stderr: expect.stringMatching(/exactly one code/) });
    expect(cli('lst')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Did you mean "list"/) });
    expect(cli('list', '--edition', 'mars')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--edition must be one of/) });
    expect(cli('list', '--bogus')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Usage:/) });
  });
});

describe('lcic-errors list', () => {
  it('--json lists every catalog code with prose and the documented fields', () => {
    const catalog = parse(readFileSync('codes/catalog/codes.yaml', 'utf8')) as { codes: Record<string, unknown> };
    const { codes } = listJson();
    expect(codes.map((c) => c.code)).toEqual(Object.keys(catalog.codes).sort());
    for (const c of codes) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['code', 'summary', 'cause', 'remedy', 'retryable', 'category', 'scope', 'parent', 'actions']));
      expect(c.summary.length, c.code).toBeGreaterThan(5);
      expect(c.remedy.length, c.code).toBeGreaterThan(5);
    }
  });

  it('--json actions agree with actions.yaml, pair for pair', () => {
    const { actions } = parse(readFileSync('codes/catalog/actions.yaml', 'utf8')) as { actions: Record<string, { codes: string[] }> };
    const fromYaml = Object.entries(actions).flatMap(([action, { codes }]) => codes.map((code) => `${action} ${code}`));
    const fromCli = listJson().codes.flatMap((c) => c.actions.map((action) => `${action} ${c.code}`));
    expect(fromCli.sort()).toEqual(fromYaml.sort());
  });

  it('--action narrows to one action, per edition', () => {
    const china = listJson('--action', 'CreateRoom').codes.map((c) => c.code);
    const intl = listJson('--action', 'CreateRoom', '--edition', 'international').codes.map((c) => c.code);
    expect(china).toContain('InvalidParameter.LiveType');
    expect(intl).not.toContain('InvalidParameter.LiveType');
    expect(intl.every((code) => china.includes(code))).toBe(true);
  });

  it('rejects an unknown action with suggestions, and one the edition lacks', () => {
    expect(cli('list', '--action', 'DescribeRooms')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/Did you mean "DescribeRoom", "GetRooms"\?/),
    });
    expect(cli('list', '--action', 'StartRecord', '--edition', 'international')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/not offered on the international edition/),
    });
  });

  it('prints one line per code without --json', () => {
    const { stdout } = cli('list', '--action', 'DescribeRoom');
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^FailedOperation +The operation could not be completed\.$/),
      expect.stringMatching(/^InternalError +/),
      expect.stringMatching(/^ResourceNotFound\.Room +No such room\.$/),
    ]);
  });
});

describe('the executable', () => {
  it('sets the exit code and survives a reader that closes the pipe', () => {
    const typo = spawnSync('npx', ['tsx', 'cli/bin.ts', 'explain', 'InternalEror'], { encoding: 'utf8' });
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/Did you mean "InternalError"/);
    const piped = spawnSync('bash', ['-c', 'npx tsx cli/bin.ts list --json | head -c 20; echo; echo "rc=${PIPESTATUS[0]}"'], {
      encoding: 'utf8',
    });
    expect(piped.stdout).toMatch(/^\{\n {2}"codes": \[[^]*\nrc=0\n$/);
    expect(piped.stderr).toBe('');
  });
});
