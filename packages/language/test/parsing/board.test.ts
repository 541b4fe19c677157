import { describe, expect, test } from 'vitest';
import { ast } from '../../src/index.js';
import { parse } from './parse.js';

describe('board', () => {
    test('parses chairs, frequency, members and reporting line', async () => {
        const document = await parse(`
            board improvement-board "SEND Improvement Board" {
              chairs ian-sutherland, sue-gibbons
              meets monthly
              members medway-council, medway-ccg, pcf
              reports-to "Health and Wellbeing Board"
            }`);
        const board = document.declarations[0] as ast.Board;
        expect(board.name).toBe('improvement-board');
        expect(board.chairs.map(ref => ref.$refText)).toEqual(['ian-sutherland', 'sue-gibbons']);
        expect(board.meets).toEqual(['monthly']);
        expect(board.members.map(ref => ref.$refText)).toEqual(['medway-council', 'medway-ccg', 'pcf']);
        expect(board.reportsTo).toEqual(['Health and Wellbeing Board']);
    });

    test('accepts a meeting frequency in words', async () => {
        const document = await parse('board b "B" { meets "every six weeks" }');
        expect((document.declarations[0] as ast.Board).meetsText).toEqual(['every six weeks']);
    });
});
