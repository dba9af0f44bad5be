import { describe, expect, it } from 'vitest';
import { describeSource } from './anonymity';

// Source phrases as they come out of political news (shapes seen on PolNeAR train articles), hand-checked.
describe('describeSource: unnamed people in political news', () => {
  it.each([
    'a New Hampshire Republican',
    'one New Hampshire Democrat',
    'an Iowa Democrat',
    'some Republicans',
    'two senators who requested anonymity',
    'a senior analyst at Jefferies',
    'a friend',
    'several Clinton supporters',
    'a Democratic senator',
  ])('"%s" is an unnamed source', (phrase) => {
    expect(describeSource(phrase).anonymous).toBe(true);
  });

  it.each([
    // a definite description is someone met earlier (often named): resolving it is not this function's job
    'the Florida senator',
    'The Vermont senators',
    // a name, or a party as an organization
    'Republican Senator Ted Cruz',
    'Ted Cruz, a Texas Republican',
    'the Republicans',
    'Republicans',
  ])('control: "%s" is not called unnamed here', (phrase) => {
    expect(describeSource(phrase).anonymous).toBe(false);
  });
});
