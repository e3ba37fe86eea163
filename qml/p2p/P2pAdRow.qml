import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One ad of the market: who (and their record), the price, what is left and
// the limits per trade, how to pay, and the button that opens the trade.
Rectangle {
    id: row
    required property string itemId
    required property var advertiser
    required property var reputation
    required property string side
    required property string asset
    required property string fiat
    required property string priceType
    required property string price
    required property string margin
    required property string available
    required property string minAmount
    required property string maxAmount
    required property var paymentTypes
    required property int paymentWindowMinutes
    required property int index
    property string intent: "buy"
    signal takeRequested(var ad)
    signal profileRequested(string username)

    objectName: "p2pAd_" + itemId
    implicitHeight: content.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            spacing: 10
            Avatar { name: P2pWords.partyName(row.advertiser); size: 36 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                PlainLabel {
                    objectName: "p2pAdvertiser_" + row.itemId
                    text: P2pWords.partyName(row.advertiser)
                    font.weight: Font.DemiBold
                    font.underline: advertiserMouse.containsMouse
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    // The advertiser's record (p2p.profile) before trading with them.
                    MouseArea {
                        id: advertiserMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: row.profileRequested(row.advertiser.username)
                    }
                }
                PlainLabel {
                    text: P2pWords.completion(row.reputation)
                    color: Theme.textMuted
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
                PlainLabel {
                    visible: text !== ""
                    text: {
                        const r = row.reputation || {}
                        const parts = []
                        if (r.positive || r.negative) parts.push(P2pWords.feedbackCounts(r))
                        const t = P2pWords.releaseTime(r)
                        if (t) parts.push(t)
                        return parts.join(" · ")
                    }
                    color: Theme.textMuted
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            spacing: 2
            PlainLabel {
                objectName: "p2pAdPrice_" + row.itemId
                text: row.price + " " + row.fiat
                font.pixelSize: 18
                font.weight: Font.Bold
                color: Theme.text
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            PlainLabel {
                text: row.priceType === "floating" ? qsTr("per %1 · market %2%3%").arg(row.asset).arg(Number(row.margin) >= 0 ? "+" : "").arg(row.margin)
                                                   : qsTr("per %1").arg(row.asset)
                color: Theme.textMuted
                font.pixelSize: 12
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            spacing: 2
            PlainLabel {
                text: qsTr("%1 %2 available").arg(row.available).arg(row.asset)
                color: Theme.text
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            PlainLabel {
                text: qsTr("Limit %1 – %2 %3").arg(row.minAmount).arg(row.maxAmount).arg(row.asset)
                color: Theme.textMuted
                font.pixelSize: 12
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            spacing: 2
            PlainLabel {
                text: P2pWords.paymentTypes(row.paymentTypes)
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            PlainLabel {
                text: qsTr("%1 min to pay").arg(row.paymentWindowMinutes)
                color: Theme.textMuted
                font.pixelSize: 12
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }
        AppButton {
            objectName: "p2pTake_" + row.itemId
            Layout.preferredWidth: 140
            kind: "primary"
            text: row.intent === "buy" ? qsTr("Buy %1").arg(row.asset) : qsTr("Sell %1").arg(row.asset)
            onClicked: row.takeRequested(row.ListView.view.model.get(row.index))
        }
    }
}
