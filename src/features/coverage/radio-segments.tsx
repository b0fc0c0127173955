interface Props<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** Real radio buttons drawn as a segmented control: one tab stop, arrow keys move; each input covers its label. */
export function RadioSegments<V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  disabled,
}: Props<V>) {
  return (
    <fieldset disabled={disabled} className="min-w-0 disabled:opacity-60">
      <legend className="mb-1 text-xs font-semibold text-muted">{legend}</legend>
      <div className="flex rounded-md border border-line bg-canvas p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className="relative flex min-h-11 flex-1 cursor-pointer items-center justify-center rounded px-2 text-center text-sm leading-tight has-[:checked]:bg-brand has-[:checked]:font-semibold has-[:checked]:text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus lg:min-h-9"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
