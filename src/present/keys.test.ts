import { describe, expect, it } from 'vitest';
import { actionFor, move } from './keys';

describe('actionFor', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['p', 'previous'],
    ['P', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['b', 'black'],
    ['.', 'black'],
    ['Escape', 'escape'],
    ['g', 'goto'],
    ['?', 'help'],
    ['s', 'notes'],
  ] as const)('%s → %s', (key, action) => {
    expect(actionFor({ key })).toBe(action);
  });

  it('reads Shift+Space as previous', () => {
    expect(actionFor({ key: ' ', shiftKey: true })).toBe('previous');
  });

  it('reads letters by position on a Cyrillic or Hangul layout', () => {
    expect(actionFor({ key: 'т', code: 'KeyN' })).toBe('next');
    expect(actionFor({ key: 'з', code: 'KeyP' })).toBe('previous');
    expect(actionFor({ key: 'ㅜ', code: 'KeyN' })).toBe('next');
    expect(actionFor({ key: 'і', code: 'KeyS' })).toBe('notes');
    expect(actionFor({ key: 'х', code: 'BracketLeft' })).toBeNull();
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(actionFor({ key: 'p', ctrlKey: true })).toBeNull();
    expect(actionFor({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(actionFor({ key: 'r', metaKey: true })).toBeNull();
    expect(actionFor({ key: 'Tab' })).toBeNull();
    expect(actionFor({ key: 'Enter' })).toBeNull();
    expect(actionFor({ key: 'x' })).toBeNull();
  });
});

describe('move', () => {
  it('steps and clamps to the deck', () => {
    expect(move(0, 'next', 16)).toBe(1);
    expect(move(15, 'next', 16)).toBe(15);
    expect(move(0, 'previous', 16)).toBe(0);
    expect(move(7, 'first', 16)).toBe(0);
    expect(move(7, 'last', 16)).toBe(15);
    expect(move(7, 'black', 16)).toBe(7);
  });
});
