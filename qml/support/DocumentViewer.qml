import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import AzCoiner

// The case's documents: one tab per file, the image fitted to the space.
ColumnLayout {
    id: viewer
    property var queue
    readonly property var documents: queue.currentCase.documents || []
    // The longest side a document is decoded to (device pixels); it keeps its proportions.
    readonly property int maxDocumentEdge: 2048
    spacing: 10

    TabBar {
        id: tabs
        visible: viewer.documents.length > 1
        Layout.fillWidth: true
        currentIndex: Math.max(0, viewer.queue.documentIndex)
        Repeater {
            model: viewer.documents
            TabButton {
                id: tab
                required property var modelData
                required property int index
                text: modelData.name
                width: implicitWidth
                onClicked: viewer.queue.showDocument(index)
                // The file name as the user typed it (the style's IconLabel reads
                // markup), where and how the style draws it.
                contentItem: Item {
                    implicitWidth: tabText.implicitWidth
                    implicitHeight: tabText.implicitHeight
                    PlainLabel {
                        id: tabText
                        width: Math.min(implicitWidth, parent.width)
                        height: Math.min(implicitHeight, parent.height)
                        x: parent.width / 2 - width / 2
                        y: parent.height / 2 - height / 2
                        text: tab.text
                        font: wholeFont(tab.font)
                        color: !tab.enabled ? tab.Material.hintTextColor
                             : tab.down || tab.checked ? tab.Material.accentColor : tab.Material.foreground
                        elide: Text.ElideRight
                    }
                }
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
            // Scaled in the image loader's thread, to at most a screen's worth of
            // pixels: a phone photo is 4000 px and more, the view a fraction of that.
            asynchronous: true
            sourceSize: Qt.size(viewer.maxDocumentEdge, viewer.maxDocumentEdge)
            cache: false
            smooth: true
            source: viewer.queue.documentSource
        }

        ColumnLayout {
            anchors.centerIn: parent
            visible: viewer.queue.documentLoading
            spacing: 8
            BusyIndicator { Layout.alignment: Qt.AlignHCenter; running: parent.visible }
            PlainLabel {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Loading document… %1%").arg(Math.round(viewer.queue.documentProgress * 100))
                color: Theme.textMuted
            }
        }
        PlainLabel {
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

    PlainLabel {
        visible: viewer.documents.length > 0 && viewer.queue.documentIndex >= 0
        readonly property var doc: viewer.documents[Math.max(0, viewer.queue.documentIndex)] || {}
        text: (doc.name || "") + " · " + (doc.mime || "") + " · " + Labels.fileSize(doc.size || 0)
              + (image.status === Image.Ready ? " · " + image.implicitWidth + "×" + image.implicitHeight : "")
        color: Theme.textMuted
        font.pixelSize: 12
        elide: Text.ElideMiddle
        Layout.fillWidth: true
    }
}
