/** "The words are also in the text of 2 articles": said apart from the claims, in the box and on the page. */
export const wordsInText = (n: number, complete = true) => `The words are also in the text of ${complete ? '' : 'at least '}${n} ${n === 1 ? 'article' : 'articles'}`;

/**
 * Said when neither a claim, its sentence or note, nor an article's own text holds the query: plainly,
 * so that no reader takes a search's silence, or a near miss, for a mention.
 */
export const nothingHolds = (query: string) =>
  /\s/.test(query.trim()) ? `Nothing here holds every word of “${query}”: no claim, note or article text.` : `Nothing here mentions “${query}”: no claim, note or article text holds the word.`;
