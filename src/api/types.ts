import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  createUnionType,
  registerEnumType,
  type ClassType,
} from 'type-graphql';

/**
 * GraphQL types (code-first). The classes double as the shapes the Cypher projections return
 * (src/api/rows.ts converts query rows into them); fields with a @FieldResolver are loaded
 * lazily through the request's DataLoaders.
 */

@ObjectType('Document', {
  simpleResolvers: true,
  description: 'A source document (news article) facts are taken from.',
})
export class SourceDocument {
  @Field(() => ID, { description: 'File name without extension.' })
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Outlet or site ("baothanhhoa.vn").' })
  source!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Province-level place the article is about.',
  })
  jurisdiction!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, or "--MM-DD" when no year.' })
  eventDate!: string | null;

  @Field(() => String, { nullable: true, description: "The article's byline." })
  author!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Where a document states a fact: the quoted span and its offsets.',
})
export class Evidence {
  @Field(() => String, { description: 'The document text between start and end.' })
  quote!: string;

  @Field(() => Int, { description: 'UTF-16 offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'UTF-16 offset after the last character.' })
  end!: number;

  @Field(() => SourceDocument)
  document!: SourceDocument;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A Party, state or mass organisation body (cơ quan, tổ chức).',
})
export class Organization {
  @Field(() => ID)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'central, province, district, commune or unknown.',
  })
  level!: string | null;

  @Field(() => String, { nullable: true })
  jurisdiction!: string | null;

  /** Prefetched by the `organization` root query when selected (else loaded by the resolvers). */
  parent?: Organization | null;
  children?: Organization[];
  people?: OrganizationMember[];
  supervisionsConducted?: Supervision[];
  supervisionsReceived?: Supervision[];
  directivesIssued?: Directive[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A person named in the documents (cán bộ), one per name and province.',
})
export class Official {
  @Field(() => ID)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  jurisdiction!: string | null;

  /** Preloaded by the root query when present (else loaded by the roles field resolver). */
  roles?: RoleHeld[];
  /** Prefetched by the `official` root query when selected (else loaded by the resolvers). */
  supervisionsLed?: Supervision[];
  supervisionsJoined?: Supervision[];
  supervisionsHosted?: Supervision[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A role an official held, dated by the document that states it.',
})
export class RoleHeld {
  @Field(() => String, { description: 'Position title ("Trưởng ban", "Bí thư").' })
  title!: string;

  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field(() => String, {
    nullable: true,
    description: "The stating document's event date (else its ingest date).",
  })
  asOf!: string | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'An official holding a role in an organisation, as of a date.',
})
export class OrganizationMember {
  @Field(() => Official)
  official!: Official;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  asOf!: string | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A decision, directive, regulation or plan (văn bản), by its symbol.',
})
export class Directive {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { description: 'Number and sign as written ("23-QĐ/TW").' })
  symbol!: string;

  @Field(() => String, { nullable: true, description: 'Quyết định, Chỉ thị, Kế hoạch...' })
  type!: string | null;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: "Issuer's jurisdiction (null: central)." })
  jurisdiction!: string | null;

  /** Prefetched by the `directive` root query when selected (else loaded by the resolvers). */
  issuer?: Organization | null;
  implements?: Directive[];
  implementedBy?: Directive[];
  supervisions?: Supervision[];
  citedBy?: SourceDocument[];
  /** The lineage links for one (depth, direction), when the selection asked for them. */
  lineage?: { depth: number; direction: LineageDirection; links: DirectiveLink[] };
}

export enum LineageDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  BOTH = 'BOTH',
}
registerEnumType(LineageDirection, {
  name: 'LineageDirection',
  description: 'UP: what a directive implements; DOWN: what implements it.',
});

@ObjectType({ simpleResolvers: true, description: 'One IMPLEMENTS link: `from` carries out `to`.' })
export class DirectiveLink {
  @Field(() => Directive)
  from!: Directive;

  @Field(() => Directive)
  to!: Directive;

  @Field(() => Int, { description: 'Distance from the directive asked about (1 = direct).' })
  depth!: number;

  @Field(() => Boolean, { description: 'True when no document states the link outright.' })
  inferred!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A supervision, inspection, survey or working visit (giám sát, kiểm tra...).',
})
export class Supervision {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { description: 'giám sát | kiểm tra | khảo sát | làm việc' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'ISO date, or "--MM-DD" when no year.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: '"Đoàn giám sát 3135".' })
  delegation!: string | null;

  @Field(() => String, { nullable: true })
  topic!: string | null;

  @Field(() => [Organization], { description: 'Bodies that conducted it.' })
  conductors!: Organization[];

  @Field(() => Official, { nullable: true, description: 'Head of the supervising side.' })
  leader!: Official | null;

  @Field(() => [Official], { description: 'Other members of the supervising side.' })
  participants!: Official[];

  @Field(() => [Official], { description: 'People of the supervised side who received it.' })
  hosts!: Official[];

  @Field(() => [Organization], { description: 'Bodies supervised.' })
  targets!: Organization[];

  @Field(() => [Directive], { description: 'Directives whose execution was supervised.' })
  directives!: Directive[];

  @Field(() => [Evidence], { description: 'The sentences reporting it.' })
  evidence!: Evidence[];
}

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A search hit.',
  // Hits are instances of these classes (see searchHit): type-graphql's default resolveType
  // matches them with instanceof, synchronously (a custom one is wrapped in an async function).
  types: () => [Official, Organization, Directive] as const,
});

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** A cursor connection type `<Name>Connection` with edges `<Name>Edge`. */
function connectionOf<T extends object>(name: string, nodeType: ClassType<T>): ClassType {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => Int, { description: 'Number of items matching, over all pages.' })
    totalCount!: number;

    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

export const SupervisionConnection = connectionOf('Supervision', Supervision);
export const OfficialConnection = connectionOf('Official', Official);
export const OrganizationConnection = connectionOf('Organization', Organization);
export const DirectiveConnection = connectionOf('Directive', Directive);
export const DocumentConnection = connectionOf('Document', SourceDocument);

@InputType({ description: 'All given criteria must hold; text matches ignore case and accents.' })
export class SupervisionFilter {
  @Field(() => String, { nullable: true, description: 'Part of a conducting body name.' })
  conductor?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a supervised body name.' })
  target?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Directive symbol ("23-QĐ/TW", "23-QD/TW", "23 - QĐ/TƯ" are the same).',
  })
  directive?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name of a person involved.' })
  official?: string | null;

  @Field(() => String, { nullable: true, description: 'Province or place of the bodies involved.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'giám sát | kiểm tra | khảo sát | làm việc' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Earliest date (ISO), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Latest date (ISO), inclusive.' })
  to?: string | null;
}

@InputType()
export class OfficialFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Province ("Thanh Hóa", "thanh hoa").' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name of an organisation.' })
  organization?: string | null;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true })
  level?: string | null;

  @Field(() => String, { nullable: true })
  jurisdiction?: string | null;
}

@InputType()
export class DirectiveFilter {
  @Field(() => String, { nullable: true, description: 'Symbol, normalised like the stored one.' })
  symbol?: string | null;

  @Field(() => String, { nullable: true, description: 'Quyết định, Chỉ thị...' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the issuing body name.' })
  issuer?: string | null;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}
