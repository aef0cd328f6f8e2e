import { Component } from 'preact';
import { escapedParagraphHtml, type RubyDisplay, type WordKnowledge } from './Ruby';
import type { ReaderParagraph, ReaderServices } from './model';

interface ParagraphProps {
  paragraph: ReaderParagraph;
  display: RubyDisplay;
  services: ReaderServices;
  /** What the learner knows (one object per change, so paragraphs re-render only then). */
  words?: WordKnowledge;
}

/**
 * A paragraph of annotated words (./Ruby.tsx builds its markup). Re-renders only when its own props
 * change (not on every tooltip or word-card change); its words are then drawn anew.
 */
export class Paragraph extends Component<ParagraphProps> {
  override shouldComponentUpdate(next: ParagraphProps): boolean {
    const p = this.props;
    return (
      p.paragraph !== next.paragraph ||
      p.display !== next.display ||
      p.services !== next.services ||
      p.words !== next.words
    );
  }

  /** The words whose pinyin a tap revealed (by position), so that drawing the words anew keeps them. */
  override getSnapshotBeforeUpdate(previous: ParagraphProps): number[] | null {
    const p = this.base as HTMLElement | undefined;
    if (previous.paragraph !== this.props.paragraph || !p?.querySelector('ruby.reveal')) return null;
    const revealed: number[] = [];
    p.querySelectorAll('ruby').forEach((ruby, i) => ruby.classList.contains('reveal') && revealed.push(i));
    return revealed;
  }

  override componentDidUpdate(_props: ParagraphProps, _state: unknown, revealed: number[] | null): void {
    if (!revealed) return;
    const rubies = (this.base as HTMLElement).querySelectorAll('ruby');
    for (const i of revealed) rubies[i]?.classList.add('reveal');
  }

  override render({ paragraph, display, services, words }: ParagraphProps) {
    return <p dangerouslySetInnerHTML={{ __html: escapedParagraphHtml(paragraph, display, services, words) }} />;
  }
}
