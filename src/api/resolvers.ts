import { GraphQLError, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { cypher } from '../graph/cypher';
import { fold } from '../common/fold';
import type { ApiContext } from './context';
import type { Row } from './db';
import { lineageLevels, loadSupervisions, MAX_LINEAGE_DEPTH } from './loaders';
import { decodeCursor, pageSize, toConnection, type PageRows } from './pagination';
import { Selection } from './selection';
import { composed, type Flags } from './template';
import { foldedOrNull, lowerOrNull, luceneQuery, supervisionKind, symbolForms } from './text';
import {
  type Connection,
  Directive,
  DirectiveConnection,
  DirectiveFilter,
  DirectiveLink,
  LineageDirection,
  Official,
  OfficialConnection,
  OfficialFilter,
  Organization,
  OrganizationConnection,
  OrganizationFilter,
  OrganizationMember,
  RoleHeld,
  SearchResult,
  SourceDocument,
  DocumentConnection,
  Evidence,
  Supervision,
  SupervisionConnection,
  SupervisionFilter,
} from './types';

export { MAX_LINEAGE_DEPTH };
export const MAX_SEARCH_RESULTS = 100;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** List-typed parameters of the list queries; every other parameter is a string. */
const LIST_PARAMS = new Set(['directiveForms', 'symbolForms', 'after']);

/**
 * Absent criteria as '' or [] rather than null: Neo4j caches a plan per query text and parameter
 * types, so stable types mean one plan per query instead of one per combination of filters.
 */
function stableParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = v === null || v === undefined ? (LIST_PARAMS.has(k) ? [] : '') : v;
  }
  return out;
}

/**
 * The file of a list query: `api-<list>`, or a variant with the same parameters, filters and
 * result that starts from the most selective filter set (each variant is still parameterised).
 */
function listQuery(list: string, params: Record<string, unknown>): string {
  const forms = params.directiveForms;
  if (list === 'supervisions' && Array.isArray(forms) && forms.length > 0) {
    return 'api-supervisions-directive';
  }
  return `api-${list}`;
}

/** Runs a list query (`cypher/api-<name>.cypher`) for one page and builds the connection. */
async function page<T>(
  ctx: ApiContext,
  list: string,
  arity: number,
  params: Record<string, unknown>,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<T>> {
  const size = pageSize(first);
  const cursor = decodeCursor(after, list, arity);
  const rows = await ctx.db.read(
    cypher(listQuery(list, params)),
    stableParams({ ...params, after: cursor, limit: size + 1 }),
  );
  const row: Row | undefined = rows[0];
  const result = {
    totalCount: Number(row?.totalCount ?? 0),
    items: (row?.items ?? []) as unknown as PageRows<T>['items'],
  };
  return toConnection(list, size, result);
}

/**
 * The single node of a list query filtered by its key, or null. With a key (or document id) the
 * `api-<list>-key` variant runs: the same filters and projection, started from the key's unique
 * index instead of scanning every node of the label.
 */
async function single<T>(
  ctx: ApiContext,
  list: string,
  params: Record<string, unknown>,
): Promise<T | null> {
  const id = params.key ?? params.id;
  const byKey = typeof id === 'string' && id !== '';
  const rows = await ctx.db.read(
    cypher(byKey ? `api-${list}-key` : listQuery(list, params)),
    stableParams({ ...params, after: null, limit: 1 }),
  );
  const items = (rows[0]?.items ?? []) as unknown as PageRows<T>['items'];
  return items.length > 0 ? items[0].node : null;
}

/**
 * The node of a by-key query (`cypher/api-<list>-key.cypher`, a template: see
 * src/api/template.ts) with the nested fields `flags` keep, or null when no node has the key.
 */
async function byKey<T>(
  ctx: ApiContext,
  list: string,
  params: Record<string, unknown>,
  flags: Flags,
): Promise<T | null> {
  const rows = await ctx.db.read(composed(`api-${list}-key`, flags), stableParams(params));
  return (rows[0]?.node ?? null) as T | null;
}

/** The properties a nested node always carries (the rest only when the selection asks). */
const BRIEF = {
  Organization: ['key', 'name'],
  Official: ['key', 'name'],
  Directive: ['key', 'symbol'],
  Supervision: ['key', 'kind', 'date'],
} as const;

function objectType(info: GraphQLResolveInfo, name: keyof typeof BRIEF): GraphQLObjectType {
  return info.schema.getType(name) as GraphQLObjectType;
}

/** Whether the sub-selection `field` of `sel` asks for more than the brief `type` properties. */
function full(
  sel: Selection | undefined,
  field: string,
  info: GraphQLResolveInfo,
  type: keyof typeof BRIEF,
): boolean {
  return sel?.sub(field)?.asksBeyond(objectType(info, type), BRIEF[type]) ?? false;
}

/** Which sub-fields of the supervisions reached from a node the query asks for (sup* flags). */
function supervisionFlags(sels: (Selection | undefined)[], info: GraphQLResolveInfo): Flags {
  const has = (f: string): boolean => sels.some((s) => s?.has(f) ?? false);
  const beyond = (fields: string[], type: keyof typeof BRIEF): boolean =>
    sels.some((s) => fields.some((f) => full(s, f, info, type)));
  return {
    supFull: sels.some((s) => s?.asksBeyond(objectType(info, 'Supervision'), BRIEF.Supervision)),
    supOrgFull: beyond(['conductors', 'targets'], 'Organization'),
    supOfficialFull: beyond(['leader', 'participants', 'hosts'], 'Official'),
    supDirectiveFull: beyond(['directives'], 'Directive'),
    supConductors: has('conductors'),
    supLeader: has('leader'),
    supParticipants: has('participants'),
    supHosts: has('hosts'),
    supTargets: has('targets'),
    supDirectives: has('directives'),
    supEvidence: has('evidence'),
  };
}

/** The lineage arguments of the selection, when every occurrence asks for the same ones. */
function lineageArgs(
  sel: Selection,
  info: GraphQLResolveInfo,
): { depth: number; direction: LineageDirection } | undefined {
  const type = info.schema.getType('Directive') as GraphQLObjectType;
  const args = sel.args('lineage', type.getFields().lineage, info.variableValues);
  if (!args || args.length === 0) return undefined;
  const depth = args[0].depth;
  const direction = args[0].direction as LineageDirection;
  if (args.some((a) => a.depth !== depth || a.direction !== direction)) return undefined;
  if (typeof depth !== 'number' || !Number.isInteger(depth)) return undefined;
  if (depth < 1 || depth > MAX_LINEAGE_DEPTH) return undefined; // the field reports the error
  return { depth, direction };
}

const NO_SUPERVISION_FILTER = {
  key: null,
  kind: null,
  from: null,
  to: null,
  directiveForms: null,
  conductor: null,
  target: null,
  official: null,
  place: null,
  placeLower: null,
};

function supervisionParams(f: SupervisionFilter | null | undefined): Record<string, unknown> {
  if (!f) return NO_SUPERVISION_FILTER;
  return {
    ...NO_SUPERVISION_FILTER,
    kind: supervisionKind(f.kind),
    from: isoBound(f.from, 'from'),
    to: isoBound(f.to, 'to'),
    directiveForms: symbolForms(f.directive),
    conductor: foldedOrNull(f.conductor),
    target: foldedOrNull(f.target),
    official: foldedOrNull(f.official),
    place: foldedOrNull(f.place),
    placeLower: lowerOrNull(f.place),
  };
}

/** `from`/`to` as ISO dates ("2021", "2021-07", "2021-07-30"); "to" bounds include the period. */
function isoBound(s: string | null | undefined, which: 'from' | 'to'): string | null {
  if (s === null || s === undefined || s.trim() === '') return null;
  const t = s.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) {
    throw badInput(`\`${which}\` must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not "${t}".`);
  }
  // "2021-07" as an upper bound means up to the end of July: "2021-07" < "2021-07-31" < "2021-07~".
  return which === 'to' && t.length < 10 ? `${t}~` : t;
}

function officialParams(f: OfficialFilter | null | undefined, key: string | null) {
  return {
    key,
    name: foldedOrNull(f?.name),
    jurisdiction: foldedOrNull(f?.jurisdiction),
    organization: foldedOrNull(f?.organization),
  };
}

function organizationParams(f: OrganizationFilter | null | undefined, key: string | null) {
  return {
    key,
    name: foldedOrNull(f?.name),
    kind: lowerOrNull(f?.kind),
    level: lowerOrNull(f?.level),
    jurisdiction: foldedOrNull(f?.jurisdiction),
    jurisdictionLower: lowerOrNull(f?.jurisdiction),
  };
}

function directiveParams(f: DirectiveFilter | null | undefined, key: string | null) {
  return {
    key,
    symbolForms: symbolForms(f?.symbol),
    type: lowerOrNull(f?.type),
    issuer: foldedOrNull(f?.issuer),
    from: isoBound(f?.from, 'from'),
    to: isoBound(f?.to, 'to'),
  };
}

const FIRST = { nullable: true, description: 'Page size (default 20, at most 100).' };
const AFTER = { nullable: true, description: 'endCursor of the previous page.' };

@Resolver()
export class QueryResolver {
  @Query(() => SupervisionConnection, {
    description: 'Who supervised whom, under which decision: date desc, then key.',
  })
  supervisions(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => SupervisionFilter, { nullable: true }) filter: SupervisionFilter | null,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Connection<Supervision>> {
    return page<Supervision>(ctx, 'supervisions', 2, supervisionParams(filter), first, after);
  }

  @Query(() => Supervision, { nullable: true })
  supervision(
    @Ctx() ctx: ApiContext,
    @Arg('key', () => ID) key: string,
  ): Promise<Supervision | null> {
    return single<Supervision>(ctx, 'supervisions', { ...NO_SUPERVISION_FILTER, key });
  }

  @Query(() => Official, { nullable: true })
  async official(
    @Ctx() ctx: ApiContext,
    @Arg('key', () => ID) key: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Official | null> {
    const sel = Selection.of(info);
    const led = sel.sub('supervisionsLed');
    const joined = sel.sub('supervisionsJoined');
    const hosted = sel.sub('supervisionsHosted');
    const roles = sel.sub('roles');
    return byKey<Official>(ctx, 'officials', officialParams(null, key), {
      withRoles: roles !== undefined,
      rolesEvidence: roles?.has('evidence') ?? false,
      rolesOrgFull: full(roles, 'organization', info, 'Organization'),
      withLed: led !== undefined,
      withJoined: joined !== undefined,
      withHosted: hosted !== undefined,
      ...supervisionFlags([led, joined, hosted], info),
    });
  }

  @Query(() => OfficialConnection, { description: 'Officials by folded name, then key.' })
  officials(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => OfficialFilter, { nullable: true }) filter: OfficialFilter | null,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Connection<Official>> {
    return page<Official>(ctx, 'officials', 2, officialParams(filter, null), first, after);
  }

  @Query(() => Organization, { nullable: true })
  async organization(
    @Ctx() ctx: ApiContext,
    @Arg('key', () => ID) key: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organization | null> {
    const sel = Selection.of(info);
    const conducted = sel.sub('supervisionsConducted');
    const received = sel.sub('supervisionsReceived');
    const people = sel.sub('people');
    return byKey<Organization>(ctx, 'organizations', organizationParams(null, key), {
      withParent: sel.has('parent'),
      parentFull: full(sel, 'parent', info, 'Organization'),
      withChildren: sel.has('children'),
      childrenFull: full(sel, 'children', info, 'Organization'),
      withPeople: people !== undefined,
      peopleEvidence: people?.has('evidence') ?? false,
      peopleOfficialFull: full(people, 'official', info, 'Official'),
      withIssued: sel.has('directivesIssued'),
      issuedFull: full(sel, 'directivesIssued', info, 'Directive'),
      withConducted: conducted !== undefined,
      withReceived: received !== undefined,
      ...supervisionFlags([conducted, received], info),
    });
  }

  @Query(() => OrganizationConnection, { description: 'Organisations by folded name, then key.' })
  organizations(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Connection<Organization>> {
    return page<Organization>(
      ctx,
      'organizations',
      2,
      organizationParams(filter, null),
      first,
      after,
    );
  }

  @Query(() => Directive, {
    nullable: true,
    description: 'A directive by key, or by symbol (the most recent one when several match).',
  })
  async directive(
    @Ctx() ctx: ApiContext,
    @Arg('symbol', () => String, { nullable: true }) symbol: string | null,
    @Arg('key', () => ID, { nullable: true }) key: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Directive | null> {
    if (!symbol && !key) throw badInput('Give `symbol` or `key`.');
    if (!key) return single<Directive>(ctx, 'directives', directiveParams({ symbol }, null));
    const sel = Selection.of(info);
    const sups = sel.sub('supervisions');
    const lineage = lineageArgs(sel, info);
    const lineageLinks = sel.sub('lineage');
    const node = await byKey<
      Directive & { lineageUp?: DirectiveLink[]; lineageDown?: DirectiveLink[] }
    >(
      ctx,
      'directives',
      { ...directiveParams({ symbol }, key), lineageDepth: lineage?.depth ?? 0 },
      {
        withIssuer: sel.has('issuer'),
        issuerFull: full(sel, 'issuer', info, 'Organization'),
        withImplements: sel.has('implements'),
        implementsFull: full(sel, 'implements', info, 'Directive'),
        withImplementedBy: sel.has('implementedBy'),
        implementedByFull: full(sel, 'implementedBy', info, 'Directive'),
        withCitedBy: sel.has('citedBy'),
        withSupervisions: sups !== undefined,
        lineageUp: lineage !== undefined && lineage.direction !== LineageDirection.DOWN,
        lineageDown: lineage !== undefined && lineage.direction !== LineageDirection.UP,
        lineageFull:
          full(lineageLinks, 'from', info, 'Directive') ||
          full(lineageLinks, 'to', info, 'Directive'),
        lineageInferred: lineageLinks?.has('inferred') ?? false,
        ...lineageLevels(lineage?.depth ?? 1),
        ...supervisionFlags([sups], info),
      },
    );
    if (!node) return null;
    const { lineageUp, lineageDown, ...rest } = node;
    return Object.assign(rest, {
      lineage: lineage
        ? { ...lineage, links: [...(lineageUp ?? []), ...(lineageDown ?? [])] }
        : undefined,
    });
  }

  @Query(() => DirectiveConnection, { description: 'Directives by date desc, then key.' })
  directives(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => DirectiveFilter, { nullable: true }) filter: DirectiveFilter | null,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Connection<Directive>> {
    return page<Directive>(ctx, 'directives', 2, directiveParams(filter, null), first, after);
  }

  @Query(() => SourceDocument, { nullable: true })
  document(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
  ): Promise<SourceDocument | null> {
    return single<SourceDocument>(ctx, 'documents', { id });
  }

  @Query(() => DocumentConnection, { description: 'Documents by id.' })
  documents(
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
  ): Promise<Connection<SourceDocument>> {
    return page<SourceDocument>(ctx, 'documents', 1, { id: null }, first, after);
  }

  @Query(() => [SearchResult], {
    description:
      'Officials, organisations and directives whose name (or symbol and subject) contains every ' +
      'word of `text`, ignoring case and diacritics; best matches first.',
  })
  async search(
    @Ctx() ctx: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100 (default 20).' })
    first: number | null,
  ): Promise<(Official | Organization | Directive)[]> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SEARCH_RESULTS) {
      throw badInput(`\`first\` must be between 0 and ${MAX_SEARCH_RESULTS}.`);
    }
    if (text.length > 500) throw badInput('`text` is longer than 500 characters.');
    const query = luceneQuery(text);
    if (query === null || limit === 0) return [];
    const rows = await ctx.db.read(cypher('api-search'), { query, limit });
    return rows.map((r) => searchHit(String(r.type), r.node as Row));
  }
}

/** A search row as the GraphQL type it is (the union resolves on `__typename`). */
function searchHit(type: string, n: Row): Official | Organization | Directive {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  if (type === 'Official') {
    return Object.assign(new Official(), {
      key: String(n.key),
      name: String(n.name),
      jurisdiction: str(n.jurisdiction),
    });
  }
  if (type === 'Organization') {
    return Object.assign(new Organization(), {
      key: String(n.key),
      name: String(n.name),
      kind: str(n.kind),
      level: str(n.level),
      jurisdiction: str(n.jurisdiction),
    });
  }
  return Object.assign(new Directive(), {
    key: String(n.key),
    symbol: String(n.symbol),
    type: str(n.type),
    date: str(n.date),
    subject: str(n.subject),
    jurisdiction: str(n.jurisdiction),
  });
}

/**
 * The queries return one entry per HOLDS assertion (one per document); the timeline shows one
 * entry per role and date, with the evidence of every document that states it.
 */
export function mergeRoles(entries: RoleHeld[]): RoleHeld[] {
  const out = new Map<string, RoleHeld>();
  for (const e of entries) {
    const k = `${e.title}\u0000${e.organization?.key ?? ''}\u0000${e.asOf ?? ''}`;
    const prev = out.get(k);
    if (prev) prev.evidence = [...prev.evidence, ...e.evidence];
    else out.set(k, { ...e, evidence: [...e.evidence] });
  }
  return [...out.values()];
}

function mergeMembers(entries: OrganizationMember[]): OrganizationMember[] {
  const out = new Map<string, OrganizationMember>();
  for (const e of entries) {
    const k = `${e.official.key}\u0000${e.title}\u0000${e.asOf ?? ''}`;
    const prev = out.get(k);
    if (prev) prev.evidence = [...prev.evidence, ...e.evidence];
    else out.set(k, { ...e, evidence: [...e.evidence] });
  }
  return [...out.values()];
}

@Resolver(() => Official)
export class OfficialResolver {
  @FieldResolver(() => [RoleHeld], {
    description: 'Roles as a timeline (asOf ascending), each dated by the stating document.',
  })
  async roles(@Root() o: Official, @Ctx() ctx: ApiContext): Promise<RoleHeld[]> {
    if (o.roles) return mergeRoles(o.roles);
    return mergeRoles((await ctx.loaders.officialLinks.load(o.key))?.roles ?? []);
  }

  @FieldResolver(() => [Supervision])
  async supervisionsLed(@Root() o: Official, @Ctx() ctx: ApiContext): Promise<Supervision[]> {
    if (o.supervisionsLed) return o.supervisionsLed;
    const links = await ctx.loaders.officialLinks.load(o.key);
    return loadSupervisions(ctx.loaders, links?.led ?? []);
  }

  @FieldResolver(() => [Supervision])
  async supervisionsJoined(@Root() o: Official, @Ctx() ctx: ApiContext): Promise<Supervision[]> {
    if (o.supervisionsJoined) return o.supervisionsJoined;
    const links = await ctx.loaders.officialLinks.load(o.key);
    return loadSupervisions(ctx.loaders, links?.joined ?? []);
  }

  @FieldResolver(() => [Supervision])
  async supervisionsHosted(@Root() o: Official, @Ctx() ctx: ApiContext): Promise<Supervision[]> {
    if (o.supervisionsHosted) return o.supervisionsHosted;
    const links = await ctx.loaders.officialLinks.load(o.key);
    return loadSupervisions(ctx.loaders, links?.hosted ?? []);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The body it is part of.' })
  async parent(@Root() o: Organization, @Ctx() ctx: ApiContext): Promise<Organization | null> {
    if (o.parent !== undefined) return o.parent;
    return (await ctx.loaders.organizationLinks.load(o.key))?.parent ?? null;
  }

  @FieldResolver(() => [Organization], { description: 'Bodies that are part of it.' })
  async children(@Root() o: Organization, @Ctx() ctx: ApiContext): Promise<Organization[]> {
    if (o.children) return o.children;
    return (await ctx.loaders.organizationLinks.load(o.key))?.children ?? [];
  }

  @FieldResolver(() => [OrganizationMember], {
    description: 'People holding roles in it, by title then date; `title` filters (folded).',
  })
  async people(
    @Root() o: Organization,
    @Ctx() ctx: ApiContext,
    @Arg('title', () => String, { nullable: true }) title: string | null,
  ): Promise<OrganizationMember[]> {
    const people = mergeMembers(
      o.people ?? (await ctx.loaders.organizationLinks.load(o.key))?.people ?? [],
    );
    const want = foldedOrNull(title);
    return want === null ? people : people.filter((p) => fold(p.title).includes(want));
  }

  @FieldResolver(() => [Supervision])
  async supervisionsConducted(
    @Root() o: Organization,
    @Ctx() ctx: ApiContext,
  ): Promise<Supervision[]> {
    if (o.supervisionsConducted) return o.supervisionsConducted;
    const links = await ctx.loaders.organizationLinks.load(o.key);
    return loadSupervisions(ctx.loaders, links?.conducted ?? []);
  }

  @FieldResolver(() => [Supervision])
  async supervisionsReceived(
    @Root() o: Organization,
    @Ctx() ctx: ApiContext,
  ): Promise<Supervision[]> {
    if (o.supervisionsReceived) return o.supervisionsReceived;
    const links = await ctx.loaders.organizationLinks.load(o.key);
    return loadSupervisions(ctx.loaders, links?.received ?? []);
  }

  @FieldResolver(() => [Directive])
  async directivesIssued(@Root() o: Organization, @Ctx() ctx: ApiContext): Promise<Directive[]> {
    if (o.directivesIssued) return o.directivesIssued;
    return (await ctx.loaders.organizationLinks.load(o.key))?.issued ?? [];
  }
}

@Resolver(() => Directive)
export class DirectiveResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async issuer(@Root() d: Directive, @Ctx() ctx: ApiContext): Promise<Organization | null> {
    if (d.issuer !== undefined) return d.issuer;
    return (await ctx.loaders.directiveLinks.load(d.key))?.issuer ?? null;
  }

  @FieldResolver(() => [Directive], { description: 'Directives this one carries out (direct).' })
  async implements(@Root() d: Directive, @Ctx() ctx: ApiContext): Promise<Directive[]> {
    if (d.implements) return d.implements;
    return (await ctx.loaders.directiveLinks.load(d.key))?.implements ?? [];
  }

  @FieldResolver(() => [Directive], { description: 'Directives carrying this one out (direct).' })
  async implementedBy(@Root() d: Directive, @Ctx() ctx: ApiContext): Promise<Directive[]> {
    if (d.implementedBy) return d.implementedBy;
    return (await ctx.loaders.directiveLinks.load(d.key))?.implementedBy ?? [];
  }

  @FieldResolver(() => [DirectiveLink], {
    description: 'IMPLEMENTS links up to `depth` (1..10) hops away, nearest first.',
  })
  lineage(
    @Root() d: Directive,
    @Ctx() ctx: ApiContext,
    @Arg('depth', () => Int, { defaultValue: 3 }) depth: number,
    @Arg('direction', () => LineageDirection, { defaultValue: LineageDirection.UP })
    direction: LineageDirection,
  ): Promise<DirectiveLink[]> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_LINEAGE_DEPTH) {
      throw badInput(`\`depth\` must be between 1 and ${MAX_LINEAGE_DEPTH}.`);
    }
    const pre = d.lineage;
    if (pre && pre.depth === depth && pre.direction === direction) {
      return Promise.resolve(pre.links);
    }
    return ctx.loaders.lineage.load({ key: d.key, depth, direction });
  }

  @FieldResolver(() => [Supervision], { description: 'Supervisions of its execution.' })
  async supervisions(@Root() d: Directive, @Ctx() ctx: ApiContext): Promise<Supervision[]> {
    if (d.supervisions) return d.supervisions;
    const links = await ctx.loaders.directiveLinks.load(d.key);
    return loadSupervisions(ctx.loaders, links?.supervisions ?? []);
  }

  @FieldResolver(() => [SourceDocument], { description: 'Documents that cite it.' })
  async citedBy(@Root() d: Directive, @Ctx() ctx: ApiContext): Promise<SourceDocument[]> {
    if (d.citedBy) return d.citedBy;
    return (await ctx.loaders.directiveLinks.load(d.key))?.citedBy ?? [];
  }
}

@Resolver(() => Supervision)
export class SupervisionResolver {
  /** Projected by the root queries; loaded (one batch) for supervisions reached through links. */
  @FieldResolver(() => [Evidence], { description: 'The sentences reporting it.' })
  async evidence(@Root() s: Supervision, @Ctx() ctx: ApiContext): Promise<Evidence[]> {
    const projected = (s as { evidence?: Evidence[] }).evidence;
    if (projected) return projected;
    return (await ctx.loaders.supervisionEvidence.load(s.key)) ?? [];
  }
}

@Resolver(() => SourceDocument)
export class DocumentResolver {
  @FieldResolver(() => [Official], { description: 'Officials it names.' })
  async officials(@Root() doc: SourceDocument, @Ctx() ctx: ApiContext): Promise<Official[]> {
    return (await ctx.loaders.documentFacts.load(doc.id))?.officials ?? [];
  }

  @FieldResolver(() => [Organization], { description: 'Organisations it names.' })
  async organizations(
    @Root() doc: SourceDocument,
    @Ctx() ctx: ApiContext,
  ): Promise<Organization[]> {
    return (await ctx.loaders.documentFacts.load(doc.id))?.organizations ?? [];
  }

  @FieldResolver(() => [Directive], { description: 'Directives it cites.' })
  async directives(@Root() doc: SourceDocument, @Ctx() ctx: ApiContext): Promise<Directive[]> {
    return (await ctx.loaders.documentFacts.load(doc.id))?.directives ?? [];
  }

  @FieldResolver(() => [Supervision], { description: 'Supervisions it reports.' })
  async supervisions(@Root() doc: SourceDocument, @Ctx() ctx: ApiContext): Promise<Supervision[]> {
    const facts = await ctx.loaders.documentFacts.load(doc.id);
    return loadSupervisions(ctx.loaders, facts?.supervisions ?? []);
  }
}

export const RESOLVERS = [
  QueryResolver,
  OfficialResolver,
  OrganizationResolver,
  DirectiveResolver,
  SupervisionResolver,
  DocumentResolver,
] as const;
