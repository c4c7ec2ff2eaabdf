/**
 * Every threshold the line rules and the reading use, with the reason for its
 * value. Counts are in words (whitespace-separated tokens holding a letter or
 * digit) unless the name says otherwise.
 */
export const LIMITS = {
  // --- Line rules (classify.ts) ---
  /** Longer lines are paragraphs for every rule but tag lines, long chrome and markup: no label runs this long. */
  paragraphWords: 30,
  /** An inline read-also item needs a headline of at least this many words after the separator. */
  inlineHeadlineMinWords: 2,
  /** Without a separator, a read-also phrase opens an inline item only before a headline this long. */
  unseparatedReadAlsoMinWords: 3,
  /** A source line is a label and a name: longer lines are sentences that open with the word. */
  sourceLineMaxWords: 14,
  /** A lead-in credit (نقلا عن X) names one outlet. */
  sourceLeadinMaxWords: 10,
  /** A closing agency credit lists a few agencies. */
  agencyLineMaxWords: 12,
  /** A byline: a cue and a name, perhaps a title and a place. */
  bylineMaxWords: 12,
  /** A desk's byline (`محرر الشؤون البرلمانية`) has this many words at most: the longest in the table. */
  deskBylineMaxWords: 3,
  /** The name after a byline cue. */
  bylineNameMaxWords: 6,
  /** A person's name after an outlet's on a byline line (`بوابة الأفق - ليلى عبد الرحمن`): up to four words. */
  outletBylineNameMaxWords: 4,
  /** Where a correspondent reports from (`في القاهرة`, `الأفق في بغداد`): a few words, the place's lead among the first two. */
  reporterPlaceMaxWords: 4,
  reporterPlaceLeadAt: 1,
  /** A name after a pen mark, with no cue word to vouch for it: four words at most. */
  penNameMaxWords: 4,
  /** A name or label beside the page's date, a bar or dash between (`أحمد سالم | منذ ساعتين`): three words at most (a related headline with its date runs longer). */
  dateBesideNameMaxWords: 3,
  /** Without a separator after the cue, a shorter name (a sentence may open with كتب). */
  bylineUnseparatedNameMaxWords: 4,
  /** A byline cue standing alone, with the name on the next line. */
  bylineLabelMaxWords: 2,
  /** `... - كتب: name`: a place and a name around the cue. */
  bylineAfterDashMaxWords: 10,
  /** A name under an honorific: two to four words. */
  honorificNameMinWords: 2,
  honorificNameMaxWords: 4,
  /** Longer values are not searched for a trailing date (a linear guard for huge lines). */
  bylineDateSearchMaxChars: 200,
  /** A date line: a label, a weekday, a date, a time and a zone fit in this many words. */
  dateLineMaxWords: 18,
  /** At least this share of a date line's words are numbers or date words. */
  dateWordShare: 0.7,
  /** Four digits are a year from the Hijri 1300s to the Gregorian 2100s; others are a number (an issue's, a record's). */
  /** A site's motto ending with its founding year (`صوت الحقيقة منذ 1987`) has at most this many words, the year included. */
  foundingMottoMaxWords: 7,
  yearMin: 1300,
  yearMax: 2199,
  /** A source closing a line names an outlet: at most this many characters ... */
  trailingSourceMaxChars: 60,
  /** ... after a label of at most this many characters ... */
  trailingSourceLabelChars: 16,
  /** ... after one of the line's last few separators. */
  trailingSourceSeparators: 3,
  /** A counter (`1234 مشاهدة`, `3 من 12`) is a few words. */
  counterMaxWords: 4,
  /** A ticker of figures over the page: a few pieces of at most four words each. */
  tickerRowMaxWords: 16,
  tickerPieceMaxWords: 4,
  /** With no bars: three figures at least (two may be a score or a range), each under a label of two words at most. */
  tickerMinFigures: 3,
  /** ... or two when both are times of day (a timetable's row: a score or a range prints no clock). */
  tickerMinClocks: 2,
  tickerLabelMaxWords: 2,
  /** A date and a name with no separator between: the date's words three at least (day, month, year), the name two or more. */
  gluedDateMinWords: 3,
  gluedDateNameMinWords: 2,
  /** A person's name alone on a line: a given name, a father's and a family's, perhaps one more (`محمد عبد الله الحسن`). */
  loneNameMaxWords: 4,
  /** A weather widget's reading: a place or a label, the temperature and its unit, the sky, in this many words at most. */
  weatherMaxWords: 6,
  /** An issue line: its number, the year's, and a date. */
  issueLineMaxWords: 12,
  /** A line under the section's name is spoken of clearly more than one above it: by this many shared words. */
  spokenMoreLead: 2,
  /** A section's name alone on its line (`محليات`, `عربي ودولي`): two words at most. */
  sectionNameMaxWords: 2,
  /** A name and its bearer's role on one line (`سامي يوسف، مراسل الأفق في القاهرة`): a name of two words at least, the line short. */
  nameRoleMinWords: 3,
  nameRoleMaxWords: 12,
  nameRoleNameMinWords: 2,
  /** A row of buttons on one line: six buttons of two words at most (more is a sentence naming them). */
  buttonRowMaxWords: 12,
  /** A masthead line: titles, names and the paper's name. */
  mastheadMaxWords: 16,
  /** After a masthead title that opens the line, a name of at most this many words (more: a headline about an editor). */
  mastheadNameMaxWords: 4,
  /** A copyright footer is a sentence at most. */
  copyrightMaxWords: 25,
  /** A copyright sign inside a line (not opening it) makes a notice only of a line this short: a footer's name, year and rights. */
  copyrightInsideMaxWords: 12,
  /** The credit line under an embedded post: a name, a handle and a date. */
  embedCreditMaxWords: 20,
  /** A URL line: a link and a few words (`المصدر: https://...`). */
  urlLineMaxWords: 4,
  /** What is left of a URL line without its links: a short label at most, in characters. */
  urlLineMaxLabelChars: 12,
  /** An e-mail address alone. */
  emailLineMaxWords: 3,
  /** A label and an e-mail address after a separator: at most this many words (a sentence giving an address runs longer). */
  contactLineMaxWords: 8,
  /** A section's name in quotes after في (a related item's category) is a few words: `في "أخبار محلية"`. */
  itemCategoryMaxWords: 5,
  /** ... or a telephone number of this many digits at least (a local number has seven). */
  phoneMinDigits: 7,
  emailLineMaxChars: 200,
  /** A caption is a sentence or two. */
  captionMaxWords: 16,
  /** A person's name or title before what they were doing when pictured (`رئيس الوزراء خلال ...`): at most this many words. */
  captionPersonMaxWords: 3,
  /** A caption label standing alone (`التعليق على الصورة`). */
  captionLabelMaxWords: 4,
  /** A caption after its label on one line (`التعليق على الصورة، ...`): the label says what it is, so a long one too; a paragraph of its own does not start so. */
  labelledCaptionMaxWords: 60,
  /** A breadcrumb trail: a few section names. */
  breadcrumbMaxWords: 12,
  /** A menu line: a run of section names. */
  menuMinWords: 3,
  menuMaxWords: 25,
  /** A menu of section names alone has this many at least: three name one section too (`الاقتصاد والمال والأعمال`). */
  sectionMenuMinWords: 4,
  /** ... and of six words or more one may be another's (`أخبار الساعة سياسة اقتصاد رياضة تكنولوجيا`): a section's own qualifier. */
  sectionMenuOtherWords: 1,
  sectionMenuWithOtherMinWords: 6,
  /** A menu whose links were joined with wide gaps (two spaces or more, or tabs): this many pieces at least ... */
  gappedMenuMinPieces: 4,
  /** ... each of this many words at most (a section's name, `عربي ودولي`, `من نحن`). */
  gappedMenuPieceMaxWords: 3,
  /** A page with wide gaps between the words of this share of its prose lines (punctuated, of this many words at least) spaces everything so: its gaps tell nothing. */
  spacingProseMinWords: 8,
  looseSpacingShare: 0.5,
  /** A word repeated this often on a line without punctuation makes a menu (`أخبار مصر أخبار العالم أخبار ...`). */
  menuRepeats: 3,
  /** A paper named in quotes after `عن` fits in this many words (`عن «الشرق الأوسط»`). */
  quotedSourceMaxWords: 6,
  /** A line with this many particles of a sentence (في، على، التي) is prose, not a menu. */
  menuMaxParticles: 2,
  /** A repeated menu word is at least this many letters (not a particle). */
  menuWordMinLetters: 3,
  /** A navigation line: section names between separators, each a few words ... */
  navSegmentMaxWords: 4,
  /** ... at least this many of them with dashes or slashes (which datelines and headlines use too) ... */
  navMinDashSegments: 4,
  /** ... or with bars and dots, which they do not. */
  navMinBarSegments: 3,
  /** A navigation bar may run long. */
  navMaxWords: 80,
  /** A caption with a photo credit at its end. */
  creditedCaptionMaxWords: 30,
  /** Before an agency credit, a caption describes the picture in this many words at least (fewer: a dateline). */
  agencyCaptionMinWords: 4,
  /** Before a photo credit, at least this many words. */
  creditCaptionMinWords: 2,
  /** An image file name with a few words around it. */
  imageFileMaxWords: 4,
  /** A masthead of a site's name and slogans between separators. */
  siteNameMaxWords: 14,
  /** ... with at least this many spaced separators. */
  siteNameMinSeparators: 2,
  /** A dateline on its own line: a place and an agency or outlet. */
  datelineMinWords: 2,
  datelineMaxWords: 8,
  datelineMinParts: 2,
  datelineMaxParts: 4,
  /** The place that opens a dateline. */
  datelinePlaceMaxWords: 3,
  /** Any part of a dateline (a place, an agency, an outlet). */
  datelinePartMaxWords: 4,
  /** A lone number or two. */
  numberLineMaxWords: 3,
  /** A page is Arabic when this share of its lines hold an Arabic letter. */
  arabicPageShare: 0.3,
  /** A phrase glued to punctuation is searched for in a token's first characters only: phrases are short. */
  gluedPhraseMaxChars: 64,

  // --- The reading (assemble.ts and its passes) ---
  /** A line this long is a paragraph whatever its punctuation. */
  paragraphMinWords: 25,
  /** A line ending with a period or a colon is a paragraph from this length (shorter: a heading, a label). */
  periodParagraphMinWords: 6,
  /** A question or a line with clause punctuation is a paragraph from this length (shorter: a headline). */
  clauseParagraphMinWords: 10,
  /** Inside a related list, headlines run long: a paragraph there needs this many words ... */
  sectionParagraphMinWords: 30,
  /** ... or a period and this many ... */
  sectionPeriodParagraphMinWords: 8,
  /** ... or two sentences and this many ... */
  sectionProseMinWords: 14,
  /** ... or, cut short with an ellipsis, this many: a teaser's text (a headline cut short runs shorter). */
  sectionExcerptMinWords: 16,
  /** Under a related list, a paragraph this long ending with a period leaves the list. */
  /** Lines of a box inviting the reader (a comment box, a rating) the story may go on past, blank lines counted: a box's few. */
  widgetInStoryMaxLines: 4,
  /** Items of a list before a line that show its rhythm (each headline with one paragraph): two, as one may be chance. */
  rhythmItemsMin: 2,
  sectionExitParagraphMinWords: 12,
  /** ... unless, with the items' bullet, it asks one question of up to this many words: a question headline runs long. */
  bulletedQuestionItemMaxWords: 24,
  /** Under a list inside the story, a sentence of this many words at least, opening with a conjunction and ending with a full stop, is the story going on. */
  storySentenceMinWords: 4,
  /** A headline of a related list: at least this many words (a bullet, or the first line under a label, two). */
  itemMinWords: 4,
  /** A related headline keeps the numeric date after it when fewer words than this would stay (`مباراة 12/03/2031`). */
  datedItemHeadlineMinWords: 3,
  bulletItemMinWords: 2,
  /** The longest line taken as the caption under a caption label or a gallery counter. */
  captionUnderLabelMaxWords: 30,
  /** The longest teaser under a related headline. */
  teaserMaxWords: 60,
  /** The longest author's note (`* كاتب ...`) at the end of a story. */
  authorNoteMaxWords: 25,
  /** One tag a line under a tag label: a name or a short phrase. */
  tagListLineMaxWords: 6,
  /** Right under a tag label alone, tags glued on one line with no punctuation: at most this many words. */
  gluedTagLineMaxWords: 30,
  /** After a label that also opens links (`المزيد عن:`), a tag is at most this long (a longer text is a story's headline). */
  labelledTagMaxWords: 4,
  /** A source named after its label with no separator (`المصدر الجزيرة`) is at most this long (an outlet's name). */
  unseparatedSourceMaxWords: 3,
  /** Tags with no label name what the headline and the story's first this many paragraphs speak of. */
  tagStoryParagraphs: 3,
  /** The longest line of a box under a label in the header: shorter than a headline. */
  headerBoxMaxWords: 3,
  /** A headline is at most this long. */
  titleMaxWords: 30,
  /** A headline is at least this long; a line of `titleWithMetaMinWords` with a date or byline under it also is. */
  titleMinWords: 4,
  titleWithMetaMinWords: 3,
  /** With no other headline in the header, a line this short is the headline when its date or byline is right under it. */
  shortTitleMinWords: 2,
  /** How many of the story's short lines (blank lines aside) may come between a wire credit alone and the story's next paragraph for the credit to be a picture's: a subhead and a short list. */
  wireCreditStoryReach: 8,
  /** ... and how many lines in all, blank ones too: those short lines each with a blank line under it, and a few more. */
  wireCreditStoryLines: 24,
  /** A short headline with no meta under it shares this many topic words with the first paragraph at least: one, as a two-word title has few. */
  shortTitleSpokenWords: 1,
  /** A short line right above the author's bare name and the date is the headline from this length (shorter: a section's name). */
  titleOverNameMinWords: 3,
  /** How many headline-shaped lines in a row make a list of other stories' headlines. */
  headlineListMinLines: 3,
  /** So many headline-shaped lines in a row over the story are a ticker of headlines, whatever is under them: a headline has a deck or two, not four. */
  headlineTickerMinLines: 6,
  /** An overline above a headline is at least this long ... */
  overlineMinWords: 10,
  /** ... and this many times as long as the headline ... */
  overlineRatio: 1.5,
  /** ... whose headline is at least this long (a shorter line may be a name). */
  overlineHeadlineMinWords: 5,
  /** The longest site name after a headline (`العنوان | اسم الموقع`). */
  siteNameAfterHeadlineMaxWords: 6,
  /** The shortest site name looked for elsewhere on the page: a shorter one is found inside other words. */
  siteNameMinChars: 4,
  /** A masthead naming the site above the headline: a publication word and a name of up to three words (صحيفة الأفق الجديد). */
  siteMastheadMaxWords: 4,
  /** A kicker has fewer than this many non-blank lines between it and the headline: none (the lines of a list, a menu or a ticker over the headline stand so). */
  kickerMaxDistance: 1,
  /** Editors' initials under wire copy (`ع ا ج / ب ع`): a few letters in groups; fewer could be an agency's. */
  wireCodeMinLetters: 3,
  wireCodeMaxLetters: 12,
  /** ... and with no slash, one or two editors' initials (`ع ع`, `م ع ح`): more single letters could be a list's. */
  wireCodeUnslashedMaxLetters: 4,
  /** A wire's slug (`بنا 1245 جمت 30/11/2026`): the agency, a serial, codes and a date; a sentence runs longer. */
  wireSlugMaxWords: 10,
  /** ... its serial has this many digits at least (a bare `وام 24` may be a count). */
  wireSlugSerialMinDigits: 3,
  /** ... and its codes this many letters at most (`جمت`, `ت م`). */
  wireSlugCodeMaxLetters: 3,
  /** An author's description under a byline at the top: a role and where (`أستاذ العلوم السياسية في جامعة الشرق`), not a story's sentence. */
  authorDescriptionMaxWords: 12,
  /** A headline dated in its own words (`أسعار العملات اليوم الاثنين 11 ديسمبر`): two words of its subject and a date of two words or more. */
  datedHeadlineMinWords: 4,
  /** A line the first paragraph restates by this many topic words is the story's headline rather than a deck under a line it does not speak of. */
  restatedHeadlineWords: 2,
  /** In a list, such a headline has this many words before its date's first number (`أسعار الذهب اليوم 8 ديسمبر`); a name and a date have two. */
  datedHeadlineHeadingMinWords: 3,
  /** A paper's name before the date of the day in a masthead (`صحيفة الشرق الجديد الاثنين ...`): up to three words after the publication word. */
  mastheadDateNameMaxWords: 3,
  /** A pull quote repeats a run of this many words at least (fewer: a phrase any subheading may share) ... */
  pullQuoteMinWords: 5,
  /** ... and at most this many (a pull quote is a sentence or less) ... */
  pullQuoteMaxWords: 40,
  /** ... of one of the nearest paragraphs, this many above and below. */
  pullQuoteReach: 2,
  /** The source named under a label standing alone: an outlet's or agency's name, a few words. */
  sourceValueMaxWords: 6,
  /** An author's bare name above the description of the author: two words at least (a first name and a family name). */
  authorNameMinWords: 2,
  /** A kicker of this length needs no kicker word. */
  kickerMinWords: 5,
  /** A quotation over the headline as its kicker is a statement, three words at least (`«لن نتخلى عنها»`); a quoted name is shorter. */
  quotedKickerMinWords: 3,
  /** The story's paragraphs such a quotation is looked for in: it is picked from the opening paragraphs. */
  quotedKickerParagraphs: 4,
  /** Words the quotation shares with the paragraph it is picked from, function words aside: two, as a teaser with its headline. */
  quotedKickerSpokenWords: 2,
  /** Lines past the headline looked through for those paragraphs: the header's furniture and the first paragraphs fit. */
  quotedKickerLinesMax: 20,
  /**
   * Lines passed over walking up from a caption's copies to the line they hang under: a caption printed two or three
   * times and the page's furniture between (a counter, share buttons, a date) fit; a page of nothing but copies ends the walk.
   */
  headerAsideMaxLines: 8,
  /** A tag glued to its label's last word (`دلاليةالذهب`) has at least this many letters: less is a word's own ending. */
  gluedTagMinLetters: 2,
  /** Marks (diacritics, tatweel) a glued word may carry beyond its folded letters: the opening looked through for its end. */
  gluedWordMarksMax: 8,
  /** A kicker opening with a kicker word needs this many words. */
  kickerWithCueMinWords: 3,
  /** A deck under the headline is at least this long (shorter: a label, a name). */
  deckMinWords: 6,
  /** A story saved a sentence a line opens with at least this many short sentences under its headline (one alone may be a caption). */
  sentenceRunMinLines: 2,
  /** With no story at all, header lines of this length are kept as body. */
  noStoryLineMinWords: 3,
  /** A highlight bullet under the headline. */
  highlightMinWords: 3,
  /** The site's own channel after a related label names it within this many words (`شاهد أيضا على قناتنا`). */
  ourChannelMaxWordsAfterLabel: 3,
  /** The longest label of a fact in a box under the story (`البطاقات الحمراء:`): a sentence's clause runs longer. */
  factLabelMaxWords: 3,
  /** A short line after the story's last paragraph: a name, a menu, a site name. */
  storyTailMaxWords: 4,
  /** A widget's line of figures after the story (`الطقس اليوم: مشمس 31° العظمى 33°`), numbers counted. */
  figureTailMaxWords: 8,
  /** A dated line under a breaking-news item, this share of the item's words or less, is a feature's headline: a deck says more than its headline. */
  featureHeadlineMaxShare: 0.5,
  /** A question headline: at most this long, and with no clause punctuation (longer: a question in the story). */
  questionTitleMaxWords: 20,
  /** A headline ending with a period, known by the paragraph under it speaking of it, has this many words at most (a lead runs longer). */
  periodTitleSpokenMaxWords: 14,
  /** A line printed again on the page is a caption or label from this length (shorter: a speaker's name in an interview). */
  repeatedLineMinWords: 4,
  /** ... and up to this length (longer: a paragraph, kept and reported as a duplicate). */
  repeatedLineMaxWords: 30,
  /** An office's name heading its statement is at most this long. */
  organisationLabelMaxWords: 6,
  /** An outlet credited with the wires (`الجزيرة نت + وكالات`): at most this many parts joined by `+` ... */
  creditPartsMax: 3,
  /** ... each a name of at most this many words. */
  creditPartMaxWords: 4,
  /** Before the story's own tags, a read-also article's first paragraph shares at most this many words with the story. */
  tentativeStoryWordsMax: 1,
  /** A headline as long as a paragraph, with the page's date under it, has at most this many words. */
  longTitleMaxWords: 40,
  /** A question above a line at least this many times as long is a headline over its deck, not a kicker ... */
  deckToHeadlineMinRatio: 1.8,
  /** ... when the question has this many words at least (`ماذا يحدث؟` above a headline stays a kicker). */
  questionHeadlineMinWords: 5,
  /** A photo credit lead (`مصدر الصورة`) is followed by at most this many words: a name or an agency. */
  creditLeadMaxWords: 4,
  /** A machine-made picture's word of making comes within this many words of the picture's (`صورة تعبيرية تم إنشاؤها`). */
  madeWordReach: 4,
  /** A credit in Latin letters glued to a caption: a photographer's name and an agency (`Stefano Rossi/Getty Images`), no more. */
  latinCreditMaxWords: 5,
  /** Dates heading paragraphs inside the story: a timeline from this many on (one alone may be the page's date). */
  timelineMinDates: 2,
  /** Another article under the story: its headline comes after this many of the story's paragraphs ... */
  nextArticleMinParagraphs: 2,
  /** ... with this many lines of its own date, byline or dateline under it (one may be a timeline's date). */
  nextArticleHeaderLines: 2,
  /** Headlines of other stories after the story, with no label: at least this many in a run. */
  headlineRunMinLines: 3,
  /** ... or this many, each with its own date or time under it. */
  datedHeadlineRunMinLines: 2,
  /** ... and at most this many such lists, one above the other under different markers (each is looked at down to the story's end). */
  headlineRunMaxLists: 3,
  /** Such a headline shares fewer content words than this with the story's headline ... */
  headlineRunSharedWords: 2,
  /** ... and at most one in this many may share more (a story on the same topic). */
  headlineRunOnTopicShare: 3,
  /** ... one in this many when each carries its own date or time: a list of the latest stories beside one may hold another on its topic. */
  datedHeadlineRunOnTopicShare: 2,
  /** Other stories' headlines with a teaser each, with no label: at least this many pairs (two may be the story's subheaded sections). */
  teaserRunMinPairs: 3,
  /** ... or this many when every teaser is cut short (`...`): a story's paragraph seldom trails off under a subheading twice running. */
  cutTeaserRunMinPairs: 2,
  /** A headline over a teaser cut short may share this many content words with the story's headline (`يفتح أبوابه`) and still be another story's: the cut is evidence of its own. */
  cutTeaserHeadlineSharedWords: 3,
  /** ... each teaser restating its headline in this many content words at least (a subheading's paragraph says more, and other). */
  teaserRunSharedWords: 3,
  /** Content words are this many letters or more (particles aside). */
  contentWordMinLetters: 3,
  /** A list's headline carries this many lines of its own at most, blank lines counted (a date, a byline, a link, a counter): no more are looked through. */
  itemOwnLinesMax: 8,
  /** A list's rhythm (each headline with its meta under it) is read on its last this many headlines: enough to see it, and each line costs the same on a list of thousands. */
  listRhythmItems: 3,
  /** A read-also article and its headline share at least this many words ... */
  embeddedSharedWords: 2,
  /** An article under a read-also headline may share more words with the story around it while it shares this many times as many with its headline (its own subject, then, not the story's). */
  headlineOverStoryFactor: 2,
  /** A word looked for inside another line's words (clitics and all) has this many letters at least: shorter ones hide in longer words. */
  mentionMinLetters: 4,
  /** The conjunction, a present-tense prefix and three letters of a verb at least (`ويمنح`): shorter words so spelled are nouns (`وتر`). */
  conjunctionVerbMinLetters: 5,
  /** A paragraph is weighed against this many of the story's last paragraphs, and of an embedded article's (a page of thousands stays linear). */
  storyLookBackParagraphs: 12,
  /** ... looked for this many lines back at most (lists and embedded articles between them included). */
  storyLookBackLines: 400,
  /** ... and a paragraph opening like the story going on is the story when this many paragraphs follow. */
  continuationParagraphs: 4,
  /** A link's text on a line of its own: this many words at most. */
  fragmentLinkMaxWords: 3,
  /** Right under the page's date or byline, a run of this many pieces ending one sentence is a paragraph cut at its links. */
  fragmentUnderMetaMinPieces: 3,
  /** Right under the headline, with no date or byline between, a run needs this many pieces ending one sentence in a short piece ... */
  fragmentUnderHeadlineMinPieces: 4,
  /** ... this many of them a link's text, and one longer (a deck and a stray name over the lede are two lines, not a paragraph in pieces). */
  fragmentUnderHeadlineLinks: 2,
  /** A list of headlines with a teaser each, read as the headline and its story, has this many items at least (one teaser may be the lede of a short story). */
  teaserListMinItems: 2,
  /** ... and this many at most: above the headline such a list is a box of the latest or most read, never long. */
  teaserListMaxItems: 12,
  /** A table's row has this many cells at least (two cells between bars are a name and its value, or a crumb). */
  tableMinCells: 3,
  /** Each line of a headline wrapped over two has this many words at least (a link's text is shorter: see fragmentLinkMaxWords). */
  wrappedHeadlinePieceMinWords: 2,
  /** A page is spaced (a blank line between all lines) when at most this share of neighbouring lines touch ... */
  spacedMaxTouching: 0.05,
  /** ... over at least this many pairs of lines. */
  spacedMinPairs: 4,
  /** A poll with no label has this many answers at least over its button (yes and no) ... */
  pollMinAnswers: 2,
  /** ... and this many at most: a longer run of short lines is a list, not a choice. */
  pollMaxAnswers: 8,
  /** An answer is this long at most (`لا أعرف`, `أؤيد بشروط`); a line longer is a sentence. */
  pollAnswerMaxWords: 5,
  /** A poll's question is this long at most: one question, not a paragraph ending in one. */
  pollQuestionMaxWords: 25,
} as const;
