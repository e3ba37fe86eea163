import QtQuick
import QtQuick.Controls
import AzCoiner

// An on/off switch drawn with plain rectangles (Material's handle is a layer
// effect the software renderer of the UI tests leaves out).
Switch {
    id: control
    spacing: 10

    indicator: Rectangle {
        implicitWidth: 42
        implicitHeight: 24
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? Theme.accent : Theme.border
        opacity: control.enabled ? 1 : 0.5
        Behavior on color { ColorAnimation { duration: 120 } }

        Rectangle {
            width: 18
            height: 18
            radius: 9
            y: 3
            x: (control.checked !== control.mirrored) ? parent.width - width - 3 : 3
            color: "white"
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: PlainLabel {
        text: control.text
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        rightPadding: control.mirrored ? control.indicator.width + control.spacing : 0
    }
}
