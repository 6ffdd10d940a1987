import {
  createStore,
  findSeededTemplate,
  overrideEndpoint,
  SEEDED_TEMPLATE_KEYS,
} from '@govkit/mock-server';
import { templatesEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedTemplateVersions } from './connected-template-versions';

// Seeded ids are deterministic: every story's fresh store holds the same templates.
const seeded = createStore();
const qpcrV2 = String(findSeededTemplate(seeded, SEEDED_TEMPLATE_KEYS.qpcr, 2).id);

const meta: Meta<typeof ConnectedTemplateVersions> = {
  title: 'Templates and baselines/Template versions/Connected',
  component: ConnectedTemplateVersions,
  args: { viewer: { id: 'user-admin', isAdmin: true }, defaultSelectedId: qpcrV2 },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

/** Add an assignment to qpcr-release v2, then revoke it, over the mock server. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const panel = await canvas.findByRole(
      'region',
      { name: 'Assignments of qPCR release, version 2' },
      { timeout: 10_000 },
    );
    await within(panel).findByText('Team team-governance', {}, { timeout: 10_000 });
    await userEvent.type(
      within(panel).getByLabelText('Team or protocol template id'),
      'team-partner-lab',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Assign' }));
    const revoke = await within(panel).findByRole(
      'button',
      { name: 'Revoke Team team-partner-lab' },
      { timeout: 10_000 },
    );
    await userEvent.click(revoke);
    await waitFor(() => expect(within(panel).queryByText('Team team-partner-lab')).toBeNull(), {
      timeout: 10_000,
    });
  },
};

/** Publish the seeded sequencing draft. */
export const PublishDraft: Story = {
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole(
      'heading',
      { name: 'Sequencing sign-off' },
      { timeout: 10_000 },
    );
    const family = heading.parentElement as HTMLElement;
    await userEvent.click(within(family).getByRole('button', { name: 'Publish' }));
    await waitFor(
      () =>
        expect(within(family).getByRole('listitem')).toHaveAttribute('data-status', 'published'),
      { timeout: 10_000 },
    );
  },
};

/** The server refuses to archive (403): the version stays published, the refusal is explained. */
export const ArchiveForbidden: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(templatesEndpoints.archive, () =>
        HttpResponse.json({ detail: 'Admin privileges required' }, { status: 403 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole(
      'heading',
      { name: 'Cell culture GMP review' },
      { timeout: 10_000 },
    );
    const family = heading.parentElement as HTMLElement;
    await userEvent.click(within(family).getByRole('button', { name: 'Archive' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'You are not allowed to do this',
    );
    await expect(within(family).getByRole('listitem')).toHaveAttribute('data-status', 'published');
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(templatesEndpoints.list, () => delay('infinite')));
  },
};

/** The list fails once; "Try again" then loads it. */
export const ErrorThenRetry: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(
        templatesEndpoints.list,
        () => HttpResponse.json({ detail: 'Template store unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('heading', { name: 'Sequencing sign-off' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};
