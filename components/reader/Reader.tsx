import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReaderSettings } from '@/utils/reader/settings';
import { t } from '@/utils/i18n';
import { Paragraph } from './Paragraph';
import type { RubyDisplay } from './Ruby';
import { SettingsPanel } from './SettingsPanel';
import { TermTooltip, type TooltipAnchor } from './TermTooltip';
import { WordCard } from './WordCard';
import { ReadAloud } from './ReadAloud';
import { ArticlePreview } from './ArticlePreview';
import type { WordKnowledge } from './Ruby';
import { ReportPageButton } from './ReportPageButton';
import type { PageReport } from '@/utils/site/page-report';
import type { ReaderArticle, ReaderLink, ReaderParagraph, ReaderServices, StudyControl } from './model';
import { sentenceAround } from '@/utils/reader/sentence';
import { articleWords, knownShare, verdictOf, type ArticleWord } from '@/utils/reader/article-words';
import { useLongPress, useSwipe } from '../touch';
import { selectedWords, type WordSelection } from './selection';
import { useIdleValue } from './idle';
import { forArticle, MergeBar, OverrideNote, spannedText, type OverrideControl } from './WordOverrides';
import { mergeProblem } from '@/utils/overrides/model';

export type ReaderState =
  | { status: 'loading' }
  | { status: 'ready'; article: ReaderArticle }
  | { status: 'empty' }
  /** Extraction or annotation ran past its time budget: the page is left as it is. */
  | { status: 'timeout' }
  | { status: 'error'; message: string };

/** The "Save article" control: absent where there is nothing to save. */
export interface SaveControl {
  status: 'unsaved' | 'saving' | 'saved' | 'error';
  /** Why the last save failed (e.g. the disk is full). */
  message?: string;
  onSave: () => void;
}

/** What the reader offers on an e-paper page (edition): read or save all its articles. */
export interface EditionControl {
  onReadAll: () => void;
  /** While reading all: how far it got. */
  progress?: { done: number; total: number };
  /** Articles that could not be loaded. */
  failed: { title: string; error: string }[];
  onSaveAll: (scope: 'page' | 'day') => void;
}

export interface ReaderProps {
  /** Returns to the page the reader came from (shown after following a link inside the reader). */
  onBack?: () => void;
  edition?: EditionControl;
  save?: SaveControl;
  /** The learner's vocabulary: word card and tooltip actions, "pinyin for unknown words" mode. */
  study?: StudyControl;
  state: ReaderState;
  services: ReaderServices;
  settings: ReaderSettings;
  onSettingsChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
  /** A click on the backdrop beside the reader (default: `onClose`). */
  onDismiss?: () => void;
  /** The page the reader sits over (offered when there is nothing to show). */
  originalUrl?: string;
  /** Whether the system prefers a dark scheme (for theme "system"). */
  prefersDark?: boolean;
  /** Navigates to another article of the paper (inside the reader where possible). */
  onNavigate?: (url: string) => void;
  /**
   * The words a selection covers (long press on a touch screen, drag with a mouse), or null when
   * the selection no longer covers any: the hook for splitting or merging the segmentation.
   */
  onSelectWords?: (selection: WordSelection | null) => void;
  /** Builds a report of the page shown ("This page reads wrong"); absent: no such control. */
  buildReport?: () => PageReport;
  /** The learner's "treat as one word" / "split here" (absent: not offered). */
  overrides?: OverrideControl;
}

const NO_WORDS: ReadonlyMap<string, ArticleWord> = new Map();
const wordsOf = (article: ReaderArticle | null) => (article ? articleWords(article) : NO_WORDS);

const FOCUSABLE = 'a[href], button:not([disabled]), select, input, [tabindex]:not([tabindex="-1"])';

/** The reading view: a modal dialog over the page with the article set for reading and learning. */
export function Reader(props: ReaderProps) {
  const { state, services, settings, onSettingsChange, onClose } = props;
  const dialogRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pressedBackdrop = useRef(false);
  // `article`: the URL of the article read from an e-paper page the word is in (absent: the page's own).
  const [word, setWord] = useState<{ word: string; sentence: string; article?: string } | null>(null);
  const [tip, setTip] = useState<TooltipAnchor | null>(null);
  const [showSettings, setShowSettings] = useState(false);
  const [showPreview, setShowPreview] = useState(false);
  const [hsk, setHsk] = useState<ReadonlyMap<string, number> | undefined>();
  // Touch: the kind of pointer of the current press, and which tooltip was open when it began.
  const press = useRef<{ pointer: string; tipAtDown: string | null }>({ pointer: 'mouse', tipAtDown: null });
  const wasLongPress = useLongPress(bodyRef);
  // Swiping a word card or a tooltip down closes it (a card scrolled into its text scrolls instead).
  useSwipe(
    dialogRef,
    (direction, { target }) => {
      if (direction !== 'down') return;
      const el = target as HTMLElement | null;
      if (el?.closest?.('.word-card')) setWord(null);
      else if (el?.closest?.('.tooltip')) setTip(null);
    },
    ({ target }) => {
      const el = target as HTMLElement | null;
      const body = el?.closest?.('.word-card-body');
      return body ? body.scrollTop <= 0 : Boolean(el?.closest?.('.word-card, .tooltip'));
    },
  );

  const toneColors = settings.toneColors !== 'none';
  const display = useMemo(
    () => ({ toneStyle: settings.toneStyle, sandhi: settings.sandhi, toneColors }),
    [settings.toneStyle, settings.sandhi, toneColors],
  );
  const theme = settings.theme === 'system' ? (props.prefersDark ? 'dark' : 'light') : settings.theme;

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('.close')?.focus();
  }, []);

  const { onSelectWords } = props;
  const canMerge = !!props.overrides;
  // The characters a selection of two words or more spans, offered as one word; kept while the
  // bar is pressed (a tap may clear the selection before its click arrives).
  const [mergeText, setMergeText] = useState<{ text: string; article?: string } | null>(null);
  const pressingBar = useRef(false);
  useEffect(() => {
    const root = dialogRef.current?.getRootNode() as ShadowRoot | Document | undefined;
    if ((!onSelectWords && !canMerge) || !root) return;
    let last = '';
    const onChange = () => {
      const selection = selectedWords(root);
      const key = selection ? selection.words.join('\u0000') : '';
      if (key === last) return;
      last = key;
      onSelectWords?.(selection);
      if (!canMerge) return;
      const text = selection && selection.elements.length >= 2 ? spannedText(selection.elements) : '';
      if (text && !mergeProblem(text))
        setMergeText({ text, article: selection ? partUrlOf(selection.elements[0]) : undefined });
      else if (!pressingBar.current) setMergeText(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelectWords, canMerge]);

  // A different article (followed link, Back): start at its top, with no card or tooltip open.
  // An article arriving in place of "loading" is at its top already: writing scrollTop would make
  // the browser lay out the new text at once, before its first paint.
  const shownUrl = state.status === 'ready' ? state.article.url : state.status;
  const lastShown = useRef(shownUrl);
  useEffect(() => {
    const from = lastShown.current;
    lastShown.current = shownUrl;
    if (from === shownUrl) return;
    if (bodyRef.current && from !== 'loading') bodyRef.current.scrollTop = 0;
    setWord(null);
    setTip(null);
  }, [shownUrl]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      if (word) setWord(null);
      else if (tip) setTip(null);
      else onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    // Keep focus inside the dialog.
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null,
    );
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialogRef.current.getRootNode() as ShadowRoot | Document).activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const showTip = (target: EventTarget | null) => {
    const el = (target as HTMLElement | null)?.closest?.('.term') as HTMLElement | null;
    const body = bodyRef.current;
    if (!el || !body) return;
    const box = el.getBoundingClientRect();
    const frame = body.getBoundingClientRect();
    setTip({
      id: el.dataset.term ?? '',
      top: box.bottom - frame.top + body.scrollTop + 6,
      left: Math.max(8, box.left - frame.left),
      sentence: sentenceOf(el),
    });
  };
  const hideTip = (e: Event) => {
    const related = (e as FocusEvent | MouseEvent).relatedTarget as HTMLElement | null;
    if (related?.closest?.('.tooltip, .term')) return;
    setTip(null);
  };
  const onBodyClick = (e: MouseEvent) => {
    // A long press selects words (see onSelectWords); it opens nothing.
    if (wasLongPress()) return;
    const target = e.target as HTMLElement;
    if (target.closest?.('.tooltip')) return;
    const el = target.closest?.('[data-w]') as HTMLElement | null;
    const term = target.closest?.('.term') as HTMLElement | null;
    const touch = press.current.pointer === 'touch';
    // By touch, the first tap on a glossary term shows its tooltip; a tap on one of its words
    // while the tooltip is open opens that word's card.
    if (touch && term && press.current.tipAtDown !== (term.dataset.term ?? '')) {
      showTip(term);
      return;
    }
    // A tap shows the word's pinyin where the mode hides it (and opens its card).
    if (el?.tagName === 'RUBY') el.classList.add('reveal');
    if (el?.dataset.w) {
      setWord({ word: el.dataset.w, sentence: sentenceOf(el), article: partUrlOf(el) });
      if (touch) setTip(null);
    }
    if (term && !touch) showTip(term);
    // A tap or click beside the words closes what is open.
    if (!el && !term) {
      setWord(null);
      setTip(null);
    }
  };
  const onBodyPointerDown = (e: PointerEvent) => {
    press.current = { pointer: e.pointerType, tipAtDown: tip?.id ?? null };
  };
  // Hover shows tooltips for a mouse only: a touch's emulated mouse events would open them twice.
  const onBodyPointerOver = (e: PointerEvent) => e.pointerType !== 'touch' && showTip(e.target);
  const onBodyPointerOut = (e: PointerEvent) => e.pointerType !== 'touch' && hideTip(e);

  const article = state.status === 'ready' ? state.article : null;
  // Counted after the first paint (the header's share and the preview need them; the text does not).
  const words = useIdleValue(article, wordsOf, NO_WORDS);
  const known = props.study?.known;
  const vocabulary = props.study?.vocabulary;
  const share = useMemo(() => knownShare(words, known, vocabulary), [words, known, vocabulary]);
  // The article's words are counted in idle time after the first paint.
  const sharePending = words === NO_WORDS;
  const knowledge = useMemo<WordKnowledge>(() => ({ known, vocabulary, hsk }), [known, vocabulary, hsk]);

  // HSK levels of the article's words, only for the mode that needs them (they come with the dictionary).
  const needsHsk = settings.pinyin === 'hsk' && !!services.describe;
  useEffect(() => {
    if (!needsHsk || words.size === 0) return;
    let live = true;
    void services.describe?.([...words.keys()]).then(
      (info) => live && setHsk(new Map([...info].map(([w, i]) => [w, i.hsk]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needsHsk, words, services]);

  return (
    <div
      class={`backdrop theme-${theme}`}
      // A press that began on the backdrop, not one that began in the reader and ended beside it
      // (a text selection dragged past the column's edge; a tap the page moved under the finger).
      onPointerDown={(e) => (pressedBackdrop.current = e.target === e.currentTarget)}
      onClick={(e) => {
        if (e.target === e.currentTarget && pressedBackdrop.current) (props.onDismiss ?? onClose)();
        pressedBackdrop.current = false;
      }}
    >
      <div
        class={`reader pinyin-${settings.pinyin} tones-${settings.toneColors} know-${settings.knowState} hsk-above-${settings.pinyinHskAbove}`}
        role="dialog"
        aria-modal="true"
        aria-label={t('readerDialog')}
        ref={dialogRef}
        onKeyDown={onKeyDown}
        style={{ '--font-size': `${settings.fontSize}px`, '--line-height': String(settings.lineHeight) }}
      >
        <div class="toolbar">
          <button type="button" class="close" aria-label={t('closeReader')} onClick={onClose}>
            ×
          </button>
          {props.onBack && (
            <button type="button" onClick={props.onBack}>
              ← {t('back')}
            </button>
          )}
          <button type="button" aria-expanded={showSettings} onClick={() => setShowSettings(!showSettings)}>
            Aa <span class="label">{t('settingsHeading')}</span>
          </button>
          {article && sharePending && (
            // Holds the share's place until it is counted, so the text below does not move (a tap
            // aimed at a word would land on another).
            <button type="button" class="known-share pending" aria-hidden="true" tabIndex={-1} disabled>
              {t('knownShareLine', ['100', '00'])}
            </button>
          )}
          {article && !sharePending && share.words > 0 && (
            <button
              type="button"
              class={`known-share verdict-${verdictOf(share.share)}`}
              aria-expanded={showPreview}
              title={t(`verdict_${verdictOf(share.share)}`)}
              onClick={() => setShowPreview(!showPreview)}
            >
              {t('knownShareLine', [String(Math.floor(share.share * 100)), String(share.newWords)])}
            </button>
          )}
          {article && <ReadAloud article={article} />}
          <SaveButton save={props.save} />
          {props.buildReport && <ReportPageButton buildReport={props.buildReport} />}
        </div>
        {showSettings && <SettingsPanel settings={settings} onChange={onSettingsChange} />}
        {props.overrides && mergeText && (
          <MergeBar
            text={mergeText.text}
            control={forArticle(props.overrides, mergeText.article)}
            onPress={() => (pressingBar.current = true)}
            onDone={() => {
              pressingBar.current = false;
              setMergeText(null);
              const root = dialogRef.current?.getRootNode() as { getSelection?: () => Selection | null } | undefined;
              root?.getSelection?.()?.removeAllRanges();
              document.getSelection()?.removeAllRanges();
            }}
          />
        )}
        {props.overrides?.last && <OverrideNote last={props.overrides.last} />}
        {showPreview && article && (
          <ArticlePreview
            words={words}
            services={services}
            display={display}
            study={props.study}
            onClose={() => setShowPreview(false)}
          />
        )}
        <div
          class="body"
          ref={bodyRef}
          onClick={onBodyClick}
          onPointerDown={onBodyPointerDown}
          onPointerOver={onBodyPointerOver}
          onPointerOut={onBodyPointerOut}
          onFocusIn={(e) => showTip(e.target)}
          onFocusOut={hideTip}
        >
          {state.status === 'loading' && <p class="status">{t('readerLoading')}</p>}
          {state.status === 'empty' && (
            <Failure message={t('readerNoArticle')} url={props.originalUrl} onClose={onClose} />
          )}
          {state.status === 'timeout' && (
            <Failure message={t('readerTimeout')} url={props.originalUrl} onClose={onClose}>
              {props.buildReport && <ReportPageButton buildReport={props.buildReport} />}
            </Failure>
          )}
          {state.status === 'error' && (
            <Failure message={t('readerFailed', state.message)} url={props.originalUrl} onClose={onClose} />
          )}
          {article && (
            <ArticleView
              article={article}
              services={services}
              display={display}
              words={knowledge}
              onNavigate={props.onNavigate}
              edition={props.edition}
            />
          )}
          {tip && <TermTooltip anchor={tip} services={services} study={props.study} sentence={tip.sentence} />}
        </div>
        {word && (
          <WordCard
            word={word.word}
            sentence={word.sentence}
            services={services}
            display={display}
            study={props.study}
            overrides={props.overrides && forArticle(props.overrides, word.article)}
            onClose={() => setWord(null)}
          />
        )}
      </div>
    </div>
  );
}

/** The URL of the article read from an e-paper page that holds `el` (undefined: the page's own article). */
function partUrlOf(el: HTMLElement): string | undefined {
  return el.closest<HTMLElement>('section.part[data-url]')?.dataset.url;
}

/** The base text (no pinyin) of the paragraph holding `el`, and the sentence around `el` in it. */
function sentenceOf(el: HTMLElement): string {
  const paragraph = el.closest('p');
  if (!paragraph) return '';
  let text = '';
  let offset = -1;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('rt')) continue;
    if (offset < 0 && el.contains(node)) offset = text.length;
    text += node.textContent ?? '';
  }
  return sentenceAround(text, Math.max(0, offset));
}

function SaveButton({ save }: { save?: SaveControl }) {
  if (!save) {
    return (
      <button type="button" class="save" disabled title={t('saveNothing')} aria-label={t('saveArticle')}>
        {t('saveArticle')}
      </button>
    );
  }
  const label =
    save.status === 'saved' ? t('savedArticle') : save.status === 'saving' ? t('savingArticle') : t('saveArticle');
  return (
    <span class="save">
      {save.status === 'error' && (
        <span class="save-error" role="alert">
          {save.message}
        </span>
      )}
      <button
        type="button"
        aria-label={t('saveArticle')}
        aria-pressed={save.status === 'saved'}
        disabled={save.status === 'saving'}
        onClick={save.onSave}
      >
        {save.status === 'saved' ? '✓ ' : ''}
        {label}
      </button>
    </span>
  );
}

function Failure({
  message,
  url,
  onClose,
  children,
}: {
  message: string;
  url?: string;
  onClose: () => void;
  /** Further controls next to "Back to the original page" (the page report). */
  children?: ComponentChildren;
}) {
  return (
    <div class="status failure" role="alert">
      <p>{message}</p>
      <button type="button" onClick={onClose}>
        {t('showOriginal')}
      </button>
      {children}
      {url && <p class="muted small">{url}</p>}
    </div>
  );
}

function LinkList({
  title,
  links,
  onNavigate,
}: {
  title: string;
  links: ReaderLink[];
  onNavigate?: (url: string) => void;
}) {
  if (links.length === 0) return null;
  return (
    <nav class="links" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {links.map((link) => (
          <li>
            <a
              href={link.url}
              onClick={(e) => {
                if (!onNavigate) return;
                e.preventDefault();
                onNavigate(link.url);
              }}
            >
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ArticleView({
  article,
  services,
  display,
  words,
  onNavigate,
  edition: editionControl,
  level = 1,
}: {
  article: ReaderArticle;
  services: ReaderServices;
  display: RubyDisplay;
  words?: WordKnowledge;
  onNavigate?: (url: string) => void;
  edition?: EditionControl;
  /** 1 for the page's own article; 2 for articles read from an edition page. */
  level?: 1 | 2;
}) {
  const edition = article.edition;
  const meta = [article.byline, article.source, article.date].filter(Boolean).join(' · ');
  const Title = level === 1 ? 'h1' : 'h2';
  const shown = useProgressive(article.paragraphs.length);
  const paragraphCount = article.paragraphCount ?? article.paragraphs.length;
  const follow = (url: string) => (e: MouseEvent) => {
    if (!onNavigate) return;
    e.preventDefault();
    onNavigate(url);
  };
  const body = (
    <>
      {edition && level === 1 && <div class="edition">{edition.label}</div>}
      {edition?.pdfUrl && level === 1 && (
        <p class="edition-pdf">
          <a href={edition.pdfUrl} target="_blank" rel="noopener noreferrer">
            {t('pagePdf')}
          </a>
        </p>
      )}
      {article.pretitle && <p class="pretitle">{article.pretitle}</p>}
      <Title class="title">{article.title}</Title>
      {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
      {meta && <p class="meta">{meta}</p>}
      {article.images.map((image) => (
        <figure>
          <img src={image.url} alt={image.caption ?? ''} loading="lazy" referrerpolicy="no-referrer" />
          {image.caption && <figcaption>{image.caption}</figcaption>}
        </figure>
      ))}
      <div class="text" data-paragraphs={paragraphCount}>
        {article.paragraphs.slice(0, shown).map((paragraph) => (
          <>
            <Paragraph paragraph={paragraph} display={display} services={services} words={words} />
            {services.translate && <Translation paragraph={paragraph} translate={services.translate} />}
          </>
        ))}
      </div>
      {article.links && editionControl && <EditionActions control={editionControl} count={article.links.length} />}
      {article.links && <LinkList title={t('contents')} links={article.links} onNavigate={onNavigate} />}
      {article.parts?.map((part) => (
        <ArticleView
          article={part}
          services={services}
          display={display}
          words={words}
          onNavigate={onNavigate}
          level={2}
        />
      ))}
      {edition && level === 1 && (
        <footer class="edition-nav">
          <div class="prev-next">
            {edition.previous && (
              <a href={edition.previous.url} rel="prev" onClick={follow(edition.previous.url)}>
                ← {t('previousArticle')}: {edition.previous.title}
              </a>
            )}
            {edition.next && (
              <a href={edition.next.url} rel="next" onClick={follow(edition.next.url)}>
                {t('nextArticle')}: {edition.next.title} →
              </a>
            )}
          </div>
          <LinkList title={t('pageArticles')} links={edition.siblings} onNavigate={onNavigate} />
          <LinkList title={t('dayPages')} links={edition.pages} onNavigate={onNavigate} />
        </footer>
      )}
    </>
  );
  return level === 1 ? (
    <article lang="zh-CN">{body}</article>
  ) : (
    <section class="part" lang="zh-CN" data-url={article.url}>
      {body}
    </section>
  );
}

/** A paragraph's translation, on request, from the browser's on-device translator. */
function Translation({
  paragraph,
  translate,
}: {
  paragraph: ReaderParagraph;
  translate: (text: string) => Promise<string>;
}) {
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'done' | 'error'; text?: string }>({ status: 'idle' });
  if (state.status === 'done') {
    return (
      <p class="translation" lang="en" title={t('translationNote')}>
        {state.text}
      </p>
    );
  }
  const run = () => {
    setState({ status: 'busy' });
    translate(paragraph.tokens.map((token) => token.text).join('')).then(
      (text) => setState({ status: 'done', text }),
      (error: unknown) => setState({ status: 'error', text: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div class="translate">
      <button type="button" class="small" disabled={state.status === 'busy'} onClick={run}>
        {state.status === 'busy' ? t('translating') : t('translate')}
      </button>
      {state.status === 'error' && <span role="alert">{t('translationFailed', state.text ?? '')}</span>}
    </div>
  );
}

const FIRST_PARAGRAPHS = 8;
const MORE_PARAGRAPHS = 24;

/**
 * How many paragraphs to render: the first screenful at once, the rest in the next frames, so a
 * long article shows at once and the page stays responsive while the rest is built.
 */
function useProgressive(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST_PARAGRAPHS));
  useEffect(() => {
    if (shown >= total) return;
    const next = setTimeout(() => setShown((n) => Math.min(total, n + MORE_PARAGRAPHS)), 0);
    return () => clearTimeout(next);
  }, [shown, total]);
  return shown;
}

/** Read every article of an e-paper page here, or save the page's or the day's articles. */
function EditionActions({ control, count }: { control: EditionControl; count: number }) {
  const { progress, failed } = control;
  const reading = progress !== undefined && progress.done < progress.total;
  return (
    <div class="edition-actions">
      <div class="buttons">
        <button type="button" disabled={reading} onClick={control.onReadAll}>
          {t('readAllArticles', String(count))}
        </button>
        <button type="button" onClick={() => control.onSaveAll('page')}>
          {t('savePageArticles')}
        </button>
        <button type="button" onClick={() => control.onSaveAll('day')}>
          {t('saveDayArticles')}
        </button>
      </div>
      {progress && (
        <div class="progress">
          <progress
            role="progressbar"
            aria-label={t('readAllProgress')}
            aria-valuenow={progress.done}
            aria-valuemax={progress.total}
            value={progress.done}
            max={progress.total}
          />
          <span aria-live="polite">{t('readAllCount', [String(progress.done), String(progress.total)])}</span>
        </div>
      )}
      {failed.length > 0 && (
        <ul class="failed" role="alert">
          {failed.map((f) => (
            <li>
              {f.title}: {f.error}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
