import { Transform } from 'class-transformer';

/** Multipart forms send booleans as text: "true", "on" and "1" mean true. */
export const FormBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? ['true', 'on', '1'].includes(value.toLowerCase()) : value,
  );

/** Trims text and turns an empty field into "not given". */
export const TrimmedOptional = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });

export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

