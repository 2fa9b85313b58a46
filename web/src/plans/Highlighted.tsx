import { Mark } from '@mantine/core';
import { highlightRanges } from '../../../common/src/highlight';

/** The text with the words of a search query marked (<mark>), ignoring case and diacritics. */
export function Highlighted({ text, query }: { text: string; query: string | undefined }) {
  const ranges = query ? highlightRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const pieces = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(
      <Mark key={start} color="yellow">
        {text.slice(start, end)}
      </Mark>,
    );
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
