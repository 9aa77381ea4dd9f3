/**
 * The claims map as a ruler (wide screens): each mark placed at the height its claim falls in the
 * article, one tab stop for the whole ruler, arrow keys between marks. Narrow screens keep the list.
 */
const WIDE = window.matchMedia('(min-width: 68.75rem)');
const map = document.querySelector<HTMLDetailsElement>('details.claims-map');
const body = document.querySelector<HTMLElement>('.article-body');

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
  const start = document.querySelector('.article')!.getBoundingClientRect().top + scrollY;
  const height = body.getBoundingClientRect().bottom + scrollY - start;
  for (const [index, mark] of marks.entries()) {
    const claim = document.getElementById(mark.dataset.claim ?? '');
    const top = claim && claim.getClientRects().length > 0 ? claim.getBoundingClientRect().top + scrollY - start : 0;
    mark.style.top = `${Math.min(100, Math.max(0, (top / height) * 100)).toFixed(2)}%`;
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
  schedule();
}

// A module, so that its top-level names stay its own.
export {};
