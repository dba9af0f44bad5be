// The static fixture server lives in scripts/lib (the demo and the benchmarks use it too; scripts do not import tests/).
export { startFixtureServer } from '../../scripts/lib/fixture-server';
