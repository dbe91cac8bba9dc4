import { describe, expect, it } from 'vitest';
import { findPrivateDetails, maskDetail } from '../../src/lib/privacy.ts';

const kinds = (text: string) => findPrivateDetails(text).map((d) => d.kind);

describe('findPrivateDetails', () => {
  it.each([
    'Gọi anh Tú theo số 0912 345 678.',
    'ĐT: 0205.3870.123',
    'Liên hệ +84 912 345 678',
    'số máy (0205) 3870 123',
    'điện thoại 0987654321',
  ])('finds the phone number in "%s"', (text) => {
    expect(kinds(text)).toEqual(['phone']);
  });

  it.each([
    'Thu nhập 350.000.000 đồng/năm',
    'vay 12.500.000 đồng',
    'Theo Kế hoạch số 148/KH-UBND ngày 24/3/2023',
    'Quyết định số 2150/QĐ-UBND năm 2023',
    'diện tích 2.500 m2, 1.200 con gà, 45 hộ',
    'giai đoạn 2021 – 2025',
    'đường bê tông dài 1.250 m, rộng 3,5 m',
  ])('does not flag amounts, years or decision numbers in "%s"', (text) => {
    expect(findPrivateDetails(text)).toEqual([]);
  });

  it('finds a 12-digit citizen ID number, once, not also as a phone', () => {
    expect(kinds('Số CCCD 020190001234 của anh')).toEqual(['citizen-id']);
    expect(kinds('mã 001089012345')).toEqual(['citizen-id']);
  });

  it('finds an old 9-digit ID number only beside a word that names it', () => {
    expect(kinds('CMND số 082123456')).toEqual(['citizen-id']);
    expect(kinds('tổng 082123456 lượt')).toEqual([]);
  });

  it('finds personal e-mail addresses but allows official government mailboxes', () => {
    expect(kinds('thư về tu.hoang@gmail.com')).toEqual(['email']);
    expect(kinds('gửi về ubndquanglac@langson.gov.vn')).toEqual([]);
  });

  it('reports where each detail is, in order', () => {
    const text = 'A 0912345678, B x@y.vn';
    expect(findPrivateDetails(text).map((d) => [d.kind, d.index])).toEqual([
      ['phone', 2],
      ['email', 16],
    ]);
  });

  it('masks a detail so error messages do not repeat it', () => {
    expect(maskDetail('0912345678')).toBe('09…78');
    expect(maskDetail('123')).toBe('****');
  });
});
