/**
 * `npm run fixtures:add -- REPORT.json [--name CASE] [--force]`: turns a "This page reads wrong"
 * report (saved by the reader) into a fixture case tests/fixtures/workercn/<CASE>/ with the page's
 * HTML (source.html), its address (url.txt), what the extension decided when the user saw it
 * (reported.json, for comparison) and expected.json from today's code. Review expected.json, fix
 * it by hand or fix the code, and commit the case. `--into DIR` writes the case elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePageReport, type PageReport } from '../utils/site/page-report';
import { parseUrl } from '../utils/site/urls';
import { annotatePage } from './annotate';
import { FIXTURES, serialize } from './update-fixtures';

const USAGE = 'usage: fixtures:add -- REPORT.json [--name CASE] [--force] [--into DIR]';

/** A case name from the report: `report-<family>-<host and path>`, lower-case, safe as a folder. */
export function caseName(report: PageReport): string {
  const u = parseUrl(report.url)!;
  const slug = `${u.hostname.replace(/^www\./, '').replace(/\.?workercn\.cn$/, '')}-${u.pathname}`
    .replace(/\.(s?html?)$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `report-${report.detection.family}-${slug}`.slice(0, 90).replace(/-+$/, '');
}

/** The HTML with its `<meta charset>` / `http-equiv` charset declarations saying UTF-8. */
export function utf8Declared(html: string): string {
  return html.replace(/<meta\b[^>]*>/gi, (tag) =>
    /charset/i.test(tag) ? tag.replace(/(charset\s*=\s*["']?)[\w.:-]+/i, '$1utf-8') : tag,
  );
}

export interface AddedFixture {
  name: string;
  dir: string;
  /** Fields where today's extraction differs from what the report says the user saw. */
  changed: string[];
}

export async function addFixture(
  reportFile: string,
  options: { name?: string; force?: boolean; root?: string } = {},
): Promise<AddedFixture> {
  const report = parsePageReport(readFileSync(reportFile, 'utf8'));
  const name = options.name ?? caseName(report);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new Error(`case name must be lower-case letters, digits and -: ${name}`);
  const dir = path.join(options.root ?? FIXTURES, name);
  if (existsSync(path.join(dir, 'source.html')) && !options.force)
    throw new Error(`${dir} exists (use --force to replace it)`);
  mkdirSync(dir, { recursive: true });
  // The HTML is the browser's document, written as UTF-8: a GBK page's own charset declaration would now be wrong.
  const html = utf8Declared(report.html);
  writeFileSync(path.join(dir, 'source.html'), html.endsWith('\n') ? html : html + '\n');
  writeFileSync(path.join(dir, 'url.txt'), report.url + '\n');
  const { html: _html, ...reported } = report;
  writeFileSync(path.join(dir, 'reported.json'), serialize(reported));
  const expected = await annotatePage(path.join(dir, 'source.html'), report.url);
  writeFileSync(path.join(dir, 'expected.json'), serialize(expected));
  const keys = ['kind', 'title', 'pretitle', 'subtitle', 'byline', 'source', 'date', 'paragraphs', 'links'] as const;
  const changed = keys.filter((k) => {
    const was = k === 'kind' ? report.detection.kind : (report.fields as unknown as Record<string, unknown>)[k];
    return JSON.stringify(was) !== JSON.stringify((expected as unknown as Record<string, unknown>)[k]);
  });
  return { name, dir, changed };
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const flag = (f: string) => {
    const i = args.indexOf(f);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const force = flag('--force');
  const value = (f: string) => {
    const i = args.indexOf(f);
    if (i < 0) return undefined;
    const v = args.splice(i, 2)[1];
    if (!v) throw new Error(USAGE);
    return v;
  };
  const name = value('--name');
  const root = value('--into');
  const file = args[0];
  if (!file) throw new Error(USAGE);
  const added = await addFixture(file, { name, force, root });
  process.stdout.write(
    `added ${path.relative(process.cwd(), added.dir)} (source.html, url.txt, reported.json, expected.json)\n` +
      (added.changed.length
        ? `today's code reads these fields differently from the report: ${added.changed.join(', ')}\n`
        : `today's code reads the page as the report says the user saw it\n`) +
      'Review expected.json (fix it or the code), then commit the case.\n',
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const err = error as NodeJS.ErrnoException;
      const message =
        err?.code === 'ENOENT' ? `no such file: ${err.path}` : err instanceof Error ? err.message : String(error);
      process.stderr.write(`fixtures:add: ${message}\n`);
      process.exitCode = 1;
    },
  );
}
