import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Shows what the ErrorSink raised, once, for a few seconds.
Rectangle {
    id: toast
    objectName: "toast"
    readonly property bool shown: Errors.message !== ""

    width: Math.min(parent.width - 48, row.implicitWidth + 32)
    height: row.implicitHeight + 24
    radius: 12
    color: Errors.isError ? Theme.danger : (Theme.dark ? "#2b3550" : "#1e2638")
    opacity: shown ? 1 : 0
    visible: opacity > 0
    y: shown ? parent.height - height - 28 : parent.height - height - 8
    anchors.horizontalCenter: parent.horizontalCenter

    Behavior on opacity { NumberAnimation { duration: 180 } }
    Behavior on y { NumberAnimation { duration: 180; easing.type: Easing.OutCubic } }

    Timer {
        id: hideTimer
        interval: Errors.isError ? 6000 : 3500
        onTriggered: Errors.dismiss()
    }
    Connections {
        target: Errors
        function onRaised() { hideTimer.restart() }
    }

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 12
        PlainLabel {
            objectName: "toastText"
            text: Errors.message
            color: "white"
            wrapMode: Text.WordWrap
            Layout.maximumWidth: 520
        }
        ToolButton {
            icon.source: "../icons/close.svg"
            icon.color: "white"
            icon.width: 16; icon.height: 16
            onClicked: Errors.dismiss()
        }
    }
}
