import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from './index.ts';
const [code, rule, options] = [process.argv[2]!, process.argv[3]!, JSON.parse(process.argv[4] ?? '{}')];
const linter = new Linter({ configType: 'flat' });
const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { lcic: plugin }, rules: { [`lcic/${rule}`]: process.argv[4] ? ['error', options] : 'error' } }];
for (const m of linter.verify(code, config as never, { filename: '/work/main/x.ts' })) {
  console.log(`${m.line}:${m.column} ${m.message}`);
  for (const s of m.suggestions ?? []) console.log(JSON.stringify((code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1])).split('\n'), null, 1));
}
