/**
 * Bounds that keep analyze() linear in the length of its text, whatever a page holds. Each stage looks around a
 * position (a cue looks back for its speaker, a name looks at its neighbours); on ordinary news those looks are short,
 * but a hostile or broken page ("said said said ..." for 64 KB, "Bank of Bank of ... Hungary", a quotation mark that
 * never closes) can make every look span the whole text, and the engine quadratic.
 *
 * Each bound is data with a reason, as the engine's rules are. They are set well above anything in the project's news
 * texts (the longest sentence in the dev set, the newswire probes and the sample article is 451 characters and 84
 * tokens), so normal output does not change: `npx tsx scripts/check-identity.ts --compare FILE` shows it.
 */

/**
 * Longest stretch that claim finding treats as one sentence; a longer sentence is cut into windows this long (at a
 * space). Every look from a cue (back for its source, forward for its clause, its sentence's quotes and pronoun
 * antecedents) stays inside its window, so the work per cue is bounded. Reason: twice the longest sentence of the
 * project's news texts (451 characters) still leaves room for legal or list-like sentences; nothing longer is prose
 * that a reader could attribute, and "said said said ..." run on for 64 KB is one sentence.
 */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * Words read after a cue to find where its reported clause starts ("said on Tuesday, in a statement, that ...").
 * Reason: the clause finder looks at most about 40 words past a cue (an addressee of 8, an adverbial of 9, a
 * "describe ... as" frame of 16), so 64 words change nothing on prose and keep each cue's look short.
 */
export const MAX_CUE_LOOKAHEAD_WORDS = 64;

/**
 * Characters read back from a cue to find its subject (the speaker's noun phrase with its appositions). Reason: the
 * subject walk stops after about 25 words or at a clause boundary; with 400 characters (some 65 words) every output
 * on the project's texts is unchanged (at 150 one dev document changes), and a cue in a 1,000-character window
 * ("said said said ...") reads 65 words back, not 200. A subject beyond it ("X, <a parenthetical of 400 characters>,
 * said") is not guessed at: the cue gets no subject.
 */
export const MAX_SUBJECT_LOOKBACK_CHARS = 400;

/**
 * Most tokens in one name; a longer run that the tagger or the name rules made into one name is dropped. Reason: the
 * longest name in the project's news texts has 8 tokens ("Australian Centre for Control of Iodine Deficiency
 * Disorders"); official names rarely pass 12 ("United Nations Educational, Scientific and Cultural Organization" has
 * 8); linking indexes every tail of a name, so a name of n tokens costs n * n.
 */
export const MAX_NAME_TOKENS = 16;

/**
 * Suggested `budgetMs` for the extension's engine (analyze() itself has no default budget). Reason: a long real
 * article (20,000 words) takes well under a second even on a slow shared machine, while a 5 MB page takes about ten;
 * past three seconds the reader has long been waiting for highlights, and the engine document must stay free for the
 * next page, so the first three seconds' results are shown and marked partial.
 */
export const EXTENSION_BUDGET_MS = 3000;
