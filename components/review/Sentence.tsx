/** A context sentence with the word marked (or blanked, for recall fronts). */
import { Fragment } from 'preact';
export function Sentence({ text, word, blank = false }: { text: string; word: string; blank?: boolean }) {
  if (!text) return null;
  const parts = word ? text.split(word) : [text];
  return (
    <p class="sentence" lang="zh-CN">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 &&
            (blank ? <span class="blank">{'＿'.repeat(word.length)}</span> : <mark>{word}</mark>)}
        </Fragment>
      ))}
    </p>
  );
}
