import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Taking an ad: the advertiser's terms, an amount within the ad's limits and
// what it comes to in fiat (exact, to the cent, as the server computes it);
// taking a buy ad (I sell) also asks which of my payment methods the buyer
// pays to. Refusals (limits, requirements, balance) stay in the dialog.
Dialog {
    id: dialog
    property P2pAdsModel ads
    property P2pPaymentMethodsModel methods
    property var ad: ({})
    property string errorText: ""
    readonly property bool iSell: ad.side === "buy"
    readonly property string fiatTotal: ads ? ads.fiatFor(ad.price || "", amount.text) : ""
    // My methods of a type the ad accepts (selling only).
    readonly property var usableMethods: {
        void methods.count
        const out = []
        for (let i = 0; i < methods.count; ++i) {
            const m = methods.get(i)
            if ((ad.paymentTypes || []).indexOf(m.type) >= 0) out.push(m)
        }
        return out
    }

    function start(adRow) {
        ad = adRow
        errorText = ""
        amount.text = ""
        if (methods.count === 0) methods.reload()
        open()
        amount.forceActiveFocus()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 500
    padding: 22
    title: iSell ? qsTr("Sell %1 to %2").arg(ad.asset).arg(P2pWords.partyName(ad.advertiser))
                 : qsTr("Buy %1 from %2").arg(ad.asset).arg(P2pWords.partyName(ad.advertiser))
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        GridLayout {
            columns: 2
            columnSpacing: 16
            rowSpacing: 6
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Price"); color: Theme.textMuted }
            PlainLabel { text: (dialog.ad.price || "") + " " + (dialog.ad.fiat || ""); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
            PlainLabel { text: qsTr("Limits"); color: Theme.textMuted }
            PlainLabel { text: qsTr("%1 – %2 %3").arg(dialog.ad.minAmount).arg(dialog.ad.maxAmount).arg(dialog.ad.asset); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
            PlainLabel { text: qsTr("Payment"); color: Theme.textMuted }
            PlainLabel { text: P2pWords.paymentTypes(dialog.ad.paymentTypes) + " · " + qsTr("%1 min to pay").arg(dialog.ad.paymentWindowMinutes); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignLeft }
        }
        Rectangle {
            visible: (dialog.ad.terms || "") !== ""
            Layout.fillWidth: true
            implicitHeight: terms.implicitHeight + 20
            radius: 10
            color: Theme.surfaceAlt
            PlainLabel {
                id: terms
                anchors.fill: parent
                anchors.margins: 10
                text: qsTr("Terms: %1").arg(dialog.ad.terms || "")
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: 13
                horizontalAlignment: Text.AlignLeft
            }
        }
        FormField {
            id: amount
            objectName: "p2pTakeAmount"
            label: dialog.iSell ? qsTr("I sell (%1)").arg(dialog.ad.asset) : qsTr("I buy (%1)").arg(dialog.ad.asset)
            placeholderText: (dialog.ad.minAmount || "") + " – " + (dialog.ad.maxAmount || "")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ }
            onAccepted: if (confirm.enabled) confirm.clicked()
        }
        PlainLabel {
            objectName: "p2pTakeFiat"
            visible: dialog.fiatTotal !== ""
            text: dialog.iSell ? qsTr("You receive %1 %2").arg(dialog.fiatTotal).arg(dialog.ad.fiat)
                               : qsTr("You pay %1 %2").arg(dialog.fiatTotal).arg(dialog.ad.fiat)
            font.pixelSize: 16
            font.weight: Font.DemiBold
            color: Theme.accent
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        ColumnLayout {
            visible: dialog.iSell
            Layout.fillWidth: true
            spacing: 6
            PlainLabel { text: qsTr("The buyer pays me to"); color: Theme.textMuted; font.pixelSize: 13 }
            AppComboBox {
                id: method
                objectName: "p2pTakeMethod"
                Layout.fillWidth: true
                model: dialog.usableMethods.map(m => m.label + " · " + P2pWords.paymentType(m.type))
            }
            PlainLabel {
                visible: dialog.usableMethods.length === 0
                text: qsTr("Add a payment method of a type this ad accepts first (Payment methods tab).")
                color: Theme.warning
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        PlainLabel {
            text: dialog.iSell ? qsTr("Your %1 goes into escrow now and reaches the buyer when you release it after being paid.").arg(dialog.ad.asset)
                               : qsTr("The seller's %1 is held in escrow for you while you pay.").arg(dialog.ad.asset)
            color: Theme.textMuted
            font.pixelSize: 12
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            objectName: "p2pTakeError"
            visible: dialog.errorText !== ""
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); kind: "ghost"; onClicked: dialog.close() }
            AppButton {
                id: confirm
                objectName: "p2pTakeConfirm"
                kind: "primary"
                enabled: dialog.fiatTotal !== "" && !dialog.ads.busy && (!dialog.iSell || method.currentIndex >= 0)
                text: dialog.iSell ? qsTr("Open trade and escrow") : qsTr("Open trade")
                onClicked: {
                    dialog.errorText = ""
                    const m = dialog.iSell ? dialog.usableMethods[method.currentIndex].id : ""
                    dialog.ads.take(dialog.ad.id, amount.text, m)
                }
            }
        }
    }
}
