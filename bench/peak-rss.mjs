// Preloaded (`node --import`) into a linter's process by the bench: writes the process's peak
// resident set size, in kilobytes, to the file named by BENCH_PEAK_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
