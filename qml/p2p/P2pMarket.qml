import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The P2P market: what the user wants (buy or sell an asset, for a fiat,
// paid a certain way, how much), and the ads that can do it, best price
// first or by the advertiser's record. Each row opens the take dialog.
Item {
    id: market
    objectName: "p2pMarket"
    property P2pPaymentMethodsModel methods
    // "buy": I buy, so I see sell ads; "sell": the other way round.
    property string intent: "buy"
    signal tradeOpened(string tradeId)

    readonly property var fiats: ["", "USD", "EUR", "IRR", "KRW", "VND", "GBP", "TRY"]
    readonly property var paymentTypes: ["", "bank_transfer", "card", "ewallet", "other"]
    readonly property var sorts: [{ key: "price", text: qsTr("Best price") }, { key: "trades", text: qsTr("Most trades") },
                                  { key: "completion", text: qsTr("Completion rate") }]

    AssetsModel { id: assets }
    P2pAdsModel {
        id: marketAds
        objectName: "p2pAds"
        side: market.intent === "buy" ? "sell" : "buy"
        onTaken: trade => { take.close(); market.tradeOpened(trade.id) }
        onTakeFailed: message => take.errorText = message
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        spacing: 12

        // Filters.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Rectangle {
                implicitWidth: intentRow.implicitWidth + 8
                implicitHeight: 42
                radius: 10
                color: Theme.surfaceAlt
                RowLayout {
                    id: intentRow
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 4
                    AppButton {
                        objectName: "p2pIntentBuy"
                        implicitHeight: 34
                        text: qsTr("Buy")
                        kind: market.intent === "buy" ? "primary" : "ghost"
                        onClicked: market.intent = "buy"
                    }
                    AppButton {
                        objectName: "p2pIntentSell"
                        implicitHeight: 34
                        text: qsTr("Sell")
                        kind: market.intent === "sell" ? "primary" : "ghost"
                        onClicked: market.intent = "sell"
                    }
                }
            }
            AppComboBox {
                id: assetBox
                objectName: "p2pAssetFilter"
                Layout.fillWidth: true
                Layout.maximumWidth: 140
                Layout.minimumWidth: 100
                model: {
                    const out = [qsTr("All coins")]
                    for (let i = 0; i < assets.count; ++i) out.push(assets.get(i).code)
                    return out
                }
                onActivated: marketAds.asset = currentIndex === 0 ? "" : currentText
            }
            AppComboBox {
                objectName: "p2pFiatFilter"
                Layout.fillWidth: true
                Layout.maximumWidth: 170
                Layout.minimumWidth: 110
                model: market.fiats.map(f => f === "" ? qsTr("All currencies") : f)
                onActivated: marketAds.fiat = market.fiats[currentIndex]
            }
            AppComboBox {
                objectName: "p2pPaymentFilter"
                Layout.fillWidth: true
                Layout.maximumWidth: 170
                Layout.minimumWidth: 120
                model: market.paymentTypes.map(t => t === "" ? qsTr("Any payment") : P2pWords.paymentType(t))
                onActivated: marketAds.paymentType = market.paymentTypes[currentIndex]
            }
            TextField {
                objectName: "p2pAmountFilter"
                Layout.fillWidth: true
                Layout.maximumWidth: 150
                Layout.minimumWidth: 90
                implicitHeight: 42
                placeholderText: qsTr("Amount")
                leftPadding: 12
                rightPadding: 12
                verticalAlignment: TextInput.AlignVCenter
                horizontalAlignment: TextInput.AlignLeft
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ }
                color: Theme.text
                onTextChanged: marketAds.amount = text
                background: Rectangle { radius: 10; color: Theme.surfaceAlt; border.color: parent.activeFocus ? Theme.accent : Theme.border }
            }
            Item { Layout.fillWidth: true; Layout.minimumWidth: 0 }
            AppComboBox {
                objectName: "p2pSort"
                Layout.fillWidth: true
                Layout.maximumWidth: 170
                Layout.minimumWidth: 120
                model: market.sorts.map(s => s.text)
                onActivated: marketAds.sort = market.sorts[currentIndex].key
            }
        }

        // Column titles.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            spacing: 12
            Repeater {
                model: [{ t: qsTr("Advertiser"), w: 3 }, { t: qsTr("Price"), w: 2 }, { t: qsTr("Available / limits"), w: 3 },
                        { t: qsTr("Payment"), w: 2 }, { t: "", w: 1.4 }]
                PlainLabel {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: modelData.w * 100
                    text: modelData.t
                    color: Theme.textMuted
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }

        ListView {
            id: list
            objectName: "p2pAdList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: marketAds
            delegate: P2pAdRow {
                width: list.width
                intent: market.intent
                onTakeRequested: ad => take.start(ad)
                onProfileRequested: username => profileDialog.show(username)
            }
            ScrollBar.vertical: ScrollBar {}
            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0 && !marketAds.busy
                iconName: "p2p"
                text: market.intent === "buy" ? qsTr("Nobody sells on these terms right now. Try another coin, currency or payment.")
                                              : qsTr("Nobody buys on these terms right now. Try another coin, currency or payment.")
            }
        }
    }

    P2pProfileDialog { id: profileDialog }
    P2pTakeDialog {
        id: take
        objectName: "p2pTakeDialog"
        ads: marketAds
        methods: market.methods
    }
}
