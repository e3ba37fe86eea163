import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One line of the history: who, why, when and the signed change.
ItemDelegate {
    id: row
    required property int index
    required property string operationId
    required property string direction
    required property var counterparty
    required property var counterpartyUsername
    required property var memo
    required property string signedAmount
    required property string asset
    required property var createdAt

    objectName: "historyRow_" + index
    height: 64
    hoverEnabled: true
    background: Rectangle { radius: 8; color: row.hovered ? Theme.surfaceAlt : "transparent" }

    contentItem: RowLayout {
        spacing: 14
        Rectangle {
            width: 36; height: 36; radius: 18
            color: row.direction === "in" ? Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.15)
                 : row.direction === "out" ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.15)
                 : Theme.accentSoft
            PlainLabel {
                anchors.centerIn: parent
                text: row.direction === "in" ? "↓" : row.direction === "out" ? "↑" : "±"
                font.pixelSize: 18
                font.weight: Font.Bold
                color: row.direction === "in" ? Theme.success : row.direction === "out" ? Theme.danger : Theme.accent
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            PlainLabel {
                objectName: "historyTitle_" + row.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.weight: Font.DemiBold
                color: Theme.text
                text: row.direction === "in" ? qsTr("From %1").arg(row.counterparty || row.counterpartyUsername)
                    : row.direction === "out" ? qsTr("To %1").arg(row.counterparty || row.counterpartyUsername)
                    : WalletWords.direction(row.direction)
            }
            PlainLabel {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: 12
                color: Theme.textMuted
                text: [row.counterpartyUsername ? "@" + row.counterpartyUsername : "", row.memo || ""]
                      .filter(s => s !== "").join(" · ") || WalletWords.direction(row.direction)
            }
        }
        PlainLabel {
            Layout.preferredWidth: 150
            horizontalAlignment: Text.AlignLeft
            text: Labels.dateTime(row.createdAt)
            color: Theme.textMuted
            font.pixelSize: 12
        }
        PlainLabel {
            objectName: "historyAmount_" + row.index
            Layout.preferredWidth: 170
            horizontalAlignment: Text.AlignRight
            text: "\u200E" + row.signedAmount + " " + row.asset // the sign stays before the number in Persian
            font.weight: Font.DemiBold
            color: row.signedAmount.startsWith("-") ? Theme.danger : Theme.success
            elide: Text.ElideLeft
        }
    }
}
