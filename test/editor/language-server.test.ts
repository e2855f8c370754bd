/**
 * The plugin in an editor: the ESLint language server that VS Code and other LSP clients use
 * (`vscode-eslint-language-server` from vscode-langservers-extracted), driven over stdio with
 * vscode-jsonrpc on a copy of the example project, with exactly the settings the README's editor
 * section shows. Diagnostics (pulled, as the README says they must be) have the right ranges,
 * messages and docs links; the quick fix for missing cases is offered and, applied, clears its
 * diagnostic; a typo typed in gets the did-you-mean diagnostic. Once without type information and
 * once with it. Then the pitfalls the README warns about: the server never pushes diagnostics,
 * needs settings it has no defaults for, and with ESLint 10 gives none if
 * `experimental.useFlatConfig` is set.
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

/** The settings the README's editor section tells LSP users to send: the ```json block of that section. */
function readmeServerSettings(): Record<string, unknown> {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('### In the editor');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (start < 0 || json === undefined) throw new Error('README.md: the "In the editor" section has no ```json block of server settings');
  return JSON.parse(json) as Record<string, unknown>;
}
const README_SETTINGS = readmeServerSettings();
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
  /** Diagnostics the server pushed (`textDocument/publishDiagnostics`). */
  readonly pushed: unknown[] = [];
  /** The server's log lines (`window/logMessage`). */
  readonly log: string[] = [];

  /** `pull`: whether the editor announces pull diagnostics (LSP 3.17); without it, it waits for pushed ones. */
  constructor(
    readonly workspace: string,
    settings: Record<string, unknown> = README_SETTINGS,
    private readonly pull = true,
  ) {
    this.server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
    if (!this.server.stdout || !this.server.stdin) throw new Error('the language server has no stdio');
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout), new StreamMessageWriter(this.server.stdin));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    // Applying a suggestion is a command; the server answers it by asking the editor to apply an edit.
    this.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: unknown) => {
      this.pushed.push(params);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.log.push(params.message);
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
          ...(this.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { codeDescriptionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  async open(file: string): Promise<{ uri: string; text: string }> {
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    return { uri, text };
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
 * scheduling.ts uses a client imported from another module: both configs follow it. (The quick fix
 * is tried on its promise-form handler; students.ts's callbacks are the international SDK's, where
 * no fix writes a throw.)
 */
const VARIANTS = [
  { config: 'recommended', file: 'src/scheduling.ts', line: 27, character: 12, action: 'CreateRoom', count: 19, code: 'InvalidParameter.StartTime' },
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
      const { text } = await session.open(file());
      const opened = lcicDiagnostics(await session.diagnostics(uri()));
      const missing = opened.find((d) => d.code === 'lcic/exhaustive-error-codes' && d.range.start.line === variant.line);
      expect(missing?.range.start).toEqual({ line: variant.line, character: variant.character });
      expect(messageOf(missing)).toMatch(new RegExp(`^This handler lets ${variant.count} codes of ${variant.action} fall through: `));
      // The docs link travels as the diagnostic's own link, not in the message.
      expect(messageOf(missing)).not.toContain('http');
      expect(missing?.codeDescription?.href).toBe(plugin.rules['exhaustive-error-codes'].meta.docs?.url);

      const title = `Add ${variant.count} missing cases, rethrowing the error (lcic/exhaustive-error-codes)`;
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

describe('what the README warns LSP users about', () => {
  let workspace = '';
  const sessions: EditorSession[] = [];
  const start = async (settings: Record<string, unknown>, pull: boolean) => {
    const session = new EditorSession(workspace, settings, pull);
    sessions.push(session);
    await session.start();
    return session;
  };
  const file = () => join(workspace, 'src/students.ts');

  beforeAll(() => {
    mkdirSync('.editor-workspaces', { recursive: true });
    workspace = mkdtempSync(join(process.cwd(), '.editor-workspaces', 'pitfalls-'));
    cpSync('examples/classroom-service', workspace, { recursive: true });
    writeFileSync(join(workspace, 'eslint.config.js'), RECOMMENDED_CONFIG);
  });

  afterAll(async () => {
    for (const session of sessions) await session.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('never pushes diagnostics: an editor that waits for them gets nothing, one that pulls gets them', async () => {
    const session = await start(README_SETTINGS, false);
    const { uri } = await session.open(file());
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(session.pushed).toEqual([]);
    // The same server, asked: it has the diagnostics, it only never sends them unasked.
    expect(lcicDiagnostics(await session.diagnostics(uri)).map((d) => d.code)).toContain('lcic/exhaustive-error-codes');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(session.pushed).toEqual([]);
  }, 30_000);

  it.each([
    ['experimental', 'fails'],
    ['nodePath', 'fails'],
    ['rulesCustomizations', 'is empty'],
    ['problems', 'is empty'],
  ] as const)('without %s in its settings, its answer %s', async (setting, outcome) => {
    const settings = Object.fromEntries(Object.entries(README_SETTINGS).filter(([key]) => key !== setting));
    const session = await start(settings, true);
    const { uri } = await session.open(file());
    if (outcome === 'fails') await expect(session.diagnostics(uri)).rejects.toThrow();
    else expect(await session.diagnostics(uri)).toEqual([]);
  }, 30_000);

  it('with ESLint 10 and experimental.useFlatConfig set, answers with no diagnostics and only logs why', async () => {
    const session = await start({ ...README_SETTINGS, experimental: { useFlatConfig: true } }, true);
    const { uri } = await session.open(file());
    expect(await session.diagnostics(uri)).toEqual([]);
    expect(session.log.join('\n')).toMatch(/doesn't export a FlatESLint class/);
  }, 30_000);
});
