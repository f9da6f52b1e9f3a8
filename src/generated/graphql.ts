/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A decision, directive, regulation or plan (văn bản), by its symbol. */
export type Directive = {
  __typename?: 'Directive';
  /** Documents that cite it. */
  citedBy: Array<Document>;
  date?: Maybe<Scalars['String']['output']>;
  /** Directives carrying this one out (direct). */
  implementedBy: Array<Directive>;
  /** Directives this one carries out (direct). */
  implements: Array<Directive>;
  issuer?: Maybe<Organization>;
  /** Issuer's jurisdiction (null: central). */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  key: Scalars['ID']['output'];
  /** IMPLEMENTS links up to `depth` (1..10) hops away, nearest first. */
  lineage: Array<DirectiveLink>;
  subject?: Maybe<Scalars['String']['output']>;
  /** Supervisions of its execution. */
  supervisions: Array<Supervision>;
  /** Number and sign as written ("23-QĐ/TW"). */
  symbol: Scalars['String']['output'];
  /** Quyết định, Chỉ thị, Kế hoạch... */
  type?: Maybe<Scalars['String']['output']>;
};


/** A decision, directive, regulation or plan (văn bản), by its symbol. */
export type DirectiveLineageArgs = {
  depth?: Scalars['Int']['input'];
  direction?: LineageDirection;
};

export type DirectiveConnection = {
  __typename?: 'DirectiveConnection';
  edges: Array<DirectiveEdge>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DirectiveEdge = {
  __typename?: 'DirectiveEdge';
  cursor: Scalars['String']['output'];
  node: Directive;
};

export type DirectiveFilter = {
  from?: InputMaybe<Scalars['String']['input']>;
  /** Part of the issuing body name. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Symbol, normalised like the stored one. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  /** Quyết định, Chỉ thị... */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** One IMPLEMENTS link: `from` carries out `to`. */
export type DirectiveLink = {
  __typename?: 'DirectiveLink';
  /** Distance from the directive asked about (1 = direct). */
  depth: Scalars['Int']['output'];
  from: Directive;
  /** True when no document states the link outright. */
  inferred: Scalars['Boolean']['output'];
  to: Directive;
};

/** A source document (news article) facts are taken from. */
export type Document = {
  __typename?: 'Document';
  /** The article's byline. */
  author?: Maybe<Scalars['String']['output']>;
  /** Directives it cites. */
  directives: Array<Directive>;
  /** ISO date, or "--MM-DD" when no year. */
  eventDate?: Maybe<Scalars['String']['output']>;
  /** File name without extension. */
  id: Scalars['ID']['output'];
  /** Province-level place the article is about. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** Officials it names. */
  officials: Array<Official>;
  /** Organisations it names. */
  organizations: Array<Organization>;
  /** Outlet or site ("baothanhhoa.vn"). */
  source?: Maybe<Scalars['String']['output']>;
  /** Supervisions it reports. */
  supervisions: Array<Supervision>;
  title?: Maybe<Scalars['String']['output']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

/** Where a document states a fact: the quoted span and its offsets. */
export type Evidence = {
  __typename?: 'Evidence';
  document: Document;
  /** UTF-16 offset after the last character. */
  end: Scalars['Int']['output'];
  /** The document text between start and end. */
  quote: Scalars['String']['output'];
  /** UTF-16 offset of the first character. */
  start: Scalars['Int']['output'];
};

/** UP: what a directive implements; DOWN: what implements it. */
export type LineageDirection =
  | 'BOTH'
  | 'DOWN'
  | 'UP';

/** A person named in the documents (cán bộ), one per name and province. */
export type Official = {
  __typename?: 'Official';
  jurisdiction?: Maybe<Scalars['String']['output']>;
  key: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Roles as a timeline (asOf ascending), each dated by the stating document. */
  roles: Array<RoleHeld>;
  supervisionsHosted: Array<Supervision>;
  supervisionsJoined: Array<Supervision>;
  supervisionsLed: Array<Supervision>;
};

export type OfficialConnection = {
  __typename?: 'OfficialConnection';
  edges: Array<OfficialEdge>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OfficialEdge = {
  __typename?: 'OfficialEdge';
  cursor: Scalars['String']['output'];
  node: Official;
};

export type OfficialFilter = {
  /** Province ("Thanh Hóa", "thanh hoa"). */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name of an organisation. */
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** A Party, state or mass organisation body (cơ quan, tổ chức). */
export type Organization = {
  __typename?: 'Organization';
  /** Bodies that are part of it. */
  children: Array<Organization>;
  directivesIssued: Array<Directive>;
  jurisdiction?: Maybe<Scalars['String']['output']>;
  key: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** central, province, district, commune or unknown. */
  level?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The body it is part of. */
  parent?: Maybe<Organization>;
  /** People holding roles in it, by title then date; `title` filters (folded). */
  people: Array<OrganizationMember>;
  supervisionsConducted: Array<Supervision>;
  supervisionsReceived: Array<Supervision>;
};


/** A Party, state or mass organisation body (cơ quan, tổ chức). */
export type OrganizationPeopleArgs = {
  title?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An official holding a role in an organisation, as of a date. */
export type OrganizationMember = {
  __typename?: 'OrganizationMember';
  asOf?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  official: Official;
  title: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A directive by key, or by symbol (the most recent one when several match). */
  directive?: Maybe<Directive>;
  /** Directives by date desc, then key. */
  directives: DirectiveConnection;
  document?: Maybe<Document>;
  /** Documents by id. */
  documents: DocumentConnection;
  official?: Maybe<Official>;
  /** Officials by folded name, then key. */
  officials: OfficialConnection;
  organization?: Maybe<Organization>;
  /** Organisations by folded name, then key. */
  organizations: OrganizationConnection;
  /** Officials, organisations and directives whose name (or symbol and subject) contains every word of `text`, ignoring case and diacritics; best matches first. */
  search: Array<SearchResult>;
  supervision?: Maybe<Supervision>;
  /** Who supervised whom, under which decision: date desc, then key. */
  supervisions: SupervisionConnection;
};


export type QueryDirectiveArgs = {
  key?: InputMaybe<Scalars['ID']['input']>;
  symbol?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DirectiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOfficialArgs = {
  key: Scalars['ID']['input'];
};


export type QueryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationArgs = {
  key: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySupervisionArgs = {
  key: Scalars['ID']['input'];
};


export type QuerySupervisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A role an official held, dated by the document that states it. */
export type RoleHeld = {
  __typename?: 'RoleHeld';
  /** The stating document's event date (else its ingest date). */
  asOf?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  organization?: Maybe<Organization>;
  /** Position title ("Trưởng ban", "Bí thư"). */
  title: Scalars['String']['output'];
};

/** A search hit. */
export type SearchResult = Directive | Official | Organization;

/** A supervision, inspection, survey or working visit (giám sát, kiểm tra...). */
export type Supervision = {
  __typename?: 'Supervision';
  /** Bodies that conducted it. */
  conductors: Array<Organization>;
  /** ISO date, or "--MM-DD" when no year. */
  date?: Maybe<Scalars['String']['output']>;
  /** "Đoàn giám sát 3135". */
  delegation?: Maybe<Scalars['String']['output']>;
  /** Directives whose execution was supervised. */
  directives: Array<Directive>;
  /** The sentences reporting it. */
  evidence: Array<Evidence>;
  /** People of the supervised side who received it. */
  hosts: Array<Official>;
  key: Scalars['ID']['output'];
  /** giám sát | kiểm tra | khảo sát | làm việc */
  kind: Scalars['String']['output'];
  /** Head of the supervising side. */
  leader?: Maybe<Official>;
  /** Other members of the supervising side. */
  participants: Array<Official>;
  /** Bodies supervised. */
  targets: Array<Organization>;
  topic?: Maybe<Scalars['String']['output']>;
};

export type SupervisionConnection = {
  __typename?: 'SupervisionConnection';
  edges: Array<SupervisionEdge>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SupervisionEdge = {
  __typename?: 'SupervisionEdge';
  cursor: Scalars['String']['output'];
  node: Supervision;
};

/** All given criteria must hold; text matches ignore case and accents. */
export type SupervisionFilter = {
  /** Part of a conducting body name. */
  conductor?: InputMaybe<Scalars['String']['input']>;
  /** Directive symbol ("23-QĐ/TW", "23-QD/TW", "23 - QĐ/TƯ" are the same). */
  directive?: InputMaybe<Scalars['String']['input']>;
  /** Earliest date (ISO), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** giám sát | kiểm tra | khảo sát | làm việc */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name of a person involved. */
  official?: InputMaybe<Scalars['String']['input']>;
  /** Province or place of the bodies involved. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Part of a supervised body name. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** Latest date (ISO), inclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type SupervisionsUnderDirectiveQueryVariables = Exact<{
  directive?: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupervisionsUnderDirectiveQuery = { supervisions: { totalCount: number, edges: Array<{ cursor: string, node: { key: string, kind: string, date: string | null, delegation: string | null, conductors: Array<{ key: string, name: string }>, leader: { key: string, name: string } | null, participants: Array<{ name: string }>, hosts: Array<{ name: string }>, targets: Array<{ key: string, name: string }>, directives: Array<{ key: string, symbol: string, type: string | null, date: string | null }>, evidence: Array<{ quote: string, start: number, end: number, document: { id: string, title: string | null, source: string | null } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfficialRolesQueryVariables = Exact<{
  name?: string;
  first?: number | null | undefined;
}>;


export type OfficialRolesQuery = { officials: { totalCount: number, edges: Array<{ node: { key: string, name: string, jurisdiction: string | null, roles: Array<{ title: string, asOf: string | null, organization: { key: string, name: string } | null, evidence: Array<{ quote: string, document: { id: string } }> }>, supervisionsLed: Array<{ key: string, kind: string, date: string | null, targets: Array<{ name: string }> }>, supervisionsJoined: Array<{ key: string, date: string | null }>, supervisionsHosted: Array<{ key: string, date: string | null }> } }> } };

export type OrganizationLinksQueryVariables = Exact<{
  name?: string;
  first?: number | null | undefined;
}>;


export type OrganizationLinksQuery = { organizations: { totalCount: number, edges: Array<{ node: { key: string, name: string, kind: string | null, level: string | null, jurisdiction: string | null, parent: { key: string, name: string } | null, children: Array<{ key: string, name: string }>, people: Array<{ title: string, asOf: string | null, official: { key: string, name: string } }>, supervisionsConducted: Array<{ key: string, date: string | null, targets: Array<{ name: string }> }>, supervisionsReceived: Array<{ key: string, date: string | null, conductors: Array<{ name: string }> }>, directivesIssued: Array<{ symbol: string, date: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DirectiveLineageQueryVariables = Exact<{
  symbol?: string;
  depth?: number;
}>;


export type DirectiveLineageQuery = { directive: { key: string, symbol: string, type: string | null, date: string | null, subject: string | null, issuer: { name: string } | null, implements: Array<{ symbol: string }>, implementedBy: Array<{ symbol: string }>, lineage: Array<{ depth: number, inferred: boolean, from: { symbol: string, date: string | null }, to: { symbol: string, date: string | null } }>, supervisions: Array<{ key: string, date: string | null, targets: Array<{ name: string }> }>, citedBy: Array<{ id: string, title: string | null, eventDate: string | null }> } | null };

export type SearchQueryVariables = Exact<{
  text?: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Directive', key: string, symbol: string, type: string | null, date: string | null }
    | { __typename: 'Official', key: string, name: string, jurisdiction: string | null }
    | { __typename: 'Organization', key: string, name: string, level: string | null }
  > };


export const SupervisionsUnderDirectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionsUnderDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"23-QĐ/TW","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"directive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directive"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"}},{"kind":"Field","name":{"kind":"Name","value":"conductors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionsUnderDirectiveQuery, SupervisionsUnderDirectiveQueryVariables>;
export const OfficialRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Phạm Thị Thanh Thủy","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionsLed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionsJoined"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionsHosted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficialRolesQuery, OfficialRolesQueryVariables>;
export const OrganizationLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Ban Dân vận","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionsConducted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"conductors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directivesIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationLinksQuery, OrganizationLinksQueryVariables>;
export const DirectiveLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectiveLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"763-QĐ/TU","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"BOTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}}]}}]}}]} as unknown as DocumentNode<DirectiveLineageQuery, DirectiveLineageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"pham thi thanh thuy","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;