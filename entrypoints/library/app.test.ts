import { describe, expect, it } from 'vitest';
import { parseRoute } from './app';

describe('parseRoute', () => {
  it('the reading history\'s routes beside the others', () => {
    expect(parseRoute('#/read')).toEqual({ page: 'read' });
    expect(parseRoute('#/outlets')).toEqual({ page: 'outlets' });
    // A subdomain is its outlet, the registrable domain (lib/memory/outlets.ts).
    expect(parseRoute('#/outlet/news.harbour.example')).toEqual({ page: 'outlet', host: 'harbour.example' });
    expect(parseRoute('#/outlet/www.coast.example')).toEqual({ page: 'outlet', host: 'coast.example' });
    expect(parseRoute(`#/outlet/${encodeURIComponent('127.0.0.1')}`)).toEqual({ page: 'outlet', host: '127.0.0.1' });
    expect(parseRoute('#/article/12')).toEqual({ page: 'article', id: 12 });
    expect(parseRoute(`#/actor/${encodeURIComponent('person:elena varga')}`)).toEqual({ page: 'actor', key: 'person:elena varga' });
    expect(parseRoute('#/')).toEqual({ page: 'list' });
  });

  it('a broken or unknown route is the reading list', () => {
    expect(parseRoute('#/outlet/%E0%A4%A')).toEqual({ page: 'list' });
    expect(parseRoute('#/outlet/')).toEqual({ page: 'list' });
    expect(parseRoute('#/outlet/a/b')).toEqual({ page: 'list' });
    expect(parseRoute('#/reading')).toEqual({ page: 'list' });
  });
});
