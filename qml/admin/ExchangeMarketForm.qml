import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Changing one market's rules (spot.setMarket): sizes, minimum, fee rates
// (decimals: 0.001 is 0.1 %), status and whether orders route to the
// liquidity provider. Tick and lot size are fixed once the market exists.
Card {
    id: form
    objectName: "exchangeMarketForm"
    property string symbol: ""
    property string base: ""
    property string quote: ""
    signal saved()

    function load(m) {
        symbol = m.symbol; base = m.base; quote = m.quote
        tick.text = m.tickSize; lot.text = m.lotSize; minNotional.text = m.minNotional
        maker.text = m.makerFee; taker.text = m.takerFee
        statusBox.currentIndex = statusBox.indexOfValue(m.status)
        routing.checked = m.routing
    }

    title: symbol === "" ? qsTr("Edit a market") : qsTr("Edit %1").arg(symbol)
    subtitle: symbol === "" ? qsTr("Pick a market in the table.") : ""

    ExchangeMarketEditor {
        id: editor
        objectName: "exchangeMarketEditor"
        onSaved: market => { Errors.inform(qsTr("%1 saved.").arg(market.symbol)); form.saved() }
    }

    GridLayout {
        Layout.fillWidth: true
        enabled: form.symbol !== ""
        columns: 2
        columnSpacing: 10
        rowSpacing: 4
        FormField { id: tick; objectName: "marketTick"; label: qsTr("Tick size"); enabled: false; Layout.preferredWidth: 1; Layout.minimumWidth: 0 }
        FormField { id: lot; objectName: "marketLot"; label: qsTr("Lot size"); enabled: false; Layout.preferredWidth: 1; Layout.minimumWidth: 0 }
        FormField { id: minNotional; objectName: "marketMinNotional"; label: qsTr("Min notional (%1)").arg(form.quote); Layout.columnSpan: 2 }
        FormField { id: maker; objectName: "marketMakerFee"; label: qsTr("Maker fee rate"); Layout.preferredWidth: 1; Layout.minimumWidth: 0 }
        FormField { id: taker; objectName: "marketTakerFee"; label: qsTr("Taker fee rate"); Layout.preferredWidth: 1; Layout.minimumWidth: 0 }
        ColumnLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            spacing: 6
            PlainLabel { text: qsTr("Status"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
            AppComboBox {
                id: statusBox
                objectName: "marketStatus"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [{ value: "open", text: OrderWords.marketStatus("open") },
                        { value: "halted", text: OrderWords.marketStatus("halted") },
                        { value: "cancel_only", text: OrderWords.marketStatus("cancel_only") }]
            }
        }
        AppSwitch {
            id: routing
            objectName: "marketRouting"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("Route to the provider")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("What the book cannot fill of a market or IOC order goes to the liquidity provider.")
        }
    }
    PlainLabel {
        objectName: "marketFormError"
        visible: text !== ""
        text: editor.errorText
        color: Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    AppButton {
        objectName: "marketSave"
        kind: "primary"
        Layout.alignment: Qt.AlignRight
        enabled: form.symbol !== "" && !editor.busy
        text: qsTr("Save")
        onClicked: editor.save({ base: form.base, quote: form.quote, tickSize: tick.text, lotSize: lot.text,
                                 minNotional: minNotional.text, makerFee: maker.text, takerFee: taker.text,
                                 status: statusBox.currentValue, routing: routing.checked })
    }
}
