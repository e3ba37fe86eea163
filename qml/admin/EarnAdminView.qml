import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: Earn and the launchpad — the staking products with the house's
// margin (a row opens it for editing), the reward pools (what they hold,
// owe and have paid; funded from the house treasury after a confirmation),
// and the token sales with "List a sale". A narrow window drops the
// columns a row can do without.
Flickable {
    id: view
    objectName: "earnAdminView"
    contentHeight: column.implicitHeight + 24
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    StakingAdminModel { id: staking; objectName: "earnAdminStaking" }
    LaunchpadAdminModel { id: launchpad; objectName: "earnAdminLaunchpad" }
    StakingProductForm { id: productForm; objectName: "stakingProductForm"; admin: staking }
    SaleListingForm { id: listingForm; objectName: "saleListingForm"; admin: launchpad }

    // A narrow window leaves out the products' minimum and unbonding (the edit form has them).
    readonly property bool wide: width >= 800
    property string fundError: ""
    property bool fundCanRetry: false
    property bool confirmingFund: false
    Connections {
        target: staking
        function onFunded() {
            view.confirmingFund = false
            view.fundError = ""
            Errors.inform(qsTr("Reward pool funded: %1 %2.").arg(fundAmount.text).arg(fundAsset.currentText))
            fundAmount.text = ""
        }
        function onFundFailed(message, canRetry) { view.fundError = message; view.fundCanRetry = canRetry }
    }

    // Tables: a header of titles and rows of cells; `weights` (per column,
    // default 1) share the width the same way in both.
    component HeaderRow: RowLayout {
        id: headerRow
        property var titles: []
        property var weights: []
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 10
        Repeater {
            model: headerRow.titles
            delegate: PlainLabel {
                required property string modelData
                required property int index
                text: modelData
                color: Theme.textMuted; font.pixelSize: 11; font.weight: Font.DemiBold
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true; Layout.preferredWidth: 100 * (headerRow.weights[index] || 1)
            }
        }
    }
    // Long amounts wrap to a second line rather than lose digits in a narrow window.
    component Cell: PlainLabel {
        property real weight: 1
        property bool amount: false // digits break anywhere; words at their ends
        color: Theme.text
        font.pixelSize: 12
        wrapMode: amount ? Text.WrapAnywhere : Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.preferredWidth: 100 * weight
    }

    ColumnLayout {
        id: column
        width: view.width
        spacing: 14

        Card {
            objectName: "earnAdminProducts"
            Layout.fillWidth: true
            title: qsTr("Staking products")
            subtitle: qsTr("The margin is what the house keeps on top of the rate it pays; users never see it. Pick a product to change it.")
            actions: [
                AppButton {
                    objectName: "earnAdminNewProduct"
                    kind: "primary"
                    text: qsTr("New product")
                    onClicked: productForm.edit(null)
                },
                ToolButton {
                    icon.source: "../icons/refresh.svg"
                    icon.width: 18; icon.height: 18
                    icon.color: Theme.textMuted
                    onClicked: { staking.reload(); launchpad.reload() }
                }
            ]
            HeaderRow {
                titles: view.wide ? [qsTr("Product"), qsTr("Kind"), qsTr("Rate"), qsTr("Margin"), qsTr("Staked / cap"), qsTr("Minimum"), qsTr("Unbonding"), qsTr("Status")]
                                  : [qsTr("Product"), qsTr("Kind"), qsTr("Rate"), qsTr("Margin"), qsTr("Staked / cap"), qsTr("Status")]
                weights: view.wide ? [1.8, 1.2, 0.7, 0.7, 1.8, 0.8, 0.8, 0.9] : [1.8, 1.2, 0.7, 0.8, 1.8, 0.9]
            }
            Repeater {
                model: staking
                delegate: ItemDelegate {
                    id: productRow
                    required property string itemId
                    required property string name
                    required property string asset
                    required property string kind
                    required property int lockDays
                    required property string ratePercent
                    required property var marginPercent
                    required property string staked
                    required property string cap
                    required property string minAmount
                    required property var unbondingSeconds
                    required property string status
                    required property int index
                    objectName: "earnAdminProduct_" + index
                    Layout.fillWidth: true
                    leftPadding: 12
                    rightPadding: 12
                    implicitHeight: Math.max(40, implicitContentHeight + 12)
                    onClicked: productForm.edit(staking.get(index))
                    contentItem: RowLayout {
                        spacing: 10
                        Cell { text: productRow.name; font.weight: Font.DemiBold; weight: 1.8 }
                        Cell { text: EarnWords.kind(productRow.kind, productRow.lockDays); weight: 1.2 }
                        Cell { text: productRow.ratePercent + " %"; weight: 0.7 }
                        Cell { text: (productRow.marginPercent || "0") + " %"; weight: view.wide ? 0.7 : 0.8 }
                        Cell { text: productRow.staked + " / " + EarnWords.capText(productRow.cap, productRow.asset); weight: 1.8 }
                        Cell { visible: view.wide; text: productRow.minAmount; weight: 0.8; amount: true }
                        Cell { visible: view.wide; text: Number(productRow.unbondingSeconds) > 0 ? EarnWords.duration(Number(productRow.unbondingSeconds)) : "—"; weight: 0.8 }
                        Item {
                            Layout.fillWidth: true; Layout.preferredWidth: 90
                            implicitHeight: 24
                            StatusChip { text: productRow.status === "open" ? qsTr("open") : qsTr("closed"); tone: productRow.status === "open" ? "success" : "neutral" }
                        }
                    }
                }
            }
        }

        Card {
            objectName: "earnAdminPools"
            Layout.fillWidth: true
            title: qsTr("Reward pools")
            subtitle: qsTr("Claims are paid from these. Owed is what stakes have earned and not been paid yet.")
            HeaderRow { titles: [qsTr("Asset"), qsTr("Balance"), qsTr("Owed"), qsTr("Paid"), ""]; weights: [0.6, 1.5, 1.5, 1.5, 0.8] }
            Repeater {
                model: staking.pools
                delegate: RowLayout {
                    id: poolRow
                    required property var modelData
                    required property int index
                    objectName: "earnAdminPool_" + modelData.asset
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    spacing: 10
                    Cell { text: poolRow.modelData.asset; font.weight: Font.DemiBold; weight: 0.6 }
                    Cell { text: poolRow.modelData.balance; weight: 1.5; amount: true }
                    Cell { text: poolRow.modelData.owed; weight: 1.5; amount: true }
                    Cell { text: poolRow.modelData.paid; weight: 1.5; amount: true }
                    Item {
                        Layout.fillWidth: true; Layout.preferredWidth: 80
                        implicitHeight: 24
                        StatusChip { text: poolRow.modelData.covered ? qsTr("covered") : qsTr("short"); tone: poolRow.modelData.covered ? "success" : "danger" }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                AppComboBox {
                    id: fundAsset
                    objectName: "earnAdminFundAsset"
                    Layout.preferredWidth: 120
                    Layout.alignment: Qt.AlignBottom
                    enabled: !view.confirmingFund
                    model: staking.pools.map(p => p.asset)
                }
                FormField {
                    id: fundAmount
                    objectName: "earnAdminFundAmount"
                    Layout.fillWidth: true
                    label: qsTr("Amount from the house treasury")
                    input.enabled: !view.confirmingFund
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    maximumLength: 40
                }
                AppButton {
                    objectName: "earnAdminFund"
                    Layout.alignment: Qt.AlignBottom
                    visible: !view.confirmingFund
                    enabled: fundAmount.text.trim() !== "" && fundAsset.currentIndex >= 0
                    text: qsTr("Fund pool")
                    onClicked: { staking.beginFunding(); view.fundError = ""; view.fundCanRetry = false; view.confirmingFund = true }
                }
                AppButton {
                    Layout.alignment: Qt.AlignBottom
                    visible: view.confirmingFund
                    enabled: !staking.busy
                    kind: "ghost"
                    text: qsTr("Cancel")
                    onClicked: { view.confirmingFund = false; view.fundError = "" }
                }
                AppButton {
                    objectName: "earnAdminFundConfirm"
                    Layout.alignment: Qt.AlignBottom
                    visible: view.confirmingFund
                    enabled: !staking.busy
                    kind: "primary"
                    text: view.fundCanRetry ? qsTr("Fund again") : qsTr("Move %1 %2 to the pool").arg(fundAmount.text.trim()).arg(fundAsset.currentText)
                    onClicked: staking.fundPool(fundAsset.currentText, fundAmount.text)
                }
            }
            PlainLabel {
                objectName: "earnAdminFundError"
                visible: text !== ""
                text: view.fundError
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
        }

        Card {
            objectName: "earnAdminSales"
            Layout.fillWidth: true
            title: qsTr("Token sales")
            subtitle: qsTr("Proceeds and unsold tokens go to the partner, less the platform's share.")
            actions: [
                AppButton {
                    objectName: "earnAdminListSale"
                    kind: "primary"
                    text: qsTr("List a sale")
                    onClicked: listingForm.start()
                }
            ]
            HeaderRow {
                titles: view.wide ? [qsTr("Sale"), qsTr("Phase"), qsTr("Price"), qsTr("Committed / target"), qsTr("Buyers"), qsTr("Closes"), qsTr("Share")]
                                  : [qsTr("Sale"), qsTr("Phase"), qsTr("Price"), qsTr("Committed / target"), qsTr("Share")]
                weights: view.wide ? [2, 1, 1.1, 2, 0.6, 1.3, 0.6] : [2, 1, 1.1, 2, 0.6]
            }
            Repeater {
                model: launchpad
                delegate: RowLayout {
                    id: saleRow
                    required property string title
                    required property string token
                    required property string quote
                    required property string price
                    required property string phase
                    required property string committed
                    required property string target
                    required property var buyers
                    required property var endsAt
                    required property var platformShareBps
                    required property int index
                    objectName: "earnAdminSale_" + index
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    spacing: 10
                    Cell { text: saleRow.token + " · " + saleRow.title; font.weight: Font.DemiBold; weight: 2 }
                    Item {
                        Layout.fillWidth: true; Layout.preferredWidth: 100
                        implicitHeight: 24
                        StatusChip { text: EarnWords.phase(saleRow.phase); tone: EarnWords.phaseTone(saleRow.phase) }
                    }
                    Cell { text: saleRow.price + " " + saleRow.quote; weight: 1.1 }
                    Cell { text: saleRow.committed + " / " + saleRow.target + " " + saleRow.quote; weight: 2 }
                    Cell { visible: view.wide; text: String(saleRow.buyers); weight: 0.6 }
                    Cell { visible: view.wide; text: Labels.dateTime(Number(saleRow.endsAt)); weight: 1.3 }
                    Cell { text: (Number(saleRow.platformShareBps) / 100) + " %"; weight: 0.6 }
                }
            }
            PlainLabel {
                visible: launchpad.count === 0
                text: qsTr("No sales listed yet.")
                color: Theme.textMuted
            }
        }
    }
}
