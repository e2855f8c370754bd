import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { walkTree } from '../../analysis/ast.js';
import { loadModule } from '../../analysis/modules/index.js';
import { writtenReturnTakesKey } from '../../analysis/written-types.js';

const folder = mkdtempSync(path.join(tmpdir(), 'lcic-written-types-'));
let count = 0;

/** What writtenReturnTakesKey says of `requestId` for the object literal with an `error` key in `code`. */
function takesRequestId(code: string): boolean | undefined {
  const file = path.join(folder, `case-${++count}.ts`);
  writeFileSync(file, code);
  const module = loadModule(file);
  if (!module) throw new Error(`${file} did not parse`);
  let answer: TSESTree.ObjectExpression | undefined;
  walkTree(module.ast, module.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ObjectExpression && node.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'error')) answer = node;
    return answer === undefined;
  });
  if (!answer) throw new Error(`no object with an error key in ${file}`);
  return writtenReturnTakesKey(answer, 'requestId');
}

const returning = (type: string, value = "{ ok: false, error: 'gone' }") => `async function end(): ${type} {\n  return ${value};\n}`;

describe('writtenReturnTakesKey', () => {
  it('says nothing when no return type is written, or the object is not what the function returns', () => {
    expect(takesRequestId("async function end() { return { ok: false, error: 'gone' }; }")).toBeUndefined();
    expect(takesRequestId("function end(res: any): void { res.json({ error: 'gone' }); }")).toBeUndefined();
  });

  it('reads a union alias of the file through Promise<...>: no member with the key, no key', () => {
    expect(takesRequestId(`type State = { ok: true } | { ok: false; error: string };\n${returning('Promise<State>')}`)).toBe(false);
    expect(takesRequestId(`type State = { ok: true } | { ok: false; error: string; requestId?: string };\n${returning('Promise<State>')}`)).toBe(true);
  });

  it('reads interfaces, index signatures, any and unknown, and an arrow whose body is the object', () => {
    expect(takesRequestId(`export interface Answer { error: string; requestId?: string }\n${returning('Promise<Answer>')}`)).toBe(true);
    expect(takesRequestId(`interface Answer { error: string }\n${returning('Promise<Answer>')}`)).toBe(false);
    expect(takesRequestId(returning('Promise<{ error: string; [key: string]: unknown }>'))).toBe(true);
    expect(takesRequestId(returning('Promise<any>'))).toBe(true);
    expect(takesRequestId("const end = (): { error: string } => ({ error: 'gone' });")).toBe(false);
    expect(takesRequestId(returning('Promise<{ error: string }>', "{ error: 'gone' } as const"))).toBe(false);
  });

  it('counts a type it cannot read (imported, generic, or written on the name the function is kept in) as not taking the key', () => {
    expect(takesRequestId("import type { Resolvers } from './types';\nconst invite: Resolvers['invite'] = async () => ({ ok: false, error: 'gone' });")).toBe(false);
    expect(takesRequestId(`import type { Answer } from './answer';\n${returning('Promise<Answer>')}`)).toBe(false);
    expect(takesRequestId(`type Box<T> = { error: string; value?: T };\n${returning('Promise<Box<number>>')}`)).toBe(false);
  });
});
