// The editor: one CodeMirror view that shows one file at a time, each file with its own state (text,
// undo history, cursor) kept while another is shown. The LSP plugin of each state tells the server
// which file is open; the server reads the others (imports) from the page's files.
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, indentUnit } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import {
    findReferencesKeymap, formatKeymap, hoverTooltips, jumpToDefinitionKeymap, renameKeymap, serverCompletion, type LSPClient,
} from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import {
    drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type KeyBinding,
} from '@codemirror/view';
import { applSyntax } from './appl-highlighting.js';

export interface PlanEditorOptions {
    parent: HTMLElement;
    client: LSPClient;
    /** Called after each change to the text of the shown file. */
    onChange: (uri: string, text: string) => void;
    /** The id of the element that describes the editor to screen readers (what the keys do). */
    describedBy: string;
}

/**
 * Tab and Shift+Tab leave the editor, as in any form, so that keyboard users are never trapped in it;
 * Ctrl+] and Ctrl+[ indent and outdent.
 */
const indentKeys: KeyBinding[] = [
    { key: 'Mod-]', run: indentMore },
    { key: 'Mod-[', run: indentLess },
];

export class PlanEditor {
    readonly view: EditorView;
    private readonly states = new Map<string, EditorState>();
    private current: string | undefined;

    constructor(private readonly options: PlanEditorOptions) {
        this.view = new EditorView({
            parent: options.parent,
            state: EditorState.create({ doc: '', extensions: this.baseExtensions() }),
        });
    }

    /** The URI of the file shown. */
    get uri(): string | undefined {
        return this.current;
    }

    get text(): string {
        return this.view.state.doc.toString();
    }

    /** Shows a file: its kept state, or a new one with this text. */
    show(uri: string, text: string): void {
        if (this.current === uri) return;
        if (this.current) this.states.set(this.current, this.view.state);
        const kept = this.states.get(uri);
        this.current = uri;
        this.view.setState(kept ?? EditorState.create({ doc: text, extensions: [this.baseExtensions(), this.options.client.plugin(uri, 'appl')] }));
    }

    /** Replaces the text of the shown file (a file opened again from the disk), keeping undo. */
    replaceText(text: string): void {
        this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
    }

    /** Forgets a file's kept state, so that the next show starts from its text. */
    forget(uri: string): void {
        this.states.delete(uri);
    }

    /** Puts the cursor at a 1-based line and column and gives the editor the focus. */
    goTo(line: number, column: number): void {
        const doc = this.view.state.doc;
        const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
        const pos = Math.min(target.from + column - 1, target.to);
        this.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
        this.view.focus();
    }

    private baseExtensions(): Extension {
        return [
            lineNumbers(),
            highlightActiveLineGutter(),
            foldGutter(),
            lintGutter(),
            history(),
            drawSelection(),
            indentOnInput(),
            indentUnit.of('  '),
            bracketMatching(),
            closeBrackets(),
            highlightActiveLine(),
            highlightSelectionMatches(),
            serverCompletion({ override: true }),
            hoverTooltips(),
            applSyntax(),
            EditorView.lineWrapping,
            EditorView.contentAttributes.of({ 'aria-label': 'Plan text', 'aria-describedby': this.options.describedBy }),
            EditorView.updateListener.of(update => {
                if (update.docChanged && this.current) this.options.onChange(this.current, update.state.doc.toString());
            }),
            keymap.of([
                ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap,
                ...formatKeymap, ...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap, ...indentKeys,
            ]),
        ];
    }
}
