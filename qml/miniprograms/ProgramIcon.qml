import QtQuick
import QtQuick.Controls.impl
import AzCoiner

// A program's icon (a data: URL from the catalogue), or the section's own
// icon in the theme's colour when it has none.
Item {
    id: root
    property string source: ""
    implicitWidth: 40
    implicitHeight: 40
    Image {
        anchors.fill: parent
        visible: root.source !== ""
        fillMode: Image.PreserveAspectFit
        sourceSize: Qt.size(root.width * 2, root.height * 2)
        source: root.source
    }
    IconImage {
        anchors.fill: parent
        visible: root.source === ""
        source: "../icons/apps.svg"
        sourceSize: Qt.size(root.width, root.height)
        color: Theme.textMuted
    }
}
