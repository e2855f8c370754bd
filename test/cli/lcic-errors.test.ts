import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS, run } from '../../cli/lcic-errors.js';
import { packageInfo } from '../../lib/package-info.js';

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

  it("says when what was given is an action's name, or near one, and how to list its codes", () => {
    const action = cli('explain', 'describeroom');
    expect(action.status).toBe(1);
    expect(action.stdout).toBe('');
    expect(action.stderr).toBe('"describeroom" is not an LCIC error code. "DescribeRoom" is an action: `lcic-errors list --action DescribeRoom` lists the codes it can answer with.\n');
    expect(cli('explain', 'DescribeRooms').stderr).toBe(
      '"DescribeRooms" is not an LCIC error code. Near actions: "GetRooms", "DescribeRoom": `lcic-errors list --action GetRooms` lists the codes one can answer with.\n',
    );
    // A code's typo names codes only.
    expect(cli('explain', 'ResourceNotFound.Rooms').stderr).not.toMatch(/action/);
  });

  it("names the family of an unknown sub-code with no near match, never as the code's own description", () => {
    const { status, stdout, stderr } = cli('explain', 'ResourceNotFound.SomethingQuiteDifferent');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^"ResourceNotFound\.SomethingQuiteDifferent" is not an LCIC error code\. An unknown sub-code belongs to the family of its parent "ResourceNotFound"/);
  });

  it('names the codes that end with what was typed, when that is only the last part', () => {
    const { status, stderr } = cli('explain', 'roomnotend');
    expect(status).toBe(1);
    expect(stderr).toBe('"roomnotend" is not an LCIC error code. Did you mean "FailedOperation.RoomNotEnd"?\n');
  });

  it('says it in Chinese with --lang zh-CN, and names the category in Chinese', () => {
    expect(cli('explain', 'FailedOperation.ClassTooLng', '--lang', 'zh-CN').stderr).toMatch(/^"FailedOperation\.ClassTooLng" 不是 LCIC 错误码。是不是想找 "FailedOperation\.ClassTooLong"(、"[^"]+")*？\n$/);
    expect(cli('explain', 'ResourceNotFound.SomethingQuiteDifferent', '--lang', 'zh-CN').stderr).toMatch(/^"ResourceNotFound\.SomethingQuiteDifferent" 不是 LCIC 错误码。未知的子错误码属于其父错误码 "ResourceNotFound" 一类：/);
    expect(cli('explain', 'InvalidParameter.MaxMicNumber', '--lang', 'zh-CN').stdout).toMatch(/\n {2}类别： +参数（parameter）\n/);
  });

  it('accepts a code in any letter case', () => {
    const lower = cli('explain', 'failedoperation.classtoolong');
    expect(lower.status).toBe(0);
    expect(lower.stdout).toBe(cli('explain', 'FailedOperation.ClassTooLong').stdout);
    expect(cli('explain', 'INTERNALERROR').stdout).toMatch(/^InternalError\n/);
  });

  it('says so when the letter case differs from the code the API sends, which code compares exactly', () => {
    const wrongCase = cli('explain', 'InvalidParameter.SdkAppID');
    expect(wrongCase.status).toBe(0);
    expect(wrongCase.stdout).toMatch(/^InvalidParameter\.SdkAppId\n/);
    expect(wrongCase.stderr).toBe('Note: the API writes this code "InvalidParameter.SdkAppId". Codes are compared exactly, so "InvalidParameter.SdkAppID" in your code never matches.\n');
    expect(cli('explain', 'InvalidParameter.SdkAppID', '--lang', 'zh-CN').stderr).toBe('注意：接口返回的写法是 "InvalidParameter.SdkAppId"。错误码按原样比较，代码里写成 "InvalidParameter.SdkAppID" 永远匹配不上。\n');
    expect(cli('explain', 'InvalidParameter.SdkAppId').stderr).toBe('');
  });

  it('--json prints the same object as the entry of list --json', () => {
    const cases = [
      ['FailedOperation.ClassTooLong', []],
      ['FailedOperation.ClassExpired', ['--edition', 'international']],
      ['ResourceNotFound.Room', ['--lang', 'zh-CN']],
    ] as const;
    for (const [code, extra] of cases) {
      const { status, stdout } = cli('explain', code.toLowerCase(), '--json', ...extra);
      expect(status).toBe(0);
      const fromList = listJson(...extra).codes.find((c) => c.code === code);
      expect(fromList, code).toBeDefined();
      expect(JSON.parse(stdout), code).toEqual(fromList);
    }
  });

  it('exits 2 with usage on a wrong invocation', () => {
    expect(cli('explain')).toMatchObject({ status: 2, stderr: expect.stringMatching(/exactly one code/) });
    expect(cli('lst')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Did you mean "list"/) });
    // A code where the command goes: the command that looks it up.
    expect(cli('ResourceNotFound.Rom')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Unknown command "ResourceNotFound\.Rom"\. To look up a code, run: lcic-errors explain ResourceNotFound\.Rom\n/) });
    expect(cli('list', '--edition', 'mars')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--edition must be one of/) });
    expect(cli('list', '--lang', 'fr')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^--lang must be one of: en, zh-CN \(got "fr"\)\./) });
  });

  it('answers an unknown option with one clean line, then the usage of that command', () => {
    const { status, stdout, stderr } = cli('list', '--bogus');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const [line, blank, ...usage] = stderr.split('\n');
    expect(line).toBe('lcic-errors list: unknown option --bogus.');
    expect(blank).toBe('');
    expect(usage.join('\n')).toMatch(/^Usage:\n {2}lcic-errors list \[--action ACTION\]/);
    expect(cli('--version', '--bogus').stderr.split('\n')[0]).toBe('lcic-errors: unknown option --bogus.');
    expect(cli('explain', 'InternalError', '-x').stderr.split('\n')[0]).toBe('lcic-errors explain: unknown option -x.');
    expect(cli('list', '--edition').stderr.split('\n')[0]).toBe('lcic-errors list: --edition needs a value.');
    expect(cli('list', '--json=yes').stderr.split('\n')[0]).toBe('lcic-errors list: --json takes no value.');
  });

  it('prints the version with --version, and the usage with --help or help', () => {
    expect(cli('--version')).toEqual({ status: 0, stdout: `${packageInfo.version}\n`, stderr: '' });
    expect(cli('-V').stdout).toBe(`${packageInfo.version}\n`);
    expect(packageInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`lcic-errors ${command.synopsis}`);
    expect(cli('help', 'explain').stdout).toMatch(/^Usage:\n {2}lcic-errors explain CODE/);
    expect(cli('explain', '--help').stdout).toBe(cli('help', 'explain').stdout);
    expect(cli()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Name a command\.\n\nUsage:/) });
  });
});

describe('lcic-errors explain states the documented limits', () => {
  // Each figure as explain prints it, and where the catalog cites it from.
  const figures: readonly [code: string, english: RegExp, chinese: RegExp, source: string][] = [
    ['InvalidParameter.MaxMicNumber', /0-16 in a small class and 0-1 in a large class/, /小班课中为 0-16，在大班课中为 0-1/, 'CreateRoomRequestParams.MaxMicNumber'],
    ['InvalidParameter.DisableRecord', /takes 0 to 3[^]*0 automatic recording[^]*3 signalling recording/, /只能取 0 到 3[^]*3 信令录制/, 'CreateRoomRequestParams.DisableRecord'],
    ['InvalidParameter.LiveType', /0 \(a regular live class\), 1 \(pseudo-live[^]*2 \(RTMP push\)[^]*only change it from 1 to 0/, /只能把它从 1 改为 0/, 'ModifyRoomRequestParams.LiveType'],
    ['InvalidParameter.RoomTypeInvalid', /0 \(small class, the default\), 1 \(large class\), 3 \(round-table\) or 4 \(group live\); 2 \(one-to-one\) is reserved/, /4（分组直播）/, 'CreateRoomRequestParams.RoomType'],
    ['InvalidParameter.GroupTypeInvalid', /GroupType is 0 \(a basic group[^]*or 1 \(a combined group/, /GroupType 取 0（基础群组/, 'DescribeGroupResponseParams.GroupType'],
    ['InvalidParameter.GroupMemberOverLimit', /200 for AddGroupMember[^]*256 for BatchDeleteGroupMember/, /BatchDeleteGroupMember 为 256 个/, 'BatchDeleteGroupMemberRequestParams.MemberIds'],
    ['FailedOperation.PostpaidNotAvailable', /subtitle transcription \(SubtitlesTranscription 1 or 2\)/, /字幕转写/, 'FAILEDOPERATION_POSTPAIDNOTAVAILABLE'],
    ['FailedOperation.ClassTooLong', /72 hours and says it applies to the booking only[^]*5 hours/, /72 小时，且只约束预约[^]*5 小时/, 'FAILEDOPERATION_CLASSTOOLONG'],
    ['RequestLimitExceeded', /20 requests per second per action[^]*10 per second for BatchRegister/, /每秒 20 次[^]*BatchRegister 为每秒 10 次/, 'Client.BatchRegister'],
    ['AuthFailure.SignatureExpire', /X-TC-Timestamp the request was signed with is more than 5 minutes away from the server's\s+clock/, /与服务器的时钟差了 5 分钟以上/, 'X-TC-Timestamp (common parameters of API 3.0, the same for every product)'],
  ];
  const catalog = parse(readFileSync('codes/catalog/codes.yaml', 'utf8')) as { codes: Record<string, { sources?: { at: string }[] }> };

  it.each(figures)('%s', (code, english, chinese, source) => {
    expect(cli('explain', code).stdout).toMatch(english);
    expect(cli('explain', code, '--lang', 'zh-CN').stdout).toMatch(chinese);
    expect(catalog.codes[code]?.sources?.map((s) => s.at)).toContain(source);
  });

  it('tells the caller not to retry the codes a retry loop would only hide', () => {
    expect(cli('explain', 'AuthFailure.SignatureExpire').stdout).toMatch(/Do not retry in a loop[^]*Retry: +no:/);
    expect(cli('explain', 'FailedOperation.RoomNotEnd').stdout).toMatch(/Retry: +not in a loop/);
    expect(cli('explain', 'RequestLimitExceeded').stdout).toMatch(/Retry: +yes, the same call after a back-off/);
  });
});

describe('lcic-errors in Chinese', () => {
  it('explain --lang zh-CN prints the Chinese prose and labels, in any letter case of the language', () => {
    const { status, stdout } = cli('explain', 'ResourceNotFound.Room', '--lang', 'zh-cn');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ResourceNotFound\.Room\n {2}找不到这个房间。\n\n {2}常见原因：RoomId 写错了/);
    expect(stdout).toMatch(/处理方法：/);
    expect(stdout).not.toMatch(/What to do/);
  });

  it('list --json --lang zh-CN keeps the shape and the facts, with Chinese text', () => {
    const en = listJson().codes;
    const zh = listJson('--lang', 'zh-CN').codes;
    expect(zh.map((c) => Object.keys(c))).toEqual(en.map((c) => Object.keys(c)));
    const facts = (c: JsonCode) => ({ ...c, summary: undefined, cause: undefined, remedy: undefined });
    expect(zh.map(facts)).toEqual(en.map(facts));
    for (const c of zh) expect(`${c.summary}${c.cause}${c.remedy}`, c.code).toMatch(/\p{Script=Han}/u);
  });

  it('list --lang zh-CN prints one Chinese line per code', () => {
    expect(cli('list', '--action', 'describeroom', '--lang', 'zh-CN').stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^FailedOperation +操作没能完成。$/),
      expect.stringMatching(/^InternalError +\S/),
      expect.stringMatching(/^ResourceNotFound\.Room +找不到这个房间。$/),
    ]);
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

  it('--action in another letter case lists the codes, with a note of the exact name on stderr', () => {
    const lower = cli('list', '--action', 'createroom');
    expect(lower.status).toBe(0);
    expect(lower.stdout).toBe(cli('list', '--action', 'CreateRoom').stdout);
    const commonNote = cli('list', '--action', 'CreateRoom').stderr;
    expect(lower.stderr).toBe(`Note: the action is "CreateRoom". Action names are matched exactly: a request for "createroom" fails with InvalidAction.\n${commonNote}`);
  });

  it('--action says on stderr that the common codes its list leaves out may come back too, counted', () => {
    const listed = new Set(listJson('--action', 'CreateRoom').codes.map((c) => c.code));
    const commonLeftOut = listJson().codes.filter((c) => c.scope === 'common' && !listed.has(c.code));
    expect(commonLeftOut.length).toBeGreaterThan(0);
    const { stdout, stderr } = cli('list', '--action', 'CreateRoom');
    expect(stderr).toBe(`Any action can also answer with ${commonLeftOut.length} common codes its list leaves out (AuthFailure.*, RequestLimitExceeded.*, ActionOffline, …); \`lcic-errors list\` shows every code.\n`);
    // stdout stays one listed code a line.
    expect(stdout.trimEnd().split('\n').map((line) => line.split(' ')[0])).toEqual([...listed]);
    expect(cli('list', '--action', 'CreateRoom', '--json').stderr).toBe('');
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
      stderr: expect.stringMatching(/Did you mean "GetRooms", "DescribeRoom"\?/),
    });
    expect(cli('list', '--action', 'createroom')).toMatchObject({ status: 0, stdout: cli('list', '--action', 'CreateRoom').stdout });
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

describe('lcic-errors calls', () => {
  // Paths are printed relative to the current folder, which for the tests is the repository.
  const service = 'test/fixtures/service/src';

  it('prints one line per call (file, position, action, route, fate) and a summary naming the files without calls', () => {
    const { status, stdout, stderr } = cli('calls', service);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(`${service}/rooms.ts:37:23  CreateRoom  via sdk  catch clause: 4 codes handled by name, the rest passed on`);
    expect(lines).toContain(`${service}/schedule.ts:82:11  ModifyRoom  via wrapper  catch clause: reported without the RequestId (a log, a reply or a new error)`);
    // A branch for a code the action never returns (ResourceNotFound.Room of DescribeRecordTask) handles nothing.
    expect(lines).toContain(`${service}/recordings.ts:56:24  DescribeRecordTask  via common-client  catch clause: 1 code handled by name, the rest passed on`);
    expect(lines).toContain(`${service}/users.ts:69:11  KickUserFromRoom  via wrapper  catch clause: passed on`);
    expect(lines).toContain(`${service}/users.ts:27:22  RegisterUser  via helper  body used without checking Response.Error`);
    // callLcic checks the body and throws an error with its code: to its callers, a call like the SDK's.
    expect(lines).toContain(`${service}/statistics.ts:40:24  GetRoomEvent  via helper  catch clause: passed on`);
    // The signing helper's own fetch takes its action from a parameter: unknown there, resolved at each caller.
    expect(lines).toContain(`${service}/lcic/sign.ts:67:21  (action unknown)  via raw-http  body returned to the caller unchecked`);
    expect(lines.at(-1)).toBe(
      `34 calls in 11 files, 16 actions (and 1 name that is not one); no LCIC calls found in 4 files: ${['config.ts', 'lcic/client.ts', 'lcic/index.ts', 'notify/sms.ts'].map((f) => `${service}/${f}`).join(', ')}.`,
    );
    expect(lines).toHaveLength(35);
    // registerStudent returns a field of a body it never checked (reported at users.ts:33): it is
    // no raw helper whose body its callers could check, so its call at users.ts:42 is not listed.
    expect(lines.filter((line) => line.startsWith(`${service}/users.ts:42:`))).toEqual([]);
  });

  it('reads a folder once, whatever links lead back to it (a link to . would list every file again at each level)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'lcic-calls-link-'));
    writeFileSync(path.join(folder, 'a.js'), "const tc = require('tencentcloud-sdk-nodejs');\nnew tc.lcic.v20220817.Client({}).EndRoom({}).catch(() => null);\n");
    symlinkSync('.', path.join(folder, 'self'));
    const { status, stdout } = cli('calls', folder, '--json');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { calls: { action: string }[] };
    expect(parsed.calls.map((call) => call.action)).toEqual(['EndRoom']);
  });

  it('--json prints the same calls as objects, with the files that have none', () => {
    const { status, stdout } = cli('calls', service, '--json');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { calls: { file: string; line: number; column: number; action: string | null; via: string }[]; filesWithoutCalls: string[] };
    expect(parsed.calls).toHaveLength(34);
    expect(parsed.calls).toContainEqual(expect.objectContaining({ file: `${service}/rooms.ts`, line: 37, column: 23, action: 'CreateRoom', via: 'sdk' }));
    expect(parsed.calls).toContainEqual(expect.objectContaining({ file: `${service}/lcic/sign.ts`, line: 67, action: null, via: 'raw-http' }));
    expect(parsed.filesWithoutCalls).toContain(`${service}/notify/sms.ts`);
  });

  it('marks calls taken for SDK calls by their names alone, in text and in JSON', () => {
    const injected = 'test/fixtures/injected';
    const lines = cli('calls', injected).stdout.trimEnd().split('\n');
    expect(lines).toContain(`${injected}/room-service.js:10:12  CreateRoom  via sdk (by name)  no handler here: failures go to the caller`);
    expect(lines).toContain(`${injected}/room-service.js:29:5  DeleteRoom  via sdk (by name)  neither awaited nor returned (its client is known by its name only, so no rule reports this)`);
    // The controller's call goes through the class, made there with a real client: found by the code, not by names.
    expect(lines).toContain(`${injected}/controller.js:10:22  CreateRoom  via wrapper  catch clause: 1 code handled by name, the rest dropped`);
    const parsed = JSON.parse(cli('calls', injected, '--json').stdout) as { calls: { file: string; line: number; byName: boolean }[] };
    expect(parsed.calls.map((call) => `${call.file}:${call.line} ${call.byName}`)).toEqual([
      `${injected}/controller.js:10 false`,
      `${injected}/room-service.js:10 true`,
      `${injected}/room-service.js:15 true`,
      `${injected}/room-service.js:29 true`,
    ]);
  });

  it('says when a handler passes the failure on as a new error without the RequestId, and leaves out an empty list of files without calls', () => {
    const { status, stdout } = cli('calls', `${service}/recordings.ts`);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // `throw new Error(`LCIC failed: ${err.message}`)`: passed on, but not as it came (preserve-request-id reports it).
    expect(lines).toContain(`${service}/recordings.ts:28:11  DeleteRecord  via sdk  catch clause: passed on (some as a new error, without the RequestId)`);
    expect(lines).toContain(`${service}/recordings.ts:40:23  BatchDeleteRecord  via sdk  catch clause: passed on`);
    expect(lines.at(-1)).toBe('4 calls in 1 file, 4 actions.');
  });

  it('names the wrapper whose handler receives the failure of a route handed to it', () => {
    const routes = 'test/fixtures/route-wrappers';
    expect(cli('calls', routes).stdout.trimEnd().split('\n')).toEqual([
      `${routes}/routes.ts:7:9  EndRoom  via sdk  catch clause in withErrors(): dropped`,
      `${routes}/routes.ts:12:9  StartRoom  via sdk  catch clause in withLogging(): passed on`,
      `${routes}/routes.ts:17:20  DescribeRoom  via sdk  .catch in traced(): passed on`,
      `3 calls in 1 file, 3 actions; no LCIC calls found in 1 file: ${routes}/http.ts.`,
    ]);
  });

  it('says when an answer keeps only the message, marks an action that is not an LCIC action, and sends a retried call to its wrapper\'s line', () => {
    const answers = 'test/fixtures/handlers/answers.ts';
    expect(cli('calls', answers).stdout.trimEnd().split('\n')).toEqual([
      `${answers}:14:39  DescribeRoom  via sdk  catch clause: passed on (some in an answer with only the message, without the RequestId)`,
      `${answers}:20:32  DescribeUsers (not an LCIC action)  via common-client  no handler here: failures go to the caller`,
      `${answers}:32:46  StartRoom  via helper  no handler here: failures go to the caller`,
      `${answers}:32:62  StartRoom  via sdk  goes through withRetry(), listed at 32:46 with its handler`,
      '4 calls in 1 file, 2 actions (and 1 name that is not one).',
    ]);
  });

  it("lists a call answered with a Result by its wrapper or helper as a Result checked by 'ok', or not", () => {
    const results = 'test/fixtures/handlers/results.ts';
    expect(cli('calls', results).stdout.trimEnd().split('\n')).toEqual([
      `${results}:18:11  EndRoom  via sdk  catch clause: passed on`,
      `${results}:26:22  DescribeRoom  via helper  'ok' checked`,
      `${results}:26:36  DescribeRoom  via sdk  goes through tryLcic(), listed at 26:22 with its handler`,
      `${results}:32:9  EndRoom  via helper  Result never checked for 'ok'`,
      '4 calls in 1 file, 2 actions.',
    ]);
  });

  it("says when a raw body goes to code the rules do not read before it is checked; a schema's parse hands it back unchecked", () => {
    const handedOff = 'test/fixtures/handlers/handed-off.ts';
    expect(cli('calls', handedOff).stdout.trimEnd().split('\n')).toEqual([
      `${handedOff}:8:10  (action unknown)  via raw-http  body returned to the caller unchecked`,
      `${handedOff}:12:21  GetRoomEvent  via raw-http  body handed to code the rules do not read, which may or may not check Response.Error`,
      `${handedOff}:18:21  GetRoomMessage  via helper  body used without checking Response.Error`,
      '3 calls in 1 file, 2 actions.',
    ]);
  });

  it("names RxJS's handlers as written (catchError, subscribe's error callback) and says what a subscribe without one does", () => {
    const rxjs = 'test/fixtures/rxjs/room-stream.service.ts';
    expect(cli('calls', rxjs).stdout.trimEnd().split('\n')).toEqual([
      `${rxjs}:18:17  DescribeRoom  via sdk  catchError: passed on`,
      `${rxjs}:25:24  DescribeCurrentMemberList  via sdk  catchError: answered with a value`,
      `${rxjs}:33:10  EndRoom  via sdk  subscribed to without an error callback: RxJS throws a failure outside any handler`,
      `${rxjs}:37:17  GetRoomEvent  via sdk  catchError: passed on (some as a new error, without the RequestId)`,
      `${rxjs}:45:53  DescribeRoom  via sdk  catch clause: 1 code handled by name, the rest passed on`,
      `${rxjs}:54:10  StartRoom  via sdk  subscribe's error callback: passed on`,
      `${rxjs}:59:10  EndRoom  via sdk  passed to observer, which the rules do not read`,
      `${rxjs}:64:18  DescribeRoom  via sdk  catchError: answered with a value`,
      `${rxjs}:65:21  DescribeCurrentMemberList  via sdk  catchError: answered with a value`,
      `${rxjs}:70:24  DescribeRoom  via sdk  catchError: passed on`,
      '10 calls in 1 file, 5 actions.',
    ]);
  });

  it('says that an international SDK call without a callback leaves its failure to no handler, and one with a callback given by name hands it on', () => {
    const intl = 'test/fixtures/handlers/intl.ts';
    expect(cli('calls', intl).stdout.trimEnd().split('\n')).toEqual([
      `${intl}:7:10  LoginUser  via intl-sdk  no callback: the international SDK answers only through one, so no handler here or in the caller gets the failure`,
      `${intl}:12:3  DescribeRoom  via intl-sdk  handed to the callback done, which the rules do not read`,
      '2 calls in 1 file, 2 actions.',
    ]);
  });

  it('says where failures go when no handler here can be read: an unread .catch(next), a floating promise, allSettled, the caller', () => {
    const routes = 'test/fixtures/handlers/routes.ts';
    expect(cli('calls', routes).stdout.split('\n').slice(0, 6)).toEqual([
      `${routes}:11:3  DescribeRoom  via sdk  passed to next, which the rules do not read`,
      `${routes}:15:3  DescribeRoom  via sdk  passed to next, which the rules do not read`,
      `${routes}:19:3  LoginUser  via sdk  neither awaited nor returned: a failure is an unhandled rejection`,
      `${routes}:23:10  LoginUser  via sdk  no handler here: failures go to the caller`,
      `${routes}:27:64  DescribeRoom  via sdk  settled by Promise.allSettled: each failure stays in its result's reason, which the rules do not follow`,
      `${routes}:28:42  GetRooms  via sdk  settled by Promise.allSettled: each failure stays in its result's reason, which the rules do not follow`,
    ]);
  });

  it('exits 2 for a path that does not exist, after reporting the others', () => {
    const { status, stdout, stderr } = cli('calls', `${service}/rooms.ts`, 'no/such/folder');
    expect(status).toBe(2);
    expect(stderr).toBe('no/such/folder: no such file or folder.\n');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 calls in 1 file, 4 actions.');
  });

  it('says when a failure leaves a callback whose promise an emitter or a timer drops', () => {
    const listeners = 'test/fixtures/handlers/listeners.ts';
    expect(cli('calls', listeners).stdout.trimEnd().split('\n')).toEqual([
      `${listeners}:9:9  EndRoom  via sdk  leaves a callback whose promise lessons.on() drops: a failure is an unhandled rejection`,
      `${listeners}:12:18  DeleteRoom  via sdk  leaves a callback whose promise setTimeout() drops: a failure is an unhandled rejection`,
      '2 calls in 1 file, 2 actions.',
    ]);
  });

  it('prints no summary when no path exists: zero calls would read as a clean run', () => {
    const { status, stdout, stderr } = cli('calls', 'no/such/folder');
    expect(status).toBe(2);
    expect(stderr).toBe('no/such/folder: no such file or folder.\n');
    expect(stdout).toBe('');
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
