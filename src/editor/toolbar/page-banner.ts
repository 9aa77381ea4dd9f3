import { h } from './dom.ts';
import type { ProblemView } from './editor-api.ts';

const BANNER_CSS = `
:host { all: initial; }
[role=alert] { position: fixed; inset-inline: 0; top: 0; z-index: 2000000001; background: #a0161b; color: #fff; font: 14px/1.4 system-ui, sans-serif;
  padding: 8px 16px; display: flex; gap: 12px; align-items: baseline; box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
p { margin: 0; flex: 1; }
code { font-weight: 600; }
button { font: inherit; background: #fff; color: #a0161b; border: none; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
`;

/**
 * While the content has a problem, the development server keeps showing the last page without one, so an
 * edit seems to do nothing: this banner, over the top of the page, says so, with the first problem and
 * where it is, whether or not the panel is open. It goes as soon as the problems are fixed.
 */
export function showProblemBanner(problems: readonly ProblemView[], open: () => void): void {
  let host = document.querySelector('annotated-editor-banner');
  if (problems.length === 0) {
    host?.remove();
    return;
  }
  if (!host) {
    host = document.createElement('annotated-editor-banner');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
  }
  const [first] = problems;
  const problem = first!.problem.length > 160 ? `${first!.problem.slice(0, 160)}…` : first!.problem;
  host.shadowRoot!.replaceChildren(
    h('style', {}, BANNER_CSS),
    h(
      'div',
      { role: 'alert' },
      h('p', {}, `${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in the content: this page shows the last version without one. `, h('code', {}, `${first!.file}:${first!.line}`), ` ${problem}`),
      h('button', { type: 'button', onclick: open }, 'Show the problems'),
    ),
  );
}
