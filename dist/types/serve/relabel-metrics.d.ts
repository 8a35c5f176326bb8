/**
 * Relabels metrics in Prometheus's text exposition format (version 0.0.4): every sample gains the
 * given labels, in front of its own. A label the sample already has under one of those names is
 * kept as `exported_<name>`, as Prometheus itself does when a target's label collides with one it
 * attaches. Comments (# HELP, # TYPE) pass through; OpenMetrics' `# EOF` is dropped, since the
 * result is appended to another exposition; a line that is not a sample is dropped and counted.
 */
export declare function relabelExposition(text: string, labels: Record<string, string>): {
    text: string;
    dropped: number;
};
interface ParsedSample {
    name: string;
    labels: Array<[string, string]>;
    /** The value and the optional timestamp, as written. */
    rest: string;
}
/** `name{label="value",...} value [timestamp]`, label values with their \\, \" and \n escapes. */
export declare function parseSample(line: string): ParsedSample | null;
export {};
