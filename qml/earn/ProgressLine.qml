import QtQuick
import AzCoiner

// A thin bar filled to `permille` thousandths (exact, from the view model),
// from the start side: it mirrors with the layout in right-to-left languages.
Rectangle {
    id: line
    property int permille: 0
    implicitHeight: 6
    radius: height / 2
    color: Theme.border

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: parent.width * Math.min(1000, Math.max(0, line.permille)) / 1000
        radius: parent.radius
        color: line.permille >= 1000 ? Theme.warning : Theme.accent
    }
}
