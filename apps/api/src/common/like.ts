/** Text matched literally by LIKE: its wildcards (and the escape character) escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A LIKE pattern for text starting with `prefix`. */
export const likePrefix = (prefix: string) => `${escapeLike(prefix)}%`;

/** A LIKE pattern for text containing `part`. */
export const likeContaining = (part: string) => `%${escapeLike(part)}%`;
