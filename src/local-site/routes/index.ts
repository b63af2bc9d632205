import type { Route } from '../route';
import { getAllBoards, getAllSprints, getBoard, getConfiguration, getSprint } from './jira-agile';
import { bulkGetUsers, getBulkChangelogs } from './jira-bulk';
import { getFields } from './jira-fields';
import { getComments, getIssueWorklog } from './jira-issue-pages';
import { getProject } from './jira-project';
import { getMyPermissions } from './jira-permissions';
import { addComment } from './jira-add-comment';
import { getCurrentUser } from './jira-myself';
import { createBulkUserLookup, getBlogPosts, getPages, getSpaces } from './confluence';
import { searchJql } from './jira-search';

/** Every operation the local site serves. */
export const ROUTES: readonly Route[] = [
  getProject,
  getFields,
  getAllBoards,
  getBoard,
  getConfiguration,
  getAllSprints,
  getSprint,
  searchJql,
  getComments,
  getIssueWorklog,
  getBulkChangelogs,
  bulkGetUsers,
  getMyPermissions,
  addComment,
  getCurrentUser,
  getSpaces,
  getPages,
  getBlogPosts,
  createBulkUserLookup,
];
