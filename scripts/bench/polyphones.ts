/**
 * Polyphone benchmark on the CPP dev split (../shared/data/cpp-dev, Apache-2.0): accuracy of the
 * engine and of pinyin-pro `pinyin()` per class of the character (inside a dictionary word, alone, in
 * a name), the 20 characters the engine reads worst, and time per 1,000 sentences.
 *
 * The polyphone model is trained on this split, so the engine's figure is 5-fold cross-validated by
 * sentence (each sentence read by a model trained on the other four fifths), never the shipped model
 * on sentences it was trained on. The engine without the model (dictionary + rules) is shown beside.
 * A neutral-tone spelling that CC-CEDICT and CPP write differently inside a word counts as right.
 */
import { performance } from 'node:perf_hooks';
import { pinyin } from 'pinyin-pro';
import { cppRight, loadCppDev } from '../lib/cpp';
import { fmtMs, medianMs, ratio } from '../lib/bench-utils';
import { getNodeEngine } from '../lib/text-modes';
import { crossValidate, examples, type CharClass } from '../train-polyphones';

const FOLDS = 5;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(2)}%` : '–');

export async function run(): Promise<void> {
  const items = loadCppDev();
  const e = await getNodeEngine();
  const t0 = performance.now();
  const exs = await examples(e);
  const cv = crossValidate(exs, FOLDS);
  const cvMs = performance.now() - t0;

  const pro = items.map((it) => {
    const arr = pinyin(it.sentence, { toneType: 'num', type: 'array', v: true });
    // pinyin-pro gives one element per code point.
    const cpIndex = [...it.sentence.slice(0, it.at)].length;
    return (arr[cpIndex] ?? '').replace(/0$/, '5').replace(/v/g, 'ü');
  });

  // Majority vote, cross-validated the same way: each character's commonest gold reading in the other
  // folds (a character they never show keeps the engine's reading).
  const majority = exs.map((x) => x.base);
  for (let f = 0; f < FOLDS; f++) {
    const counts = new Map<string, Map<string, number>>();
    for (const x of exs) {
      if (x.sentence % FOLDS === f) continue;
      const m = counts.get(x.char) ?? new Map<string, number>();
      m.set(x.gold, (m.get(x.gold) ?? 0) + 1);
      counts.set(x.char, m);
    }
    exs.forEach((x, i) => {
      if (x.sentence % FOLDS !== f) return;
      let best = 0;
      for (const [r, n] of counts.get(x.char) ?? []) if (n > best) [majority[i], best] = [r, n];
    });
  }

  const classes: CharClass[] = ['word', 'lone', 'name'];
  const tally = () => Object.fromEntries(classes.map((c) => [c, [0, 0]])) as Record<CharClass, [number, number]>;
  const ours = tally();
  const bare = tally();
  const theirs = tally();
  const vote = tally();
  const perChar = new Map<string, { n: number; wrong: number; pro: number }>();
  exs.forEach((x, i) => {
    const inWord = !x.f.lone;
    const ok = cppRight(cv.held[i], x.gold, inWord);
    for (const [t, right] of [
      [ours, ok],
      [bare, cppRight(x.base, x.gold, inWord)],
      [theirs, cppRight(pro[i], x.gold, inWord)],
      [vote, cppRight(majority[i], x.gold, inWord)],
    ] as const) {
      t[x.cls][1]++;
      if (right) t[x.cls][0]++;
    }
    const c = perChar.get(x.char) ?? { n: 0, wrong: 0, pro: 0 };
    c.n++;
    if (!ok) c.wrong++;
    if (!cppRight(pro[i], x.gold, inWord)) c.pro++;
    perChar.set(x.char, c);
  });
  const sum = (t: Record<CharClass, [number, number]>) => classes.reduce((s, c) => s + t[c][0], 0);
  const line = (name: string, t: Record<CharClass, [number, number]>) =>
    `  ${name.padEnd(44)} ${pct(sum(t), items.length).padStart(7)}   ${classes.map((c) => `${c} ${pct(...t[c])} (${t[c][1]})`).join('   ')}`;
  console.log(
    `CPP dev: ${items.length} sentences, one polyphonic character each (target ≥ 97.5%; g2pM 97.31%, BERT 97.85% on the test split)`,
  );
  console.log(line('engine, model 5-fold cross-validated', ours));
  console.log(line('engine without the model (dictionary + rules)', bare));
  console.log(line('pinyin-pro pinyin()', theirs));
  console.log(line('majority vote per character, 5-fold', vote));
  const worst = [...perChar]
    .filter(([, c]) => c.wrong > 0)
    .sort((a, b) => b[1].wrong - a[1].wrong || a[1].n - b[1].n)
    .slice(0, 20);
  console.log(
    `  20 worst characters (engine wrong/total, pinyin-pro wrong): ${worst.map(([ch, c]) => `${ch} ${c.wrong}/${c.n} (${c.pro})`).join(', ')}`,
  );

  const sentences = items.map((it) => it.sentence);
  const ms = await medianMs(() => sentences.forEach((s) => e.annotate(s)), 3, 1);
  const proMs = await medianMs(() => sentences.forEach((s) => pinyin(s)), 3, 1);
  const per = (x: number) => fmtMs((x * 1000) / sentences.length);
  console.log(
    `  time per 1,000 sentences: engine annotate ${per(ms)}, pinyin-pro pinyin() ${per(proMs)} (annotate/pinyin = ${ratio(ms, proMs)}); cross-validation took ${fmtMs(cvMs)}`,
  );
  const m = e.annotator.model;
  console.log(
    `  model: ${m ? `${m.size} characters, ${(e.dictionary.core.meta.polyphones!.length / 1000).toFixed(0)} k characters of text in the core asset` : 'absent from the asset'}`,
  );
}
