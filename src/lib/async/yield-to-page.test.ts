import { describe, expect, it } from 'vitest';
import { yieldToPage } from './yield-to-page';

describe('yieldToPage', () => {
  it('resumes after the work already queued as tasks', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await yieldToPage();
    order.push('after yield');
    expect(order).toEqual(['queued task', 'after yield']);
  });
});
