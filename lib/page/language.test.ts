// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from './article-root';
import { detectLanguage, guessTextLanguage } from './language';
import { buildTextMap } from './text-map';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages') + '/';
function page(name: string) {
  const doc = new DOMParser().parseFromString(readFileSync(PAGES + name, 'utf8'), 'text/html');
  const found = findArticle(doc)!;
  return { doc, text: buildTextMap(found.root, { accept: found.accept }).text };
}
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// Short news-like texts written for this test (about 25-40 words each).
const TEXTS: [string, string][] = [
  ['en', 'The minister said on Tuesday that the talks with the government would continue, and officials who were at the meeting described it as difficult but useful for both of the sides in the dispute.'],
  ['fr', 'Le ministre a déclaré mardi que les discussions avec le gouvernement allaient continuer, et les responsables qui étaient présents ont décrit une réunion difficile mais utile pour les deux parties dans ce conflit.'],
  ['de', 'Der Minister sagte am Dienstag, dass die Gespräche mit der Regierung fortgesetzt werden, und die Beamten, die bei dem Treffen waren, beschrieben es als schwierig, aber auch nützlich für beide Seiten in dem Streit.'],
  ['es', 'El ministro dijo el martes que las conversaciones con el gobierno van a continuar, y los funcionarios que estaban en la reunión la describieron como difícil pero útil para las dos partes en el conflicto.'],
  ['it', 'Il ministro ha detto martedì che i colloqui con il governo continueranno, e i funzionari che erano presenti alla riunione l’hanno descritta come difficile ma utile per le due parti nella disputa, anche se non è finita.'],
  ['pt', 'O ministro disse na terça-feira que as conversas com o governo vão continuar, e os funcionários que estavam na reunião a descreveram como difícil mas útil para as duas partes na disputa, que não terminou.'],
  ['nl', 'De minister zei dinsdag dat de gesprekken met de regering zullen doorgaan, en de ambtenaren die bij de vergadering waren beschreven het als moeilijk maar ook nuttig voor beide partijen in het conflict.'],
  ['ru', 'Министр заявил во вторник, что переговоры с правительством будут продолжены, а чиновники, присутствовавшие на встрече, назвали её трудной, но полезной для обеих сторон.'],
];

describe('guessTextLanguage', () => {
  for (const [lang, text] of TEXTS) it(lang, () => expect(guessTextLanguage(text).lang).toBe(lang));
  it('too short to tell', () => expect(guessTextLanguage('Jackets & Coats').lang).toBeNull());
});

describe('detectLanguage on the fixture pages', () => {
  it('the English article is English', () => {
    const { doc, text } = page('article.html');
    const d = detectLanguage(doc, text);
    expect(d.english).toBe(true);
    expect(d.lang).toBe('en');
    expect(d.decidedBy).toBe('text');
  });
  it('the French article without a lang attribute: not English (fr)', () => {
    const { doc, text } = page('french.html');
    const d = detectLanguage(doc, text);
    expect(d.declared).toBeNull();
    expect(d).toMatchObject({ english: false, lang: 'fr', reason: 'not English (fr)', decidedBy: 'text' });
  });
  it('the French article with lang="fr": not English (fr)', () => {
    const { doc, text } = page('french-lang.html');
    expect(detectLanguage(doc, text)).toMatchObject({ english: false, lang: 'fr', declared: 'fr' });
  });
  it('the shop page (short texts, lang="en") is English by its declaration', () => {
    const { doc, text } = page('not-article.html');
    expect(detectLanguage(doc, text)).toMatchObject({ english: true, lang: 'en' });
  });
});

describe('detectLanguage: declaration vs text', () => {
  const fr = TEXTS[1][1];
  const en = TEXTS[0][1];
  it('text wins over a wrong lang="en"', () => {
    expect(detectLanguage(parse('<html lang="en"><body></body></html>'), fr)).toMatchObject({ english: false, lang: 'fr', declared: 'en' });
  });
  it('text wins over a wrong lang="de"', () => {
    expect(detectLanguage(parse('<html lang="de"><body></body></html>'), en)).toMatchObject({ english: true, lang: 'en' });
  });
  it('short text: the declaration decides', () => {
    expect(detectLanguage(parse('<html lang="de-AT"><body></body></html>'), 'Willkommen')).toMatchObject({ english: false, lang: 'de', decidedBy: 'declared' });
    expect(detectLanguage(parse('<html><head><meta property="og:locale" content="en_GB"></head><body></body></html>'), 'Hi')).toMatchObject({ english: true, lang: 'en' });
  });
  it('short text, nothing declared: unknown, treated as English', () => {
    expect(detectLanguage(null, 'Hello')).toMatchObject({ english: true, lang: null, decidedBy: 'default' });
  });
  it('long Latin text in an unlisted language (Indonesian): not English', () => {
    const id = 'Menteri itu mengatakan pada hari Selasa bahwa pembicaraan dengan pemerintah akan terus berlanjut, dan para pejabat yang hadir dalam pertemuan itu menggambarkannya sebagai sulit tetapi berguna bagi kedua belah pihak.';
    expect(detectLanguage(null, id)).toMatchObject({ english: false, lang: 'und' });
    expect(detectLanguage(parse('<html lang="id"><body></body></html>'), id)).toMatchObject({ english: false, lang: 'id' });
  });
});
