// Synthetic control pages for the page bench (scripts/bench/pages.ts): pages where Dramatis should NOT run, written for
// this bench (invented text, MIT like the code). A German news article (article-shaped, but not English) and an
// English search-results listing and section front (English, but not an article).

const PARAGRAPHS_DE = [
  'Der Stadtrat von Lindenau hat am Dienstagabend nach einer langen Sitzung den Haushalt für das kommende Jahr beschlossen. Die Mehrheit stimmte für den Entwurf der Verwaltung, der vor allem mehr Geld für Schulen und den Nahverkehr vorsieht.',
  'Bürgermeisterin Katrin Wehrmann sprach von einem schwierigen, aber fairen Kompromiss. „Wir haben lange gerungen, und am Ende steht ein Haushalt, der die Stadt nach vorne bringt“, sagte sie nach der Abstimmung vor Journalisten im Rathaus.',
  'Die Opposition sieht das anders. Der Fraktionschef der Bürgerliste, Jochen Albers, warf der Verwaltung vor, die Kosten für die Sanierung der Stadthalle zu niedrig angesetzt zu haben. Nach seinen Angaben fehlen mindestens vier Millionen Euro.',
  'Besonders umstritten war die Erhöhung der Gebühren für die Parkhäuser in der Innenstadt. Händler hatten in den vergangenen Wochen mit Plakaten und einer Unterschriftenaktion gegen die Pläne protestiert, weil sie weniger Kundschaft befürchten.',
  'Die Verwaltung verweist dagegen auf die gestiegenen Energiepreise und die Zinsen, die die Stadt für ihre Kredite zahlen muss. Ohne höhere Einnahmen sei der Betrieb der Bäder und Bibliotheken nicht mehr zu sichern, hieß es aus dem Finanzdezernat.',
  'Für die Schulen sind im kommenden Jahr rund zwölf Millionen Euro vorgesehen. Davon soll ein großer Teil in neue Fenster, Heizungen und die Ausstattung der Klassenzimmer mit Computern fließen. Auch zwei neue Sporthallen sind geplant.',
  'Der Nahverkehr erhält zusätzliche Mittel für einen dichteren Takt auf den Buslinien in die Vororte. Die Verkehrsbetriebe hatten seit Monaten darauf gedrängt, weil die Busse zu den Stoßzeiten regelmäßig überfüllt sind.',
  'Der Haushalt muss nun noch von der Kommunalaufsicht des Landes genehmigt werden. Die Stadt rechnet mit einer Entscheidung bis zum Frühjahr. Bis dahin dürfen nur Ausgaben getätigt werden, zu denen die Stadt bereits verpflichtet ist.',
];

function shell(lang: string, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <style>body { font: 16px/1.5 Georgia, serif; max-width: 760px; margin: 0 auto; padding: 16px; } nav a { margin-right: 12px; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function germanArticle(): string {
  const body = `  <header><nav><a href="/">Startseite</a><a href="/lokales">Lokales</a><a href="/politik">Politik</a><a href="/sport">Sport</a></nav></header>
  <article>
    <h1>Stadtrat beschließt Haushalt nach langer Debatte</h1>
    <p class="byline">Von Marion Keller, Lindenau</p>
${PARAGRAPHS_DE.map((p) => `    <p>${p}</p>`).join('\n')}
  </article>
  <footer>© Lindenauer Tageblatt</footer>`;
  return shell('de', 'Stadtrat beschließt Haushalt nach langer Debatte | Lindenauer Tageblatt', body);
}

const TOPICS = ['harbour', 'council budget', 'rail tunnel', 'school meals', 'bridge repairs', 'library hours', 'bus routes', 'flood defences'];
const PLACES = ['Eastport', 'Millbrook', 'Westvale', 'Northam', 'Ashford Green'];

/** An English search-results page: many short linked headlines with one-line snippets, no article. */
function searchListing(): string {
  const results: string[] = [];
  for (let i = 0; i < 40; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const place = PLACES[i % PLACES.length];
    results.push(
      `    <li><a href="/story/${i}">${place} ${topic}: update ${i + 1}</a><br><small>${3 + (i % 27)} Nov · ${place} Herald · ${topic} plans discussed at a meeting on ${['Monday', 'Tuesday', 'Thursday'][i % 3]}…</small></li>`,
    );
  }
  const body = `  <header><form action="/search"><input name="q" value="council"> <button>Search</button></form>
  <nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
  <main>
    <p>About 1,240 results for <b>council</b> (sorted by date)</p>
    <ol>
${results.join('\n')}
    </ol>
    <p><a href="?page=2">Next page</a></p>
  </main>`;
  return shell('en', 'council - Search - Eastport Herald', body);
}

/** An English section front: a grid of teasers (headline + one sentence), as on a news site's home page. */
function sectionFront(): string {
  const teasers: string[] = [];
  for (let i = 0; i < 24; i++) {
    const topic = TOPICS[(i * 3) % TOPICS.length];
    const place = PLACES[(i * 2) % PLACES.length];
    teasers.push(
      `    <div class="teaser"><h3><a href="/news/${i}">${place} residents asked about ${topic}</a></h3><p>Officials will present the options next week.</p></div>`,
    );
  }
  const body = `  <header><h1>Eastport Herald</h1><nav><a href="/">Home</a><a href="/news">News</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav></header>
  <main class="grid">
${teasers.join('\n')}
  </main>
  <footer><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></footer>`;
  return shell('en', 'News - Eastport Herald', body);
}

/** name -> HTML of each synthetic control page. */
export function syntheticPages(): Record<string, string> {
  return { 'german-article.html': germanArticle(), 'search-listing.html': searchListing(), 'section-front.html': sectionFront() };
}
