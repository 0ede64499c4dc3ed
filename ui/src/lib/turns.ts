/**
 * The page thread's next turn (a timer's): what waited meanwhile (input, a frame, a command's
 * answer) goes first. Long work done a step per turn keeps each step of the thread short (#16).
 */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
