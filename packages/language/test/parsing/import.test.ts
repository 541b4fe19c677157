import { describe, expect, test } from 'vitest';
import { parse } from './parse.js';

describe('import', () => {
    test('parses imports before declarations', async () => {
        const document = await parse('import "medway-people.appl"\nimport "../shared/findings.appl"\nplan "P" { }');
        expect(document.imports.map(imp => imp.path)).toEqual(['medway-people.appl', '../shared/findings.appl']);
        expect(document.declarations).toHaveLength(1);
    });

    test('parses declarations in any order', async () => {
        const document = await parse(`
            area 1 "A" { }
            measure m "M" { }
            plan "P" { }
            person p "P"
            organisation o "O"
            board b "B" { }
            review 2021-01-20 { }
            inspection initial { }`);
        expect(document.declarations.map(d => d.$type))
            .toEqual(['Area', 'Measure', 'Plan', 'Person', 'Organisation', 'Board', 'Review', 'Inspection']);
    });
});
