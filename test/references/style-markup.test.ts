// The style rewrites that let JATS hold the value inside its element and the
// style's punctuation outside it (a variable's affixes), and tag each person's
// surname and given names: as tables over the rewrite, then end to end with a
// style whose variables carry affixes, through citeproc and the JATS renderer.
import { describe, expect, it } from 'vitest';
import type { CslItem, ReferenceList } from '../../src/model/types.js';
import { renderList } from '../../src/references/bibliography.js';
import { styleEngine } from '../../src/references/engine.js';
import type { LoadedStyle } from '../../src/references/style.js';
import { isolateVariableAffixes, markNameParts } from '../../src/references/style-markup.js';
import { prepareItem } from '../../src/references/prepare.js';
import { renderJats } from '../../src/render/jats/index.js';
import { validateJats } from '../../src/checks/xml-schema.js';
import { crossrefFixtureArticle } from '../fixtures/articles/crossref.js';
import { testContext } from '../render/jats/helpers.js';

describe('isolateVariableAffixes', () => {
  it.each([
    ['<text variable="issue" prefix="(" suffix=")"/>', '<group prefix="(" suffix=")"><text variable="issue"/></group>'],
    ['<text variable="DOI" prefix="DOI "/>', '<group prefix="DOI "><text variable="DOI"/></group>'],
    ['<number variable="volume" suffix=", " form="numeric"/>', '<group suffix=", "><number variable="volume" form="numeric"/></group>'],
    [
      '<names variable="author" suffix=". "><name/><substitute><names variable="editor"/></substitute></names>',
      '<group suffix=". "><names variable="author"><name/><substitute><names variable="editor"/></substitute></names></group>',
    ],
    ['<date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date>', '<group prefix=" (" suffix=")"><date variable="issued"><date-part name="year"/></date></group>'],
    // Inside <substitute> a names element inherits the original's options: left alone.
    ['<substitute><names variable="editor" suffix=" (ed.)"/></substitute>', '<substitute><names variable="editor" suffix=" (ed.)"/></substitute>'],
    // A term, a group or a variable without affixes is left alone.
    ['<text term="in" suffix=" "/>', '<text term="in" suffix=" "/>'],
    ['<group prefix="[" suffix="]"><text variable="title-en"/></group>', '<group prefix="[" suffix="]"><text variable="title-en"/></group>'],
    ['<!-- <text variable="x" prefix="("/> --><text variable="page"/>', '<!-- <text variable="x" prefix="("/> --><text variable="page"/>'],
  ])('%s', (input, expected) => {
    expect(isolateVariableAffixes(input)).toBe(expected);
  });
});

describe('markNameParts', () => {
  it.each([
    ['<name initialize-with=". "/>', '<name initialize-with=". "><name-part name="family" vertical-align="baseline"/><name-part name="given" text-decoration="none"/></name>'],
    [
      '<name><name-part name="family" text-case="uppercase"/></name>',
      '<name><name-part name="family" text-case="uppercase" vertical-align="baseline"/><name-part name="given" text-decoration="none"/></name>',
    ],
    ['<names variable="author"><name-part name="x"/></names>', '<names variable="author"><name-part name="x"/></names>'],
  ])('%s', (input, expected) => {
    expect(markNameParts(input)).toBe(expected);
  });
});

const affixStyle = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Affixes on variables</title><id>test-affixes</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><names variable="author"><name form="short"/></names></layout></citation>
  <bibliography>
    <layout suffix=".">
      <names variable="author" suffix=". ">
        <name name-as-sort-order="all" sort-separator=", " initialize-with=". " delimiter=", "/>
        <label form="short" prefix=" (" suffix=")"/>
        <substitute><names variable="editor"/></substitute>
      </names>
      <text variable="title" suffix=". "/>
      <text variable="container-title" font-style="italic"/>
      <text variable="issue" prefix=" (" suffix=")"/>
      <text variable="publisher" prefix=" " suffix=", "/>
      <text variable="DOI" prefix="DOI "/>
    </layout>
  </bibliography>
</style>`;

const style: LoadedStyle = {
  name: 'test-affixes',
  file: '/virtual/test-affixes.csl',
  xml: affixStyle,
  config: { lang: 'en', scriptOrder: [], places: {}, transliterate: false, archivalTerms: { fond: 'F.', opis: 'Op.', delo: 'D.', list: 'L.' } },
};

const items: CslItem[] = [
  { id: 'smith1998', type: 'article-journal', language: 'en', author: [{ family: 'Smith', given: 'Jeremy' }], title: 'The Georgian Affair of 1922', 'container-title': 'Europe-Asia Studies', issue: '3', publisher: 'Taylor & Francis', DOI: '10.1080/09668139808412550' },
  { id: 'fox2012', type: 'book', language: 'en', editor: [{ family: 'Fox', given: 'Jo' }, { family: 'Welch', given: 'David' }], title: 'Justifying War', publisher: 'Macmillan' },
];

describe('a style whose variables carry their own punctuation', () => {
  const { profile } = testContext();
  const engine = styleEngine(style, profile.templates, 'list');
  engine.load(items.map((i) => prepareItem(i, { config: style.config, archiveLocations: new Map() })));
  const list: ReferenceList = renderList({ kind: 'primary', name: 'test', style: 'test-affixes', title: 'References' }, items, engine, undefined);
  const article = crossrefFixtureArticle();
  article.bibliography = items;
  article.references = [list];
  article.body = [];
  const xml = renderJats(article, testContext());
  const ref = (id: string) => new RegExp(`<ref id="${id}">\\n(.*)\\n</ref>`).exec(xml)?.[1] ?? '';

  it('is valid JATS 1.3', () => {
    expect(validateJats(xml, { version: '1.3', fileName: 'affixes.jats.xml' })).toEqual([]);
  });

  it('prints the same text as the style says', () => {
    expect(ref('smith1998').replace(/<[^>]*>/g, '')).toBe('Smith, J. The Georgian Affair of 1922. Europe-Asia Studies (3) Taylor &amp; Francis, DOI 10.1080/09668139808412550.');
  });

  it('keeps the affixes outside the elements that hold the values', () => {
    expect(ref('smith1998')).toContain(' (<issue>3</issue>) ');
    expect(ref('smith1998')).toContain(' <publisher-name>Taylor &amp; Francis</publisher-name>, ');
    expect(ref('smith1998')).toContain('DOI <pub-id pub-id-type="doi">10.1080/09668139808412550</pub-id>.</mixed-citation>');
  });

  it('tags every person in a group as a string-name, and editors printed in the author’s place as editors', () => {
    expect(ref('smith1998')).toContain('<person-group person-group-type="author"><string-name><surname>Smith</surname>, <given-names>J.</given-names></string-name></person-group>');
    expect(ref('fox2012')).toContain(
      '<person-group person-group-type="editor"><string-name><surname>Fox</surname>, <given-names>J.</given-names></string-name>, <string-name><surname>Welch</surname>, <given-names>D.</given-names></string-name> (eds.)</person-group>',
    );
    expect(list.entries.find((e) => e.id === 'fox2012')!.text).not.toContainEqual(expect.objectContaining({ role: 'person-group:author' }));
  });
});
