import StanceCore

/// Writes inter-coder agreement reports: a text table for people, JSON for scripts.
public enum ReliabilityRenderer {
    /// One report with what it covers: a source id, or "overall".
    public typealias Section = (scope: String, report: AgreementReport)

    /// The sections as text: unit counts, detection (precision, recall, F1) and alpha per field.
    public static func text(_ sections: [Section], rule: String) -> String {
        var out = "unit matching: \(rule)\n"
        for (scope, report) in sections {
            out += "\n\(scope)\n"
            let counts = zip(report.coders, report.units).map { "\($0) \($1)" }.joined(separator: ", ")
            out += "  units: \(counts); statements \(report.clusters), found by two or more coders "
                + "\(report.matchedClusters)\n"
            for d in report.detection {
                out += "  detection \(d.coder) against \(d.reference): matched \(d.matched), precision "
                    + "\(fixed(d.precision)), recall \(fixed(d.recall)), F1 \(fixed(d.f1))\n"
            }
            out += "  field    alpha    agreement  units  values\n"
            for field in report.fields {
                let r = field.result
                out += "  " + field.field.rawValue.padding(7) + "  " + fixed(r.alpha).padding(7) + "  "
                    + fixed(r.pairwiseAgreement).padding(9) + "  " + String(r.pairableUnits).padding(5) + "  "
                    + String(r.pairableValues) + "\n"
            }
        }
        return out
    }

    /// The sections as one JSON object: `{"rule": …, "reports": [{"scope": …, …}]}`.
    public static func json(_ sections: [Section], rule: String) -> String {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "null" }
        func string(_ value: String) -> String {
            var bytes: [UInt8] = []
            JSONWriter.quoted(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        let reports = sections.map { scope, report -> String in
            let units = zip(report.coders, report.units).map { "\(string($0)): \($1)" }.joined(separator: ", ")
            let detection = report.detection.map { d in
                "{\"reference\": \(string(d.reference)), \"coder\": \(string(d.coder)), \"reference_units\": "
                    + "\(d.referenceUnits), \"coder_units\": \(d.coderUnits), \"matched\": \(d.matched), "
                    + "\"precision\": \(number(d.precision)), \"recall\": \(number(d.recall)), \"f1\": \(number(d.f1))}"
            }.joined(separator: ",\n      ")
            let fields = report.fields.map { f in
                "\(string(f.field.rawValue)): {\"alpha\": \(number(f.result.alpha)), \"agreement\": "
                    + "\(number(f.result.pairwiseAgreement)), \"units\": \(f.result.pairableUnits), \"values\": "
                    + "\(f.result.pairableValues)}"
            }.joined(separator: ",\n      ")
            return """
                {"scope": \(string(scope)), "units": {\(units)}, "statements": \(report.clusters), \
                "matched_statements": \(report.matchedClusters),
                    "detection": [
                      \(detection)
                    ],
                    "fields": {
                      \(fields)
                    }}
                """
        }
        return "{\"rule\": \(string(rule)),\n\"reports\": [\n" + reports.joined(separator: ",\n") + "\n]}\n"
    }

    /// Three decimals, or "-" for an undefined value.
    static func fixed(_ value: Double?) -> String {
        guard let value else { return "-" }
        let scaled = (value * 1000).rounded()
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int(abs(scaled))
        let fraction = String(magnitude % 1000)
        return sign + "\(magnitude / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension String {
    /// This text padded with spaces to `width` characters.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
