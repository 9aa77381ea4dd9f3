/**
 * Under `npm run dev` only, on every page (the integration injects it there alone, `injectScript`):
 * each note of an article ends with a link to its claim's card, as a shared link shows it, which the
 * development server draws on request from the article as saved (claim-card.png.ts). A built page holds
 * nothing of it. The article's address is the page's own, so the cards are in its `cards/`.
 */
export const DEV_CARD_LINKS = `
const notes = document.querySelectorAll('details.note[data-claim]');
const article = location.pathname.endsWith('/') ? location.pathname : location.pathname + '/';
for (const note of notes) {
  const link = document.createElement('a');
  link.href = article + 'cards/' + encodeURIComponent(note.dataset.claim) + '.png';
  link.textContent = 'Its card, as a shared link shows it (dev only)';
  const line = document.createElement('p');
  line.append(link);
  note.querySelector('.note-body')?.append(line);
}
`;
