/** An element with its attributes (`on…` keys become listeners) and children: the panel is plain DOM. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | number | undefined | ((event: Event) => void)> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

/** A problem as the check prints it: where, what, and the fix. */
export const problemItem = ({ file, line, problem, fix }: { file: string; line: number; problem: string; fix: string }) =>
  h('li', { class: 'problem' }, h('code', {}, `${file}:${line}`), ' ', h('span', {}, problem), h('p', { class: 'fix' }, `Fix: ${fix}`));
