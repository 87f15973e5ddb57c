// Teacher materials: every term and question is sourced, every step has a note, and the notes'
// terms resolve to the glossary.
import { describe, expect, it } from 'vitest';
import { glossary, questions, teacherNotes, steps } from '../../src/data/story';
import { locales } from '../../src/data/copy';
import type { TeacherNoteCopy } from '../../src/data/types';
import { strings } from './strings';

const TERMS = ['budapest', 'constitution', 'crimea', 'defection', 'kursk', 'npt', 'pow'];

describe('glossary', () => {
  it('has exactly the seven terms', () => {
    expect(Object.keys(glossary).sort()).toEqual(TERMS);
  });

  // That each source exists is checked by the types (SourceId); that there is one is not.
  it.each(Object.entries(glossary))('%s cites at least one source', (_, t) => {
    expect(t.sources.length).toBeGreaterThan(0);
  });
});

describe('questions', () => {
  it('number 5 to 8', () => {
    const n = Object.keys(questions).length;
    expect(n).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThanOrEqual(8);
  });

  // That each source exists is checked by the types (SourceId); that there is one is not.
  it.each(Object.entries(questions))('%s cites at least one source', (_, q) => {
    expect(q.sources.length).toBeGreaterThan(0);
  });
});

describe('teacher notes', () => {
  it('refer to at least five different glossary terms', () => {
    const terms = new Set(Object.values(teacherNotes).flatMap((n) => (n.term ? [n.term] : [])));
    expect(terms.size).toBeGreaterThanOrEqual(5);
  });
});

describe.each(Object.entries(locales))('classroom copy (%s)', (_, copy) => {
  it('has a note with a point and a question for every step', () => {
    expect(Object.keys(copy.notes).sort()).toEqual(steps.map((s) => s.id).sort());
    for (const { id } of steps) {
      const note = copy.notes[id];
      expect(note.point.trim(), id).not.toBe('');
      expect(note.ask.trim(), id).not.toBe('');
      expect(note.ask, id).toMatch(/\?$/);
    }
  });

  it('explains a term wherever a step names one, and only there', () => {
    for (const { id } of steps) {
      const note: TeacherNoteCopy = copy.notes[id];
      const term = teacherNotes[id].term;
      if (term) {
        expect(Object.keys(glossary), id).toContain(term);
        expect(note.explain?.trim(), id).toBeTruthy();
      } else {
        expect(note.explain, id).toBeUndefined();
      }
    }
  });

  it('has words for every term, and every question ends in a question mark', () => {
    for (const [id, t] of Object.entries(copy.glossary)) {
      expect(t.term.trim(), id).not.toBe('');
      expect(t.definition.trim(), id).not.toBe('');
    }
    for (const [id, q] of Object.entries(copy.questions)) expect(q, id).toMatch(/\?$/);
  });

  it('leaves no placeholder, no TODO and no straight quote', () => {
    const all = strings({ notes: copy.notes, glossary: copy.glossary, questions: copy.questions });
    expect(all.length).toBeGreaterThan(0);
    for (const [path, s] of all) {
      expect(s.trim(), path).not.toBe('');
      expect(s, path).not.toMatch(/TODO/i);
      expect(s, path).not.toContain('{');
      expect(s, path).not.toMatch(/['"]/);
    }
  });
});
