// The web page: the editor, the problems list, the preview and the file and export buttons, wired to
// the language server that runs in a web worker (server-worker.js, built from the core's
// lsp/main-browser.ts). The page computes nothing about plans: every finding, fix, preview and export
// is the server's answer, the same as in VS Code and `appl check`.
import { formatDocument, LSPClient } from '@codemirror/lsp-client';
import {
    ExportPlanRequest, PreviewPlanRequest, ReadDirectoryRequest, ReadFileRequest,
    type ExportPlanParams, type ExportPlanResult, type FileParams, type PreviewPlanResult,
} from 'appl-language/protocol';
import examples from 'virtual:appl-examples';
import { planFileName, planSkeleton, type NewPlanAnswers } from '../../extension/src/new-plan/plan-skeleton.js';
import { PlanEditor } from './editor/plan-editor.js';
import { sanitizeHtml } from './editor/sanitize-html.js';
import { PlanDiagnostics } from './lsp/plan-diagnostics.js';
import { workerTransport } from './lsp/worker-transport.js';
import { EXPORT_CHOICES, exportBlob } from './panels/export-menu.js';
import { NewPlanDialog } from './panels/new-plan-dialog.js';
import { PreviewPane } from './panels/preview-pane.js';
import { ProblemsPanel } from './panels/problems-panel.js';
import { download, openFromDisk, saveToDisk } from './workspace/disk.js';
import { EXAMPLES_FOLDER, myPlanUri, PlanFiles, type PlanFile } from './workspace/plan-files.js';

performance.mark('appl:app-start');

/** The example shown when the address names none (`#example=medway/app-2020.appl` names one). */
const FIRST_EXAMPLE = 'staffordshire-app-2022.appl';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string) => { element('status').textContent = text; };

// ---------------------------------------------------------------- files and the language server
const files = new PlanFiles();
for (const example of examples) {
    files.add({ uri: new URL(example.path, EXAMPLES_FOLDER).href, name: example.path, origin: 'example', text: example.text });
}
/** The text of each file of the author's as last saved (or opened), to warn before leaving unsaved work. */
const savedText = new Map<string, string>();

const worker = window.applServerWorker ?? new Worker(new URL('./server-worker.js', import.meta.url), { name: 'APPL language server' });
worker.addEventListener('error', () => status('The checker could not start in this browser. Try a current version of Firefox, Chrome, Edge or Safari.'));
const diagnostics = new PlanDiagnostics();
const client = new LSPClient({ timeout: 20_000, sanitizeHTML: sanitizeHtml, extensions: [diagnostics.extension()] })
    .connect(workerTransport(worker, {
        [ReadFileRequest.method]: (params: FileParams) => currentText(params.uri) ?? files.readFile(params.uri),
        [ReadDirectoryRequest.method]: (params: FileParams) => files.readDirectory(params.uri),
    }));
client.initializing.then(() => {
    performance.mark('appl:server-ready');
    status('The checker is ready. It checks the plan as you type.');
},
    () => status('The checker did not start. Reload the page to try again.'));

const editor = new PlanEditor({
    parent: element('editor'),
    client,
    describedBy: 'editor-keys',
    onChange: () => undefined,
});

/** The editor's text of a file when it is the one shown (newer than the store's). */
function currentText(uri: string): string | undefined {
    return editor.uri === uri ? editor.text : undefined;
}

// ---------------------------------------------------------------- panels
const problems = new ProblemsPanel({
    list: element('problems-list'),
    summary: element('problems-summary'),
    goTo: (line, column) => editor.goTo(line, column),
    fixed: (title, applied) => status(applied
        ? `Applied the fix: ${title}. The plan is being checked again.`
        : 'The plan changed since this fix was worked out; the list is being updated. Try again in a moment.'),
});
const preview = new PreviewPane(element('preview'), async () => {
    const uri = editor.uri;
    if (!uri) return undefined;
    client.sync();
    return client.request<{ textDocument: { uri: string } }, PreviewPlanResult>(PreviewPlanRequest.method, { textDocument: { uri } });
});

let firstDiagnostics = true;
diagnostics.onChange(file => {
    if (file.uri !== editor.uri) return;
    if (firstDiagnostics) {
        firstDiagnostics = false;
        performance.mark('appl:first-diagnostics');
    }
    problems.show(file);
    preview.refreshSoon();
});

// ---------------------------------------------------------------- showing a file
const fileChoice = element<HTMLSelectElement>('file-choice');

function show(file: PlanFile): void {
    if (editor.uri) files.setText(editor.uri, editor.text);
    editor.show(file.uri, file.text);
    element('editor-heading').textContent = `Plan: ${file.name}`;
    problems.show(diagnostics.problemsOf(file.uri));
    preview.refreshSoon();
    refreshFileChoice();
    if (file.origin === 'example') history.replaceState(null, '', `#example=${encodeURIComponent(file.name)}`);
}

function refreshFileChoice(): void {
    const shown = files.all().filter(file => file.origin !== 'example' || file.uri === editor.uri || wasShown.has(file.uri));
    if (editor.uri) wasShown.add(editor.uri);
    fileChoice.replaceChildren(...shown.map(file => new Option(file.name, file.uri, false, file.uri === editor.uri)));
}
const wasShown = new Set<string>();
fileChoice.addEventListener('change', () => {
    const file = files.get(fileChoice.value);
    if (file) show(file);
});

// ---------------------------------------------------------------- examples
const exampleChoice = element<HTMLSelectElement>('example-choice');
const groups = [
    { label: 'Plans', test: (path: string) => !path.startsWith('teaching/') },
    { label: 'One rule each (plans with a mistake)', test: (path: string) => path.startsWith('teaching/') },
];
for (const group of groups) {
    const optgroup = document.createElement('optgroup');
    optgroup.label = group.label;
    for (const example of examples.filter(candidate => group.test(candidate.path))) {
        const title = /^\/\/\s*([^:]+)/.exec(example.text)?.[1]?.trim();
        optgroup.append(new Option(title ? `${title} (${example.path})` : example.path, example.path));
    }
    exampleChoice.append(optgroup);
}
element('open-example').addEventListener('click', () => openExample(exampleChoice.value));

function openExample(path: string): void {
    const file = files.get(new URL(path, EXAMPLES_FOLDER).href);
    if (file) {
        show(file);
        status(`Opened the example ${file.name}.`);
    }
}

// ---------------------------------------------------------------- new, open, save
const dialog = new NewPlanDialog(element('new-plan-dialog'), answers => createPlan(answers));
element('new-plan').addEventListener('click', () => dialog.open());

function createPlan(answers: NewPlanAnswers): void {
    const wanted = planFileName(answers);
    let name = wanted;
    for (let n = 2; files.get(myPlanUri(name)); n++) name = wanted.replace(/\.appl$/, `-${n}.appl`);
    const text = planSkeleton(answers);
    const file = files.add({ uri: myPlanUri(name), name, origin: 'new', text });
    show(file);
    status(`Created ${name}. The problems list says what to fill in next.`);
}

element('open-file').addEventListener('click', async () => {
    let opened;
    try {
        opened = await openFromDisk(element('open-file-input'));
    } catch (error) {
        status(`The file could not be opened: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    for (const { name, text, handle } of opened) {
        const uri = myPlanUri(name);
        const known = files.get(uri);
        files.add({ uri, name, origin: 'disk', text, handle });
        savedText.set(uri, text);
        if (known) {
            editor.forget(uri);
            if (editor.uri === uri) editor.replaceText(text);
        }
    }
    if (opened.length > 0) {
        show(files.get(myPlanUri(opened[0].name))!);
        status(opened.length === 1
            ? `Opened ${opened[0].name}.`
            : `Opened ${opened.map(file => file.name).join(', ')}; a plan sees the others when it imports them.`);
    }
});

element('save-file').addEventListener('click', async () => {
    const file = editor.uri ? files.get(editor.uri) : undefined;
    if (!file) return;
    const text = editor.text;
    const name = file.name.split('/').pop()!;
    try {
        const saved = await saveToDisk(name, text, file.origin === 'example' ? undefined : file.handle);
        if (!saved) return;
        files.setText(file.uri, text);
        savedText.set(file.uri, text);
        if (saved !== 'downloaded' && file.origin !== 'example') file.handle = saved;
        status(saved === 'downloaded' ? `${name} is in your downloads.` : `Saved ${saved.name}.`);
    } catch (error) {
        status(`The file could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
});

window.addEventListener('beforeunload', event => {
    if (editor.uri) files.setText(editor.uri, editor.text);
    const unsaved = files.all().some(file => file.origin !== 'example' && savedText.get(file.uri) !== file.text);
    if (unsaved) event.preventDefault();
});

// ---------------------------------------------------------------- export and layout
const exportChoice = element<HTMLSelectElement>('export-choice');
exportChoice.append(...EXPORT_CHOICES.map((choice, index) => new Option(choice.label, String(index))));
element('download-export').addEventListener('click', async () => {
    const uri = editor.uri;
    const choice = EXPORT_CHOICES[Number(exportChoice.value)];
    if (!uri || !choice) return;
    try {
        client.sync();
        const result = await client.request<ExportPlanParams, ExportPlanResult>(ExportPlanRequest.method, { textDocument: { uri }, format: choice.format });
        download(result.fileName, exportBlob(choice, result.text));
        status(result.errors > 0
            ? `${result.fileName} is in your downloads. The plan has ${result.errors} ${result.errors === 1 ? 'error' : 'errors'}; the export lists ${result.errors === 1 ? 'it' : 'them'}.`
            : `${result.fileName} is in your downloads.`);
    } catch (error) {
        status(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
});

element('format-plan').addEventListener('click', () => {
    formatDocument(editor.view);
    status('Tidied the layout.');
});

// ---------------------------------------------------------------- start
const requested = /^#example=(.+)$/.exec(location.hash)?.[1];
const first = files.get(new URL(requested ? decodeURIComponent(requested) : FIRST_EXAMPLE, EXAMPLES_FOLDER).href)
    ?? files.get(new URL(FIRST_EXAMPLE, EXAMPLES_FOLDER).href)!;
exampleChoice.value = first.name;
show(first);
