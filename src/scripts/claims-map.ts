/**
 * The claims map: every claim as a link, in reading order, with its kind in words, built from the
 * claims on the page (it is an enhancement, so it costs the page's HTML nothing). Narrow screens fold
 * it into the summary as a list; on wide screens it is a ruler, each mark placed at the height its
 * claim falls in the article, one tab stop for the whole ruler, arrow keys between marks.
 */
import { claimOf } from './claim-focus.ts';
import { WIDE_SCREEN } from './wide-screen.ts';

const WIDE = window.matchMedia(WIDE_SCREEN);

const body = document.querySelector<HTMLElement>('.article-body');

function buildMap(): HTMLDetailsElement | null {
  const overview = document.querySelector('.article-overview');
  const claims = [...document.querySelectorAll<HTMLElement>('.article .claim[id][data-kind]')];
  if (!overview || claims.length === 0) return null;
  const details = document.createElement('details');
  details.className = 'claims-map';
  details.dataset.pagefindIgnore = '';
  const summary = document.createElement('summary');
  summary.textContent = 'Claims map';
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Claims map');
  const list = document.createElement('ol');
  for (const [index, claim] of claims.entries()) {
    const number = String(index + 1);
    const mark = document.createElement('a');
    mark.className = 'map-mark';
    mark.href = `#${claim.id}`;
    mark.dataset.kind = claim.dataset.kind;
    mark.dataset.claim = claim.id;
    // The kind's name is its label in lower case (kinds.ts), which the claim carries.
    mark.textContent = `Claim ${number}: ${claim.dataset.kind}`;
    const item = document.createElement('li');
    item.append(mark);
    list.append(item);
  }
  nav.append(list);
  details.append(summary, nav);
  overview.append(details);
  return details;
}

const map = buildMap();

function place(): void {
  if (!map || !body) return;
  const marks = [...map.querySelectorAll<HTMLAnchorElement>('.map-mark')];
  if (!WIDE.matches) {
    delete map.dataset.ruler;
    for (const mark of marks) {
      mark.style.removeProperty('top');
      mark.removeAttribute('tabindex');
    }
    return;
  }
  map.dataset.ruler = '';
  map.open = true;
  // Every position is read before any mark is moved: a read after a write would lay the page out
  // again, once per claim (200 layouts on load, where one will do).
  const start = document.querySelector('.article')!.getBoundingClientRect().top + scrollY;
  const height = body.getBoundingClientRect().bottom + scrollY - start;
  const tops = marks.map((mark) => {
    const claim = claimOf(mark);
    return claim && claim.getClientRects().length > 0 ? claim.getBoundingClientRect().top + scrollY - start : 0;
  });
  for (const [index, mark] of marks.entries()) {
    mark.style.top = `${Math.min(100, Math.max(0, (tops[index]! / height) * 100)).toFixed(2)}%`;
    mark.tabIndex = index === 0 ? 0 : -1;
  }
}

if (map && body) {
  map.addEventListener('keydown', (event) => {
    if (!map.hasAttribute('data-ruler') || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const marks = [...map.querySelectorAll<HTMLAnchorElement>('.map-mark')].filter((m) => m.getClientRects().length > 0);
    const at = marks.indexOf(document.activeElement as HTMLAnchorElement);
    const next = marks[Math.min(marks.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    event.preventDefault();
    for (const mark of marks) mark.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };
  new ResizeObserver(schedule).observe(body);
  WIDE.addEventListener('change', schedule);
  document.addEventListener('annotated:viewchange', schedule);
  // At once, not in a frame: the ruler leaves the text's flow, which must happen before `load`, while
  // the browser still holds an arriving link's target in view.
  place();
}

// A module, so that its top-level names stay its own.
export {};
