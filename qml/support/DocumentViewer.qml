import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The case's documents: one tab per file, the image fitted to the space.
ColumnLayout {
    id: viewer
    property var queue
    readonly property var documents: queue.currentCase.documents || []
    spacing: 10

    TabBar {
        id: tabs
        visible: viewer.documents.length > 1
        Layout.fillWidth: true
        currentIndex: Math.max(0, viewer.queue.documentIndex)
        Repeater {
            model: viewer.documents
            TabButton {
                required property var modelData
                required property int index
                text: modelData.name
                width: implicitWidth
                onClicked: viewer.queue.showDocument(index)
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 200
        radius: 10
        color: Theme.dark ? "#0b0f18" : "#e9ecf4"
        clip: true

        Image {
            id: image
            objectName: "documentImage"
            anchors.fill: parent
            anchors.margins: 12
            fillMode: Image.PreserveAspectFit
            asynchronous: false
            cache: false
            smooth: true
            source: viewer.queue.documentSource
        }

        ColumnLayout {
            anchors.centerIn: parent
            visible: viewer.queue.documentLoading
            spacing: 8
            BusyIndicator { Layout.alignment: Qt.AlignHCenter; running: parent.visible }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Loading document… %1%").arg(Math.round(viewer.queue.documentProgress * 100))
                color: Theme.textMuted
            }
        }
        Label {
            objectName: "documentNote"
            anchors.centerIn: parent
            width: parent.width - 48
            horizontalAlignment: Text.AlignHCenter
            visible: !viewer.queue.documentLoading && viewer.queue.documentNote !== ""
            text: viewer.queue.documentNote
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }

    Label {
        visible: viewer.documents.length > 0 && viewer.queue.documentIndex >= 0
        readonly property var doc: viewer.documents[Math.max(0, viewer.queue.documentIndex)] || {}
        text: (doc.name || "") + " · " + (doc.mime || "") + " · " + Labels.fileSize(doc.size || 0)
              + (image.status === Image.Ready ? " · " + image.sourceSize.width + "×" + image.sourceSize.height : "")
        color: Theme.textMuted
        font.pixelSize: 12
        elide: Text.ElideMiddle
        Layout.fillWidth: true
    }
}
