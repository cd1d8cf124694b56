// Corpus programs translated into the 17 languages: shard 2 of 4
// (tests/helpers/translate_corpus.mjs; the shards run in parallel).
import { test } from 'node:test';
import { translateCorpus } from './helpers/translate_corpus.mjs';

test('corpus programs (shard 2 of 4) translate into all 17 languages and compile to the same module', () => {
  translateCorpus(1, 4);
});
