/**
 * Where the reader's first open goes, from a Chromium trace of one click (every process: the tab,
 * the extension's offscreen engine, its service worker): main-thread time per kind of work between
 * the click and the reader's first screen and its last paragraph. `node --import tsx scripts/profile-reader.ts [url]`.
 */
import type { Page as PwPage } from 'playwright-core';
import { startFixtureServer } from './lib/fixture-server';
import { launchChromium } from '../tests/e2e/browsers';

const URL_ = process.argv[2] ?? 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  'v8',
].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
}

/** The tab's CPU profile of the traced open, for PROFILE_TREE. */
let tabProfile: CpuProfile | null = null;
const server = await startFixtureServer();
const browser = await launchChromium(server.port);
try {
  // Warm the engine and the HTTP cache with one open first, as a user's second article of the day.
  for (let round = 0; round < 3; round++) {
    const page = await browser.open(browser.pageUrl(URL_));
    const raw = page.raw as PwPage;
    await page.waitForFunction(() => document.querySelector('workercn-reader-launcher'), undefined, 20_000);
    const cdp = await raw.context().newCDPSession(raw);
    const traced = round === 2;
    const events: TraceEvent[] = [];
    // PROFILE_REOPEN=1: the traced round is a reopen (opened, closed, then traced as it opens again).
    if (traced && process.env.PROFILE_REOPEN) {
      await page.evaluate(async () => {
        document.querySelector('workercn-reader-launcher')!.shadowRoot!.querySelector('button')!.click();
        while (!document.querySelector('workercn-reader')?.shadowRoot?.querySelector('article .text ruby'))
          await new Promise((resolve) => setTimeout(resolve, 20));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        document.querySelector('workercn-reader')!.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click();
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
    }
    if (traced) {
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const r = await page.evaluate(async () => {
      const button = document.querySelector('workercn-reader-launcher')!.shadowRoot!.querySelector('button')!;
      performance.mark('bench:click');
      const start = performance.now();
      button.click();
      let shown = 0;
      for (;;) {
        const root = document.querySelector('workercn-reader')?.shadowRoot;
        if (!shown && root?.querySelector('article .text ruby')) {
          shown = performance.now() - start;
          performance.mark('bench:shown');
        }
        const text = root?.querySelector<HTMLElement>('article .text');
        if (shown && text && text.querySelectorAll(':scope > p').length >= Number(text.dataset.paragraphs)) {
          performance.mark('bench:complete');
          return { shown, complete: performance.now() - start };
        }
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      }
    });
    const stages = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('workercn-reader:'))
        .map((e) => `${e.name.slice(16)} ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`),
    );
    console.log(
      `round ${round}: shown ${r.shown.toFixed(0)} ms, complete ${r.complete.toFixed(0)} ms; ${stages.join(', ')}`,
    );
    if (traced) {
      const { profile } = await cdp.send('Profiler.stop');
      reportProfile(profile as unknown as CpuProfile);
      tabProfile = profile as unknown as CpuProfile;
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      report(events);
    }
    await cdp.detach();
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

function report(events: TraceEvent[]): void {
  const names = new Map<number, string>();
  for (const e of events)
    if (e.name === 'process_labels' || e.name === 'process_name')
      names.set(e.pid, `${names.get(e.pid) ?? ''} ${String(e.args?.labels ?? e.args?.name ?? '')}`);
  // A renderer is named by the first script URL it runs (the tab's page, the offscreen document, ...).
  for (const e of events) {
    const data = e.args?.data as { url?: string } | undefined;
    if (data?.url && !names.get(e.pid)?.includes('/'))
      names.set(e.pid, `${names.get(e.pid) ?? ''} ${data.url.replace(/^.*\/\/[^/]+/, '')}`);
  }
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const click = events.find((e) => e.name === 'bench:click');
  const shown = events.find((e) => e.name === 'bench:shown');
  const complete = events.find((e) => e.name === 'bench:complete');
  if (!click || !shown || !complete) return console.log('no marks in the trace');
  const windows = [
    ['click → first screen', click.ts, shown.ts],
    ['first screen → all paragraphs', shown.ts, complete.ts],
  ] as const;
  const KINDS = new Set([
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'ParseHTML',
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'Layerize',
    'HitTest',
    'MajorGC',
    'MinorGC',
    'V8.GC_MARK_COMPACTOR',
    'ScheduleStyleRecalculation',
    'RunMicrotasks',
    'v8.run',
    'ParseAuthorStyleSheet',
    'RunTask',
    'V8.ScavengeTask',
    'BlinkGC.AtomicPhase',
    'Document::updateStyleAndLayout',
    'LocalFrameView::RunPrePaintLifecyclePhase',
  ]);
  for (const [label, from, to] of windows) {
    console.log(`\n${label}: ${((to - from) / 1000).toFixed(1)} ms`);
    const sums = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || !KINDS.has(e.name)) continue;
      const start = Math.max(from, e.ts);
      const end = Math.min(to, e.ts + e.dur);
      if (end <= start) continue;
      const thread = threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
      if (!/Main|Worker|Service/i.test(thread)) continue;
      const key = `${e.pid} ${(names.get(e.pid) ?? '').trim().slice(0, 50)} [${thread}] ${e.name}`;
      sums.set(key, (sums.get(key) ?? 0) + (end - start) / 1000);
    }
    for (const [key, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
    const long = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          (e.dur ?? 0) > 8000 &&
          e.ts >= from &&
          e.ts < to &&
          [
            'TimerFire',
            'FunctionCall',
            'EvaluateScript',
            'RunMicrotasks',
            'Layout',
            'UpdateLayoutTree',
            'FireAnimationFrame',
            'ParseAuthorStyleSheet',
            ...(process.env.PROFILE_NESTED ? ['RunTask'] : []),
          ].includes(e.name),
      )
      .sort((a, b) => a.ts - b.ts);
    if (process.env.PROFILE_TIMELINE)
      console.log(`   processes: ${[...names.values()].map((n) => n.trim()).join(' | ')}`);
    // PROFILE_TIMELINE=1: every task over 1 ms in every process, in order (where the waits are).
    if (process.env.PROFILE_TIMELINE)
      for (const e of events
        .filter((e) => e.ph === 'X' && (e.dur ?? 0) > 300 && e.ts >= from && e.ts < to && e.name === 'RunTask')
        .sort((a, b) => a.ts - b.ts))
        console.log(
          `   +${((e.ts - from) / 1000).toFixed(1).padStart(6)} ms ${((e.dur ?? 0) / 1000).toFixed(1).padStart(5)} ms  ${(names.get(e.pid) ?? '').trim().slice(0, 40)} [${threads.get(`${e.pid}:${e.tid}`) ?? e.tid}]`,
        );
    // PROFILE_NESTED=1: what runs inside each long task of the tab's main thread.
    if (process.env.PROFILE_NESTED)
      for (const task of long)
        for (const e of events.filter(
          (e) =>
            e.ph === 'X' &&
            e.pid === task.pid &&
            e.tid === task.tid &&
            e !== task &&
            (e.dur ?? 0) > 500 &&
            e.ts >= task.ts &&
            e.ts < task.ts + (task.dur ?? 0),
        ))
          console.log(
            `      in ${task.name} at +${((e.ts - from) / 1000).toFixed(1)} ms: ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.name === 'Layout' || e.name === 'UpdateLayoutTree' ? JSON.stringify(e.args?.beginData ?? e.args ?? {}).slice(0, 200) : ''}`,
          );
    if (process.env.PROFILE_TREE && tabProfile)
      for (const task of long)
        if ((task.dur ?? 0) > 10_000) {
          console.log(`   inside ${task.name} at +${((task.ts - from) / 1000).toFixed(0)} ms:`);
          reportInclusive(tabProfile, task.ts, task.ts + (task.dur ?? 0));
        }
    for (const e of long) {
      const d = (e.args?.data ?? e.args?.beginData ?? {}) as Record<string, unknown>;
      console.log(
        `   at +${((e.ts - from) / 1000).toFixed(0)} ms ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${String(d.functionName ?? '')} ${String(d.url ?? '').replace(/^.*\//, '')}:${String(d.lineNumber ?? '')} ${d.elementCount ? `elements ${String(d.elementCount)}` : ''}`,
      );
    }
  }
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Self time per function (and per script) in the tab, from the sampling profile. */
function reportProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const where = f.url.replace(/^.*\//, '') || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber}:${f.columnNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    file.set(where, (file.get(where) ?? 0) + ms);
  }
  console.log('\ntab CPU profile, self time by script:');
  for (const [k, ms] of [...file].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('by function:');
  for (const [k, ms] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
}

/** PROFILE_TREE=1: inclusive time per call path (3 frames deep), to see which calls hold the self time. */
function reportInclusive(profile: CpuProfile, from: number, to: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id)!.callFrame;
    const selfKey = `self: ${leaf.functionName || '(anonymous)'} ${leaf.url.replace(/^.*\//, '') || '(native)'}:${leaf.lineNumber}`;
    total.set(selfKey, (total.get(selfKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const f = byId.get(node)!.callFrame;
      if (!f.url) continue;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`     ${ms.toFixed(1).padStart(7)} ms  ${k}`);
}
