import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: listing a token sale. The token is created at listing if it is new
// (with its decimals) and its whole supply on sale issued into the sale; the
// partner receives the proceeds and the unsold tokens, less the platform's
// share. Dates are the admin's local time; vesting is "days after the
// end:percent" pairs. One key per confirmed listing, reused by "List again"
// after a lost answer.
Dialog {
    id: dialog
    property LaunchpadAdminModel admin
    property string errorText: ""
    property bool canRetry: false
    property bool sending: false

    function start() {
        const inDays = d => new Date(Date.now() + d * 86400000).toLocaleString(Qt.locale("en_US"), "yyyy-MM-dd HH:00")
        for (const f of [token, tokenName, price, total, cap, minStake, partner, title, description])
            f.text = ""
        decimals.text = "6"
        quoteBox.currentIndex = 1
        kyc.text = "0"
        opens.text = inDays(1)
        closes.text = inDays(8)
        vesting.text = "0:100"
        share.text = "10"
        errorText = ""
        canRetry = false
        sending = false
        admin.beginListing()
        open()
    }

    Connections {
        target: dialog.admin
        enabled: dialog.visible
        function onListed() { dialog.sending = false; dialog.close() }
        function onListFailed(message, canRetry) { dialog.sending = false; dialog.errorText = message; dialog.canRetry = canRetry }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, Overlay.overlay ? Overlay.overlay.width - 48 : 640)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 48 : implicitHeight)
    padding: 22
    title: qsTr("List a token sale")
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
    footer: Item {
        implicitHeight: buttons.implicitHeight + 36
        RowLayout {
            id: buttons
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 22
            spacing: 8
            PlainLabel {
                objectName: "listingError"
                visible: text !== ""
                text: dialog.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
            Item { visible: dialog.errorText === ""; Layout.fillWidth: true }
            AppButton { kind: "ghost"; text: qsTr("Cancel"); enabled: !dialog.sending; onClicked: dialog.close() }
            AppButton {
                objectName: "listingSubmit"
                kind: "primary"
                enabled: !dialog.sending && token.text.trim() !== "" && price.text.trim() !== "" && total.text.trim() !== "" && partner.text.trim() !== ""
                text: dialog.canRetry ? qsTr("List again") : qsTr("List the sale")
                onClicked: {
                    dialog.errorText = ""
                    dialog.sending = true
                    dialog.admin.listSale({ token: token.text.toUpperCase(), tokenName: tokenName.text, tokenDecimals: decimals.text,
                                            quote: quoteBox.currentText, price: price.text, total: total.text, perUserCap: cap.text,
                                            minKycTier: kyc.text, minStake: minStake.text, opens: opens.text, closes: closes.text,
                                            vesting: vesting.text, partnerUsername: partner.text, platformSharePercent: share.text,
                                            title: title.text, description: description.text })
                }
            }
        }
    }

    Flickable {
        id: scroller
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        implicitHeight: grid.implicitHeight
        contentHeight: grid.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            width: scroller.width
            // Three columns of the same width, whatever the labels' lengths.
            readonly property real cellWidth: (width - 2 * columnSpacing) / 3
            columns: 3
            columnSpacing: 12
            rowSpacing: 10
            FormField { id: title; objectName: "listingTitle"; label: qsTr("Title"); maximumLength: 80; Layout.columnSpan: 3 }
            FormField { id: token; objectName: "listingToken"; label: qsTr("Token"); placeholderText: "NOVA"; Layout.preferredWidth: grid.cellWidth; maximumLength: 10 }
            FormField { id: tokenName; objectName: "listingTokenName"; label: qsTr("Token name"); Layout.preferredWidth: grid.cellWidth; maximumLength: 64 }
            FormField { id: decimals; objectName: "listingDecimals"; label: qsTr("Decimals (new token)"); Layout.preferredWidth: grid.cellWidth; maximumLength: 2 }
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Layout.preferredWidth: grid.cellWidth
                PlainLabel { text: qsTr("Priced in"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox { id: quoteBox; objectName: "listingQuote"; Layout.fillWidth: true; model: ["AZC", "USDT"] }
            }
            FormField { id: price; objectName: "listingPrice"; label: qsTr("Price per token"); placeholderText: "0.05"; Layout.preferredWidth: grid.cellWidth; maximumLength: 40 }
            FormField { id: total; objectName: "listingTotal"; label: qsTr("Tokens on sale"); Layout.preferredWidth: grid.cellWidth; maximumLength: 40 }
            FormField { id: cap; objectName: "listingCap"; label: qsTr("Per-person cap (empty: none)"); Layout.preferredWidth: grid.cellWidth; maximumLength: 40 }
            FormField { id: kyc; objectName: "listingKyc"; label: qsTr("Verification level (0–3)"); Layout.preferredWidth: grid.cellWidth; maximumLength: 1 }
            FormField { id: minStake; objectName: "listingMinStake"; label: qsTr("AZC staked at least"); Layout.preferredWidth: grid.cellWidth; maximumLength: 40 }
            FormField { id: opens; objectName: "listingOpens"; label: qsTr("Opens (local time)"); placeholderText: "2026-12-24 18:00"; Layout.preferredWidth: grid.cellWidth; maximumLength: 16 }
            FormField { id: closes; objectName: "listingCloses"; label: qsTr("Closes (local time)"); placeholderText: "2026-12-31 18:00"; Layout.preferredWidth: grid.cellWidth; maximumLength: 16 }
            FormField { id: vesting; objectName: "listingVesting"; label: qsTr("Vesting (days:%)"); placeholderText: "0:50, 30:50"; Layout.preferredWidth: grid.cellWidth; maximumLength: 80 }
            FormField { id: partner; objectName: "listingPartner"; label: qsTr("Partner (username)"); Layout.preferredWidth: grid.cellWidth; maximumLength: 64 }
            FormField { id: share; objectName: "listingShare"; label: qsTr("Platform share, %"); Layout.preferredWidth: grid.cellWidth; maximumLength: 6 }
            Item { Layout.fillWidth: true; Layout.preferredWidth: grid.cellWidth }
            ColumnLayout {
                Layout.columnSpan: 3
                Layout.fillWidth: true
                spacing: 6
                PlainLabel { text: qsTr("Description"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                TextArea {
                    id: description
                    objectName: "listingDescription"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 90
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    background: Rectangle { radius: 10; color: Theme.surfaceAlt; border.color: description.activeFocus ? Theme.accent : Theme.border }
                }
            }
        }
    }
}
