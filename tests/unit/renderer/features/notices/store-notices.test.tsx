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

  it('show nothing when the store opened cleanly', async () => {
    installFakeNewsroom();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Press releases' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
