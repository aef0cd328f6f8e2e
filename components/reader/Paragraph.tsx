import { Component, type ComponentChildren } from 'preact';
import { Ruby, type RubyDisplay, type WordKnowledge } from './Ruby';
import type { ReaderParagraph, ReaderServices, ReaderToken } from './model';

/**
 * A paragraph of tokens. Tokens of one glossary term occurrence are wrapped in a focusable
 * `.term` span that the reader's tooltip attaches to.
 */
interface ParagraphProps {
  paragraph: ReaderParagraph;
  display: RubyDisplay;
  services: ReaderServices;
  /** What the learner knows (one object per change, so paragraphs re-render only then). */
  words?: WordKnowledge;
}

/**
 * Re-renders only when its own props change (not on every tooltip or word-card change). Each token's
 * <Ruby> is called as a plain function: its elements go straight into the paragraph, with no
 * component instance per word (thousands on a long page).
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

  override render() {
    return renderParagraph(this.props);
  }
}

function renderParagraph({ paragraph, display, services, words }: ParagraphProps) {
  const out: ComponentChildren[] = [];
  const tokens = paragraph.tokens;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token.termId) {
      out.push(Ruby({ token, display, services, words }));
      i++;
      continue;
    }
    const group: ReaderToken[] = [token];
    let j = i + 1;
    while (j < tokens.length && tokens[j].termId === token.termId && !tokens[j].termStart) group.push(tokens[j++]);
    out.push(
      <span class="term" data-term={token.termId} tabIndex={0}>
        {group.map((t) => Ruby({ token: t, display, services, words }))}
      </span>,
    );
    i = j;
  }
  return <p>{out}</p>;
}
