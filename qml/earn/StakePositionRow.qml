import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One of the user's stakes: product, amount, status and — while it earns —
// the rewards to the last decimal, moving every second (the view model
// computes them exactly); what was paid or forfeited, the lock or the
// unbonding date; claim, compound and unstake.
Rectangle {
    id: row
    required property string itemId
    required property string productId
    required property string productName
    required property string kind
    required property string asset
    required property string amount
    required property string status
    required property string owed
    required property bool claimable
    required property string ratePercent
    required property string paid
    required property string forfeited
    required property var lockedUntil
    required property var unbondsAt
    required property var createdAt
    required property int index
    signal unstakeRequested(var position)
    signal claimRequested(string positionId, bool compound)

    objectName: "stakePosition_" + index
    implicitHeight: body.implicitHeight + 28
    radius: 12
    color: Theme.surfaceAlt
    border.color: Theme.border

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 14
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel {
                text: row.productName
                font.pixelSize: 15
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
            StatusChip { text: EarnWords.positionStatus(row.status); tone: EarnWords.positionTone(row.status) }
            PlainLabel {
                objectName: "stakeAmount_" + row.index
                text: row.amount + " " + row.asset
                font.pixelSize: 15
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                PlainLabel {
                    text: row.status === "active" ? qsTr("Rewards · %1").arg(EarnWords.yearly(row.ratePercent)) : qsTr("Rewards not yet claimed")
                    color: Theme.textMuted
                    font.pixelSize: 12
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                PlainLabel {
                    objectName: "stakeOwed_" + row.index
                    text: row.owed + " " + row.asset
                    font.family: "monospace"
                    font.pixelSize: 15
                    font.weight: Font.DemiBold
                    color: row.claimable ? Theme.success : Theme.text
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
            }
            AppButton {
                objectName: "stakeClaim_" + row.index
                text: qsTr("Claim")
                enabled: row.claimable
                onClicked: row.claimRequested(row.itemId, false)
            }
            AppButton {
                objectName: "stakeCompound_" + row.index
                visible: row.status === "active"
                text: qsTr("Compound")
                enabled: row.claimable
                onClicked: row.claimRequested(row.itemId, true)
            }
            AppButton {
                objectName: "stakeUnstake_" + row.index
                visible: row.status === "active"
                kind: "danger"
                text: qsTr("Unstake")
                onClicked: row.unstakeRequested({ itemId: row.itemId, productId: row.productId, productName: row.productName,
                                                  kind: row.kind, asset: row.asset, amount: row.amount,
                                                  lockedUntil: Number(row.lockedUntil) })
            }
        }
        PlainLabel {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: 12
            horizontalAlignment: Text.AlignLeft
            text: {
                const parts = [qsTr("Since %1").arg(Labels.date(Number(row.createdAt)))]
                if (row.paid !== "0") parts.push(qsTr("paid %1 %2").arg(row.paid).arg(row.asset))
                if (row.forfeited !== "0") parts.push(qsTr("forfeited %1 %2").arg(row.forfeited).arg(row.asset))
                if (row.status === "active" && Number(row.lockedUntil) > 0) parts.push(qsTr("locked until %1").arg(Labels.dateTime(Number(row.lockedUntil))))
                if (row.status === "unbonding") parts.push(qsTr("returns to your wallet on %1").arg(Labels.dateTime(Number(row.unbondsAt))))
                return parts.join(" · ")
            }
        }
    }
}
