// The line between the page and the language server in its web worker. The worker speaks JSON-RPC
// objects (vscode-languageserver's browser messages); CodeMirror's LSP client speaks JSON text. The
// server's own requests to the client (reading a file the plan imports, and the ones a plain editor
// answers with nothing) are answered here; CodeMirror's client would refuse them.
import type { Transport } from '@codemirror/lsp-client';

type Handler = (params: any) => unknown;

interface Message {
    jsonrpc: '2.0';
    id?: number | string;
    method?: string;
    params?: unknown;
}

/** Server requests a plain editor accepts and answers with nothing. */
const ACCEPTED = /^(client\/(un)?registerCapability|workspace\/\w+\/refresh|window\/workDoneProgress\/create)$/;

export function workerTransport(worker: Worker, handlers: Record<string, Handler>): Transport {
    let subscribers: Array<(message: string) => void> = [];
    const reply = (id: number | string, answer: { result: unknown } | { error: { code: number, message: string } }) =>
        worker.postMessage({ jsonrpc: '2.0', id, ...answer });
    worker.addEventListener('message', event => {
        const message = event.data as Message;
        if (message.method !== undefined && message.id !== undefined) {
            const id = message.id;
            const handler = handlers[message.method];
            if (handler) {
                Promise.resolve()
                    .then(() => handler(message.params))
                    .then(result => reply(id, { result: result ?? null }),
                        (error: unknown) => reply(id, { error: { code: -32603, message: String(error) } }));
            } else if (ACCEPTED.test(message.method)) {
                reply(id, { result: null });
            } else {
                reply(id, { error: { code: -32601, message: `${message.method} is not handled by the page` } });
            }
            return;
        }
        const text = JSON.stringify(message);
        subscribers.forEach(subscriber => subscriber(text));
    });
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => { subscribers.push(handler); },
        unsubscribe: handler => { subscribers = subscribers.filter(subscriber => subscriber !== handler); },
    };
}
