/**
 * Loading extracted documents into the real Neo4j: facts with evidence, idempotence, replacement
 * of one document's facts only, failures isolated, directive identity across documents.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractedDocument, ExtractionResult } from '../src/extract/types';
import { ingestDocuments, type IngestItem } from '../src/graph/load';
import { graphStats } from '../src/graph/stats';
import { resetDatabase, testDriver } from './support/db';

const driver: Driver = testDriver();

beforeEach(async () => {
  await resetDatabase(driver);
});

/** Evidence span of `quote` in `text` (first occurrence at or after `from`). */
function ev(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { start, end: start + quote.length };
}

function extracted(
  text: string,
  result: Omit<ExtractionResult, 'document'> & { document: ExtractionResult['document'] },
  sha256: string,
): ExtractedDocument {
  return { text: text.normalize('NFC'), sha256, result };
}

const TEXT_A =
  'Giám sát việc thực hiện Quyết định số 802/QĐ-UBND tại Đảng ủy Sở Nội vụ\n' +
  '(Nguồn tin: haiphong.gov.vn) Sáng 2/11/2021, Đoàn giám sát của Ban Dân vận Thành ủy và Đảng ủy ' +
  'Khối các cơ quan thành phố do đồng chí Lê Trí Vũ, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban ' +
  'Dân vận Thành ủy làm trưởng đoàn đã giám sát Đảng ủy Sở Nội vụ về việc thực hiện Quyết định số ' +
  '802/QĐ-UBND ngày 22/3/2021 của UBND thành phố ban hành Kế hoạch thực hiện Quy định số ' +
  '23-QĐ/TW của Ban Chấp hành Trung ương. Tham gia đoàn có đồng chí Phạm Xuân Thanh, Bí thư ' +
  'Đảng ủy Khối các cơ quan thành phố. Tiếp đoàn có đồng chí Nguyễn Thị Thu, Giám đốc Sở Nội vụ.';

/** Version 1 of a Hải Phòng supervision report. `variant` changes the text (a new version). */
function docA(variant = ''): ExtractedDocument {
  const text = (TEXT_A + variant).normalize('NFC');
  const sentence = ev(text, 'Sáng 2/11/2021, Đoàn giám sát');
  const supervisionSpan = { start: sentence.start, end: text.indexOf('Tham gia đoàn') };
  return extracted(
    text,
    {
      document: {
        id: 'hp_supervision',
        title: 'Giám sát việc thực hiện Quyết định số 802/QĐ-UBND tại Đảng ủy Sở Nội vụ',
        source: 'haiphong.gov.vn',
        jurisdiction: 'Hải Phòng',
        eventDate: '2021-11-02',
      },
      officials: [
        {
          name: 'Lê Trí Vũ',
          roles: [
            { title: 'Ủy viên Ban Thường vụ', organization: 'Thành ủy Hải Phòng' },
            { title: 'Trưởng Ban', organization: 'Ban Dân vận Thành ủy Hải Phòng' },
          ],
          evidence: [
            ev(text, 'Lê Trí Vũ, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy'),
          ],
        },
        ...(variant
          ? []
          : [
              {
                name: 'Phạm Xuân Thanh',
                roles: [
                  {
                    title: 'Bí thư',
                    organization: 'Đảng ủy Khối các cơ quan thành phố Hải Phòng',
                  },
                ],
                evidence: [ev(text, 'Phạm Xuân Thanh, Bí thư Đảng ủy Khối các cơ quan thành phố')],
              },
            ]),
        {
          name: 'Nguyễn Thị Thu',
          roles: [{ title: 'Giám đốc', organization: 'Sở Nội vụ Hải Phòng' }],
          evidence: [ev(text, 'Nguyễn Thị Thu, Giám đốc Sở Nội vụ')],
        },
      ],
      organizations: [
        {
          name: 'Ban Dân vận Thành ủy Hải Phòng',
          kind: 'party-board',
          parent: 'Thành ủy Hải Phòng',
          evidence: [ev(text, 'Ban Dân vận Thành ủy')],
        },
        { name: 'Thành ủy Hải Phòng', kind: 'party-committee', parent: null },
        {
          name: 'Đảng ủy Sở Nội vụ Hải Phòng',
          kind: 'party-committee',
          parent: 'Đảng ủy Khối các cơ quan thành phố Hải Phòng',
        },
      ],
      directives: [
        {
          symbol: '802/QĐ-UBND',
          type: 'Quyết định',
          date: '2021-03-22',
          issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
          subject: 'ban hành Kế hoạch thực hiện Quy định số 23-QĐ/TW',
          implements: ['23-QĐ/TW'],
          evidence: [ev(text, 'Quyết định số 802/QĐ-UBND ngày 22/3/2021', 100)],
        },
        {
          symbol: '23-QĐ/TW',
          type: 'Quy định',
          date: null,
          issuer: 'Ban Chấp hành Trung ương',
          subject: null,
          implements: [],
          evidence: [ev(text, 'Quy định số 23-QĐ/TW')],
        },
      ],
      supervisions: [
        {
          kind: 'giám sát',
          date: '2021-11-02',
          delegation: null,
          conductedBy: [
            'Ban Dân vận Thành ủy Hải Phòng',
            'Đảng ủy Khối các cơ quan thành phố Hải Phòng',
          ],
          leader: 'Lê Trí Vũ',
          participants: variant ? [] : ['Phạm Xuân Thanh'],
          hosts: ['Nguyễn Thị Thu'],
          targets: ['Đảng ủy Sở Nội vụ Hải Phòng'],
          directives: ['802/QĐ-UBND', '23-QĐ/TW'],
          topic: 'việc thực hiện Quyết định số 802/QĐ-UBND',
          evidence: [supervisionSpan],
        },
      ],
    },
    `sha-a-${variant.length}`,
  );
}

const TEXT_B =
  'Ban Dân vận Thành ủy Hải Phòng triển khai nhiệm vụ năm 2022\n' +
  'Chiều 10/1, đồng chí Lê Trí Vũ, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị. Hội nghị đánh giá ' +
  'kết quả thực hiện Quyết định 802/QĐ-UBND của UBND thành phố.';

/** Another Hải Phòng document about the same official and (undated) directive. */
function docB(): ExtractedDocument {
  const text = TEXT_B.normalize('NFC');
  return extracted(
    text,
    {
      document: {
        id: 'hp_conference',
        title: 'Ban Dân vận Thành ủy Hải Phòng triển khai nhiệm vụ năm 2022',
        source: null,
        jurisdiction: 'Hải Phòng',
        eventDate: '--01-10',
      },
      officials: [
        {
          name: 'Lê Trí Vũ',
          roles: [{ title: 'Trưởng Ban', organization: 'Ban Dân vận Thành ủy Hải Phòng' }],
          evidence: [ev(text, 'Lê Trí Vũ, Trưởng Ban Dân vận Thành ủy')],
        },
      ],
      organizations: [
        {
          name: 'Ban Dân vận Thành ủy Hải Phòng',
          kind: 'party-board',
          parent: 'Thành ủy Hải Phòng',
        },
      ],
      directives: [
        {
          symbol: '802/QĐ-UBND',
          type: 'Quyết định',
          date: null,
          issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
          subject: null,
          implements: [],
          evidence: [ev(text, 'Quyết định 802/QĐ-UBND')],
        },
      ],
      supervisions: [],
    },
    'sha-b',
  );
}

async function query<T = Record<string, unknown>>(
  q: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const res = await driver.executeQuery(q, params);
  return res.records.map((r) => r.toObject() as T);
}

async function count(q: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await query<{ n: { toNumber(): number } | number }>(q, params);
  return typeof row.n === 'number' ? row.n : row.n.toNumber();
}

const NOW = () => new Date('2024-05-01T08:00:00Z');

describe('ingestDocuments', () => {
  test('writes the chain official → role → organization → supervision → directive with evidence', async () => {
    const summary = await ingestDocuments(driver, [docA()], { now: NOW });
    expect(summary.documents).toEqual({ seen: 1, loaded: 1, unchanged: 0, replaced: 0, failed: 0 });
    expect(summary.failures).toEqual([]);

    const a = docA();
    const holds = await query<{
      title: string;
      org: string;
      start: number;
      end: number;
      asOf: string;
    }>(
      `MATCH (o:Official {key: $key})-[h:HOLDS]->(r:Role)-[:OF]->(g:Organization)
       RETURN r.title AS title, g.name AS org, h.start AS start, h.end AS end, h.asOf AS asOf,
              h.doc AS doc, h.docDate AS docDate ORDER BY title`,
      { key: 'le tri vu|hai phong' },
    );
    expect(holds.map((h) => [h.title, h.org])).toEqual([
      ['Trưởng Ban', 'Ban Dân vận Thành ủy Hải Phòng'],
      ['Ủy viên Ban Thường vụ', 'Thành ủy Hải Phòng'],
    ]);
    for (const h of holds) {
      expect(h).toMatchObject({ asOf: '2021-11-02', doc: 'hp_supervision', docDate: '2021-11-02' });
      const quote = a.text.slice(Number(h.start), Number(h.end));
      expect(quote).toContain('Lê Trí Vũ');
      expect(typeof h.start).toBe('object'); // stored as an integer (driver Integer), not a float
    }

    const [board] = await query<{
      level: string;
      jurisdiction: string;
      place: string;
      parent: string;
    }>(
      `MATCH (b:Organization {key: $key})-[:PART_OF {doc: 'hp_supervision'}]->(p:Organization),
             (b)-[:IN]->(pl:Place)
       RETURN b.level AS level, b.jurisdiction AS jurisdiction, pl.name AS place, p.name AS parent,
              b.searchText AS searchText, b.kind AS kind`,
      { key: 'ban dân vận thành ủy hải phòng' },
    );
    expect(board).toMatchObject({
      level: 'province',
      jurisdiction: 'Hải Phòng',
      place: 'Hải Phòng',
      parent: 'Thành ủy Hải Phòng',
      searchText: 'ban dan van thanh uy hai phong',
      kind: 'party-board',
    });

    const [sup] = await query<{
      conductors: string[];
      leader: string[];
      participants: string[];
      hosts: string[];
      targets: string[];
      directives: string[];
      start: number;
      end: number;
    }>(
      `MATCH (s:Supervision)<-[rep:REPORTS]-(:Document {id: 'hp_supervision'})
       RETURN [(c:Organization)-[:CONDUCTED]->(s) | c.name] AS conductors,
              [(l:Official)-[:LED]->(s) | l.name] AS leader,
              [(p:Official)-[:TOOK_PART]->(s) | p.name] AS participants,
              [(h:Official)-[:HOSTED]->(s) | h.name] AS hosts,
              [(s)-[:TARGETED]->(t:Organization) | t.name] AS targets,
              [(s)-[:UNDER]->(d:Directive) | d.symbol] AS directives,
              rep.start AS start, rep.end AS end, s.kind AS kind, s.date AS date`,
    );
    expect([...sup.conductors].sort()).toEqual([
      'Ban Dân vận Thành ủy Hải Phòng',
      'Đảng ủy Khối các cơ quan thành phố Hải Phòng',
    ]);
    expect(sup.leader).toEqual(['Lê Trí Vũ']);
    expect(sup.participants).toEqual(['Phạm Xuân Thanh']);
    expect(sup.hosts).toEqual(['Nguyễn Thị Thu']);
    expect(sup.targets).toEqual(['Đảng ủy Sở Nội vụ Hải Phòng']);
    expect([...sup.directives].sort()).toEqual(['23-QĐ/TW', '802/QĐ-UBND']);
    expect(a.text.slice(Number(sup.start), Number(sup.end))).toMatch(
      /^Sáng 2\/11\/2021, Đoàn giám sát/,
    );

    // Lineage and issuers: the local decision implements the central regulation.
    const lineage = await query<{
      child: string;
      parent: string;
      issuer: string;
      childJur: string;
    }>(
      `MATCH (i:Organization)-[:ISSUED]->(c:Directive)-[l:IMPLEMENTS]->(p:Directive)
       RETURN c.symbol AS child, p.symbol AS parent, i.name AS issuer, c.jurisdiction AS childJur,
              p.jurisdiction AS parentJur, l.inferred AS inferred, c.date AS date, c.key AS key`,
    );
    expect(lineage).toEqual([
      {
        child: '802/QĐ-UBND',
        parent: '23-QĐ/TW',
        issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
        childJur: 'Hải Phòng',
        parentJur: null,
        inferred: false,
        date: '2021-03-22',
        key: '802/qđ-ubnd|hải phòng|2021',
      },
    ]);
    const [central] = await query<{ level: string }>(
      `MATCH (o:Organization {key: 'ban chấp hành trung ương'}) RETURN o.level AS level`,
    );
    expect(central.level).toBe('central');

    // Every asserted relationship carries its document and evidence offsets.
    expect(await count(`MATCH ()-[r]->() WHERE r.doc IS NULL RETURN count(r) AS n`)).toBe(0);
    expect(
      await count(`MATCH ()-[r]->() WHERE r.start IS NULL OR r.end IS NULL RETURN count(r) AS n`),
    ).toBe(0);

    // Full-text search finds the official by folded name.
    const hits = await query<{ name: string }>(
      `CALL db.index.fulltext.queryNodes('searchIndex', 'tri AND vu') YIELD node RETURN node.name AS name`,
    );
    expect(hits.map((h) => h.name)).toContain('Lê Trí Vũ');
  });

  test('loading the same documents twice changes nothing', async () => {
    await ingestDocuments(driver, [docA(), docB()], { now: NOW });
    const first = await graphStats(driver);
    const again = await ingestDocuments(driver, [docA(), docB()], { now: NOW });
    expect(again.documents).toMatchObject({ seen: 2, loaded: 0, unchanged: 2, replaced: 0 });
    expect(again.nodesCreated + again.relationshipsCreated).toBe(0);
    expect(await graphStats(driver)).toEqual(first);
    expect(first.nodes).toBeGreaterThan(10);
    expect(first.labels.Official).toBe(3);
  });

  test('a changed document replaces only its own facts', async () => {
    await ingestDocuments(driver, [docA(), docB()], { now: NOW });
    expect(
      await count(`MATCH (o:Official {nameFolded: 'pham xuan thanh'}) RETURN count(o) AS n`),
    ).toBe(1);

    const v2 = docA(' Đoàn ghi nhận kết quả.');
    const summary = await ingestDocuments(driver, [v2], { now: NOW });
    expect(summary.documents).toMatchObject({ replaced: 1, loaded: 0, failed: 0 });
    expect(summary.relationshipsDeleted).toBeGreaterThan(0);

    // Asserted only by the old version: gone, node included.
    expect(
      await count(`MATCH (o:Official {nameFolded: 'pham xuan thanh'}) RETURN count(o) AS n`),
    ).toBe(0);
    // Asserted by the other document on shared nodes: still there.
    expect(
      await count(
        `MATCH (:Official {key: 'le tri vu|hai phong'})-[h:HOLDS {doc: 'hp_conference'}]->
               (:Role)-[:OF {doc: 'hp_conference'}]->(:Organization) RETURN count(h) AS n`,
      ),
    ).toBe(1);
    expect(
      await count(`MATCH (:Document {id: 'hp_conference'})-[m:MENTIONS]->() RETURN count(m) AS n`),
    ).toBe(5); // Lê Trí Vũ, the board, its Thành ủy, the UBND, 802/QĐ-UBND
    // The new version's facts are there, offsets into the new text.
    const [doc] = await query<{ text: string; sha: string }>(
      `MATCH (d:Document {id: 'hp_supervision'}) RETURN d.text AS text, d.sha256 AS sha`,
    );
    expect(doc).toEqual({ text: v2.text, sha: v2.sha256 });
    expect(
      await count(
        `MATCH (:Official)-[r:TOOK_PART {doc: 'hp_supervision'}]->() RETURN count(r) AS n`,
      ),
    ).toBe(0);
    expect(
      await count(`MATCH (:Official)-[r:LED {doc: 'hp_supervision'}]->() RETURN count(r) AS n`),
    ).toBe(1);

    // Reloading both versions' final state from scratch gives the same graph as replacing.
    const replaced = await graphStats(driver);
    await resetDatabase(driver);
    await ingestDocuments(driver, [docB(), v2], { now: NOW });
    expect(await graphStats(driver)).toEqual(replaced);
  });

  test('a directive cited with and without its date is one node, whichever is loaded first', async () => {
    const directives = async (): Promise<string[]> =>
      (await query<{ key: string }>(`MATCH (d:Directive) RETURN d.key AS key ORDER BY key`)).map(
        (r) => r.key,
      );
    await ingestDocuments(driver, [docB()], { now: NOW });
    expect(await directives()).toEqual(['802/qđ-ubnd|hải phòng|']);
    await ingestDocuments(driver, [docA()], { now: NOW });
    expect(await directives()).toEqual(['23-qđ/tw||', '802/qđ-ubnd|hải phòng|2021']);
    const stats = await graphStats(driver);
    expect(
      await count(
        `MATCH (:Document {id: 'hp_conference'})-[:MENTIONS]->(d:Directive {key: '802/qđ-ubnd|hải phòng|2021'})
         RETURN count(d) AS n`,
      ),
    ).toBe(1);

    await resetDatabase(driver);
    await ingestDocuments(driver, [docA()], { now: NOW });
    await ingestDocuments(driver, [docB()], { now: NOW });
    expect(await directives()).toEqual(['23-qđ/tw||', '802/qđ-ubnd|hải phòng|2021']);
    expect(await graphStats(driver)).toEqual(stats);
  });

  test('roles from a document without a full event date are dated by the ingest date', async () => {
    await ingestDocuments(driver, [docB()], { now: NOW });
    const [h] = await query<{ asOf: string; docDate: string }>(
      `MATCH (:Official)-[h:HOLDS]->() RETURN h.asOf AS asOf, h.docDate AS docDate`,
    );
    expect(h).toEqual({ asOf: '2024-05-01', docDate: '--01-10' });
  });

  test('failed documents are reported by name; the others load; nothing half-written', async () => {
    const unreadable: IngestItem = {
      failed: true,
      file: 'seeds/missing.txt',
      reason: 'no such file',
    };
    const undecodable = docB();
    undecodable.result = {
      ...undecodable.result,
      document: { ...undecodable.result.document, id: 'bad_encoding' },
      officials: [],
      organizations: [],
      directives: [],
      error: 'cannot decode: invalid UTF-8',
    };
    // A document the database refuses mid-batch (a map is not a valid property value): its
    // officials and directive rows are written before the failing statement, then rolled back.
    const poisoned = docA();
    poisoned.result = {
      ...poisoned.result,
      document: { ...poisoned.result.document, id: 'poisoned' },
      supervisions: poisoned.result.supervisions.map((s) => ({
        ...s,
        topic: { not: 'a string' } as unknown as string,
      })),
    };
    (poisoned as { file?: string }).file = 'corpus/poisoned.html';

    const summary = await ingestDocuments(driver, [unreadable, docB(), poisoned, undecodable], {
      now: NOW,
      batchSize: 10,
    });
    expect(summary.documents).toMatchObject({ seen: 4, loaded: 1, failed: 3 });
    expect(summary.failures.map((f) => f.file)).toEqual([
      'seeds/missing.txt',
      'bad_encoding',
      'corpus/poisoned.html',
    ]);
    expect(summary.failures[0].reason).toBe('no such file');
    expect(summary.failures[1].reason).toBe('cannot decode: invalid UTF-8');
    expect(summary.failures[2].reason).toMatch(/propert/i);

    expect(await count(`MATCH (d:Document) RETURN count(d) AS n`)).toBe(1);
    expect(await count(`MATCH ()-[r {doc: 'poisoned'}]->() RETURN count(r) AS n`)).toBe(0);
    // Nodes only the poisoned document would have created do not exist.
    expect(
      await count(`MATCH (o:Official {nameFolded: 'nguyen thi thu'}) RETURN count(o) AS n`),
    ).toBe(0);
    expect(await count(`MATCH (s:Supervision) RETURN count(s) AS n`)).toBe(0);
    // The good document is complete.
    expect(
      await count(`MATCH ()-[r {doc: 'hp_conference'}]->() RETURN count(r) AS n`),
    ).toBeGreaterThan(3);
  });

  test('a failing replacement leaves the old version intact', async () => {
    await ingestDocuments(driver, [docA()], { now: NOW });
    const before = await graphStats(driver);
    const bad = docA(' v2');
    bad.result = {
      ...bad.result,
      document: { ...bad.result.document, title: [1, { x: 2 }] as unknown as string },
    };
    const summary = await ingestDocuments(driver, [bad], { now: NOW });
    expect(summary.documents).toMatchObject({ failed: 1, replaced: 0 });
    expect(await graphStats(driver)).toEqual(before);
    const [doc] = await query<{ sha: string }>(
      `MATCH (d:Document {id: 'hp_supervision'}) RETURN d.sha256 AS sha`,
    );
    expect(doc.sha).toBe(docA().sha256);
  });

  test('batch size does not change the graph', async () => {
    // Every node's properties (a batch folds the rows several documents give for one node).
    const nodes = (): Promise<{ n: Record<string, unknown> }[]> =>
      query<{ n: Record<string, unknown> }>(
        `MATCH (x) WHERE NOT x:Document
         RETURN properties(x) AS n ORDER BY coalesce(x.key, x.name)`,
      );
    await ingestDocuments(driver, [docA(), docB()], { now: NOW, batchSize: 1 });
    const one = await graphStats(driver);
    const oneNodes = await nodes();
    await resetDatabase(driver);
    await ingestDocuments(driver, [docA(), docB()], { now: NOW, batchSize: 100 });
    expect(await graphStats(driver)).toEqual(one);
    expect(await nodes()).toEqual(oneNodes);
  });

  test('an unreachable database fails the ingest with a clear message', async () => {
    const neo4j = (await import('neo4j-driver')).default;
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 200,
      connectionTimeout: 500,
    });
    try {
      await expect(
        ingestDocuments(dead, [docA()], { now: NOW, maxAttempts: 2, backoffMs: 10 }),
      ).rejects.toThrow(/^database unavailable: /);
    } finally {
      await dead.close();
    }
  });
});
