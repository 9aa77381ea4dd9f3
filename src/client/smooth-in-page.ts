/**
 * Smooth scrolling for moves inside the page only. Arrival by a link must jump straight to its target
 * (base.css scrolls smoothly only under data-smooth-scroll); once the reader acts, a link they follow
 * within the page may glide there, unless they asked for reduced motion (base.css checks that too).
 */
const allowSmooth = () => {
  document.documentElement.dataset.smoothScroll = '';
};
for (const type of ['pointerdown', 'keydown']) addEventListener(type, allowSmooth, { once: true, capture: true });

// A module, so that its top-level names stay its own.
export {};
