/** "The words are also in the text of 2 articles": said apart from the claims, in the box and on the page. */
export const wordsInText = (n: number) => `The words are also in the text of ${n} ${n === 1 ? 'article' : 'articles'}`;
