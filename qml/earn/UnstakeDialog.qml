import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Unstaking, confirmed with what it costs: leaving a locked product before
// its lock ends forfeits the rewards not yet paid (shown live, to the last
// decimal); otherwise the rewards stay to claim. The principal then unbonds
// for the product's period, earning nothing, before it returns to the wallet.
Dialog {
    id: dialog
    property StakingProductsModel products
    property StakingPositionsModel positions
    property var position: ({})
    property string errorText: ""
    property bool sending: false
    readonly property var product: { if (!products || !position.productId) return ({}); void products.count; return products.byId(position.productId) }
    readonly property bool early: (position.lockedUntil || 0) > (positions ? positions.now : 0)
    readonly property string owedNow: { if (!positions || !position.itemId) return ""; void positions.now; return positions.owedOf(position.itemId) }

    function start(p) {
        position = p
        errorText = ""
        sending = false
        open()
    }

    Connections {
        target: dialog.positions
        enabled: dialog.visible
        function onUnstaked() { dialog.sending = false; dialog.close() }
        function onActionFailed(message) { dialog.sending = false; dialog.errorText = message }
    }

    modal: true
    closePolicy: sending ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(500, Overlay.overlay ? Overlay.overlay.width - 48 : 500)
    padding: 22
    title: qsTr("Unstake %1 %2?").arg(position.amount || "").arg(position.asset || "")
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
        elide: Text.ElideRight
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        PlainLabel {
            Layout.fillWidth: true
            text: dialog.position.productName || ""
            color: Theme.textMuted
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }
        // The forfeiture, when there is one: in red, with the amount at stake now.
        Rectangle {
            objectName: "unstakeForfeitNotice"
            visible: dialog.early
            Layout.fillWidth: true
            implicitHeight: forfeit.implicitHeight + 24
            radius: 10
            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, Theme.dark ? 0.2 : 0.08)
            border.color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.4)
            PlainLabel {
                id: forfeit
                anchors.fill: parent
                anchors.margins: 12
                wrapMode: Text.WordWrap
                color: Theme.danger
                horizontalAlignment: Text.AlignLeft
                text: qsTr("This stake is locked until %1. Leaving now forfeits the rewards not yet paid: %2 %3 at this moment.")
                      .arg(Labels.dateTime(dialog.position.lockedUntil)).arg(dialog.owedNow).arg(dialog.position.asset || "")
            }
        }
        PlainLabel {
            visible: !dialog.early
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Your rewards so far (%1 %2) stay yours: claim them whenever you like.").arg(dialog.owedNow).arg(dialog.position.asset || "")
        }
        PlainLabel {
            objectName: "unstakeUnbondingNotice"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            horizontalAlignment: Text.AlignLeft
            text: dialog.product.unbondingSeconds === undefined
                  ? qsTr("The %1 %2 stops earning now and returns to your available balance after the product's unbonding period.").arg(dialog.position.amount || "").arg(dialog.position.asset || "")
                  : dialog.product.unbondingSeconds > 0
                    ? qsTr("The %1 %2 stops earning now and stays held for %3 (unbonding), then returns to your available balance.")
                          .arg(dialog.position.amount || "").arg(dialog.position.asset || "").arg(EarnWords.duration(dialog.product.unbondingSeconds))
                    : qsTr("The %1 %2 stops earning now and returns to your available balance right away.").arg(dialog.position.amount || "").arg(dialog.position.asset || "")
        }
        PlainLabel {
            objectName: "unstakeError"
            visible: text !== ""
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton {
                kind: "ghost"
                enabled: !dialog.sending
                text: qsTr("Keep earning")
                onClicked: dialog.close()
            }
            AppButton {
                objectName: "unstakeConfirm"
                kind: "danger"
                enabled: !dialog.sending
                text: dialog.early ? qsTr("Unstake and forfeit") : qsTr("Unstake")
                onClicked: {
                    dialog.errorText = ""
                    dialog.sending = true
                    dialog.positions.unstake(dialog.position.itemId)
                }
            }
        }
    }
}
