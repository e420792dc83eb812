/**
 * English given names and the familiar forms a writer uses for the same
 * person ("Joseph R. Biden Jr." in one outlet, "Joe Biden" in another). No
 * maintained npm package ships such a table (the name parsers read a quoted
 * nickname out of a full name but do not relate "Joe" to "Joseph"), so this
 * is a short table of the common hypocorisms of English, as dictionaries of
 * first names give them; it describes English names in general, never a
 * corpus. A form listed under two names ("Chris": Christopher, Christine)
 * relates each of them to it, not them to each other.
 */
const FAMILIAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  abraham: ['abe'],
  albert: ['al', 'bert'],
  alexander: ['alex', 'sandy'],
  alexandra: ['alex', 'sandra'],
  alfred: ['al', 'alf', 'fred'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  barbara: ['barb', 'barbie'],
  benjamin: ['ben', 'benny'],
  bernard: ['bernie'],
  beverly: ['bev'],
  catherine: ['cathy', 'kate', 'katie'],
  charles: ['charlie', 'chuck', 'chas'],
  christina: ['chris', 'tina'],
  christine: ['chris', 'tina'],
  christopher: ['chris', 'kit'],
  cynthia: ['cindy'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy'],
  deborah: ['deb', 'debbie'],
  donald: ['don', 'donny'],
  dorothy: ['dot', 'dottie'],
  douglas: ['doug'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'beth', 'betsy', 'betty', 'lisa', 'libby'],
  frederick: ['fred', 'freddie'],
  gerald: ['gerry', 'jerry'],
  gregory: ['greg'],
  harold: ['hal', 'harry'],
  henry: ['hank', 'harry'],
  herbert: ['herb'],
  jacob: ['jake'],
  james: ['jim', 'jimmy', 'jamie'],
  jeffrey: ['jeff'],
  jennifer: ['jen', 'jenny'],
  jonathan: ['jon'],
  john: ['jack', 'johnny'],
  joseph: ['joe', 'joey'],
  joshua: ['josh'],
  judith: ['judy'],
  katherine: ['kathy', 'kate', 'katie'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry'],
  leonard: ['len', 'lenny'],
  margaret: ['maggie', 'meg', 'peggy'],
  matthew: ['matt'],
  michael: ['mike', 'mick', 'mickey'],
  mitchell: ['mitch'],
  nathaniel: ['nate', 'nat'],
  nicholas: ['nick'],
  patricia: ['pat', 'patty', 'trish'],
  patrick: ['pat'],
  peter: ['pete'],
  philip: ['phil'],
  randolph: ['randy'],
  raymond: ['ray'],
  richard: ['rick', 'dick', 'rich', 'richie'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  ronald: ['ron', 'ronnie'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  victoria: ['vicky', 'tori'],
  walter: ['walt'],
  william: ['bill', 'billy', 'will', 'willie'],
};

/** Lower-cased given name → the formal names it is a form of (itself included). */
const FORMAL_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const formal = new Map<string, Set<string>>();
  const note = (form: string, name: string): void => {
    const names = formal.get(form) ?? new Set<string>();
    names.add(name);
    formal.set(form, names);
  };
  for (const [name, forms] of Object.entries(FAMILIAR_FORMS)) {
    note(name, name);
    for (const form of forms) note(form, name);
  }
  return formal;
})();

/**
 * Whether two given names can name one person: the same name, or one a
 * familiar form of the other ("joe" and "joseph"), or both forms of one
 * formal name ("steve" and "stephen"). Compared lower-cased.
 */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const formsOfX = FORMAL_OF.get(x);
  const formsOfY = FORMAL_OF.get(y);
  if (formsOfX === undefined || formsOfY === undefined) return false;
  // Two familiar forms ("bert", "bob") are one name only when neither could be a form of another name.
  const familiar = FAMILIAR_FORMS[x] === undefined && FAMILIAR_FORMS[y] === undefined;
  if (familiar && (formsOfX.size > 1 || formsOfY.size > 1)) return false;
  return [...formsOfX].some((name) => formsOfY.has(name));
}
