/**
 * The plugin in an editor: the ESLint language server that VS Code and other LSP clients use
 * (`vscode-eslint-language-server` from vscode-langservers-extracted), driven over stdio with
 * vscode-jsonrpc on a copy of the example project. Diagnostics (pulled, as editors do) have the right ranges,
 * messages and docs links; the quick fix for missing cases is offered and, applied, clears its
 * diagnostic; a typo typed in gets the did-you-mean diagnostic. Once without type information and
 * once with it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const SERVER = join(process.cwd(), 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server');
const RECOMMENDED_CONFIG = "import lcic from 'eslint-plugin-lcic';\nimport tseslint from 'typescript-eslint';\n\nexport default [{ files: ['src/**/*.ts'], languageOptions: { parser: tseslint.parser } }, { files: ['src/**/*.ts'], ...lcic.configs.recommended }];\n";

/** Applies an LSP text edit list to a document. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offset = (line: number, character: number) => text.split('\n').slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  return [...edits]
    .sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character))
    .reduce((current, edit) => {
      const start = offset(edit.range.start.line, edit.range.start.character);
      const end = offset(edit.range.end.line, edit.range.end.character);
      return current.slice(0, start) + edit.newText + current.slice(end);
    }, text);
}

function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (edit?.changes?.[uri]) return edit.changes[uri];
  for (const change of edit?.documentChanges ?? []) if ('textDocument' in change && change.textDocument.uri === uri) return change.edits as TextEdit[];
  return [];
}

class EditorSession {
  private readonly server: ChildProcess;
  readonly connection: MessageConnection;
  readonly appliedEdits: WorkspaceEdit[] = [];

  constructor(readonly workspace: string) {
    this.server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
    if (!this.server.stdout || !this.server.stdin) throw new Error('the language server has no stdio');
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout), new StreamMessageWriter(this.server.stdin));
    const folder = { uri: pathToFileURL(workspace).href, name: 'classroom-service' };
    // The settings VS Code's ESLint extension sends, with flat config on.
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => ({
        validate: 'on',
        run: 'onType',
        useFlatConfig: true,
        experimental: {},
        packageManager: 'npm',
        useESLintClass: false,
        codeAction: { disableRuleComment: { enable: false, location: 'separateLine' }, showDocumentation: { enable: false } },
        codeActionOnSave: { enable: false, mode: 'all' },
        format: false,
        quiet: false,
        onIgnoredFiles: 'off',
        options: {},
        rulesCustomizations: [],
        problems: { shortenToSingleLine: false },
        nodePath: null,
        workspaceFolder: folder,
      })),
    );
    // Applying a suggestion is a command; the server answers it by asking the editor to apply an edit.
    this.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.onRequest(() => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async start(): Promise<void> {
    const folder = { uri: pathToFileURL(this.workspace).href, name: 'classroom-service' };
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder.uri,
      workspaceFolders: [folder],
      capabilities: {
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          publishDiagnostics: { codeDescriptionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The document's diagnostics, pulled the way current editors do (`textDocument/diagnostic`). */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return report.kind === 'full' ? report.items : [];
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.server.kill();
  }
}

const lcicDiagnostics = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => String(d.code).startsWith('lcic/'));
/** LSP 3.18 lets a message be markup; the ESLint server sends plain strings. */
const messageOf = (d: Diagnostic | undefined) => (d === undefined ? '' : typeof d.message === 'string' ? d.message : d.message.value);

/**
 * Without type information the finder sees clients created in the file itself (students.ts builds
 * its own); scheduling.ts uses a client imported from another module, which only the types reveal.
 */
const VARIANTS = [
  { config: 'recommended', file: 'src/students.ts', line: 11, character: 10, action: 'RegisterUser', count: 3, code: 'FailedOperation.OriginIdExists' },
  { config: 'recommended-type-checked', file: 'src/scheduling.ts', line: 27, character: 12, action: 'CreateRoom', count: 19, code: 'InvalidParameter.StartTime' },
] as const;

/** The 0-based position of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 };
}

for (const variant of VARIANTS) {
  describe(`the ESLint language server, ${variant.config}`, () => {
    let workspace = '';
    let session: EditorSession;
    const file = () => join(workspace, variant.file);
    const uri = () => pathToFileURL(file()).href;

    beforeAll(async () => {
      // Inside the repository, so the copy resolves eslint, typescript-eslint and this package from its node_modules.
      mkdirSync('.editor-workspaces', { recursive: true });
      workspace = mkdtempSync(join(process.cwd(), '.editor-workspaces', `${variant.config}-`));
      cpSync('examples/classroom-service', workspace, { recursive: true });
      if (variant.config === 'recommended') writeFileSync(join(workspace, 'eslint.config.js'), RECOMMENDED_CONFIG);
      session = new EditorSession(workspace);
      await session.start();
    }, 60_000);

    afterAll(async () => {
      await session.stop();
      rmSync(workspace, { recursive: true, force: true });
    });

    it('reports missing cases with their docs link, applies the quick fix, and reports a typo typed in', async () => {
      const text = readFileSync(file(), 'utf8');
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'typescript', version: 1, text } });
      const opened = lcicDiagnostics(await session.diagnostics(uri()));
      const missing = opened.find((d) => d.code === 'lcic/exhaustive-error-codes' && d.range.start.line === variant.line);
      expect(missing?.range.start).toEqual({ line: variant.line, character: variant.character });
      expect(messageOf(missing)).toMatch(new RegExp(`^This handler lets ${variant.count} codes of ${variant.action} fall through: `));
      // The docs link travels as the diagnostic's own link, not in the message.
      expect(messageOf(missing)).not.toContain('http');
      expect(missing?.codeDescription?.href).toBe(plugin.rules['exhaustive-error-codes'].meta.docs?.url);

      const title = `Add ${variant.count} missing cases that rethrow the error (lcic/exhaustive-error-codes)`;
      const actions = await session.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: missing?.range,
        context: { diagnostics: [missing], only: ['quickfix'] },
      });
      const offered: CodeAction[] = actions ?? [];
      expect(offered.map((a) => a.title)).toContain(title);
      const addCases = offered.find((a) => a.title === title);
      if (!addCases?.command) throw new Error('the suggestion came without its command');
      await session.connection.sendRequest('workspace/executeCommand', { command: addCases.command.command, arguments: addCases.command.arguments });
      const fixed = applyEdits(text, editsOf(session.appliedEdits.at(-1), uri()));
      expect(fixed).not.toBe(text);

      await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(), version: 2 }, contentChanges: [{ text: fixed }] });
      const afterFix = lcicDiagnostics(await session.diagnostics(uri()));
      expect(afterFix.filter((d) => messageOf(d).startsWith(`${variant.action} can fail`))).toEqual([]);

      const typo = variant.code.slice(0, -2) + variant.code.slice(-1);
      const typed = fixed.replace(`'${variant.code}'`, `'${typo}'`);
      await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(), version: 3 }, contentChanges: [{ text: typed }] });
      const didYouMean = lcicDiagnostics(await session.diagnostics(uri())).find((d) => messageOf(d).includes(`'${typo}'`));
      expect(didYouMean?.code).toBe('lcic/no-unknown-error-code');
      expect(messageOf(didYouMean)).toContain(`Did you mean '${variant.code}'?`);
      expect(didYouMean?.range.start).toEqual(positionOf(typed, `'${typo}'`));
    }, 120_000);
  });
}
