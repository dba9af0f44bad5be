/** Word lists used by the actor rules. Each list says why it exists. */

/**
 * Titles and roles that precede a person's name. Reason: they are roles, not part of the name
 * ("Secretary of State Mike Pompeo" -> name "Mike Pompeo", role "Secretary of State").
 */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'state', 'foreign', 'defense', 'defence', 'interior', 'finance',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'imam', 'ayatollah', 'senator', 'sen.', 'rep.', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov.', 'mayor', 'judge', 'justice', 'chief', 'general', 'gen.', 'lt.', 'col.', 'colonel',
  'major', 'maj.', 'captain', 'capt.', 'admiral', 'adm.', 'sergeant', 'sgt.', 'commander', 'lieutenant', 'officer',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair',
  'ceo', 'cfo', 'coo', 'founder', 'executive', 'leader', 'speaker', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'attorney', 'deputy', 'assistant', 'undersecretary',
  'under', 'acting', 'former', 'first', 'supreme', 'grand', 'coach', 'manager', 'striker', 'head', 'premier', 'dictator',
  'commissioner', 'inspector', 'detective', 'agent', 'pastor', 'father', 'reverend', 'rev.', 'st.', 'saint', 'saints',
  'crown', 'defence', 'health', 'education', 'energy', 'trade', 'economy', 'justice', 'security', 'national',
  'advisor', 'adviser', 'counsel', 'solicitor', 'general', 'party', 'opposition', 'labor', 'labour', 'majority',
  'minority', 'whip', 'house', 'senate', 'leader', 'army', 'navy', 'air', 'force', 'forces', 'staff', 'joint', 'chiefs',
  'of', 'the', 'for', 'and', 'affairs', 'homeland', 'presidential', 'candidate', 'nominee', 'challenger', 'incumbent',
  'administrator', 'secretary-general', 'minister-president', 'rapper', 'singer', 'actor', 'actress', 'author', 'writer', 'economist', 'analyst', 'physicist', 'biologist',
  'scientist', 'researcher', 'dean', 'chef', 'designer', 'star', 'player', 'champion', 'veteran', 'activist',
]);
/** Title words that can start a role on their own (not "of", "the", "state"). */
export const TITLE_HEADS = new Set([...TITLE_WORDS].filter((w) => !['of', 'the', 'for', 'and', 'state', 'first', 'former', 'acting', 'national', 'house', 'senate', 'air', 'force', 'forces', 'staff', 'joint', 'party'].includes(w)));

/** Honorifics that are never a name's first word. */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'rev.', 'sir', 'dame', 'president', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'judge', 'general', 'pope', 'king', 'queen', 'prince', 'princess', 'chancellor', 'ambassador', 'ayatollah', 'sheikh']);

/**
 * Last words that make a name an organization. Reason: the tagger sometimes types "X Ministry" or "X Party" as a place
 * or person because of the place or person name inside.
 */
export const ORG_SUFFIXES = new Set([
  'ministry', 'department', 'party', 'bank', 'club', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'co.',
  'co', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'agency', 'council', 'committee', 'commission', 'university', 'college',
  'institute', 'association', 'organization', 'organisation', 'union', 'federation', 'foundation', 'court', 'army',
  'navy', 'police', 'force', 'forces', 'guard', 'government', 'parliament', 'assembly', 'congress', 'senate', 'office',
  'bureau', 'service', 'services', 'authority', 'board', 'fund', 'trust', 'network', 'times', 'post', 'news', 'press',
  'journal', 'herald', 'tribune', 'fc', 'f.c.', 'united', 'airlines', 'airways', 'motors', 'technologies', 'systems',
  'brigade', 'brigades', 'front', 'movement', 'alliance', 'coalition', 'league', 'school', 'academy', 'society',
  'cabinet', 'administration', 'pentagon', 'reuters', 'nato', 'magazine', 'weekly', 'daily', 'gazette', 'paper',
  'brotherhood', 'church', 'institution', 'laboratory', 'laboratories', 'studios', 'records', 'industries',
  // banks in other languages, last in the name ("Komercni Banka", "Deutsche Sparkasse")
  'banka', 'banca', 'banco', 'banque', 'bankasi', 'sparkasse',
  // stock exchanges ("Paris Bourse", "New York Stock Exchange")
  'bourse', 'exchange',
  // parliaments by their own names ("the State Duma", "the Knesset", "the Bundestag")
  'duma', 'knesset', 'bundestag', 'bundesrat', 'sejm', 'majlis', 'storting', 'riksdag', 'folketing', 'seanad', 'dail', 'althing', 'verkhovna',
  // banks and firms named after brothers ("Salomon Brothers", "Lehman Brothers")
  'brothers',
  // musical groups and company forms ("Jimmy Manopo Band", "Mahavishnu Orchestra", "Eberhard Faber GmbH", "Siemens AG"):
  // named after a person, the tagger types them person
  'band', 'orchestra', 'choir', 'ensemble', 'quartet', 'quintet', 'philharmonic', 'gmbh', 'ag', 's.a.', 'n.v.', 'b.v.',
]);

/**
 * Last words that make a name a place. Reason: facilities and geographic features are places in the product (and in
 * GUM), even when they contain a person's name ("Kennedy Space Center", "McMurdo Station").
 */
export const PLACE_SUFFIXES = new Set([
  'center', 'centre', 'museum', 'station', 'airport', 'stadium', 'arena', 'base', 'park', 'bridge', 'square', 'street',
  'avenue', 'road', 'boulevard', 'tower', 'towers', 'hall', 'island', 'islands', 'river', 'lake', 'mountain',
  'mountains', 'mount', 'valley', 'county', 'province', 'district', 'city', 'village', 'shelf', 'strait', 'bay',
  'canal', 'desert', 'peninsula', 'coast', 'gym', 'pavilion', 'memorial', 'cathedral', 'mosque', 'temple', 'palace',
  'castle', 'prison', 'camp', 'heights', 'springs', 'falls', 'beach', 'harbor', 'harbour', 'port', 'hills', 'forest',
  'sea', 'ocean', 'gulf', 'glacier', 'plateau', 'lagoon', 'reef', 'archipelago',
]);

/**
 * Head words of names that continue with "of" / "for" ("University of Helsinki", "Church of Scientology").
 * Reason: the tagger often cuts such names at the connector.
 */
export const OF_HEADS = new Set([
  'university', 'institute', 'department', 'ministry', 'church', 'bank', 'council', 'college', 'school', 'academy',
  'museum', 'brotherhood', 'association', 'society', 'federation', 'commission', 'committee', 'office', 'board',
  'bureau', 'agency', 'league', 'union', 'party', 'house', 'court', 'republic', 'kingdom', 'state', 'municipality',
  'province', 'city', 'county', 'district', 'center', 'centre', 'foundation', 'order', 'organization',
  'organisation', 'secretariat', 'journal', 'government', 'army', 'corps', 'division', 'daughters', 'sons', 'friends',
  'people', 'peoples', 'coalition', 'alliance', 'front', 'movement', 'assembly', 'congress', 'parliament', 'hall',
]);

/** Determiners and other words trimmed off the edges of a name. Reason: mentions are names only. */
export const EDGE_TRIM = new Set(['the', 'a', 'an', 'this', 'that', "'s", '’s', "'", '’', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** Pronouns that may refer back to a person (conservative references). */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);

/** Capitalized words that are never actors on their own (sentence starters, months, days). */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'its', 'this', 'that',
  'these', 'those', 'there', 'here', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'in', 'on', 'at', 'for', 'of',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.',
  'sept.', 'oct.', 'nov.', 'dec.', 'god', 'related', 'articles', 'image', 'photo', 'file', 'mr.', 'mrs.', 'ms.', 'dr.',
  'internet', 'web', 'email', 'ok', 'yes', 'no', 'today', 'yesterday', 'tomorrow', 'gmt', 'utc', 'edt', 'est', 'roundup', 'standings', 'scoreboard',
]);

/**
 * Buildings that stand for a government in news copy ("the White House said", "the Kremlin has demanded"). Reason: NER
 * guidelines and wire copy treat them as places (the building), as the product treats a capital standing for its
 * government; the tagger typed them organizations and persons.
 */
export const GOVERNMENT_BUILDINGS = new Set(['white house', 'kremlin', 'pentagon', 'downing street', 'whitehall', 'elysee', 'elysee palace', 'élysée', 'élysée palace', 'capitol hill', 'blue house', 'quai d\'orsay']);

/**
 * Capitalized words that name religions, their followers, ethnic groups, languages, holidays and events: not actors
 * (they are "MISC" in NER guidelines). Reason: the capitalization prior and the tagger otherwise take them as names.
 */
export const MISC_WORDS = new Set([
  'christian', 'christians', 'christianity', 'catholic', 'catholics', 'catholicism', 'protestant', 'protestants',
  'orthodox', 'evangelical', 'evangelicals', 'muslim', 'muslims', 'islam', 'islamic', 'islamist', 'islamists', 'sunni',
  'sunnis', 'shia', 'shiite', 'shiites', "shi'ite", 'jew', 'jews', 'jewish', 'judaism', 'jewry', 'hindu', 'hindus',
  'hinduism', 'buddhist', 'buddhists', 'buddhism', 'sikh', 'sikhs', 'mormon', 'mormons', 'atheist', 'arab', 'arabs',
  'kurd', 'kurds', 'kurdish', 'pashtun', 'tamil', 'tamils', 'hispanic', 'hispanics', 'latino', 'latinos', 'latina',
  'aboriginal', 'indigenous', 'caucasian', 'asian', 'asians', 'african', 'africans', 'european', 'europeans', 'western',
  'westerners', 'arabic', 'hebrew', 'persian', 'farsi', 'urdu', 'hindi', 'mandarin', 'cantonese', 'latin', 'greek',
  'english', 'french', 'spanish', 'german', 'russian', 'chinese', 'japanese', 'korean', 'italian', 'portuguese',
  'ramadan', 'eid', 'christmas', 'easter', 'passover', 'hanukkah', 'diwali', 'thanksgiving', 'halloween', 'olympics',
  'olympic', 'paralympics', 'holocaust', 'enlightenment', 'renaissance', 'reformation', 'brexit', 'covid', 'covid-19',
  'republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'liberal', 'liberals',
  'socialist', 'socialists', 'communist', 'communists', 'marxist', 'nazi', 'nazis', 'zionist', 'jihadist',
  'jihadists', 'celsius', 'fahrenheit', 'ii', 'iii', 'iv', 'prix', 'moslem', 'moslems',
  // demonyms of former countries (not in the country data): "Zairean rebels", "Soviet troops", "Yugoslav army"
  'zairean', 'zaireans', 'soviet', 'soviets', 'yugoslav', 'yugoslavs', 'czechoslovak', 'rhodesian',
  // peoples and ethnic groups without a country of their own in the country data (so not demonyms there): "Chechen
  // rebels", "Bosnian Serb leader", "Hutu militias" are modifiers, not actors
  'chechen', 'chechens', 'basque', 'basques', 'catalan', 'catalans', 'kashmiri', 'kashmiris', 'serb', 'serbs', 'croat',
  'croats', 'hutu', 'hutus', 'tutsi', 'tutsis', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'tibetan',
  'tibetans', 'yazidi', 'yazidis', 'druze', 'alawite', 'alawites', 'bedouin', 'bedouins', 'berber', 'berbers', 'maori',
  'inuit', 'slav', 'slavs', 'slavic', 'scandinavian', 'scandinavians', 'anatolian', 'flemish', 'walloon', 'corsican',
  // denominations ("Anglican Archbishop Desmond Tutu")
  'anglican', 'anglicans', 'methodist', 'methodists', 'baptist', 'baptists', 'lutheran', 'lutherans', 'presbyterian',
  'pentecostal', 'episcopalian', 'quaker', 'quakers', 'coptic', 'copts', 'maronite', 'maronites',
]);

/**
 * Words that start sentences and are never a name's first word: prepositions, conjunctions and sentence adverbs.
 * Reason: capitalized at the start of a sentence, the tagger sometimes takes them into the name after them
 * ("Despite Bobick winning ...", "After Obama spoke ...").
 */
export const LEADING_NON_NAMES = new Set([
  'despite', 'although', 'though', 'after', 'before', 'during', 'since', 'until', 'unlike', 'like', 'following',
  'according', 'however', 'meanwhile', 'later', 'then', 'thus', 'also', 'both', 'with', 'without', 'under', 'by', 'from',
  'to', 'yet', 'so', 'once', 'because', 'whereas', 'instead', 'besides', 'dear', 'thanks', 'congratulations', 'unless',
  'whether', 'where', 'why', 'how', 'what', 'who', 'which', 'whose', 'among', 'against', 'between', 'about', 'above',
  'below', 'over', 'into', 'onto', 'upon', 'within', 'through', 'throughout', 'toward', 'towards', 'via', 'per',
  'each', 'every', 'some', 'many', 'most', 'several', 'other', 'another', 'all', 'any', 'no', 'not', 'only', 'even',
  'still', 'perhaps', 'maybe', 'indeed', 'therefore', 'furthermore', 'moreover', 'nevertheless', 'nonetheless', 'yes',
  'amid', 'amidst', 'currently', 'recently', 'previously', 'initially', 'eventually', 'finally', 'subsequently', 'additionally',
]);

/**
 * Lower-case particles inside or before a person's surname ("Ludwig van Beethoven", "Diego Silang y Andaya",
 * "Nathan der Weise", "de Gaulle"). Reason: the tagger often cuts a name at them.
 */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'des', 'van', 'von', 'ter', 'ten', 'zu', 'bin', 'ibn', 'bint', 'y', 'le', 'la', 'dos', 'das', 'arap']);

/**
 * Armed and political groups named before their members or their kind: "Hizbollah guerrillas", "Tamil Tiger rebels",
 * "Hamas militants", "the Likud party". Reason: an unknown one-word group name is typed person by the tagger; people are
 * not followed by these nouns ("Trump supporters" is not in the list).
 */
export const MEMBER_NOUNS = new Set(['guerrillas', 'guerrilla', 'rebels', 'militants', 'militiamen', 'militias', 'fighters', 'gunmen', 'insurgents', 'separatists', 'loyalists', 'activists', 'party', 'faction']);

/**
 * International bodies written as dotted or plain acronyms. Reason: the tagger learned "U.S." and "U.K." as places
 * and reads "U.N." and "E.U." (same shape) as places too.
 */
export const ORG_ACRONYMS = new Set(['U.N.', 'UN', 'E.U.', 'EU', 'NATO', 'N.A.T.O.', 'IMF', 'OPEC', 'ASEAN', 'OSCE', 'UNESCO', 'UNICEF', 'UNHCR', 'IAEA', 'WTO', 'OECD']);

/** Prepositions that make a capital a location rather than its government ("in Washington" vs "Washington said"). */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'downtown', 'of']);

/**
 * Heads of institutions used alone for the full name later on ("the Church" for "Church of Scientology"). Reason: news
 * shortens a long institution's name to its head after the first mention.
 */
export const SHORT_HEADS = new Set(['church', 'court', 'university', 'department', 'ministry', 'party', 'council', 'government', 'agency', 'commission', 'committee', 'institute', 'bank', 'college', 'museum', 'foundation', 'union', 'league', 'army', 'navy', 'board', 'senate', 'parliament', 'assembly', 'congress', 'administration', 'company', 'corporation', 'club']);

/** Small words inside institutions' names, left out of their initials ("Food and Drug Administration" -> "FDA"). */
export const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'de', 'du', 'des', 'la', 'le', '&', 'in']);
