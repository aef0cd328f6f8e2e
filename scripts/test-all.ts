/**
 * `npm test`: every check the project has, in order, and one closing line with the totals.
 *   build (both browsers) · type check · lint · format · unit tests (Vitest) · e2e tests (real Chromium and Firefox)
 * Each of build, type check, lint and format counts as one check; unit and e2e count their tests.
 * `npm test -- --no-e2e` skips the browsers (for a quick loop).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-results');
const skipE2e = process.argv.includes('--no-e2e');
mkdirSync(reports, { recursive: true });

interface Step {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}
const steps: Step[] = [];

function run(command: string, args: string[]): { ok: boolean; seconds: number } {
  const start = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return { ok: result.status === 0, seconds: (Date.now() - start) / 1000 };
}

function check(name: string, command: string, args: string[]): void {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { ok, seconds } = run(command, args);
  steps.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

function vitest(name: string, config: string): void {
  const output = path.join(reports, `${name}.json`);
  rmSync(output, { force: true });
  console.log(`\n▶ ${name}: vitest run -c ${config}`);
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  let report: VitestJson | undefined;
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  } catch {
    report = undefined;
  }
  if (!report) {
    steps.push({ name, passed: 0, failed: 1, skipped: 0, seconds });
    return;
  }
  // A file that fails to load has no tests of its own: count it as one failure.
  const failed =
    report.numFailedTests + (report.numFailedTests === 0 && !ok ? Math.max(1, report.numFailedTestSuites) : 0);
  steps.push({
    name,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    seconds,
  });
}

check('build', 'npm', ['run', '-s', 'build']);
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', 'vitest.config.ts');
if (!skipE2e) vitest('e2e', 'vitest.e2e.config.ts');

const total = steps.reduce(
  (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nSummary');
for (const s of steps) {
  console.log(
    `  ${s.name.padEnd(10)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed ${String(s.skipped).padStart(4)} skipped  ${s.seconds.toFixed(1)} s`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
