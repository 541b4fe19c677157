// The page's files, as the language server in the worker reads them (appl/readFile, appl/readDirectory).
import { describe, expect, test } from 'vitest';
import { EXAMPLES_FOLDER, myPlanUri, PlanFiles } from '../src/workspace/plan-files.js';

function files(): PlanFiles {
    const store = new PlanFiles();
    for (const path of ['medway/app-2020.appl', 'medway/medway-people.appl', 'kent-improvement-plan.appl']) {
        store.add({ uri: new URL(path, EXAMPLES_FOLDER).href, name: path, origin: 'example', text: `// ${path}` });
    }
    store.add({ uri: myPlanUri('my plan.appl'), name: 'my plan.appl', origin: 'disk', text: 'plan "Mine" {}' });
    return store;
}

describe('the page\'s files', () => {
    test('give the server a file\'s text, or null when there is none', () => {
        const store = files();
        expect(store.readFile('file:///examples/medway/medway-people.appl')).toBe('// medway/medway-people.appl');
        expect(store.readFile('file:///examples/medway/missing.appl')).toBeNull();
        // The server writes spaces as %20, as the page does.
        expect(store.readFile('file:///my-plans/my%20plan.appl')).toBe('plan "Mine" {}');
    });

    test('list a folder\'s files and folders, and nothing for a folder that holds none', () => {
        const store = files();
        expect(store.readDirectory('file:///examples')).toEqual([
            { uri: 'file:///examples/medway', isFile: false, isDirectory: true },
            { uri: 'file:///examples/kent-improvement-plan.appl', isFile: true, isDirectory: false },
        ]);
        expect(store.readDirectory('file:///examples/medway/')?.map(entry => entry.uri)).toEqual([
            'file:///examples/medway/app-2020.appl', 'file:///examples/medway/medway-people.appl',
        ]);
        expect(store.readDirectory('file:///elsewhere')).toBeNull();
    });

    test('keep the text the editor hands back', () => {
        const store = files();
        store.setText(myPlanUri('my plan.appl'), 'plan "Mine, edited" {}');
        expect(store.readFile(myPlanUri('my plan.appl'))).toBe('plan "Mine, edited" {}');
    });
});
