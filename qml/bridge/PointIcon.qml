import QtQuick
import QtQuick.Controls
import AzCoiner

// A point's (or product's) picture from its fileId through the preview
// cache, or the name's initials while there is none or it cannot be shown.
Item {
    id: icon
    property string fileId: ""
    property string name: ""
    property int size: 40
    property bool round: true
    implicitWidth: size
    implicitHeight: size

    FileThumbnail { id: thumb; fileId: icon.fileId }

    Avatar {
        anchors.fill: parent
        size: icon.size
        name: icon.name
        radius: icon.round ? icon.size / 2 : 8
        visible: picture.status !== Image.Ready
    }
    Image {
        id: picture
        anchors.fill: parent
        source: thumb.source
        visible: status === Image.Ready
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        sourceSize: Qt.size(icon.size * 2, icon.size * 2)
    }
}
