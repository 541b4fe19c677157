import type { ApplRequest } from 'appl-language/protocol';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Sends one of APPL's custom requests (protocol.ts), typed by its declaration. */
export function sendRequest<P, R>(client: BaseLanguageClient, request: ApplRequest<P, R>, params: P): Promise<R> {
    return client.sendRequest(request.method, params) as Promise<R>;
}
