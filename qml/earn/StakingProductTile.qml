import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One staking product: its yearly rate, flexible or locked, the minimum, the
// unbonding period, how full it is and what the user has in it, and "Stake".
Rectangle {
    id: tile
    required property string itemId
    required property string name
    required property string asset
    required property string kind
    required property int lockDays
    required property int rateBps
    required property string ratePercent
    required property string cap
    required property string minAmount
    required property var unbondingSeconds
    required property string staked
    required property var myStake
    required property int filledPermille
    required property int index
    signal stakeRequested(var product)

    objectName: "stakingProduct_" + index
    implicitHeight: body.implicitHeight + 36
    radius: 12
    color: Theme.surfaceAlt
    border.color: Theme.border

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 18
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel {
                Layout.fillWidth: true
                text: tile.name
                font.pixelSize: 16
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
            }
            StatusChip {
                text: EarnWords.kind(tile.kind, tile.lockDays)
                tone: tile.kind === "locked" ? "accent" : "success"
            }
        }
        PlainLabel {
            objectName: "stakingProductRate_" + tile.index
            text: EarnWords.yearly(tile.ratePercent)
            font.pixelSize: 26
            font.weight: Font.Bold
            color: Theme.accent
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 4
            PlainLabel { text: qsTr("Minimum"); color: Theme.textMuted; font.pixelSize: 13 }
            PlainLabel { text: tile.minAmount + " " + tile.asset; color: Theme.text; font.pixelSize: 13; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; elide: Text.ElideRight }
            PlainLabel { text: tile.kind === "locked" ? qsTr("Lock") : qsTr("Leaving"); color: Theme.textMuted; font.pixelSize: 13 }
            PlainLabel {
                text: tile.kind === "locked" ? qsTr("%1; leaving early forfeits unpaid rewards").arg(EarnWords.days(tile.lockDays))
                    : Number(tile.unbondingSeconds) > 0 ? qsTr("any time; %1 to unbond").arg(EarnWords.duration(Number(tile.unbondingSeconds)))
                    : qsTr("any time, at once")
                color: Theme.text
                font.pixelSize: 13
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
            }
            PlainLabel { text: qsTr("Staked"); color: Theme.textMuted; font.pixelSize: 13 }
            PlainLabel {
                text: tile.cap === "0" ? tile.staked + " " + tile.asset : qsTr("%1 of %2 %3").arg(tile.staked).arg(tile.cap).arg(tile.asset)
                color: Theme.text
                font.pixelSize: 13
                elide: Text.ElideRight
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
            }
        }
        ProgressLine {
            visible: tile.cap !== "0"
            Layout.fillWidth: true
            permille: tile.filledPermille
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel {
                Layout.fillWidth: true
                text: tile.myStake && tile.myStake !== "0" ? qsTr("You have %1 %2 here").arg(tile.myStake).arg(tile.asset) : ""
                color: Theme.textMuted
                font.pixelSize: 13
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
            AppButton {
                objectName: "stakeButton_" + tile.index
                kind: "primary"
                text: qsTr("Stake")
                enabled: tile.filledPermille < 1000 || tile.cap === "0"
                onClicked: tile.stakeRequested({ itemId: tile.itemId, name: tile.name, asset: tile.asset, kind: tile.kind,
                                                 lockDays: tile.lockDays, rateBps: tile.rateBps, ratePercent: tile.ratePercent,
                                                 minAmount: tile.minAmount, unbondingSeconds: Number(tile.unbondingSeconds) })
            }
        }
    }
}
