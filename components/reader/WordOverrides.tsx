/**
 * The learner's overrides of the segmentation in the reader: "treat as one word" over a selection
 * of words, "split here" in the word card, and the note with Undo after either.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export type OverrideScope = 'article' | 'global';

/** What the reader may do with the segmentation (absent: no such actions). */
export interface OverrideControl {
  /**
   * Makes `text` (the selected words, joined) one word. `articleUrl`: the article the words are
   * in, when it is not the one the reader shows (an article read from an e-paper page).
   */
  merge(text: string, scope: OverrideScope, articleUrl?: string): Promise<void>;
  /** Splits the word `word` at `cuts` (UTF-16 offsets inside it). */
  split(word: string, cuts: number[], scope: OverrideScope, articleUrl?: string): Promise<void>;
  /** The last change, while it can be undone. */
  last?: { label: string; undo(): Promise<void> };
}

/** The control for words of the article at `articleUrl` (absent: the article the reader shows). */
export function forArticle(control: OverrideControl, articleUrl: string | undefined): OverrideControl {
  if (!articleUrl) return control;
  return {
    ...control,
    merge: (text, scope) => control.merge(text, scope, articleUrl),
    split: (word, cuts, scope) => control.split(word, cuts, scope, articleUrl),
  };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function ScopeButtons({ onPick, busy }: { onPick: (scope: OverrideScope) => void; busy: boolean }) {
  return (
    <>
      <button type="button" class="small" disabled={busy} onClick={() => onPick('article')}>
        {t('overrideInArticle')}
      </button>
      <button type="button" class="small" disabled={busy} onClick={() => onPick('global')}>
        {t('overrideEverywhere')}
      </button>
    </>
  );
}

/** Shown while a selection covers two words or more: make them one word. */
export function MergeBar({
  text,
  control,
  onDone,
  onPress,
}: {
  text: string;
  control: OverrideControl;
  onDone: () => void;
  /** A press on the bar began (the selection may clear before the click arrives). */
  onPress: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const pick = (scope: OverrideScope) => {
    setBusy(true);
    control.merge(text, scope).then(onDone, (e: unknown) => {
      setBusy(false);
      setError(errorText(e));
    });
  };
  return (
    <div
      class="override-bar"
      role="group"
      aria-label={t('mergeWords')}
      onPointerDown={onPress}
      onMouseDown={(e) => e.preventDefault()}
    >
      <span>{t('mergeAsOneWord', text)}</span>
      <ScopeButtons onPick={pick} busy={busy} />
      {error && <span role="alert">{error}</span>}
    </div>
  );
}

/** In the word card of a word of two characters or more: choose where to cut it. */
export function SplitChooser({
  word,
  control,
  onDone,
}: {
  word: string;
  control: OverrideControl;
  onDone: () => void;
}) {
  const chars = [...word];
  const [cuts, setCuts] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (chars.length < 2) return null;
  let offset = 0;
  const offsets = chars.map((c) => (offset += c.length));
  const toggle = (at: number) => setCuts((all) => (all.includes(at) ? all.filter((c) => c !== at) : [...all, at]));
  const pick = (scope: OverrideScope) => {
    setBusy(true);
    control
      .split(
        word,
        [...cuts].sort((a, b) => a - b),
        scope,
      )
      .then(onDone, (e: unknown) => {
        setBusy(false);
        setError(errorText(e));
      });
  };
  return (
    <div class="split-word" role="group" aria-label={t('splitWord')}>
      <h3>{t('splitWord')}</h3>
      <div class="split-chars">
        {chars.map((c, i) => (
          <>
            <span>{c}</span>
            {i < chars.length - 1 && (
              <button
                type="button"
                class={`cut${cuts.includes(offsets[i]) ? ' on' : ''}`}
                aria-pressed={cuts.includes(offsets[i])}
                aria-label={t('splitAfter', c)}
                onClick={() => toggle(offsets[i])}
              >
                {cuts.includes(offsets[i]) ? '|' : '·'}
              </button>
            )}
          </>
        ))}
      </div>
      {cuts.length > 0 && (
        <div class="split-apply">
          <ScopeButtons onPick={pick} busy={busy} />
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The last change and its Undo. */
export function OverrideNote({ last }: { last: NonNullable<OverrideControl['last']> }) {
  const [error, setError] = useState('');
  return (
    <div class="override-note" role="status">
      <span>{last.label}</span>
      <button type="button" class="small" onClick={() => last.undo().catch((e: unknown) => setError(errorText(e)))}>
        {t('undo')}
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}

/** The text a selection of word elements spans, punctuation between them included (pinyin left out). */
export function spannedText(elements: readonly HTMLElement[]): string {
  const first = elements[0];
  const last = elements[elements.length - 1];
  const paragraph = first?.closest('p');
  if (!paragraph || !last) return '';
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('rt')) nodes.push(node);
  }
  const from = nodes.findIndex((n) => first.contains(n));
  let to = -1;
  for (let i = nodes.length - 1; i >= 0 && to < 0; i--) if (last.contains(nodes[i])) to = i;
  if (from < 0 || to < from) return '';
  return nodes
    .slice(from, to + 1)
    .map((n) => n.textContent ?? '')
    .join('');
}
