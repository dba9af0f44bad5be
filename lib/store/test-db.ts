// Test helper (not shipped): a fresh DramatisDB on fake-indexeddb, isolated by a unique name.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { DramatisDB } from './db';

let n = 0;

export function testDbName(): string {
  return `dramatis-test-${process.pid}-${++n}`;
}

export function testDb(name = testDbName()): DramatisDB {
  return new DramatisDB(name, { indexedDB, IDBKeyRange });
}

export { indexedDB, IDBKeyRange };
