import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import AzCoiner

// A check box whose text is shown as it is: the style's draws it with an
// AutoText Text, which reads markup. Otherwise the Material check box.
CheckBox {
    id: control

    contentItem: PlainLabel {
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0

        text: control.text
        font: wholeFont(control.font)
        color: control.enabled ? control.Material.foreground : control.Material.hintTextColor
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
