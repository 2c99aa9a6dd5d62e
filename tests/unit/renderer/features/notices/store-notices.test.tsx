import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeNewsroom } from '../../fake-newsroom';
import { renderApp } from '../../render-app';

describe('store notices', () => {
  it('say what was set aside and where, and can be dismissed', async () => {
    installFakeNewsroom({
      notices: [
        {
          kind: 'quarantined',
          file: '/data/settings.json',
          quarantinedTo: '/data/quarantine/settings.bad.json',
          reason: 'empty',
        },
        { kind: 'newer-version', file: '/data/releases/index.json', fileVersion: 3, supportedVersion: 1 },
        { kind: 'index-rebuilt', file: '/data/releases/index.json', releases: 12 },
      ],
    });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A damaged file could not be read: /data/settings.json');
    expect(alert).toHaveTextContent('/data/quarantine/settings.bad.json');
    expect(alert).toHaveTextContent('/data/releases/index.json was saved by a newer version of Newsroom');
    expect(alert).toHaveTextContent('rebuilt from the 12 release files');

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('say which backup a recovered file came from', async () => {
    installFakeNewsroom({
      notices: [
        {
          kind: 'recovered',
          file: '/data/contacts/shard-07.json',
          quarantinedTo: '/data/quarantine/contacts-shard-07.corrupt.json',
          reason: 'not JSON',
          backupTakenAt: '2026-11-28T09:15:00.000Z',
        },
      ],
    });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A damaged file could not be read: /data/contacts/shard-07.json');
    expect(alert).toHaveTextContent('/data/quarantine/contacts-shard-07.corrupt.json');
    expect(alert).toHaveTextContent(/its copy from the backup of .*2026.* was put back/);
  });

  it('a save problem stays on screen, says nothing is lost, and cannot be dismissed', async () => {
    installFakeNewsroom({ saveProblem: { code: 'ENOSPC', files: ['/data/contacts/shard-01.json'] } });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Newsroom cannot save to disk');
    expect(alert).toHaveTextContent('The disk is full.');
    expect(alert).toHaveTextContent('Nothing you typed is lost');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('show nothing when the store opened cleanly', async () => {
    installFakeNewsroom();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Press releases' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
