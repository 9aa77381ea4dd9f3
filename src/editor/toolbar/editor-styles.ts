/*
 * The panel's styles, inside its shadow root (the toolbar's canvas), and the few the page itself takes
 * while the panel is in use: the highlight of the passages left to classify (the CSS Custom Highlight
 * API: no element is added to the text), and the buttons added to each note.
 */

export const PANEL_CSS = `
:host { all: initial; }
/* An element the panel hides stays hidden, whatever display its class gives it. */
[hidden] { display: none !important; }
.dock { position: fixed; inset-inline: 16px; bottom: 64px; max-height: min(56vh, 520px); z-index: 2000000000; display: flex; flex-direction: column;
  background: #fff; color: #1b1b1f; font: 14px/1.45 system-ui, sans-serif; border: 1px solid #b8b8c4; border-radius: 10px;
  box-shadow: 0 6px 28px rgb(0 0 0 / 0.25); }
header { display: flex; gap: 12px; align-items: baseline; padding: 8px 14px; border-block-end: 1px solid #e2e2ea; }
h2 { font-size: 15px; margin: 0; }
.status { color: #4a4a55; flex: 1; }
[role=tablist] { display: flex; gap: 4px; padding: 6px 14px 0; border-block-end: 1px solid #e2e2ea; }
[role=tab] { font: inherit; border: 1px solid transparent; border-block-end: none; background: none; padding: 4px 10px; border-radius: 6px 6px 0 0; cursor: pointer; color: #33333d; }
[role=tab][aria-selected=true] { border-color: #d3d3dd; background: #f6f6fa; font-weight: 600; }
[role=tabpanel] { overflow: auto; padding: 10px 14px; flex: 1; }
[role=tabpanel][hidden] { display: none; }
.message { margin: 0; padding: 6px 14px; border-block-start: 1px solid #e2e2ea; min-height: 1.45em; }
.message:empty { padding: 0; border: none; min-height: 0; }
.message[data-tone=error] { color: #a0161b; background: #fff1f1; }
.message[data-tone=done] { color: #155724; background: #effaf1; }
form.claim { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px 24px; }
.column { display: grid; gap: 8px; align-content: start; }
label, legend { font-weight: 600; }
.hint { font-weight: 400; color: #55555f; font-size: 13px; }
input[type=text], input[type=url], input[type=search], textarea, select { font: inherit; padding: 4px 6px; border: 1px solid #a9a9b6; border-radius: 4px; width: 100%; box-sizing: border-box; }
textarea { min-height: 5.5em; resize: vertical; }
fieldset { border: 1px solid #d3d3dd; border-radius: 6px; margin: 0; padding: 4px 8px 6px; }
.kind { display: grid; grid-template-columns: auto 1fr; gap: 0 6px; align-items: start; margin-block: 3px; font-weight: 400; }
.kind b { font-weight: 600; }
.kind span { font-size: 13px; }
blockquote { margin: 0; padding: 4px 8px; border-inline-start: 3px solid #6b6bd6; background: #f6f6fa; }
.quote-context { color: #55555f; font-size: 13px; }
button { font: inherit; cursor: pointer; }
.actions { display: flex; gap: 8px; align-items: center; }
.primary { background: #3a3ab0; color: #fff; border: 1px solid #2b2b90; border-radius: 5px; padding: 4px 14px; }
.secondary { background: #fff; color: #1b1b1f; border: 1px solid #a9a9b6; border-radius: 5px; padding: 3px 10px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.chips li { background: #ececf8; border-radius: 12px; padding: 1px 4px 1px 10px; }
.chips button { border: none; background: none; }
.matches { list-style: none; margin: 0; padding: 0; max-height: 9em; overflow: auto; border: 1px solid #e2e2ea; border-radius: 4px; }
.matches:empty { display: none; }
.matches button { display: block; width: 100%; text-align: start; border: none; background: none; padding: 3px 6px; }
.matches button:hover, .matches button:focus { background: #ececf8; }
ul.problems, ul.drafts { margin: 0; padding: 0; list-style: none; display: grid; gap: 8px; }
.problem code { font-weight: 600; }
.fix { margin: 2px 0 0; color: #33333d; }
.drafts li { display: grid; gap: 4px; border-inline-start: 3px solid #e4b500; padding-inline-start: 8px; }
.split-words { display: flex; flex-wrap: wrap; gap: 2px; }
.split-words button { border: 1px dashed #b59000; background: #fffbe6; border-radius: 3px; padding: 0 4px; }
.form-problems { grid-column: 1 / -1; }
@media (max-width: 760px) { form.claim { grid-template-columns: minmax(0, 1fr); } .dock { inset-inline: 4px; max-height: 56vh; } }
`;

/** What the page itself takes while the editor's app is loaded (development only). */
export const PAGE_CSS = `
::highlight(annotated-editor-drafts) { background-color: rgb(255 222 89 / 0.55); }
::highlight(annotated-editor-selected) { background-color: rgb(108 108 230 / 0.3); }
.editor-note-actions { display: flex; gap: 8px; margin-block-start: 6px; }
.editor-note-actions button { font: 13px system-ui, sans-serif; padding: 2px 8px; cursor: pointer; }
body[data-editor-open] { padding-block-end: 58vh; }
`;
