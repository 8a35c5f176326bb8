/** Scaffolds a GitOps registry repository and commits it (git init when the folder has no repository). */
export interface InitOptions {
    dir: string;
    environments?: string[];
    store?: string;
    /** Extra files to write (paths relative to the repository), e.g. an eval suite. */
    extraFiles?: Record<string, string>;
    /**
     * What the workflows' steps `uses:` (`OWNER/gitops-model-registry@REF`). Default: `./` when the
     * repository holds the action (action.yml at its root, as the template does); otherwise the
     * workflows are not written, since a step could not find the action.
     */
    action?: string;
}
export interface InitResult {
    root: string;
    files: string[];
    commit: string;
    createdRepository: boolean;
    /** Why the workflows were not written, when they were not. */
    workflowsSkipped?: string;
}
export declare function initRepository(o: InitOptions): Promise<InitResult>;
