import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Placing or editing an ad: side, coin and currency (fixed once placed),
// a fixed price or a margin over the market, the amount and the limits per
// trade, how the buyer pays (my methods for a sell ad, accepted kinds for a
// buy ad), the payment window, terms, an auto-reply and what the
// counterparty must have. Refusals stay in the dialog.
Dialog {
    id: dialog
    property P2pAdsModel ads
    property P2pPaymentMethodsModel methods
    property string adId: ""
    property string errorText: ""
    property string side: "sell"
    property string priceType: "fixed"
    property var chosenMethods: []
    property var chosenTypes: []
    readonly property bool editing: adId !== ""
    readonly property var windows: [15, 30, 45, 60, 90, 120]
    readonly property var kinds: ["bank_transfer", "card", "ewallet", "other"]
    signal showMethods()

    function toggle(list, value) {
        const out = list.slice()
        const i = out.indexOf(value)
        if (i >= 0) out.splice(i, 1); else out.push(value)
        return out
    }
    function start(ad) {
        errorText = ""
        if (methods.count === 0) methods.reload()
        adId = ad ? ad.id : ""
        side = ad ? ad.side : "sell"
        priceType = ad ? ad.priceType : "fixed"
        asset.currentIndex = Math.max(0, ad ? asset.find(ad.asset) : asset.find("USDT"))
        fiat.text = ad ? ad.fiat : "USD"
        price.text = ad && ad.priceType === "fixed" ? ad.price : ""
        margin.text = ad && ad.priceType === "floating" ? ad.margin : ""
        total.text = ad ? ad.total : ""
        minAmount.text = ad ? ad.minAmount : ""
        maxAmount.text = ad ? ad.maxAmount : ""
        chosenMethods = ad && ad.paymentMethodIds ? ad.paymentMethodIds.slice() : []
        chosenTypes = ad && ad.side === "buy" ? ad.paymentTypes.slice() : []
        window.currentIndex = Math.max(0, windows.indexOf(ad ? ad.paymentWindowMinutes : 15))
        terms.text = ad ? ad.terms : ""
        autoReply.text = ad ? ad.autoReply : ""
        kyc.currentIndex = ad ? ad.minKycTier : 0
        age.text = ad && ad.minAccountAgeDays ? String(ad.minAccountAgeDays) : ""
        trades.text = ad && ad.minCompletedTrades ? String(ad.minCompletedTrades) : ""
        open()
    }
    function fields() {
        const f = { priceType: priceType, minAmount: minAmount.text, maxAmount: maxAmount.text,
                    paymentWindowMinutes: windows[window.currentIndex], terms: terms.text, autoReply: autoReply.text,
                    minKycTier: kyc.currentIndex, minAccountAgeDays: Number(age.text || 0), minCompletedTrades: Number(trades.text || 0) }
        if (priceType === "fixed") f.price = price.text; else f.margin = margin.text
        if (side === "sell") f.paymentMethodIds = chosenMethods; else f.paymentTypes = chosenTypes
        if (!editing) { f.side = side; f.asset = asset.currentText; f.fiat = fiat.text.toUpperCase(); f.total = total.text }
        return f
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 620
    height: Math.min(760, (parent ? parent.height : 800) - 40)
    padding: 0
    title: editing ? qsTr("Edit ad") : qsTr("New ad")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 8
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }
    footer: RowLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        spacing: 8
        PlainLabel {
            objectName: "p2pAdError"
            Layout.fillWidth: true
            Layout.leftMargin: 22
            Layout.bottomMargin: 16
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
        }
        AppButton { Layout.bottomMargin: 16; text: qsTr("Cancel"); kind: "ghost"; onClicked: dialog.close() }
        AppButton {
            objectName: "p2pAdSave"
            Layout.bottomMargin: 16
            Layout.rightMargin: 22
            kind: "primary"
            enabled: !dialog.ads.busy
            text: dialog.editing ? qsTr("Save") : dialog.side === "sell" ? qsTr("Place ad and hold coins") : qsTr("Place ad")
            onClicked: { dialog.errorText = ""; dialog.ads.save(dialog.adId, dialog.fields()) }
        }
    }

    AssetsModel { id: assets }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        GridLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: scroll.availableWidth - 44
            x: 22
            columns: 2
            columnSpacing: 16
            rowSpacing: 12

            // Side, coin, currency: fixed once placed.
            RowLayout {
                Layout.columnSpan: 2
                enabled: !dialog.editing
                spacing: 8
                AppButton { objectName: "p2pAdSideSell"; text: qsTr("I sell"); kind: dialog.side === "sell" ? "primary" : "secondary"; onClicked: dialog.side = "sell" }
                AppButton { objectName: "p2pAdSideBuy"; text: qsTr("I buy"); kind: dialog.side === "buy" ? "primary" : "secondary"; onClicked: dialog.side = "buy" }
                AppComboBox {
                    id: asset
                    objectName: "p2pAdAsset"
                    Layout.preferredWidth: 120
                    model: { const out = []; for (let i = 0; i < assets.count; ++i) out.push(assets.get(i).code); return out }
                }
                PlainLabel { text: qsTr("for"); color: Theme.textMuted }
                TextField {
                    id: fiat
                    objectName: "p2pAdFiat"
                    Layout.preferredWidth: 90
                    implicitHeight: 42
                    maximumLength: 3
                    leftPadding: 12
                    verticalAlignment: TextInput.AlignVCenter
                    validator: RegularExpressionValidator { regularExpression: /^[A-Za-z]{0,3}$/ }
                    color: Theme.text
                    background: Rectangle { radius: 10; color: Theme.surfaceAlt; border.color: parent.activeFocus ? Theme.accent : Theme.border }
                }
            }

            // Price.
            RowLayout {
                Layout.columnSpan: 2
                spacing: 8
                AppButton { objectName: "p2pAdFixed"; text: qsTr("Fixed price"); kind: dialog.priceType === "fixed" ? "primary" : "secondary"; onClicked: dialog.priceType = "fixed" }
                AppButton { objectName: "p2pAdFloating"; text: qsTr("Market + margin"); kind: dialog.priceType === "floating" ? "primary" : "secondary"; onClicked: dialog.priceType = "floating" }
            }
            FormField {
                id: price
                objectName: "p2pAdPrice"
                visible: dialog.priceType === "fixed"
                Layout.columnSpan: 2
                label: qsTr("Price per %1 (%2)").arg(asset.currentText).arg(fiat.text.toUpperCase())
                validator: RegularExpressionValidator { regularExpression: /^\d{0,15}(\.\d{0,2})?$/ }
            }
            FormField {
                id: margin
                objectName: "p2pAdMargin"
                visible: dialog.priceType === "floating"
                Layout.columnSpan: 2
                label: qsTr("Margin over the market price (%)")
                hint: qsTr("-50 to 50; the price follows the reference rate and is fixed when a trade opens.")
                validator: RegularExpressionValidator { regularExpression: /^-?\d{0,2}(\.\d{0,2})?$/ }
            }

            FormField {
                id: total
                objectName: "p2pAdTotal"
                Layout.columnSpan: 2
                enabled: !dialog.editing
                label: dialog.side === "sell" ? qsTr("Amount to sell (%1)").arg(asset.currentText) : qsTr("Amount to buy (%1)").arg(asset.currentText)
                validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ }
            }
            FormField {
                id: minAmount
                objectName: "p2pAdMin"
                label: qsTr("Min per trade")
                validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ }
            }
            FormField {
                id: maxAmount
                objectName: "p2pAdMax"
                label: qsTr("Max per trade")
                validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ }
            }

            // How the buyer pays.
            PlainLabel {
                Layout.columnSpan: 2
                text: dialog.side === "sell" ? qsTr("Buyers pay me to") : qsTr("I pay by")
                color: Theme.textMuted
                font.pixelSize: 13
                font.weight: Font.Medium
            }
            Flow {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: dialog.side === "sell" ? dialog.methods : []
                    delegate: AppCheckBox {
                        required property string itemId
                        required property string label
                        required property string type
                        objectName: "p2pAdMethod_" + itemId
                        text: label + " · " + P2pWords.paymentType(type)
                        checked: dialog.chosenMethods.indexOf(itemId) >= 0
                        onClicked: { dialog.chosenMethods = dialog.toggle(dialog.chosenMethods, itemId); dialog.errorText = "" }
                    }
                }
                Repeater {
                    model: dialog.side === "buy" ? dialog.kinds : []
                    delegate: AppCheckBox {
                        required property string modelData
                        objectName: "p2pAdType_" + modelData
                        text: P2pWords.paymentType(modelData)
                        checked: dialog.chosenTypes.indexOf(modelData) >= 0
                        onClicked: { dialog.chosenTypes = dialog.toggle(dialog.chosenTypes, modelData); dialog.errorText = "" }
                    }
                }
                AppButton {
                    visible: dialog.side === "sell" && dialog.methods.count === 0
                    kind: "ghost"
                    text: qsTr("Add a payment method first")
                    onClicked: dialog.showMethods()
                }
            }

            PlainLabel { text: qsTr("Time to pay"); color: Theme.textMuted; font.pixelSize: 13 }
            AppComboBox {
                id: window
                objectName: "p2pAdWindow"
                Layout.fillWidth: true
                model: dialog.windows.map(m => qsTr("%1 minutes").arg(m))
            }

            TextArea {
                id: terms
                objectName: "p2pAdTerms"
                textFormat: TextEdit.PlainText
                Layout.columnSpan: 2
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                placeholderText: qsTr("Terms shown before a trade (which banks, references, …)")
                wrapMode: TextEdit.Wrap
                color: Theme.text
            }
            TextArea {
                id: autoReply
                objectName: "p2pAdAutoReply"
                textFormat: TextEdit.PlainText
                Layout.columnSpan: 2
                Layout.fillWidth: true
                Layout.preferredHeight: 60
                placeholderText: qsTr("Auto-reply posted in the trade chat when a trade opens")
                wrapMode: TextEdit.Wrap
                color: Theme.text
            }

            // What the counterparty needs.
            PlainLabel { Layout.columnSpan: 2; text: qsTr("Counterparty must have"); color: Theme.textMuted; font.pixelSize: 13; font.weight: Font.Medium }
            PlainLabel { text: qsTr("KYC"); color: Theme.textMuted }
            AppComboBox { id: kyc; objectName: "p2pAdKyc"; Layout.fillWidth: true; model: [qsTr("No verification needed"), qsTr("Tier 1 (verified)"), qsTr("Tier 2 (enhanced)")] }
            FormField { id: age; objectName: "p2pAdAge"; label: qsTr("Account age (days)"); placeholderText: "0"; validator: IntValidator { bottom: 0; top: 3650 } }
            FormField { id: trades; objectName: "p2pAdTrades"; label: qsTr("Completed trades"); placeholderText: "0"; validator: IntValidator { bottom: 0; top: 10000 } }
            Item { Layout.columnSpan: 2; implicitHeight: 8 }
        }
    }
}
