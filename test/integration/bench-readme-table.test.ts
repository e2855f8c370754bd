/** The README's performance table is generated from the bench's JSON, never edited by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_RESULTS, readFigures, renderPerformanceTable, withTable } from '../../bench/readme-table.js';

describe('the README performance table', () => {
  it(`is the one bench/readme-table.ts renders from ${README_RESULTS.replace(/^.*\/bench\//, 'bench/')}`, () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withTable(readme, renderPerformanceTable(readFigures())), 'run `npm run bench:readme` after `npm run bench`').toBe(readme);
  });

  it('names the machine and the versions it was measured with', () => {
    const figures = readFigures();
    const table = renderPerformanceTable(figures);
    for (const fact of [figures.machine.name, figures.machine.eslint, figures.machine.oxlint, figures.machine.typescriptEslint]) expect(table).toContain(fact);
  });
});
