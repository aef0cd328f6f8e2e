import type { ReaderServices } from './model';

export interface TooltipAnchor {
  id: string;
  /** Position relative to the reader's scrolling body. */
  top: number;
  left: number;
}

/** The glossary tooltip: English rendering, the formula's components and a one-line gloss. */
export function TermTooltip({ anchor, services }: { anchor: TooltipAnchor; services: ReaderServices }) {
  const term = services.term(anchor.id);
  if (!term) return null;
  const url = services.termUrl?.(term.id);
  return (
    <div
      class="tooltip"
      role="tooltip"
      id={`term-tip-${term.id}`}
      style={{ top: `${anchor.top}px`, left: `${anchor.left}px` }}
    >
      <div class="tip-head">
        <span class="tip-zh">{term.headword}</span> <span class="tip-py">{term.pinyin}</span>
      </div>
      <div class="tip-en">{term.en}</div>
      {term.alternatives.length > 0 && <div class="tip-alt">also: {term.alternatives.join('; ')}</div>}
      {term.components.length > 0 && (
        <ol class="tip-components">
          {term.components.map((c) => (
            <li>
              {c.zh} — {c.en}
            </li>
          ))}
        </ol>
      )}
      <p class="tip-gloss">{term.gloss}</p>
      {!term.verified && <p class="tip-note">Rendering not confirmed by an official source.</p>}
      {url && (
        <a href={url} target="_blank" rel="noopener noreferrer">
          Full entry
        </a>
      )}
    </div>
  );
}
