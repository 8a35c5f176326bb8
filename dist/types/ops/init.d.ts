/** Scaffolds a GitOps registry repository and commits it (git init when the folder has no repository). */
export interface InitOptions {
    dir: string;
    environments?: string[];
    store?: string;
    /** Extra files to write (paths relative to the repository), e.g. an eval suite. */
    extraFiles?: Record<string, string>;
}
export interface InitResult {
    root: string;
    files: string[];
    commit: string;
    createdRepository: boolean;
}
export declare function initRepository(o: InitOptions): Promise<InitResult>;
