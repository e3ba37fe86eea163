import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The market's latest trades, newest on top, coloured by the taker's side.
Rectangle {
    id: tapeView
    objectName: "tradeTapeView"
    property var model
    property var market: ({})

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 2
        PlainLabel { text: qsTr("Trades"); font.weight: Font.DemiBold; color: Theme.text; Layout.margins: 6; Layout.topMargin: 2 }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            PlainLabel { text: qsTr("Price"); color: Theme.textMuted; font.pixelSize: 11; Layout.preferredWidth: 78 }
            PlainLabel { text: qsTr("Amount"); color: Theme.textMuted; font.pixelSize: 11; horizontalAlignment: Text.AlignRight; Layout.fillWidth: true }
            PlainLabel { text: qsTr("Time"); color: Theme.textMuted; font.pixelSize: 11; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 58 }
        }
        ListView {
            objectName: "tradeTapeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: tapeView.model
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                required property string price
                required property string quantity
                required property string takerSide
                required property var at
                width: ListView.view.width
                height: 20
                spacing: 4
                PlainLabel { text: parent.price; color: parent.takerSide === "buy" ? Theme.success : Theme.danger; font.pixelSize: 12; Layout.leftMargin: 6; Layout.preferredWidth: 72 }
                PlainLabel { text: parent.quantity; color: Theme.text; font.pixelSize: 12; horizontalAlignment: Text.AlignRight; elide: Text.ElideRight; Layout.fillWidth: true }
                PlainLabel { text: Qt.formatTime(new Date(Number(parent.at)), "HH:mm:ss"); color: Theme.textMuted; font.pixelSize: 12; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 58; Layout.rightMargin: 6 }
            }
        }
        PlainLabel {
            visible: tapeView.model.count === 0
            text: qsTr("No trades yet.")
            color: Theme.textMuted
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 8
        }
    }
}
