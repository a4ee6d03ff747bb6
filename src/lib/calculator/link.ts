/** Where the cost calculator lives; its query string is the calculator's URL contract (see url-state.ts). */
export const CALCULATOR_PATH = '/guide/cost-calculator/';
