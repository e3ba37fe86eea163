import QtQuick
import QtQuick.Controls
import AzCoiner

// Initials on a colour derived from the name, so people are told apart at a glance.
Rectangle {
    id: avatar
    property string name: ""
    property int size: 36
    readonly property var palette: ["#4f46e5", "#0ea5a4", "#db2777", "#ea580c", "#16a34a", "#7c3aed", "#0284c7"]

    function initials(n) {
        const parts = n.trim().split(/\s+/).filter(p => p.length > 0)
        if (parts.length === 0) return "?"
        if (parts.length === 1) return parts[0].substring(0, 2).toUpperCase()
        return (parts[0][0] + parts[parts.length - 1][0]).toUpperCase()
    }
    function hash(n) {
        let h = 0
        for (let i = 0; i < n.length; ++i) h = (h * 31 + n.charCodeAt(i)) % 9973
        return h
    }

    width: size
    height: size
    radius: size / 2
    color: palette[hash(name) % palette.length]

    PlainLabel {
        anchors.centerIn: parent
        text: avatar.initials(avatar.name)
        color: "white"
        font.pixelSize: avatar.size * 0.38
        font.weight: Font.DemiBold
    }
}
