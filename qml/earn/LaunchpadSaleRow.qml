import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One token sale in the list: token and title, price, phase with its
// countdown, committed against the target and the user's own commitment.
Rectangle {
    id: row
    required property string itemId
    required property string title
    required property string token
    required property string tokenName
    required property string quote
    required property string price
    required property string phase
    required property var startsAt
    required property var endsAt
    required property string committed
    required property string target
    required property int filledPermille
    required property var buyers
    required property var myCommitted
    required property int index
    property var now: 0
    readonly property int secondsLeft: phase === "upcoming" ? EarnWords.secondsUntil(Number(startsAt), now)
                                     : phase === "open" ? EarnWords.secondsUntil(Number(endsAt), now) : -1
    signal openRequested(string saleId)

    objectName: "launchpadSale_" + index
    implicitHeight: body.implicitHeight + 32
    radius: 12
    color: hover.hovered ? Theme.accentSoft : Theme.surfaceAlt
    border.color: Theme.border

    HoverHandler { id: hover }
    TapHandler { onTapped: row.openRequested(row.itemId) }

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Rectangle {
                Layout.preferredWidth: 48
                Layout.preferredHeight: 48
                radius: 24
                color: Theme.accentSoft
                PlainLabel {
                    anchors.centerIn: parent
                    text: row.token.substring(0, 4)
                    color: Theme.accent
                    font.pixelSize: 11
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                PlainLabel {
                    text: row.title !== "" ? row.title : row.tokenName
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
                PlainLabel {
                    text: qsTr("%1 · %2 %3 per %1").arg(row.token).arg(row.price).arg(row.quote)
                    color: Theme.textMuted
                    font.pixelSize: 13
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
            }
            ColumnLayout {
                spacing: 4
                StatusChip {
                    Layout.alignment: Qt.AlignRight
                    text: EarnWords.phase(row.phase)
                    tone: EarnWords.phaseTone(row.phase)
                }
                PlainLabel {
                    objectName: "launchpadCountdown_" + row.index
                    Layout.alignment: Qt.AlignRight
                    visible: text !== ""
                    text: EarnWords.phaseCountdown(row.phase, row.secondsLeft)
                    color: Theme.textMuted
                    font.pixelSize: 12
                }
            }
        }
        ProgressLine {
            Layout.fillWidth: true
            permille: row.filledPermille
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            PlainLabel {
                objectName: "launchpadCommitted_" + row.index
                Layout.fillWidth: true
                text: qsTr("%1 of %2 %3 committed").arg(row.committed).arg(row.target).arg(row.quote) + " · " + EarnWords.buyers(Number(row.buyers))
                color: Theme.text
                font.pixelSize: 13
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
            PlainLabel {
                visible: row.myCommitted !== undefined && row.myCommitted !== "0"
                text: qsTr("Mine: %1 %2").arg(row.myCommitted).arg(row.quote)
                color: Theme.accent
                font.pixelSize: 13
                font.weight: Font.DemiBold
            }
            AppButton {
                objectName: "launchpadOpen_" + row.index
                text: qsTr("View sale")
                onClicked: row.openRequested(row.itemId)
            }
        }
    }
}
