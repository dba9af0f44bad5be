import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { f1, isProse, readConllTrain, scoreConll } from './conll-train';

// A made-up file in the CoNLL-2003 layout (no Reuters text), IOB1 as in the original release.
const FILE = `-DOCSTART- -X- O O

SOCCER NN I-NP O
- : O O
LEEDS NNP I-NP I-ORG
WIN VB I-VP O

Leeds NNP I-NP I-ORG
3 CD I-NP O
Hull NNP I-NP I-ORG
City NNP I-NP I-ORG
1 CD I-NP O

Coach NN I-NP O
Ann NNP I-NP I-PER
Lee NNP I-NP I-PER
said VBD I-VP O
the DT I-NP O
Hull NNP I-NP I-ORG
side NN I-NP O
played VBD I-VP O
in IN I-PP O
York NNP I-NP I-LOC
. . O O
`;

describe('the local CoNLL-2003 eng.train reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conll-'));
  const path = join(dir, 'eng.train');
  writeFileSync(path, FILE);
  const docs = readConllTrain(path)!;

  it('is undefined when the file is absent', () => {
    expect(readConllTrain(join(dir, 'missing'))).toBeUndefined();
  });
  it('reads documents of lines with gold spans (IOB1), MISC kept apart', () => {
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect(d.text.split('\n')).toEqual(['SOCCER - LEEDS WIN', 'Leeds 3 Hull City 1', 'Coach Ann Lee said the Hull side played in York .']);
    expect(d.gold.map((g) => `${d.text.slice(g.start, g.end)}/${g.type}`)).toEqual(['LEEDS/organization', 'Leeds/organization', 'Hull City/organization', 'Ann Lee/person', 'Hull/organization', 'York/place']);
    expect(d.sentences.map((s) => s.prose)).toEqual([false, false, true]);
  });
  it('scores exact spans over all lines and over prose lines', () => {
    const s = scoreConll(docs, (text) => {
      const at = (w: string, type: string, from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length, type });
      return [at('Hull City', 'organization'), at('Ann Lee', 'person'), at('York', 'person')];
    });
    expect(s.all.micro).toEqual({ tp: 2, fp: 1, fn: 4 });
    expect(s.prose.micro).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(s.all.organization).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(f1(s.all.organization)).toBeCloseTo(2 / 5);
  });
  it('tells prose from headlines and table rows', () => {
    expect(isProse('The club said on Monday that its coach had resigned .'.split(' '))).toBe(true);
    expect(isProse('SOCCER - LEEDS WIN AT HOME AGAIN .'.split(' '))).toBe(false);
    expect(isProse('Leeds 3 1 2 0 4 1 5'.split(' '))).toBe(false);
  });
});
