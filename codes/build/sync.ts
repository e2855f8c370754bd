/**
 * `npm run sync -- --go-sdk DIR [--go-sdk-intl DIR] [--dry-run]`: brings the catalog's facts up to
 * date with the Tencent Cloud Go SDK.
 *
 * Facts are which LCIC codes exist, on which edition, and which codes each action lists. Prose
 * (summary, cause, remedy, category, retry) is ours and is never touched. A new code arrives with
 * `needsDescription: true`, which makes `generate` refuse until someone describes it; a code the SDK
 * no longer lists is marked `status: retired` and kept, so its docs page and its name in old
 * handlers stay meaningful. Common codes are not LCIC's to retire and are left alone.
 *
 * Both languages of the prose survive a sync untouched. Sync also reads the vendor's one-line
 * wording of each code (errors.go of each SDK) and reports any description of ours, English or
 * Chinese, that repeats it (own-words.ts defines "repeats"); the exit code is then 1.
 *
 * The YAML files are edited through the `yaml` Document API, so comments and layout outside the
 * changed entries survive. Both files are written together or not at all (atomic-write.ts): a
 * failure between the two writes cannot leave a catalog whose halves disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { LcicEdition } from '../types.js';
import { realFileSystem, writeFilesTogether, type FileSystem } from './atomic-write.js';
import { ACTIONS_FILE, CHINESE, CODES_FILE } from './catalog.js';
import { GoSdkFormatError, readGoSdk, type GoSdkFacts } from './go-sdk.js';
import { findRepeats, formatRepeats, type Repeat, type VendorWording } from './own-words.js';

/** The options the catalog files were written with; parse + toString with them is the identity. */
export const YAML_OUTPUT = { lineWidth: 100, flowCollectionPadding: false } as const;

export interface ActionChange {
  readonly action: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface SyncReport {
  readonly codesAdded: readonly string[];
  readonly codesRetired: readonly string[];
  readonly codesRestored: readonly string[];
  readonly editionsChanged: readonly string[];
  readonly actionsAdded: readonly string[];
  readonly actionsRemoved: readonly string[];
  readonly actionsChanged: readonly ActionChange[];
  /** Descriptions (either language) that repeat the vendor's wording. */
  readonly repeats: readonly Repeat[];
}

interface SdkEditions {
  readonly china: GoSdkFacts;
  /** Without it, what the catalog says about the international site is kept as it is. */
  readonly international: GoSdkFacts | undefined;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Every code one edition of the SDK mentions: declared in errors.go or listed by an action. */
function mentionedCodes(facts: GoSdkFacts): Set<string> {
  return new Set([...facts.codes, ...[...facts.actions.values()].flat()]);
}

function readDocument(path: string): Document.Parsed {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length > 0) {
    throw new Error(`${path} is not valid YAML (${doc.errors.map((e) => e.message.split('\n')[0]).join('; ')}); fix it before syncing.`);
  }
  return doc;
}

function topMap(doc: Document, key: string, file: string): YAMLMap {
  const map = doc.get(key, true);
  if (!isMap(map)) throw new Error(`${file} has no "${key}:" mapping; restore it before syncing.`);
  return map;
}

/** Inserts `key: value` into `map` keeping keys sorted, with edition lists in flow style. */
function insertSorted(doc: Document, map: YAMLMap, key: string, value: object): void {
  const pair = doc.createPair(key, value);
  const node = pair.value;
  if (isMap(node)) {
    const editionList = node.get('editions', true);
    if (isSeq(editionList)) editionList.flow = true;
  }
  const index = map.items.findIndex((item) => String(item.key) > key);
  map.items.splice(index === -1 ? map.items.length : index, 0, pair);
}

function editionsOf(has: Record<LcicEdition, boolean>): LcicEdition[] {
  return (['china', 'international'] as const).filter((edition) => has[edition]);
}

function syncCodes(doc: Document, sdk: SdkEditions, file: string) {
  const codes = topMap(doc, 'codes', file);
  const china = mentionedCodes(sdk.china);
  const international = sdk.international && mentionedCodes(sdk.international);
  const existing = new Set(codes.items.map((item) => String(item.key)));
  const report = { codesAdded: [] as string[], codesRetired: [] as string[], codesRestored: [] as string[], editionsChanged: [] as string[] };

  for (const code of sorted([...china, ...(international ?? [])])) {
    if (existing.has(code)) continue;
    const editions = editionsOf({ china: china.has(code), international: international?.has(code) ?? false });
    insertSorted(doc, codes, code, { scope: 'lcic', editions, needsDescription: true });
    report.codesAdded.push(code);
  }

  for (const code of existing) {
    if (doc.getIn(['codes', code, 'scope']) !== 'lcic') continue;
    const inChina = china.has(code);
    const inInternational = international ? international.has(code) : undefined;
    const retired = doc.getIn(['codes', code, 'status']) === 'retired';
    if (!inChina && !inInternational) {
      if (!retired) {
        doc.setIn(['codes', code, 'status'], 'retired');
        report.codesRetired.push(code);
      }
      continue;
    }
    if (retired) {
      doc.deleteIn(['codes', code, 'status']);
      report.codesRestored.push(code);
    }
    const before = (doc.getIn(['codes', code, 'editions']) as { toJSON(): string[] } | undefined)?.toJSON() ?? [];
    const after = editionsOf({ china: inChina, international: inInternational ?? before.includes('international') });
    if (!sameList(before, after)) {
      const list = doc.createNode(after);
      list.flow = true;
      doc.setIn(['codes', code, 'editions'], list);
      report.editionsChanged.push(code);
    }
  }
  return report;
}

function syncActions(doc: Document, sdk: SdkEditions, file: string) {
  const actions = topMap(doc, 'actions', file);
  const existing = new Set(actions.items.map((item) => String(item.key)));
  const report = { actionsAdded: [] as string[], actionsRemoved: [] as string[], actionsChanged: [] as ActionChange[] };

  for (const [action, listed] of [...sdk.china.actions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const codes = sorted(listed);
    const intlListed = sdk.international?.actions.get(action);
    const intlCodes = intlListed && sorted(intlListed);
    if (!existing.has(action)) {
      const entry: Record<string, unknown> = { editions: editionsOf({ china: true, international: intlCodes !== undefined }), codes };
      if (intlCodes && !sameList(intlCodes, codes)) entry.internationalCodes = intlCodes;
      insertSorted(doc, actions, action, entry);
      report.actionsAdded.push(action);
      continue;
    }
    const before = (doc.getIn(['actions', action, 'codes']) as { toJSON(): string[] }).toJSON();
    if (!sameList(before, codes)) {
      doc.setIn(['actions', action, 'codes'], doc.createNode(codes));
      report.actionsChanged.push({ action, added: minus(codes, before), removed: minus(before, codes) });
    }
    if (sdk.international) {
      const editions = doc.createNode(editionsOf({ china: true, international: intlCodes !== undefined }));
      editions.flow = true;
      doc.setIn(['actions', action, 'editions'], editions);
      if (intlCodes && !sameList(intlCodes, codes)) doc.setIn(['actions', action, 'internationalCodes'], doc.createNode(intlCodes));
      else doc.deleteIn(['actions', action, 'internationalCodes']);
    }
  }
  for (const action of existing) {
    if (sdk.china.actions.has(action)) continue;
    doc.deleteIn(['actions', action]);
    report.actionsRemoved.push(action);
  }
  return report;
}

/** The vendor's wording of every code, from each SDK given. */
function vendorWording(sdk: SdkEditions): VendorWording[] {
  const editions = [['china', sdk.china], ['international', sdk.international]] as const;
  return editions.flatMap(([edition, facts]) => [...(facts?.wording ?? [])].map(([code, text]) => ({ sdk: edition, code, text })));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The entries of codes.yaml whose prose is written in both languages (a new code's is not yet). */
function describedEntries(doc: Document) {
  const codes = (doc.toJS() as { codes?: Record<string, Record<string, unknown>> }).codes ?? {};
  return Object.entries(codes).flatMap(([code, entry]) => {
    const { summary, cause, remedy } = entry;
    const chinese = entry[CHINESE] as Record<string, unknown> | undefined;
    if (!isText(summary) || !isText(cause) || !isText(remedy) || !isText(chinese?.summary) || !isText(chinese.cause) || !isText(chinese.remedy)) return [];
    return [{ code, summary, cause, remedy, [CHINESE]: { summary: chinese.summary, cause: chinese.cause, remedy: chinese.remedy } }];
  });
}

/**
 * Updates the catalog in `catalogDir` from the SDK facts, and checks its prose against the
 * vendor's wording. Writes both files, or neither, only when `write` is true.
 */
export function syncCatalog(catalogDir: string, sdk: SdkEditions, write: boolean, fileSystem: FileSystem = realFileSystem): SyncReport {
  const codesPath = join(catalogDir, CODES_FILE);
  const actionsPath = join(catalogDir, ACTIONS_FILE);
  const codesDoc = readDocument(codesPath);
  const actionsDoc = readDocument(actionsPath);
  const report = {
    ...syncCodes(codesDoc, sdk, codesPath),
    ...syncActions(actionsDoc, sdk, actionsPath),
    repeats: findRepeats(describedEntries(codesDoc), vendorWording(sdk)),
  };
  if (write) {
    writeFilesTogether(
      new Map([
        [codesPath, codesDoc.toString(YAML_OUTPUT)],
        [actionsPath, actionsDoc.toString(YAML_OUTPUT)],
      ]),
      fileSystem,
    );
  }
  return report;
}

export function formatReport(report: SyncReport): string {
  const lines: string[] = [];
  const add = (label: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`${label} (${items.length}): ${items.join(', ')}`);
  };
  add('Codes added, needing a description', report.codesAdded);
  add('Codes no longer listed, marked retired', report.codesRetired);
  add('Retired codes listed again', report.codesRestored);
  add('Codes whose editions changed', report.editionsChanged);
  add('Actions added', report.actionsAdded);
  add('Actions removed', report.actionsRemoved);
  for (const change of report.actionsChanged) {
    const parts = [...change.added.map((c) => `+${c}`), ...change.removed.map((c) => `-${c}`)];
    lines.push(`${change.action}: ${parts.join(' ')}`);
  }
  const facts = lines.length === 0 ? 'The catalog already matches the SDK.' : lines.join('\n');
  const ownWords =
    report.repeats.length === 0 ? 'No description repeats the vendor\'s wording.' : formatRepeats(report.repeats);
  return `${facts}\n${ownWords}`;
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'go-sdk': { type: 'string' },
      'go-sdk-intl': { type: 'string' },
      catalog: { type: 'string', default: 'codes/catalog' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (values['go-sdk'] === undefined) {
    console.error('Usage: npm run sync -- --go-sdk DIR [--go-sdk-intl DIR] [--dry-run]\n  DIR is the root of a tencentcloud-sdk-go checkout.');
    return 2;
  }
  try {
    const sdk = {
      china: readGoSdk(values['go-sdk']),
      international: values['go-sdk-intl'] === undefined ? undefined : readGoSdk(values['go-sdk-intl']),
    };
    const report = syncCatalog(values.catalog, sdk, !values['dry-run']);
    console.log(formatReport(report));
    if (report.codesAdded.length > 0) {
      console.log('\nDescribe the new codes in codes.yaml, in English and in Chinese (zh-CN), and remove needsDescription; `npm run generate` refuses until then.');
    }
    return report.repeats.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof GoSdkFormatError || error instanceof Error) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
