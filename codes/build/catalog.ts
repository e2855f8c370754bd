/**
 * Reads and validates the catalog (`codes/catalog/codes.yaml` and `actions.yaml`).
 *
 * Every problem is collected before anything is reported, so a person fixing the catalog sees the
 * whole list at once, each with the file, the line, the entry and what to do. Nothing downstream
 * (generate, sync, docs) runs on a catalog that has a single problem.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { z } from 'zod';
import { parentCode } from '../code-names.js';
import { codeScopes, editions, errorCategories, retryAdvice, type LcicEdition } from '../types.js';

export const CODES_FILE = 'codes.yaml';
export const ACTIONS_FILE = 'actions.yaml';

/** A code is dot-separated words: `InvalidParameter`, `ResourceNotFound.Room`. */
export const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
/** An action is one PascalCase word: `CreateRoom`. */
export const ACTION_PATTERN = /^[A-Z][A-Za-z0-9]*$/;

const prose = (what: string) =>
  z.string({ error: `needs a ${what}` }).trim().min(1, { error: `has an empty ${what}` });

/** The language key of the Chinese prose in codes.yaml, and in the runtime's `translations`. */
export const CHINESE = 'zh-CN';

const textSchema = z.strictObject({ summary: prose('summary'), cause: prose('cause'), remedy: prose('remedy') });

/** The vendor files a figure may be taken from: the LCIC package of either Go SDK. */
export const SOURCE_FILES = ['errors.go', 'client.go', 'models.go'] as const;

/** Tencent Cloud's documentation sites: what every API shares (signing, common codes) is stated there, not in LCIC's files. */
const DOCUMENTATION_PAGE = /^https:\/\/(www\.)?(tencentcloud\.com|cloud\.tencent\.com)\//;

/**
 * Where a figure in the prose comes from: the SDK edition and the file in its LCIC package, or a
 * page of Tencent Cloud's documentation; the identifier there (a constant, a method, Struct.Field,
 * or the page's parameter or row); and the figure as our prose states it.
 */
const sourceSchema = z
  .strictObject({
    sdk: z.enum(editions).optional(),
    file: z.enum(SOURCE_FILES).optional(),
    page: z.string().regex(DOCUMENTATION_PAGE, { error: 'must be a page of tencentcloud.com or cloud.tencent.com (https)' }).optional(),
    at: prose('identifier (at)'),
    figure: prose('figure'),
  })
  .superRefine((source, ctx) => {
    const fromSdk = source.sdk !== undefined || source.file !== undefined;
    if (fromSdk === (source.page !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'needs either sdk and file (a Go SDK file) or page (a documentation page), not both or neither' });
    } else if (fromSdk && (source.sdk === undefined || source.file === undefined)) {
      ctx.addIssue({ code: 'custom', path: [source.sdk === undefined ? 'sdk' : 'file'], message: 'is missing: a figure from a Go SDK names both the edition (sdk) and the file' });
    }
  });

// The described fields are optional here only so that an entry sync just added (needsDescription)
// gets one clear problem instead of six; the refinement requires them on every other entry.
const DESCRIBED_FIELDS = ['category', 'retry', 'summary', 'cause', 'remedy', CHINESE] as const;

const codeEntrySchema = z.strictObject({
  scope: z.enum(codeScopes),
  editions: z.array(z.enum(editions)).min(1),
  category: z.enum(errorCategories).optional(),
  retry: z.enum(retryAdvice).optional(),
  summary: prose('summary').optional(),
  cause: prose('cause').optional(),
  remedy: prose('remedy').optional(),
  [CHINESE]: textSchema.optional(),
  sources: z.array(sourceSchema).optional(),
  status: z.literal('retired').optional(),
  needsDescription: z.boolean().optional(),
}).superRefine((entry, ctx) => {
  if (entry.needsDescription) return;
  for (const field of DESCRIBED_FIELDS) {
    if (entry[field] === undefined) {
      const what = field === CHINESE ? `'${CHINESE}' (summary, cause and remedy in Chinese)` : `'${field}'`;
      ctx.addIssue({ code: 'custom', path: [field], message: `is missing ${what}. Add it (see the comment at the top of the file).` });
    }
  }
});

const actionEntrySchema = z.strictObject({
  editions: z.array(z.enum(editions)).min(1),
  codes: z.array(z.string()),
  internationalCodes: z.array(z.string()).optional(),
});

const codesFileSchema = z.strictObject({ codes: z.record(z.string(), codeEntrySchema) });
const actionsFileSchema = z.strictObject({ actions: z.record(z.string(), actionEntrySchema) });

type CodeEntryData = z.infer<typeof codeEntrySchema>;
/** Where a figure in a code's prose comes from. */
export type SourceNote = z.infer<typeof sourceSchema>;
/** A code's entry once validated: every described field present, sources defaulted to none. */
export type CodeEntry = Required<Omit<CodeEntryData, 'status' | 'needsDescription' | 'sources'>> &
  Pick<CodeEntryData, 'status'> & { code: string; parent: string | undefined; sources: readonly SourceNote[] };
export type ActionEntry = z.infer<typeof actionEntrySchema> & { action: string };

export interface Catalog {
  /** Sorted by code. */
  readonly codes: readonly CodeEntry[];
  /** Sorted by action name. */
  readonly actions: readonly ActionEntry[];
}

/** One thing wrong with the catalog, located precisely enough to fix without searching. */
export interface CatalogProblem {
  readonly file: string;
  readonly line: number | undefined;
  readonly entry: string | undefined;
  readonly message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(
      `The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}

export function formatProblem(p: CatalogProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const entry = p.entry === undefined ? '' : ` entry "${p.entry}":`;
  return `${where}:${entry} ${p.message}`;
}

interface ParsedFile {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

function readYaml(dir: string, name: string, problems: CatalogProblem[]): ParsedFile | undefined {
  const path = join(dir, name);
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push({ file, line: undefined, entry: undefined, message: `cannot be read (${(error as Error).message}).` });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  for (const error of doc.errors) {
    const line = lines.linePos(error.pos[0]).line;
    const message =
      error.code === 'DUPLICATE_KEY'
        ? 'the same key appears twice. Merge the two entries into one.'
        : `is not valid YAML (${error.message.split('\n')[0]}). Fix the syntax at this line.`;
    problems.push({ file, line, entry: undefined, message });
  }
  return doc.errors.length > 0 ? undefined : { file, doc, lines };
}

/** The line of the deepest node on `path` that exists in the YAML document. */
function lineOf(parsed: ParsedFile, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 2 ? `'${issue.path.slice(2).join('.')}'` : 'the entry';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}. Remove it or fix its spelling.`;
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing ${field}. Add it (see the comment at the top of the file).`
        : `${field} should be ${issue.expected}. Fix its value.`;
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'custom':
      // An entry's own checks name their field in the message; a check inside a field (a source note) gets its place.
      return issue.path.length > 3 ? `${field} ${issue.message}` : issue.message;
    default:
      return `${field} ${issue.message}. Fix its value.`;
  }
}

function validateShape<T>(
  parsed: ParsedFile,
  schema: z.ZodType<T>,
  problems: CatalogProblem[],
): T | undefined {
  const result = schema.safeParse(parsed.doc.toJS(), { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const entry = issue.path.length >= 2 ? String(issue.path[1]) : undefined;
    problems.push({ file: parsed.file, line: lineOf(parsed, issue.path), entry, message: describeIssue(issue) });
  }
  return undefined;
}

/** Checks that span entries and files: names, parents, references between the two files. */
function crossCheck(
  codesFile: ParsedFile,
  actionsFile: ParsedFile,
  codes: Record<string, z.infer<typeof codeEntrySchema>>,
  actions: Record<string, z.infer<typeof actionEntrySchema>>,
  problems: CatalogProblem[],
): void {
  const report = (parsed: ParsedFile, path: PropertyKey[], entry: string, message: string) =>
    problems.push({ file: parsed.file, line: lineOf(parsed, path), entry, message });

  for (const [code, entry] of Object.entries(codes)) {
    if (!CODE_PATTERN.test(code)) {
      report(codesFile, ['codes', code], code, 'is not a valid code: use dot-separated words such as ResourceNotFound.Room.');
      continue;
    }
    const parent = parentCode(code);
    if (parent !== undefined && !(parent in codes)) {
      report(codesFile, ['codes', code], code, `its parent code "${parent}" is not in the catalog. Add an entry for "${parent}".`);
    }
    const both: readonly LcicEdition[] = editions;
    if (entry.scope === 'common' && !both.every((edition) => entry.editions.includes(edition))) {
      report(
        codesFile,
        ['codes', code, 'editions'],
        code,
        `is a common code, which any action on either site can return, so its editions must be [${both.join(', ')}].`,
      );
    }
    if (entry.needsDescription) {
      report(
        codesFile,
        ['codes', code, 'needsDescription'],
        code,
        `was added by sync and still needs a description. Write category, retry, summary, cause and remedy, and the same three in Chinese under '${CHINESE}', in our own words, then remove needsDescription.`,
      );
    }
  }

  for (const [action, entry] of Object.entries(actions)) {
    if (!ACTION_PATTERN.test(action)) {
      report(actionsFile, ['actions', action], action, 'is not a valid action name: use one PascalCase word such as CreateRoom.');
    }
    for (const field of ['codes', 'internationalCodes'] as const) {
      const list = entry[field] ?? [];
      const seen = new Set<string>();
      list.forEach((code, index) => {
        if (!(code in codes)) {
          report(actionsFile, ['actions', action, field, index], action, `${field} names "${code}", which is not in ${CODES_FILE}. Add it there or fix the name.`);
        }
        if (seen.has(code)) {
          report(actionsFile, ['actions', action, field, index], action, `${field} lists "${code}" twice. Remove one.`);
        }
        seen.add(code);
      });
    }
    if (entry.internationalCodes !== undefined && !entry.editions.includes('international')) {
      report(actionsFile, ['actions', action, 'internationalCodes'], action, 'has internationalCodes but is not offered on the international edition. Remove the list or add the edition.');
    }
  }
}

/** Loads the catalog from `dir`, or throws a {@link CatalogError} listing every problem. */
export function loadCatalog(dir: string): Catalog {
  const problems: CatalogProblem[] = [];
  const codesFile = readYaml(dir, CODES_FILE, problems);
  const actionsFile = readYaml(dir, ACTIONS_FILE, problems);
  const codesData = codesFile && validateShape(codesFile, codesFileSchema, problems);
  const actionsData = actionsFile && validateShape(actionsFile, actionsFileSchema, problems);
  if (codesFile && actionsFile && codesData && actionsData) {
    crossCheck(codesFile, actionsFile, codesData.codes, actionsData.actions, problems);
  }
  if (problems.length > 0 || !codesData || !actionsData) throw new CatalogError(problems);

  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    codes: Object.keys(codesData.codes)
      .sort(byName)
      .map((code) => {
        // Validated above: every described field is present, since no entry still needs a description.
        const entry = codesData.codes[code] as CodeEntryData & Omit<CodeEntry, 'sources'>;
        return { ...entry, sources: entry.sources ?? [], code, parent: parentCode(code) };
      }),
    actions: Object.entries(actionsData.actions)
      .sort(([a], [b]) => byName(a, b))
      .map(([action, entry]) => ({ ...entry, action })),
  };
}
