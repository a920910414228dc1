import { checkAttachments, describeTypes } from './attachment-check';

const SETTINGS = {
  attachmentMaxBytes: 1000,
  attachmentMaxCount: 2,
  attachmentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

describe('checkAttachments', () => {
  it('accepts files within the limits', () => {
    expect(checkAttachments([{ name: 'a.pdf', size: 1000, type: 'application/pdf' }], SETTINGS)).toEqual([]);
  });

  it('names each problem: too many, too large, wrong type, empty', () => {
    const problems = checkAttachments(
      [
        { name: 'a.pdf', size: 1001, type: 'application/pdf' },
        { name: 'b.docx', size: 10, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
        { name: 'c.png', size: 0, type: 'image/png' },
      ],
      SETTINGS,
    );
    expect(problems).toEqual([
      { kind: 'tooMany', max: 2 },
      { kind: 'tooLarge', file: 'a.pdf', maxBytes: 1000 },
      { kind: 'badType', file: 'b.docx', types: SETTINGS.attachmentTypes },
      { kind: 'empty', file: 'c.png' },
    ]);
  });

  it('falls back to the extension when the browser reports no type', () => {
    expect(checkAttachments([{ name: 'SCAN.JPG', size: 10, type: '' }], SETTINGS)).toEqual([]);
    expect(checkAttachments([{ name: 'notes', size: 10, type: '' }], SETTINGS)).toHaveLength(1);
  });

  it('describes the accepted types in short', () => {
    expect(describeTypes(SETTINGS.attachmentTypes)).toBe('PDF, JPEG, PNG');
    expect(describeTypes(['image/heic'])).toBe('image/heic');
  });
});
