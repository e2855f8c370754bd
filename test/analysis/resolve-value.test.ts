/**
 * The value resolver: strings are known exactly or not at all, and an answer never depends on
 * what else the file asked first.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/valid-action.js';
import { lintWith } from '../helpers/lint.js';
import { COMMON } from '../helpers/sdk-snippets.js';

/** `const a0 = 'DescribeRom'; const a1 = a0; ...`: a chain of aliases `length` long. */
const aliases = (length: number) => ["const a0 = 'DescribeRom';", ...Array.from({ length }, (_, i) => `const a${i + 1} = a${i};`)].join('\n');
const reportedLines = (code: string) => lintWith(rule, code).map((m) => `${m.line} ${m.message.split(':')[0]}`);

describe('ValueResolver', () => {
  it('gives the same answer for a constant whether or not a longer chain was asked about first', () => {
    const alone = `${COMMON}${aliases(24)}\ncommon.request(a7, {});`;
    const afterDeepChain = `${COMMON}${aliases(24)}\ncommon.request(a24, {});\ncommon.request(a7, {});`;
    expect(reportedLines(alone)).toEqual(["28 'DescribeRom' is not an LCIC action"]);
    // The chain of 24 is past the depth bound, so that call is not judged; a7 (cut short on that way) still is.
    expect(reportedLines(afterDeepChain)).toEqual(["29 'DescribeRom' is not an LCIC action"]);
  });

  it('knows a string built from known parts, and nothing of one built from an unknown part', () => {
    expect(reportedLines(`${COMMON}const VERB = 'Describe';\ncommon.request(VERB + 'Rom', {});\ncommon.request(\`\${VERB}Rom\`, {});`)).toEqual([
      "4 'DescribeRom' is not an LCIC action",
      "5 'DescribeRom' is not an LCIC action",
    ]);
    expect(reportedLines(`${COMMON}export function f(kind: string) { common.request(\`Describe\${kind}\`, {}); common.request('Descr' + kind, {}); }`)).toEqual([]);
  });
});
