import { ConflictError, InternalServerError, PermissionDeniedError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { TemplateVersions } from './template-versions';
import {
  manyTemplateVersions,
  TEMPLATE_ASSIGNMENTS,
  TEMPLATE_VERSIONS,
} from './template-versions.fixtures';

const meta = {
  title: 'Templates and baselines/Template versions',
  component: TemplateVersions,
  args: {
    templates: TEMPLATE_VERSIONS,
    viewer: { id: 'user-admin', isAdmin: true },
    selectedId: 'tpl-qpcr-2',
    assignments: TEMPLATE_ASSIGNMENTS,
    onPublish: fn(),
    onArchive: fn(),
    onAddAssignment: fn(),
    onRevokeAssignment: fn(),
    onSelectedIdChange: fn(),
    onRetry: fn(),
  },
} satisfies Meta<typeof TemplateVersions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three keys: a forked draft on top of two published versions, a current one, an archived one. */
export const Default: Story = {};

/** Lineage: v3 was forked from v1 (indented, "Forked from version 1"); v1 and v2 are retired. */
export const ForkLineage: Story = {
  play: async ({ canvas }) => {
    const family = canvas.getByRole('heading', { name: 'qPCR release (fast track)' })
      .parentElement as HTMLElement;
    const items = within(within(family).getAllByRole('list')[0] as HTMLElement).getAllByRole(
      'listitem',
    );
    await expect(items[0]).toHaveAttribute('data-forked', 'true');
    await expect(items[0]).toHaveTextContent('Forked from version 1');
    await expect(items.map((item) => item.getAttribute('data-standing'))).toEqual([
      'latest',
      'retired',
      'retired',
    ]);
  },
};

/** Publish the draft, archive a retired version. */
export const PublishAndArchive: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Publish' }));
    await expect(args.onPublish).toHaveBeenCalledWith('tpl-qpcr-3');
    const legacy = canvas.getByRole('heading', { name: 'Cell culture GMP review' })
      .parentElement as HTMLElement;
    await userEvent.click(within(legacy).getByRole('button', { name: 'Archive' }));
    await expect(args.onArchive).toHaveBeenCalledWith('tpl-culture-1');
  },
};

/** Add an assignment to a protocol template, then revoke the team's. */
export const AddAndRevokeAssignment: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Protocol template' }));
    await userEvent.type(canvas.getByLabelText('Team or protocol template id'), 'protocol-culture');
    await userEvent.click(canvas.getByRole('button', { name: 'Assign' }));
    await expect(args.onAddAssignment).toHaveBeenCalledWith('tpl-qpcr-2', {
      template_id: 'tpl-qpcr-2',
      protocol_template_id: 'protocol-culture',
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Revoke Team team-governance' }));
    await expect(args.onRevokeAssignment).toHaveBeenCalledWith(TEMPLATE_ASSIGNMENTS[0]);
  },
};

/** A duplicate is caught before sending; a 409 from the server keeps the typed id. */
export const AssignmentRefused: Story = {
  args: {
    actionError: apiErrorOf(ConflictError, 409, 'Assignment already exists for target'),
  },
  play: async ({ canvas }) => {
    const input = canvas.getByLabelText('Team or protocol template id');
    await userEvent.type(input, 'team-governance');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('button', { name: 'Assign' })).toBeDisabled();
  },
};

/** A non-admin sees the lineage and assignments, and no actions. */
export const ReadOnly: Story = {
  args: { viewer: { id: 'user-lead' } },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Publish' })).toBeNull();
    await expect(canvas.getByText('Only administrators can change templates.')).toBeVisible();
  },
};

/** The server refused an action with 403: said calmly, nothing else changes. */
export const RefusedForbidden: Story = {
  args: { actionError: apiErrorOf(PermissionDeniedError, 403, 'Admin privileges required') },
};

export const Loading: Story = { args: { templates: undefined } };

export const Empty: Story = { args: { templates: [], selectedId: undefined } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    templates: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Template store unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/**
 * 500 keys (the first with 60 versions, the others with four): the first 20 keys are shown and
 * each lineage is collapsed to its newest five versions; "Show more templates" adds the next 20
 * and moves focus to the first of them.
 */
export const Large: Story = {
  args: {
    templates: manyTemplateVersions(500, (family) => (family === 0 ? 60 : 4)),
    selectedId: 'batch-review-001-60',
    assignments: [],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Showing 20 of 500 templates')).toBeVisible();
    const toggle = canvas.getByRole('button', { name: 'Show all 60 versions' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName('Show fewer versions');
    await userEvent.click(toggle);
    await userEvent.click(canvas.getByRole('button', { name: 'Show more templates' }));
    await expect(canvas.getByRole('heading', { name: 'Batch review 21' })).toHaveFocus();
    await expect(canvas.getByText('Showing 40 of 500 templates')).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Veröffentlichen' })).toBeVisible();
  },
};
