/**
 * Every string of the template versions widget. `{version}` is a version number, `{name}` a
 * template name, `{key}` a template key, `{time}` a formatted date, `{target}` an assignment's
 * team or protocol template, `{count}`, `{shown}` and `{total}` numbers.
 */
export interface TemplateVersionsMessages {
  title: string;
  loading: string;
  familyKey: string;
  versionCountOne: string;
  versionCountOther: string;
  version: string;
  statusDraft: string;
  statusPublished: string;
  statusArchived: string;
  latest: string;
  retired: string;
  forkedFrom: string;
  forkedFromUnknown: string;
  created: string;
  publishedAt: string;
  stagesOne: string;
  stagesOther: string;
  publish: string;
  archive: string;
  showAssignments: string;
  assignmentsTitle: string;
  assignmentsLoading: string;
  assignmentsEmpty: string;
  assignmentTeam: string;
  assignmentProtocol: string;
  assignmentPending: string;
  revoke: string;
  revokeLabel: string;
  addTitle: string;
  targetKind: string;
  targetTeam: string;
  targetProtocol: string;
  targetId: string;
  targetIdInvalid: string;
  targetDuplicate: string;
  assign: string;
  archivedNoAssign: string;
  adminOnly: string;
  working: string;
  donePublished: string;
  doneArchived: string;
  doneAssigned: string;
  doneRevoked: string;
  refusedTitle: string;
  forbiddenTitle: string;
  emptyTitle: string;
  emptyDescription: string;
  // Long lists (paged keys, collapsed lineages)
  showAllVersions: string;
  showFewerVersions: string;
  showMoreTemplates: string;
  shownTemplates: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    templateVersions: TemplateVersionsMessages;
  }
}

export const templateVersionsMessages: TemplateVersionsMessages = {
  title: 'Workflow templates',
  loading: 'Loading the templates',
  familyKey: 'Key {key}',
  versionCountOne: '1 version',
  versionCountOther: '{count} versions',
  version: 'Version {version}',
  statusDraft: 'Draft',
  statusPublished: 'Published',
  statusArchived: 'Archived',
  latest: 'Latest',
  retired: 'Retired',
  forkedFrom: 'Forked from version {version}',
  forkedFromUnknown: 'Forked from another template',
  created: 'Created {time}',
  publishedAt: 'Published {time}',
  stagesOne: '1 stage',
  stagesOther: '{count} stages',
  publish: 'Publish',
  archive: 'Archive',
  showAssignments: 'Assignments',
  assignmentsTitle: 'Assignments of {name}, version {version}',
  assignmentsLoading: 'Loading the assignments',
  assignmentsEmpty: 'This version is not assigned to any team or protocol template.',
  assignmentTeam: 'Team {target}',
  assignmentProtocol: 'Protocol template {target}',
  assignmentPending: 'Saving…',
  revoke: 'Revoke',
  revokeLabel: 'Revoke {target}',
  addTitle: 'Add an assignment',
  targetKind: 'Assign to',
  targetTeam: 'Team',
  targetProtocol: 'Protocol template',
  targetId: 'Team or protocol template id',
  targetIdInvalid: 'An id has 1 to {max} characters.',
  targetDuplicate: 'This version is already assigned there.',
  assign: 'Assign',
  archivedNoAssign: 'Archived versions cannot be assigned.',
  adminOnly: 'Only administrators can change templates.',
  working: 'Saving…',
  donePublished: 'Version published.',
  doneArchived: 'Version archived.',
  doneAssigned: 'Assignment added.',
  doneRevoked: 'Assignment revoked.',
  refusedTitle: 'The action was refused',
  forbiddenTitle: 'You are not allowed to do this',
  emptyTitle: 'No templates yet',
  emptyDescription: 'Workflow templates created by administrators appear here.',
  // Long lists (paged keys, collapsed lineages)
  showAllVersions: 'Show all {count} versions',
  showFewerVersions: 'Show fewer versions',
  showMoreTemplates: 'Show more templates',
  shownTemplates: 'Showing {shown} of {total} templates',
};
