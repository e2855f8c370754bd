import { describe, expect, it } from 'vitest';
import { allActionNames as actionNames } from '../../analysis/catalog-view.js';
import { nearestNames } from '../../lib/nearest-names.js';

describe('nearestNames', () => {
  it('puts a name that only swaps the verb for a synonym before a misspelling: DescribeRooms asks for a list', () => {
    expect(nearestNames('DescribeRooms', actionNames, 3, { wordPrefixes: true })).toEqual(['GetRooms', 'DescribeRoom']);
  });

  it('keeps the number of the noun: GetRoom asks for one room', () => {
    expect(nearestNames('GetRoom', actionNames, 3, { wordPrefixes: true })).toEqual(['DescribeRoom', 'GetRooms']);
  });

  it('ranks misspellings by distance, ignoring case', () => {
    expect(nearestNames('createroom', actionNames, 1)).toEqual(['CreateRoom']);
    expect(nearestNames('DescribeRooom', actionNames, 3)).toEqual(['DescribeRoom']);
  });

  it('finds nothing for a name far from every candidate', () => {
    expect(nearestNames('SendEmail', actionNames, 3)).toEqual([]);
  });
});
