import { describe, expect, it } from 'vitest';
import {
  DecisionLagParamsSchema,
  DecisionTraceParamsSchema,
} from '../../schemas/replay/replay-params';
import { EngineError } from '../shared/engine-error';
import { parseReplayParams } from './parse-replay-params';

describe('parseReplayParams', () => {
  it('applies defaults to missing input', () => {
    expect(parseReplayParams(DecisionTraceParamsSchema, undefined, 400)).toEqual({ limit: 200 });
    expect(parseReplayParams(DecisionLagParamsSchema, { pctl: '60' }, 400)).toEqual({
      window: '24h',
      pctl: 60,
    });
  });

  it('refuses with the given status and a detail naming each bad parameter', () => {
    let caught: unknown;
    try {
      parseReplayParams(DecisionLagParamsSchema, { pctl: '100', window: '1y' }, 422);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EngineError);
    const error = caught as EngineError;
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation_error');
    expect(error.detail).toMatch(/^Invalid parameters: /);
    expect(error.detail).toContain('window: ');
    expect(error.detail).toContain('pctl: ');
    expect(error.data?.issues).toHaveLength(2);
  });

  it('names unknown parameters too', () => {
    expect(() => parseReplayParams(DecisionTraceParamsSchema, { offset: 3 }, 400)).toThrow(
      expect.objectContaining({ status: 400, code: 'bad_request' }),
    );
  });
});
