// The GitHub Action entry (filled in by the action front end).
export {};
