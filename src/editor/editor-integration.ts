import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { editorMiddleware } from './server/editor-requests.ts';
import { CONTENT_CHANGED } from './toolbar/editor-api.ts';

/** The panel's id in the dev toolbar: its server messages are named after it. */
export const EDITOR_APP_ID = 'annotated-reading-editor';

/** A pen: the panel's button in the toolbar. */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/></svg>';

/**
 * The editor's panel: under `npm run dev` only, an app of Astro's dev toolbar (the framework's own
 * place for tools that exist only in development) that annotates an article from a selection in its
 * page, and the endpoint it writes through (server/editor-requests.ts), a middleware of the
 * development server, which listens on 127.0.0.1. A build, a preview or a sync adds neither: no route,
 * no script, nothing in the site (a test holds the built pages to that).
 */
export function articleEditor({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'article-editor',
    hooks: {
      'astro:config:setup': ({ command, addDevToolbarApp, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ devToolbar: { enabled: true } });
        addDevToolbarApp({ id: EDITOR_APP_ID, name: 'Annotate this article', icon: ICON, entrypoint: new URL('./toolbar/editor-app.ts', import.meta.url) });
      },
      'astro:server:setup': ({ server, toolbar }) => {
        server.middlewares.use(editorMiddleware({ contentDir, command: 'dev' }));
        // Every change under content/ (a save from the panel, an edit in a text editor) tells the panel
        // to read the article again, so that a problem shows in the page as it happens. Once a
        // quarter of a second has passed without another change: a save writes a file in two steps.
        const root = resolve(contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (resolve(path) !== root && !resolve(path).startsWith(`${root}${sep}`)) return;
          clearTimeout(timer);
          timer = setTimeout(() => toolbar.send(CONTENT_CHANGED, {}), 250);
        });
      },
    },
  };
}
