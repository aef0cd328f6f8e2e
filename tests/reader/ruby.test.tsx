// @vitest-environment happy-dom
import { afterEach, describe, expect, it, beforeAll } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { Paragraph } from '@/components/reader/Paragraph';
import type { ReaderServices } from '@/components/reader/model';
import type { ParagraphAnnotator } from '@/utils/reader/prepare';
import { realReader, SENTENCES } from './reader-helpers';

afterEach(cleanup);

let annotate: ParagraphAnnotator;
let services: ReaderServices;
beforeAll(async () => {
  ({ annotate, services } = await realReader());
});

const marks = { toneStyle: 'marks', sandhi: false } as const;

function rubyOf(container: Element, word: string): HTMLElement | undefined {
  return [...container.querySelectorAll<HTMLElement>('ruby')].find((r) => r.dataset.w === word);
}
const rt = (ruby: HTMLElement | undefined) => ruby?.querySelector('rt')?.textContent;

describe('Ruby', () => {
  it('puts one <rt> over each word with one syllable per character', () => {
    const { container } = render(
      <Paragraph paragraph={{ tokens: annotate('劳动者可以获得证书') }} display={marks} services={services} />,
    );
    expect(rt(rubyOf(container, '劳动者'))).toBe('láo dòng zhě');
    expect(rt(rubyOf(container, '证书'))).toBe('zhèng shū');
    // The base text of every ruby, read in order, is the sentence.
    const base = [...container.querySelectorAll('ruby')].map((r) => r.firstChild?.textContent).join('');
    expect(base).toBe('劳动者可以获得证书');
  });

  it('shows tone numbers when asked, from the same tokens', () => {
    const tokens = annotate('经得起市场检验');
    const { container } = render(
      <Paragraph paragraph={{ tokens }} display={{ toneStyle: 'numbers', sandhi: false }} services={services} />,
    );
    expect(rt(rubyOf(container, '经得起'))).toBe('jing1 de5 qi3');
    expect(rt(rubyOf(container, '检验'))).toBe('jian3 yan4');
  });

  it('marks each syllable with its tone for the colour scheme', () => {
    const { container } = render(
      <Paragraph paragraph={{ tokens: annotate('检验') }} display={marks} services={services} />,
    );
    expect([...container.querySelectorAll('rt span')].map((s) => s.className)).toEqual(['t3', 't4']);
  });

  it('switches 一 and 不 to their spoken tones only with sandhi on', () => {
    const tokens = annotate(SENTENCES.budan);
    const citation = render(<Paragraph paragraph={{ tokens }} display={marks} services={services} />).container;
    const spoken = render(
      <Paragraph paragraph={{ tokens }} display={{ toneStyle: 'marks', sandhi: true }} services={services} />,
    ).container;
    expect(rt(rubyOf(citation, '不断'))).toBe('bù duàn');
    expect(rt(rubyOf(spoken, '不断'))).toBe('bú duàn');
    expect(rt(rubyOf(citation, '一起'))).toBe('yī qǐ');
    expect(rt(rubyOf(spoken, '一起'))).toBe('yì qǐ');
  });

  it('without tone colours draws each word as four nodes (ruby, base text, rt, one pinyin text)', () => {
    const tokens = annotate('劳动者可以获得证书');
    const plain = { ...marks, toneColors: false };
    const { container } = render(<Paragraph paragraph={{ tokens }} display={plain} services={services} />);
    const rubies = [...container.querySelectorAll('ruby')];
    expect(rubies.length).toBeGreaterThan(2);
    for (const ruby of rubies) {
      const rtEl = ruby.querySelector('rt')!;
      expect(rtEl.childNodes).toHaveLength(1);
      expect(rtEl.firstChild?.nodeType).toBe(Node.TEXT_NODE);
      expect(ruby.childNodes).toHaveLength(2);
    }
    // Same words, same pinyin as with tone colours, which need a span per syllable.
    expect(rt(rubyOf(container, '劳动者'))).toBe('láo dòng zhě');
    const colored = render(<Paragraph paragraph={{ tokens }} display={marks} services={services} />).container;
    expect(rubies.map((r) => r.querySelector('rt')!.textContent)).toEqual(
      [...colored.querySelectorAll('ruby')].map((r) => r.querySelector('rt')!.textContent),
    );
    expect(colored.querySelectorAll('rt span').length).toBeGreaterThan(rubies.length);
  });

  it('leaves punctuation and numbers as plain text without ruby', () => {
    const { container } = render(
      <Paragraph paragraph={{ tokens: annotate('20个新职业，') }} display={marks} services={services} />,
    );
    expect(container.textContent?.startsWith('20')).toBe(true);
    expect([...container.querySelectorAll('ruby')].some((r) => /[0-9，]/.test(r.firstChild?.textContent ?? ''))).toBe(
      false,
    );
  });
});

describe('glossary terms in a paragraph', () => {
  it('wraps each term occurrence in a focusable span that names its entry', () => {
    const { container } = render(
      <Paragraph paragraph={{ tokens: annotate(SENTENCES.wuzhong) }} display={marks} services={services} />,
    );
    const terms = [...container.querySelectorAll<HTMLElement>('.term')];
    const byText = new Map(terms.map((t) => [t.textContent?.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]/g, ''), t]));
    for (const term of ['四个意识', '四个自信', '两个维护']) {
      const el = byText.get(term);
      expect(el, term).toBeDefined();
      expect(el!.tabIndex).toBe(0);
      expect(services.term(el!.dataset.term!)?.headword).toBe(term);
    }
  });

  it('draws a term as its words, so long formulas can wrap, under one term span', () => {
    const tokens = annotate('推进产业工人队伍建设改革');
    const { container } = render(<Paragraph paragraph={{ tokens }} display={marks} services={services} />);
    const term = container.querySelector<HTMLElement>('.term')!;
    expect(services.term(term.dataset.term!)?.headword).toBe('产业工人队伍建设改革');
    expect(term.querySelectorAll('ruby').length).toBeGreaterThan(1);
    expect(container.querySelectorAll('.term')).toHaveLength(1);
  });

  it('shows a term in tone numbers too, converted from the entry', () => {
    const { container } = render(
      <Paragraph
        paragraph={{ tokens: annotate(SENTENCES.wuzhong) }}
        display={{ toneStyle: 'numbers', sandhi: false }}
        services={services}
      />,
    );
    const term = [...container.querySelectorAll<HTMLElement>('.term')].find(
      (t) => services.term(t.dataset.term!)?.headword === '两个维护',
    );
    expect([...term!.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ')).toBe('liang3 ge4 wei2 hu4');
    expect([...term!.querySelectorAll('rt span')].map((s) => s.className)).toEqual(['t3', 't4', 't2', 't4']);
  });

  it('takes the pinyin of a term from its glossary entry', () => {
    const { container } = render(
      <Paragraph paragraph={{ tokens: annotate(SENTENCES.wuzhong) }} display={marks} services={services} />,
    );
    const term = [...container.querySelectorAll<HTMLElement>('.term')].find(
      (t) => services.term(t.dataset.term!)?.headword === '两个维护',
    );
    const shown = [...term!.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ');
    expect(shown).toBe(services.term(term!.dataset.term!)?.pinyin);
  });
});

describe('paragraph markup', () => {
  it("keeps the page's text as text: markup, entities and quotes in it never become elements or attributes", () => {
    const hostile = '<img src=x onerror="alert(1)">&amp;\'"';
    const tokens = [
      { text: hostile, syllables: [] },
      { text: '劳动', syllables: ['lao2', 'dong4'], word: '劳动"><script>x</script>' },
      { text: '者', syllables: ['zhe3'], termId: '"><b>', termStart: true },
    ];
    const { container } = render(<Paragraph paragraph={{ tokens }} display={marks} services={services} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    const p = container.querySelector('p')!;
    expect(p.firstChild?.textContent).toBe(hostile);
    expect(container.querySelector<HTMLElement>('ruby')!.dataset.w).toBe('劳动"><script>x</script>');
    expect(container.querySelector<HTMLElement>('.term')!.dataset.term).toBe('"><b>');
    expect(p.textContent?.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù ]/g, '')).toBe(`${hostile}劳动者`.replace(/[a-z ]/g, ''));
  });

  it('lets lines break between words only: a <wbr> between two annotated words, none inside a word', () => {
    const { container } = render(
      <Paragraph
        paragraph={{ tokens: annotate('劳动者可以获得证书，推进产业工人队伍建设改革。') }}
        display={marks}
        services={services}
      />,
    );
    const p = container.querySelector('p')!;
    expect(p.querySelectorAll('ruby wbr, rt wbr')).toHaveLength(0);
    for (const wbr of p.querySelectorAll('wbr')) {
      const before = wbr.previousSibling as Element | null;
      const after = wbr.nextSibling as Element | null;
      // Between two words, or at the edge of a glossary term's span (which wraps words).
      expect(
        before?.nodeName === 'RUBY' || wbr.parentElement?.className === 'term' || before?.className === 'term',
      ).toBe(true);
      expect(after?.nodeName === 'RUBY' || after?.className === 'term').toBe(true);
    }
    const rubies = p.querySelectorAll('ruby').length;
    // One fewer break than words, less one where punctuation (text) stands between two words.
    expect(p.querySelectorAll('wbr').length).toBe(rubies - 2);
  });

  it('keeps the pinyin a tap revealed when the words are drawn anew (a word added or known)', () => {
    const paragraph = { tokens: annotate('劳动者可以获得证书') };
    const view = render(<Paragraph paragraph={paragraph} display={marks} services={services} words={{}} />);
    rubyOf(view.container, '证书')!.classList.add('reveal');
    view.rerender(
      <Paragraph paragraph={paragraph} display={marks} services={services} words={{ known: new Set(['劳动者']) }} />,
    );
    expect(rubyOf(view.container, '劳动者')!.classList.contains('known')).toBe(true);
    expect(rubyOf(view.container, '证书')!.classList.contains('reveal')).toBe(true);
    expect(view.container.querySelectorAll('ruby.reveal')).toHaveLength(1);
  });
});
