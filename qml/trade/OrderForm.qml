import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The order form: buy or sell; limit, market or stop-limit; the fields the
// type needs (a market buy spends a budget in the quote asset), the time in
// force of a limit order, the available balance of what the order spends,
// and the estimated total and fee the TradeOrderEntry works out.
Rectangle {
    id: form
    objectName: "orderForm"
    property TradeOrderEntry entry
    property WalletBalancesModel balances
    readonly property var spend: { void balances.count; void entry.spendAsset; return balances.balanceOf(entry.spendAsset) }
    readonly property bool buying: entry.side === "buy"

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    // The fields and the entry are kept equal both ways without bindings,
    // which typing or a test's setText would break.
    Connections {
        target: form.entry
        function onFormChanged() {
            if (priceField.text !== form.entry.price) priceField.text = form.entry.price
            if (stopField.text !== form.entry.stopPrice) stopField.text = form.entry.stopPrice
            if (quantityField.text !== form.entry.quantity) quantityField.text = form.entry.quantity
            if (budgetField.text !== form.entry.budget) budgetField.text = form.entry.budget
        }
    }

    Flickable {
        anchors.fill: parent
        anchors.margins: 14
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: parent.width
            spacing: 10

            // Buy / sell.
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: ["buy", "sell"]
                    delegate: Button {
                        id: sideButton
                        required property string modelData
                        readonly property bool chosen: form.entry.side === modelData
                        readonly property color tone: modelData === "buy" ? Theme.success : Theme.danger
                        objectName: "orderSide_" + modelData
                        Layout.fillWidth: true
                        implicitHeight: 38
                        text: OrderWords.side(modelData)
                        font.weight: Font.DemiBold
                        onClicked: form.entry.side = modelData
                        contentItem: PlainLabel {
                            text: sideButton.text
                            font: sideButton.font
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            color: sideButton.chosen ? "white" : Theme.text
                        }
                        background: Rectangle {
                            radius: 10
                            color: sideButton.chosen ? sideButton.tone : Theme.surfaceAlt
                            border.color: sideButton.chosen ? sideButton.tone : Theme.border
                        }
                    }
                }
            }
            // Order type.
            RowLayout {
                Layout.fillWidth: true
                spacing: 2
                Repeater {
                    model: ["limit", "market", "stop_limit"]
                    delegate: AppButton {
                        required property string modelData
                        objectName: "orderType_" + modelData
                        Layout.fillWidth: true
                        implicitHeight: 32
                        leftPadding: 4
                        rightPadding: 4
                        font.pixelSize: 13
                        kind: form.entry.type === modelData ? "secondary" : "ghost"
                        text: OrderWords.type(modelData)
                        onClicked: form.entry.type = modelData
                    }
                }
            }

            FormField {
                id: stopField
                objectName: "orderStopPrice"
                visible: form.entry.type === "stop_limit"
                label: qsTr("Stop price (%1)").arg(form.entry.market.quote || "")
                hint: form.buying ? qsTr("Goes in when a trade is at or above it.") : qsTr("Goes in when a trade is at or below it.")
                placeholderText: "0.00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onTextChanged: form.entry.stopPrice = text
            }
            FormField {
                id: priceField
                objectName: "orderPrice"
                visible: form.entry.type !== "market"
                label: form.entry.type === "stop_limit" ? qsTr("Limit price (%1)").arg(form.entry.market.quote || "")
                                                        : qsTr("Price (%1)").arg(form.entry.market.quote || "")
                placeholderText: form.entry.market.tickSize || "0.00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onTextChanged: form.entry.price = text
            }
            FormField {
                id: quantityField
                objectName: "orderQuantity"
                visible: !form.entry.usesBudget
                label: qsTr("Amount (%1)").arg(form.entry.market.base || "")
                placeholderText: form.entry.market.lotSize || "0"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onTextChanged: form.entry.quantity = text
            }
            FormField {
                id: budgetField
                objectName: "orderBudget"
                visible: form.entry.usesBudget
                label: qsTr("Spend (%1)").arg(form.entry.market.quote || "")
                hint: qsTr("Buys as much as this buys at the best prices now.")
                placeholderText: "0.00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onTextChanged: form.entry.budget = text
            }
            ColumnLayout {
                visible: form.entry.type === "limit"
                Layout.fillWidth: true
                spacing: 6
                PlainLabel { text: qsTr("Time in force"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: tifBox
                    objectName: "orderTimeInForce"
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "gtc", text: OrderWords.timeInForce("gtc") },
                            { value: "ioc", text: OrderWords.timeInForce("ioc") },
                            { value: "fok", text: OrderWords.timeInForce("fok") },
                            { value: "post_only", text: OrderWords.timeInForce("post_only") }]
                    currentIndex: indexOfValue(form.entry.timeInForce)
                    onActivated: form.entry.timeInForce = currentValue
                }
            }

            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                rowSpacing: 6
                PlainLabel { text: qsTr("Available"); color: Theme.textMuted; font.pixelSize: 13 }
                PlainLabel {
                    objectName: "orderAvailable"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                    color: Theme.text
                    font.pixelSize: 13
                    text: (form.spend.available || "0") + " " + form.entry.spendAsset
                }
                PlainLabel {
                    text: form.entry.type === "market" && !form.entry.usesBudget ? qsTr("Estimated total") : qsTr("Total")
                    color: Theme.textMuted; font.pixelSize: 13
                }
                PlainLabel {
                    objectName: "orderTotal"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                    color: Theme.text
                    font.weight: Font.DemiBold
                    font.pixelSize: 13
                    text: form.entry.estimatedTotal === "" ? "—" : form.entry.estimatedTotal + " " + (form.entry.market.quote || "")
                }
                PlainLabel { text: qsTr("Fee at most"); color: Theme.textMuted; font.pixelSize: 13 }
                PlainLabel {
                    objectName: "orderFee"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                    color: Theme.textMuted
                    font.pixelSize: 13
                    text: form.entry.estimatedFee === "" ? "—" : form.entry.estimatedFee + " " + (form.entry.market.quote || "")
                }
            }
            PlainLabel {
                objectName: "orderError"
                visible: text !== ""
                text: form.entry.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                Layout.fillWidth: true
            }
            Button {
                id: placeButton
                objectName: "orderPlace"
                Layout.fillWidth: true
                implicitHeight: 42
                enabled: form.entry.ready
                text: (form.buying ? qsTr("Buy %1") : qsTr("Sell %1")).arg(form.entry.market.base || "")
                font.weight: Font.DemiBold
                onClicked: form.entry.place()
                contentItem: PlainLabel {
                    text: placeButton.text
                    font: placeButton.font
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: placeButton.enabled ? "white" : Theme.textMuted
                }
                background: Rectangle {
                    radius: 10
                    color: !placeButton.enabled ? Theme.surfaceAlt : form.buying ? Theme.success : Theme.danger
                    opacity: placeButton.down ? 0.85 : 1
                }
            }
        }
    }
}
