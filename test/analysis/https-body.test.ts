/**
 * Where the body of Node's `https.request` is read: the `end` listener of its callback, with each
 * read there of the name the `data` listener gathers the chunks into.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { onFileFacts } from '../../analysis/facts.js';
import { getLcicCallFinder } from '../../analysis/find-lcic-calls.js';
import { httpsBodyInput } from '../../analysis/flow/https-body.js';
import { lintWith } from '../helpers/lint.js';

/** For each LCIC https.request of the snippet: `line:column` of the followed function and of each read standing for the body's text, or 'none'. */
function inputs(code: string): string[] {
  const found: string[] = [];
  const probe: TSESLint.RuleModule<'x'> = {
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      const finder = getLcicCallFinder(context);
      return onFileFacts(context, (facts) => {
        for (const call of facts.calls) {
          const input = httpsBodyInput(call.node, finder.resolver, finder.source);
          const at = (node: { loc: { start: { line: number; column: number } } }) => `${node.loc.start.line}:${node.loc.start.column + 1}`;
          found.push(input?.fn ? `end ${at(input.fn)} reads ${(input.startNodes ?? []).map(at).join(' ')}` : 'none');
        }
      });
    },
  };
  const messages = lintWith(probe, code);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return found;
}

const request = (callback: string) =>
  ["import https from 'node:https';", `https.request({ hostname: 'lcic.tencentcloudapi.com', headers: { 'X-TC-Action': 'DescribeRoom' } }, ${callback});`].join('\n');

describe('httpsBodyInput', () => {
  it('follows the end listener, where the text gathered by `+=` is read', () => {
    const code = request("(res) => {\n  let data = '';\n  res.on('data', (chunk) => (data += chunk));\n  res.on('end', () => console.log(JSON.parse(data), data.length));\n}");
    expect(inputs(code)).toEqual(['end 5:17 reads 5:46 5:53']);
  });

  it('takes chunks pushed to a list, and a listener given by name', () => {
    const code = request("(res) => {\n  const chunks: Buffer[] = [];\n  function done() { return JSON.parse(Buffer.concat(chunks).toString()); }\n  res.on('data', (chunk: Buffer) => chunks.push(chunk));\n  res.once('end', done);\n}");
    expect(inputs(code)).toEqual(['end 4:3 reads 4:53']);
  });

  it('gives nothing without a data listener that gathers, or without an end listener', () => {
    const noData = request("async (res) => {\n  let data = '';\n  for await (const chunk of res) data += chunk;\n  res.on('end', () => JSON.parse(data));\n}");
    const noEnd = request("(res) => {\n  let data = '';\n  res.on('data', (chunk) => (data += chunk));\n}");
    const ignored = request("(res) => {\n  let data = '';\n  res.on('data', () => console.log('chunk'));\n  res.on('end', () => JSON.parse(data));\n}");
    expect([...inputs(noData), ...inputs(noEnd), ...inputs(ignored)]).toEqual(['none', 'none', 'none']);
  });
});
