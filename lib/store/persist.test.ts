import { describe, expect, it, vi } from 'vitest';
import { ensurePersistentStorage, storageStatus } from './persist';

describe('ensurePersistentStorage', () => {
  it('asks for persistence only when not yet persisted, and reports usage', async () => {
    const persist = vi.fn(async () => true);
    const status = await ensurePersistentStorage({ persisted: async () => false, persist, estimate: async () => ({ usage: 10, quota: 100 }) });
    expect(status).toEqual({ persisted: true, usage: 10, quota: 100 });
    expect(persist).toHaveBeenCalledOnce();
    const again = vi.fn(async () => true);
    await ensurePersistentStorage({ persisted: async () => true, persist: again, estimate: async () => ({}) });
    expect(again).not.toHaveBeenCalled();
  });

  it('reports a refusal or a missing API without throwing', async () => {
    expect(await ensurePersistentStorage({ persisted: async () => false, persist: async () => false, estimate: async () => { throw new Error('x'); } })).toEqual({ persisted: false, usage: null, quota: null });
    expect(await ensurePersistentStorage({} as any)).toEqual({ persisted: null, usage: null, quota: null });
  });

  it('storageStatus reads the state without asking (Options shows it; asking is for the moment of the first save)', async () => {
    const persist = vi.fn(async () => true);
    expect(await storageStatus({ persisted: async () => false, persist, estimate: async () => ({ usage: 1, quota: 2 }) })).toEqual({ persisted: false, usage: 1, quota: 2 });
    expect(persist).not.toHaveBeenCalled();
  });
});
