import { customersConfig } from './customers.config.js';

describe('customers configuration: the first admin', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const load = (env: Record<string, string>) => {
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    Object.assign(process.env, env);
    return () => customersConfig();
  };

  it('behavior: a valid e-mail and a password as long as a customer\'s are accepted', () => {
    expect(load({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'twelve-chars' })()).toMatchObject({ ADMIN_EMAIL: 'ops@example.com' });
  });

  it('error: an e-mail nobody could log in with stops the boot', () => {
    expect(load({ ADMIN_EMAIL: 'admin', ADMIN_PASSWORD: 'long-enough-password' })).toThrow(/ADMIN_EMAIL/);
  });

  it('error: a password shorter than a customer\'s minimum stops the boot', () => {
    expect(load({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must have at least 12/);
  });

  it('error: one without the other stops the boot', () => {
    expect(load({ ADMIN_EMAIL: 'ops@example.com' })).toThrow(/both ADMIN_EMAIL and ADMIN_PASSWORD/);
  });
});
