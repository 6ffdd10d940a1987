import {
  createStore,
  findSeededTemplate,
  overrideEndpoint,
  SEEDED_TEMPLATE_KEYS,
} from '@govkit/mock-server';
import { ConflictError, InternalServerError, PermissionDeniedError } from '@govkit/sdk';
import { templatesEndpoints } from '@govkit/sdk/schemas';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import {
  createTestClient,
  renderWithGovkit,
  TEST_BASE_URL,
  useMockGovkitServer,
} from '../test/render-with-govkit';
import { ConnectedTemplateVersions } from './connected-template-versions';
import { TemplateVersions } from './template-versions';
import {
  manyTemplateVersions,
  TEMPLATE_ASSIGNMENTS,
  TEMPLATE_VERSIONS,
} from './template-versions.fixtures';

const region = () => screen.getAllByRole('region')[0] as HTMLElement;
const lineage = (name: string) =>
  within(
    within(screen.getByRole('heading', { name }).parentElement as HTMLElement).getAllByRole(
      'list',
    )[0] as HTMLElement,
  )
    .getAllByRole('listitem')
    .map(
      (item) =>
        `${item.querySelector('.govkit-template-versions__label')?.textContent}|${item.getAttribute('data-status')}|${item.getAttribute('data-standing')}|${item.getAttribute('data-forked') ?? ''}`,
    );

describe('TemplateVersions (presentational)', () => {
  it('groups versions by key with their lineage: latest, retired, archived, forked from', async () => {
    const { container } = render(
      <TemplateVersions templates={TEMPLATE_VERSIONS} onPublish={vi.fn()} onArchive={vi.fn()} />,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Cell culture GMP review',
      'Legacy single sign-off',
      'qPCR release (fast track)',
    ]);
    expect(lineage('qPCR release (fast track)')).toEqual([
      'Version 3|draft|latest|true',
      'Version 2: qPCR release|published|retired|',
      'Version 1: qPCR release|published|retired|',
    ]);
    expect(screen.getByText('Forked from version 1')).toBeVisible();
    expect(screen.getByText('Key qpcr-release · 3 versions')).toBeVisible();
    expect(lineage('Legacy single sign-off')).toEqual(['Version 1|archived|archived|']);
    await expectNoAxeViolations(container);
  });

  it('offers publish on drafts and archive on all but archived versions, and sends the id', async () => {
    const onPublish = vi.fn();
    const onArchive = vi.fn();
    render(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        onPublish={onPublish}
        onArchive={onArchive}
      />,
    );
    expect(screen.getAllByRole('button', { name: 'Publish' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Archive' })).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(onPublish).toHaveBeenCalledWith('tpl-qpcr-3');
    const legacy = screen.getByRole('heading', { name: 'Legacy single sign-off' })
      .parentElement as HTMLElement;
    expect(within(legacy).queryByRole('button', { name: 'Archive' })).toBeNull();
  });

  it('offers a non-admin nothing, and says why', () => {
    render(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        viewer={{ id: 'user-lead' }}
        onPublish={vi.fn()}
        onArchive={vi.fn()}
        onAddAssignment={vi.fn()}
        onRevokeAssignment={vi.fn()}
        selectedId="tpl-qpcr-2"
        assignments={TEMPLATE_ASSIGNMENTS}
      />,
    );
    expect(region()).toHaveAttribute('data-access', 'read-only');
    expect(screen.getByText('Only administrators can change templates.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Publish|Archive|Revoke|Assign$/ })).toBeNull();
    expect(screen.queryByLabelText('Team or protocol template id')).toBeNull();
  });

  it('selects a version (uncontrolled) and lists its assignments; revoke sends the assignment', async () => {
    const onSelectedIdChange = vi.fn();
    const onRevoke = vi.fn();
    const { container, rerender } = render(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        onSelectedIdChange={onSelectedIdChange}
        onRevokeAssignment={onRevoke}
      />,
    );
    const qpcr = screen.getByRole('heading', { name: 'qPCR release (fast track)' })
      .parentElement as HTMLElement;
    const v2 = within(qpcr).getAllByRole('button', { name: /Assignments/ })[1] as HTMLElement;
    await userEvent.click(v2);
    expect(onSelectedIdChange).toHaveBeenCalledWith('tpl-qpcr-2');
    expect(v2).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Loading the assignments')).toBeVisible();
    rerender(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        onSelectedIdChange={onSelectedIdChange}
        onRevokeAssignment={onRevoke}
        assignments={TEMPLATE_ASSIGNMENTS}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Assignments of qPCR release, version 2' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Team team-governance', 'Protocol template protocol-qpcr']);
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Revoke Protocol template protocol-qpcr' }),
    );
    expect(onRevoke).toHaveBeenCalledWith(TEMPLATE_ASSIGNMENTS[1]);
    await expectNoAxeViolations(container);
  });

  it('validates the assignment target and keeps it when the server refuses', async () => {
    const onAdd = vi.fn(() =>
      Promise.reject(apiErrorOf(ConflictError, 409, 'Assignment already exists for target')),
    );
    const { rerender, container } = render(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        selectedId="tpl-qpcr-2"
        assignments={TEMPLATE_ASSIGNMENTS}
        onAddAssignment={onAdd}
      />,
    );
    const input = screen.getByLabelText('Team or protocol template id');
    const assign = screen.getByRole('button', { name: 'Assign' });
    expect(assign).toBeDisabled();
    await userEvent.type(input, 'team-governance');
    expect(input).toHaveAccessibleDescription('This version is already assigned there.');
    expect(assign).toBeDisabled();
    // The same id as a protocol template is another target.
    await userEvent.click(screen.getByRole('radio', { name: 'Protocol template' }));
    expect(input).not.toHaveAttribute('aria-invalid');
    await userEvent.clear(input);
    await userEvent.click(input);
    await userEvent.paste('p'.repeat(201));
    expect(input).toHaveAccessibleDescription('An id has 1 to 200 characters.');
    await userEvent.clear(input);
    await userEvent.type(input, ' protocol-culture ');
    await expectNoAxeViolations(container);
    await userEvent.click(assign);
    expect(onAdd).toHaveBeenCalledWith('tpl-qpcr-2', {
      template_id: 'tpl-qpcr-2',
      protocol_template_id: 'protocol-culture',
    });
    rerender(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        selectedId="tpl-qpcr-2"
        assignments={TEMPLATE_ASSIGNMENTS}
        onAddAssignment={onAdd}
        actionError={apiErrorOf(ConflictError, 409, 'Assignment already exists for target')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The action was refused');
    expect(screen.getByRole('alert')).toHaveTextContent('Assignment already exists for target');
    expect(input).toHaveValue(' protocol-culture ');
    expect(screen.getByRole('radio', { name: 'Protocol template' })).toBeChecked();
  });

  it('does not offer assignment on an archived version', async () => {
    render(
      <TemplateVersions
        templates={TEMPLATE_VERSIONS}
        selectedId="tpl-legacy-1"
        assignments={[]}
        onAddAssignment={vi.fn()}
      />,
    );
    expect(
      screen.getByText('This version is not assigned to any team or protocol template.'),
    ).toBeVisible();
    expect(screen.getByText('Archived versions cannot be assigned.')).toBeVisible();
    expect(screen.queryByLabelText('Team or protocol template id')).toBeNull();
  });

  it('shows loading, empty, error and forbidden states', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<TemplateVersions />);
    expect(region()).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
    rerender(<TemplateVersions templates={[]} />);
    expect(screen.getByText('No templates yet')).toBeVisible();
    await expectNoAxeViolations(container);
    rerender(
      <TemplateVersions
        error={apiErrorOf(InternalServerError, 500, 'Template store unavailable')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    await expectNoAxeViolations(container);
    rerender(
      <TemplateVersions
        error={apiErrorOf(PermissionDeniedError, 403, 'Admin privileges required')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('You are not allowed to do this');
    expect(screen.getByRole('alert')).toHaveTextContent('Admin privileges required');
  });

  it('speaks German', () => {
    renderWithGovkit(<TemplateVersions templates={TEMPLATE_VERSIONS} onPublish={vi.fn()} />, {
      locale: 'de',
      translations: { de },
    });
    expect(screen.getByRole('heading', { name: 'Workflow-Vorlagen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Veröffentlichen' })).toBeVisible();
    expect(screen.getByText('Abgeleitet von Version 1')).toBeVisible();
  });
});

describe('TemplateVersions with many versions', () => {
  // 2,000 keys, the first with 300 versions: 2,300 versions in all.
  const many = manyTemplateVersions(2_000, (family) => (family === 0 ? 300 : 1));

  it('pages the keys and collapses long lineages, so the page stays short', async () => {
    const user = userEvent.setup();
    const { container } = render(<TemplateVersions templates={many} onPublish={vi.fn()} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(20);
    // 5 of the first key's 300 versions and one of each of the 19 other keys.
    expect(container.querySelectorAll('.govkit-template-versions__lineage > li')).toHaveLength(24);
    expect(screen.getByText('Showing 20 of 2,000 templates')).toBeVisible();
    expect(lineage('Batch review 1')[0]).toBe('Version 300|draft|latest|');

    const toggle = screen.getByRole('button', { name: 'Show all 300 versions' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute(
      'aria-controls',
      screen.getAllByRole('list')[0]?.getAttribute('id'),
    );
    await user.click(toggle);
    expect(lineage('Batch review 1')).toHaveLength(300);
    expect(toggle).toHaveAccessibleName('Show fewer versions');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(lineage('Batch review 1')).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Show more templates' }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(40);
    expect(screen.getByRole('heading', { name: 'Batch review 21' })).toHaveFocus();
    expect(screen.getByText('Showing 40 of 2,000 templates')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('always shows the selected version and its key, however far down they are', () => {
    const { unmount } = render(
      <TemplateVersions
        templates={many}
        selectedId="batch-review-0001-7"
        assignments={[]}
        familyPageSize={3}
        versionLimit={2}
      />,
    );
    const shown = lineage('Batch review 1');
    expect(shown).toHaveLength(300);
    expect(shown[293]).toMatch(/^Version 7\|/);
    // Pinned open by the selection: no toggle that could hide it.
    expect(screen.queryByRole('button', { name: /versions/ })).toBeNull();
    unmount();

    render(<TemplateVersions templates={many} selectedId="batch-review-0045-1" assignments={[]} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(45);
    expect(screen.getByRole('heading', { name: 'Batch review 45' })).toBeVisible();
    expect(screen.getByText('Showing 45 of 2,000 templates')).toBeVisible();
  });

  it('shows no paging for a catalogue that fits', () => {
    render(<TemplateVersions templates={TEMPLATE_VERSIONS} />);
    expect(screen.queryByRole('button', { name: 'Show more templates' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});

describe('ConnectedTemplateVersions', () => {
  const server = useMockGovkitServer();
  const store = createStore();
  const v2 = String(findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2).id);

  it('adds and revokes an assignment of a seeded version, refetching its assignments', async () => {
    const { container } = renderWithGovkit(<ConnectedTemplateVersions defaultSelectedId={v2} />);
    const panel = await screen.findByRole('region', {
      name: 'Assignments of qPCR release, version 2',
    });
    await within(panel).findByText('Team team-governance');
    await expectNoAxeViolations(container);
    await userEvent.click(within(panel).getByRole('radio', { name: 'Protocol template' }));
    await userEvent.type(
      within(panel).getByLabelText('Team or protocol template id'),
      'protocol-culture',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Assign' }));
    // Shown at once, then stored.
    expect(await within(panel).findByText('Protocol template protocol-culture')).toBeVisible();
    await waitFor(() =>
      expect(
        within(panel).getByRole('button', { name: 'Revoke Protocol template protocol-culture' }),
      ).toBeEnabled(),
    );
    expect(within(panel).getByLabelText('Team or protocol template id')).toHaveValue('');
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Revoke Team team-governance' }),
    );
    await waitFor(() => expect(within(panel).queryByText('Team team-governance')).toBeNull());
    await waitFor(() =>
      expect(container.querySelector('[role="status"]')).toHaveTextContent('Assignment revoked.'),
    );
  });

  it('publishes a seeded draft', async () => {
    renderWithGovkit(<ConnectedTemplateVersions />);
    const family = (await screen.findByRole('heading', { name: 'Sequencing sign-off' }))
      .parentElement as HTMLElement;
    await userEvent.click(within(family).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(within(family).getByRole('listitem')).toHaveAttribute('data-status', 'published'),
    );
    expect(within(family).queryByRole('button', { name: 'Publish' })).toBeNull();
  });

  it('rolls the optimistic archive back on a 403 and says so calmly', async () => {
    server.use(
      overrideEndpoint(
        templatesEndpoints.archive,
        () => HttpResponse.json({ detail: 'Admin privileges required' }, { status: 403 }),
        { baseURL: TEST_BASE_URL },
      ),
    );
    renderWithGovkit(<ConnectedTemplateVersions />);
    const family = (await screen.findByRole('heading', { name: 'Cell culture GMP review' }))
      .parentElement as HTMLElement;
    await userEvent.click(within(family).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this');
    expect(within(family).getByRole('listitem')).toHaveAttribute('data-status', 'published');
  });

  it('shows a 403 on the list as a calm, titled error', async () => {
    const client = createTestClient().withOptions({ auth: 'user-lead' });
    renderWithGovkit(<ConnectedTemplateVersions />, { client });
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this');
  });
});
