/** The body of `## [version]` in a keep-a-changelog file, or undefined when empty or absent. */
export declare function releaseNotes(changelog: string, version: string): string | undefined;
