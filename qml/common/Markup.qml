pragma Singleton
import QtQml

// The one way user text gets into markup (a StyledText or RichText item):
// escaped first, so it can neither open a tag nor leave an attribute. It then
// reads as typed, except that runs of spaces collapse as HTML's do.
// Tested in tests/unit/tst_qml_text_safety.cpp.
QtObject {
    function escaped(text) {
        return String(text === undefined || text === null ? "" : text)
            .replace(/&/g, "&amp;")
            .replace(/</g, "&lt;")
            .replace(/>/g, "&gt;")
            .replace(/"/g, "&quot;")
            .replace(/'/g, "&#39;")
    }
}
