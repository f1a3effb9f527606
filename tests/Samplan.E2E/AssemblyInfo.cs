// Each collection starts its own app and Chromium; on a two-core machine two at once only make
// both slow enough to time out, so the collections run one after the other.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
