/// A network over time: one network per time window, each shown for one step of the timeline.
///
/// Slice `k` holds the network of its window `[lower, upper)` and is shown on the timeline from `shownFrom`
/// through `shownThrough` (inclusive days): the last step of its window, so at any day the timeline shows the
/// network of the window that ends with that day's step.
public struct DynamicNetwork: Sendable, Equatable {
    public struct Slice: Sendable, Equatable {
        public var window: TimeWindows.Window
        public var shownFrom: String
        public var shownThrough: String
        public var network: Network

        public init(window: TimeWindows.Window, shownFrom: String, shownThrough: String, network: Network) {
            self.window = window
            self.shownFrom = shownFrom
            self.shownThrough = shownThrough
            self.network = network
        }
    }

    public var kind: Network.Kind
    public var normalization: Network.Normalization
    public var length: TimeWindows.Period
    public var step: TimeWindows.Period
    public var slices: [Slice]
    /// The snapshot of the graph it was computed from; nil for none.
    public var snapshot: String?

    public init(
        kind: Network.Kind, normalization: Network.Normalization, length: TimeWindows.Period,
        step: TimeWindows.Period, slices: [Slice], snapshot: String? = nil
    ) {
        self.kind = kind
        self.normalization = normalization
        self.length = length
        self.step = step
        self.slices = slices
        self.snapshot = snapshot
    }
}
