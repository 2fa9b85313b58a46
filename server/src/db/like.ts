/** Text for a LIKE pattern, with its wildcards taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching `text` anywhere. */
export function containing(text: string): string {
  return `%${escapeLike(text)}%`;
}
