import { LoaderCircle } from 'lucide-react';

export function Loading({ label }: { label: string }) {
  return (
    <div
      role="status"
      className="flex h-full min-h-24 items-center justify-center gap-2 p-4 text-sm text-muted"
    >
      <LoaderCircle aria-hidden="true" className="size-4 animate-spin motion-reduce:animate-none" />
      {label}
    </div>
  );
}
