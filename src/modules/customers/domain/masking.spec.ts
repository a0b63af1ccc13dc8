import { maskEmail, maskName, maskPhone } from './masking.js';

describe('masking for operators', () => {
  it('behavior: e-mail keeps its first letter and domain', () => {
    expect(maskEmail('ada@example.com')).toBe('a***@example.com');
  });

  it('behavior: phone keeps the country prefix and the last two digits', () => {
    expect(maskPhone('+33612345678')).toBe('+33*******78');
  });

  it('behavior: names keep initials only', () => {
    expect(maskName('Ada Lovelace')).toBe('A** L*******');
    expect(maskName('A B')).toBe('A* B*');
  });
});
