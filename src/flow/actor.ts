/**
 * The questionnaire as the element runs it: the machine started as an xstate actor, and what the
 * element asks of its snapshots. The element loads this module as a chunk of its own (xstate,
 * the machine, the engine), while it already shows the start screen: the first screen needs none
 * of it (issue 24).
 */
import { createActor } from 'xstate';
import { wizardMachine, type FlowInput } from './machine.js';

export { carriedOver, midJourney } from './machine.js';
export { viewOf } from './view.js';

/** A new actor of the machine with this input (not started). */
export const flowActor = (input: FlowInput) => createActor(wizardMachine, { input });

export type FlowActor = ReturnType<typeof flowActor>;
