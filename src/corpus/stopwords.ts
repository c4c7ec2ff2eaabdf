/**
 * Arabic stopwords: prepositions, conjunctions, pronouns, demonstratives,
 * relatives, particles and the commonest auxiliary verbs, written as the
 * word fold (the `search` letter folds) writes them (ا for أ إ آ, ي for ى, ه for ة, no harakat), so
 * they are compared with folded words as they stand. Clitic forms that news
 * text writes glued (`وفي`، `بان`) are listed too. Used for the stopword ratio
 * of `stats`, the share corpus filters use to tell prose from lists and spam.
 */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set([
  // Prepositions, alone and with a glued و or ف.
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'الا', 'حتي', 'منذ', 'عند', 'لدي', 'نحو', 'بين', 'خلال', 'بعد', 'قبل', 'حول', 'ضد', 'دون',
  'تحت', 'فوق', 'امام', 'وراء', 'عبر', 'وفي', 'ومن', 'والي', 'وعلي', 'وعن', 'ومع', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'عليها',
  'اليه', 'اليها', 'عنه', 'عنها', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'فيهم', 'منهم', 'عليهم',
  // Conjunctions and particles.
  'و', 'ف', 'ثم', 'او', 'ام', 'بل', 'لكن', 'لكنه', 'ولكن', 'اما', 'اذا', 'اذ', 'لو', 'لولا', 'ان', 'انه', 'انها', 'بان', 'وان', 'لان',
  'كي', 'لكي', 'حيث', 'كما', 'قد', 'وقد', 'لقد', 'فقد', 'لا', 'لم', 'لن', 'ما', 'ولا', 'ولم', 'هل', 'سوف', 'الا', 'غير', 'سوي', 'كل',
  'بعض', 'اي', 'ايضا', 'فقط', 'جدا', 'كذلك', 'هنا', 'هناك', 'عندما', 'بينما', 'كيف', 'متي', 'اين', 'لماذا', 'مثل', 'يا',
  // Pronouns and demonstratives.
  'انا', 'نحن', 'انت', 'انتم', 'هو', 'هي', 'هم', 'هما', 'هن', 'هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'اوليك', 'وهو', 'وهي', 'وهذا', 'وهذه',
  // Relatives.
  'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'والذي', 'والتي',
  // Auxiliary and copular verbs.
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'ليست', 'اصبح', 'اصبحت', 'ظل', 'مازال', 'لايزال', 'وكان', 'وكانت', 'تم', 'يتم', 'عدم',
]);
