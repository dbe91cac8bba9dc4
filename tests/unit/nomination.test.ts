import { describe, expect, it } from 'vitest';
import { contentIds } from '#lib/authoring/editor-schemas.ts';
import { fieldPaths, jsonSchemaFor } from '#lib/authoring/json-schemas.ts';
import { emailSubject, emailTemplate, nominationFields } from '#lib/site/nomination.ts';
import { findPrivateDetails } from '#lib/privacy/private-details.ts';
import type { CollectionName } from '#schemas/vocabulary.ts';

const fields = nominationFields(['Dân vận khéo', 'Khuyến học']);

describe('the nomination form', () => {
  it('asks for what a story needs: every question names a field that its collection still has', () => {
    const ids = contentIds(process.cwd());
    const asked = fields.flatMap((f) => (f.field ? [f.field] : []));
    expect(asked.length).toBeGreaterThanOrEqual(6);
    for (const path of asked) {
      const [collection, ...rest] = path.split('.');
      expect(fieldPaths(jsonSchemaFor(collection as CollectionName, ids)), path).toContain(rest.join('.'));
    }
  });

  it('offers the kinds of exemplar and the movements it is given as boxes to tick', () => {
    expect(fields.find((f) => f.field === 'exemplars.kind')?.choices).toEqual(['tập thể', 'cá nhân', 'hộ gia đình']);
    expect(fields.find((f) => f.field === 'exemplars.movement')?.choices).toEqual(['Dân vận khéo', 'Khuyến học']);
  });

  it('asks the proposer no more than a paper form would: a name and a village or unit, no phone or ID number', () => {
    const own = fields.filter((f) => !f.field).map((f) => f.label.toLowerCase());
    expect(own.some((l) => l.includes('người đề xuất'))).toBe(true);
    for (const label of fields.map((f) => f.label.toLowerCase()))
      expect(label).not.toMatch(/điện thoại|căn cước|cccd|cmnd|email|thư điện tử|ngày sinh/);
  });

  it('writes the e-mail body as one line per question, the movement going in the subject instead', () => {
    const lines = emailTemplate(fields).split('\n');
    expect(lines).toHaveLength(fields.length - 1);
    expect(lines[0]).toBe('Tập thể, cá nhân hoặc hộ gia đình được đề xuất: ');
    expect(lines[1]).toBe('Là (tập thể / cá nhân / hộ gia đình): ');
    expect(lines.join('\n')).not.toContain('Dân vận khéo');
    expect(emailSubject('Khuyến học')).toBe('Đề xuất điển hình: Khuyến học');
    expect(emailSubject()).toBe('Đề xuất điển hình tiên tiến');
  });

  it('holds nothing that the privacy rules would refuse', () => {
    expect(findPrivateDetails(emailTemplate(fields))).toEqual([]);
  });
});
