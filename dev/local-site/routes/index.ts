import type { ApiDocument, Route } from '../route';
import { getAllBoards, getAllSprints, getBoard, getConfiguration, getSprint } from './jira-agile';
import { bulkGetUsers, getBulkChangelogs } from './jira-bulk';
import { getFields } from './jira-fields';
import { getComments, getIssueWorklog } from './jira-issue-pages';
import { getProject, getProjectVersionsPaginated } from './jira-project';
import { getMyPermissions } from './jira-permissions';
import { addComment } from './jira-add-comment';
import { addWorklog } from './jira-add-worklog';
import { notify } from './jira-notify';
import { findUsers, getCurrentUser } from './jira-myself';
import {
  createBulkUserLookup,
  createPage,
  createPageProperty,
  getBlogPosts,
  getPageContentProperties,
  getPageById,
  getPages,
  getSpaces,
  updatePage,
} from './confluence';
import { CODE_HOST_ROUTES } from './code-hosts';
import { bulkFetchIssues, searchJql } from './jira-search';

/** Every operation the local site serves. */
export const ROUTES: readonly Route[] = [
  getProject,
  getProjectVersionsPaginated,
  getFields,
  getAllBoards,
  getBoard,
  getConfiguration,
  getAllSprints,
  getSprint,
  searchJql,
  bulkFetchIssues,
  getComments,
  getIssueWorklog,
  getBulkChangelogs,
  bulkGetUsers,
  getMyPermissions,
  addComment,
  addWorklog,
  notify,
  getPageContentProperties,
  createPageProperty,
  getCurrentUser,
  findUsers,
  getSpaces,
  getPages,
  getBlogPosts,
  createBulkUserLookup,
  createPage,
  getPageById,
  updatePage,
  ...CODE_HOST_ROUTES,
];

/** The operations of Atlassian's documents (the OpenAPI tests cover exactly these). */
export const ATLASSIAN_ROUTES = ROUTES.filter(
  (r): r is Route & { document: ApiDocument } => r.document !== 'github' && r.document !== 'bitbucket',
);
