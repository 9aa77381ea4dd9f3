/**
 * The claims map: every claim as a link, in reading order, with its kind in words, built from the
 * claims on the page (it is an enhancement, so it costs the page's HTML nothing), folded in the
 * edition's details.
 */
const details = document.querySelector('.edition-details');
const claims = [...document.querySelectorAll<HTMLElement>('.article .claim[id][data-kind]')];
if (details && claims.length > 0) {
  const map = document.createElement('details');
  map.className = 'claims-map';
  const summary = document.createElement('summary');
  summary.textContent = 'Claims map';
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Claims map');
  const list = document.createElement('ol');
  for (const [index, claim] of claims.entries()) {
    const mark = document.createElement('a');
    mark.className = 'map-mark';
    mark.href = `#${claim.id}`;
    mark.dataset.kind = claim.dataset.kind;
    // The kind's name is its label in lower case (kinds.ts), which the claim carries.
    mark.textContent = `Claim ${index + 1}: ${claim.dataset.kind}`;
    const item = document.createElement('li');
    item.append(mark);
    list.append(item);
  }
  nav.append(list);
  map.append(summary, nav);
  details.append(map);
}

// A module, so that its top-level names stay its own.
export {};
