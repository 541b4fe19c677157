import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('organisations and people', () => {
    test('parses an organisation with its kind', async () => {
        const document = await parse('organisation medway-ccg "NHS Medway CCG" kind health');
        const organisation = document.declarations[0] as ast.Organisation;
        expect([organisation.name, organisation.title, organisation.kind]).toEqual(['medway-ccg', 'NHS Medway CCG', 'health']);
    });

    test('parses every organisation kind', async () => {
        const kinds = ['local-authority', 'health', 'school', 'parent-carer-forum', 'government', 'other'];
        const document = await parse(kinds.map((kind, i) => `organisation o${i} "O" kind ${kind}`).join('\n'));
        expect(document.declarations.map(d => (d as ast.Organisation).kind)).toEqual(kinds);
    });

    test('parses a person with role and organisation', async () => {
        const document = await parse(`person ian.sutherland "Ian Sutherland" role "Director of Children's Services" at medway-council`);
        const person = document.declarations[0] as ast.Person;
        expect(person.name).toBe('ian.sutherland');
        expect(person.role).toBe("Director of Children's Services");
        expect(person.organisation?.$refText).toBe('medway-council');
    });

    test('parses a person with a name only', async () => {
        const document = await parse('person pat "Pat Tate"');
        expect((document.declarations[0] as ast.Person).role).toBeUndefined();
    });
});
