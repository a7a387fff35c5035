import { describe, expect, it } from 'vitest';
import { groupWordList, parseGroupWord } from '../../src/origin/index.ts';

describe('parseGroupWord', () => {
  it('reads the codes and the Danish words, any case and spacing', () => {
    expect(
      ['target', 'Målgruppe', ' maalgruppe ', 'comparison', 'Sammenligning', 'other', 'Øvrige', 'oevrige', 'total', 'I alt', 'i  alt', 'ialt'].map(
        parseGroupWord,
      ),
    ).toEqual(['target', 'target', 'target', 'comparison', 'comparison', 'other', 'other', 'other', 'total', 'total', 'total', 'total']);
  });

  it('refuses anything else', () => {
    expect(parseGroupWord('alle')).toBeNull();
    expect(parseGroupWord('')).toBeNull();
  });

  it('lists the accepted words for an error message', () => {
    expect(groupWordList()).toBe('target (målgruppe), comparison (sammenligning), other (øvrige), total (i alt)');
  });
});
