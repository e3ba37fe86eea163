import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// My ads: what each has left and its state; edit, pause, resume or close
// one, or place a new one.
Item {
    id: root
    property P2pPaymentMethodsModel methods
    signal showMethods()

    P2pAdsModel {
        id: mine
        objectName: "p2pMyAds"
        mine: true
        onSaved: editor.close()
        onSaveFailed: message => editor.errorText = message
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            PlainLabel {
                text: qsTr("A sell ad's amount is held from your balance while the ad is open; closing it gives back what no trade holds.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
            AppButton {
                objectName: "p2pNewAd"
                kind: "primary"
                text: qsTr("New ad")
                onClicked: editor.start(null)
            }
        }

        ListView {
            id: list
            objectName: "p2pMyAdList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: mine
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property string itemId
                required property string side
                required property string asset
                required property string fiat
                required property string priceType
                required property string price
                required property string margin
                required property string total
                required property string available
                required property string minAmount
                required property string maxAmount
                required property var paymentTypes
                required property string status
                required property int index
                objectName: "p2pMyAd_" + itemId
                width: list.width
                implicitHeight: rowLayout.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 12
                    anchors.leftMargin: 16
                    spacing: 14
                    StatusChip { text: row.side === "sell" ? qsTr("Sell") : qsTr("Buy"); tone: row.side === "sell" ? "danger" : "success" }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        PlainLabel {
                            text: qsTr("%1 for %2 at %3 %4").arg(row.asset).arg(row.fiat).arg(row.price || "—").arg(row.fiat)
                                  + (row.priceType === "floating" ? " " + qsTr("(market %1%2%)").arg(Number(row.margin) >= 0 ? "+" : "").arg(row.margin) : "")
                            font.weight: Font.DemiBold
                            color: Theme.text
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                        }
                        PlainLabel {
                            text: qsTr("%1 of %2 %3 left · limit %4 – %5 · %6").arg(row.available).arg(row.total).arg(row.asset)
                                  .arg(row.minAmount).arg(row.maxAmount).arg(P2pWords.paymentTypes(row.paymentTypes))
                            color: Theme.textMuted
                            font.pixelSize: 12
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                    StatusChip {
                        objectName: "p2pMyAdStatus_" + row.itemId
                        text: row.status === "active" ? qsTr("Active") : row.status === "paused" ? qsTr("Paused") : qsTr("Closed")
                        tone: row.status === "active" ? "success" : row.status === "paused" ? "warning" : "neutral"
                    }
                    AppButton { visible: row.status !== "closed"; kind: "ghost"; text: qsTr("Edit"); objectName: "p2pEditAd_" + row.itemId; onClicked: editor.start(mine.get(row.index)) }
                    AppButton {
                        visible: row.status !== "closed"
                        objectName: "p2pPauseAd_" + row.itemId
                        kind: "ghost"
                        text: row.status === "active" ? qsTr("Pause") : qsTr("Resume")
                        onClicked: mine.setStatus(row.itemId, row.status === "active" ? "paused" : "active")
                    }
                    AppButton { visible: row.status !== "closed"; kind: "danger"; text: qsTr("Close"); objectName: "p2pCloseAd_" + row.itemId; onClicked: mine.setStatus(row.itemId, "closed") }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0 && !mine.busy
                iconName: "p2p"
                text: qsTr("You have no ads. Place one to buy or sell at your own price.")
            }
        }
    }

    P2pAdDialog {
        id: editor
        objectName: "p2pAdDialog"
        ads: mine
        methods: root.methods
        onShowMethods: { close(); root.showMethods() }
    }
}
