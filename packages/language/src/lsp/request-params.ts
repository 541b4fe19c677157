import { ErrorCodes, ResponseError, type Connection, type ConnectionOptions } from 'vscode-languageserver';
import type { Message, NotificationMessage, RequestMessage } from 'vscode-languageserver';

/** Where a malformed request goes instead of its handler: it answers InvalidParams. */
const INVALID_PARAMS_METHOD = 'appl/invalidParams';

/** The requests whose params need a position (LSP 3.17, `TextDocumentPositionParams` and kin). */
const NEEDS_POSITION = new Set([
    'textDocument/hover', 'textDocument/completion', 'textDocument/signatureHelp', 'textDocument/definition',
    'textDocument/declaration', 'textDocument/typeDefinition', 'textDocument/implementation', 'textDocument/references',
    'textDocument/documentHighlight', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/onTypeFormatting',
    'textDocument/prepareCallHierarchy', 'textDocument/prepareTypeHierarchy', 'textDocument/linkedEditingRange',
    'textDocument/moniker',
]);

/** The requests whose params need a range. */
const NEEDS_RANGE = new Set([
    'textDocument/rangeFormatting', 'textDocument/codeAction', 'textDocument/inlayHint', 'textDocument/semanticTokens/range',
    'textDocument/inlineValue', 'textDocument/colorPresentation',
]);

/**
 * Checks the shape of what a client sends before any handler sees it: a request whose document,
 * position or range is missing or malformed (`"position": null`, a negative line) is answered with the
 * JSON-RPC error InvalidParams (-32602), as the protocol asks, instead of failing inside a handler
 * (InternalError, -32603); such a notification is dropped, so that a half-applied change cannot put a
 * document out of step with the editor. Pass the result to `createConnection`, then call
 * `answerInvalidParams` on the connection.
 */
export function checkedParams(): ConnectionOptions {
    return {
        messageStrategy: {
            handleMessage(message: Message, next: (message: Message) => void) {
                const method = (message as Partial<RequestMessage>).method;
                const problem = typeof method === 'string' ? paramsProblem(method, (message as RequestMessage).params) : undefined;
                if (!problem) {
                    return next(message);
                }
                if ('id' in message && (message as RequestMessage).id !== undefined && (message as RequestMessage).id !== null) {
                    return next({ ...(message as RequestMessage), method: INVALID_PARAMS_METHOD, params: { method, problem } } as RequestMessage);
                }
                console.error(`APPL: ignored ${(message as NotificationMessage).method}: ${problem}.`);
            },
        },
    };
}

/** The handler that answers the requests `checkedParams` found malformed. */
export function answerInvalidParams(connection: Connection): void {
    connection.onRequest(INVALID_PARAMS_METHOD, (params: { method: string, problem: string }) =>
        new ResponseError(ErrorCodes.InvalidParams, `Invalid params for ${params.method}: ${params.problem}.`));
}

/** What is wrong with a message's params, if anything this server relies on is malformed. */
export function paramsProblem(method: string, params: unknown): string | undefined {
    if (!method.startsWith('textDocument/')) {
        return undefined;
    }
    if (!isObject(params)) {
        return 'params must be an object';
    }
    const document = params.textDocument;
    if (!isObject(document) || typeof document.uri !== 'string') {
        return 'textDocument.uri must be a string';
    }
    if (method === 'textDocument/didOpen' && typeof document.text !== 'string') {
        return 'textDocument.text must be a string';
    }
    if (method === 'textDocument/didChange') {
        const changes = params.contentChanges;
        if (!Array.isArray(changes) || !changes.every(change => isObject(change) && typeof change.text === 'string'
            && (change.range === undefined || isRange(change.range)))) {
            return 'contentChanges must be a list of changes, each with its text and an optional valid range';
        }
    }
    if ((NEEDS_POSITION.has(method) || 'position' in params) && !isPosition(params.position)) {
        return 'position must hold a line and a character, whole numbers from 0';
    }
    if ((NEEDS_RANGE.has(method) || 'range' in params) && !isRange(params.range)) {
        return 'range must hold a start and an end position';
    }
    return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
    return isObject(value) && isIndex(value.line) && isIndex(value.character);
}

function isRange(value: unknown): boolean {
    return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

/** A uinteger of the protocol. */
function isIndex(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2 ** 31 - 1;
}
