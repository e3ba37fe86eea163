import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// One P2P trade: where it stands and how long the current step has left,
// what is traded for how much, the seller's payment details, proofs, the
// actions the signed-in party may take now (support: the decision on an
// appeal), feedback once completed and the timeline; the trade's own chat
// beside it. Used by the P2P section and the support dispute console.
Item {
    id: view
    objectName: "p2pTradeView"
    property alias tradeId: session.tradeId
    property bool showBack: false
    readonly property alias session: session
    readonly property var trade: session.trade
    readonly property string role: trade.myRole || ""
    readonly property bool isSupport: role === ""
    readonly property bool has: trade.id !== undefined
    readonly property var counterparty: role === "buyer" ? trade.seller : trade.buyer
    function can(action) { return session.actions.indexOf(action) >= 0 }
    signal back()

    P2pTradeSession { id: session; objectName: "p2pTradeSession" }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: view.showBack ? 32 : 20
        anchors.rightMargin: 20
        anchors.bottomMargin: 16
        spacing: 20

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: 340
            contentHeight: details.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: details
                width: flick.width - 12
                spacing: 14

                // Back, title, state.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    AppButton {
                        objectName: "p2pTradeBack"
                        visible: view.showBack
                        kind: "ghost"
                        text: qsTr("← Back")
                        onClicked: view.back()
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        PlainLabel {
                            objectName: "p2pTradeTitle"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: !view.has ? "" : view.isSupport
                                  ? qsTr("%1 %2: %3 buys from %4").arg(view.trade.amount).arg(view.trade.asset).arg(P2pWords.partyName(view.trade.buyer)).arg(P2pWords.partyName(view.trade.seller))
                                  : view.role === "buyer" ? qsTr("Buy %1 %2 from %3").arg(view.trade.amount).arg(view.trade.asset).arg(P2pWords.partyName(view.trade.seller))
                                  : qsTr("Sell %1 %2 to %3").arg(view.trade.amount).arg(view.trade.asset).arg(P2pWords.partyName(view.trade.buyer))
                            font.pixelSize: 20
                            font.weight: Font.Bold
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 10
                            StatusChip {
                                objectName: "p2pTradeStatus"
                                text: P2pWords.status(view.trade.status, view.trade.outcome)
                                tone: P2pWords.tone(view.trade.status)
                            }
                            PlainLabel {
                                text: view.has ? qsTr("Trade %1 · opened %2").arg(String(view.trade.id).slice(0, 8)).arg(Labels.dateTime(view.trade.createdAt)) : ""
                                color: Theme.textMuted
                                font.pixelSize: 12
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                    }
                }

                // What the trade waits for, with the time left.
                Rectangle {
                    objectName: "p2pTradeStep"
                    visible: view.has
                    Layout.fillWidth: true
                    implicitHeight: stepRow.implicitHeight + 28
                    radius: Theme.radius
                    color: view.trade.status === "appealed" ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.10)
                         : view.trade.status === "completed" ? Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.10)
                         : Theme.accentSoft
                    RowLayout {
                        id: stepRow
                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 16
                        PlainLabel {
                            objectName: "p2pCountdown"
                            visible: session.secondsLeft >= 0
                            text: P2pWords.countdown(session.secondsLeft)
                            font.pixelSize: 30
                            font.weight: Font.Bold
                            font.family: "monospace"
                            color: session.secondsLeft < 120 ? Theme.danger : Theme.text
                        }
                        PlainLabel {
                            objectName: "p2pTradeStepText"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            horizontalAlignment: Text.AlignLeft
                            color: Theme.text
                            text: {
                                const t = view.trade
                                const fiat = t.fiatAmount + " " + t.fiat
                                switch (t.status) {
                                case "pending_payment":
                                    return view.role === "buyer" ? qsTr("Pay %1 to the seller's account below, then press “I have paid”. Unpaid, the trade cancels itself when the time is up.").arg(fiat)
                                                                 : view.role === "seller" ? qsTr("Waiting for the buyer to pay %1. Your %2 %3 is in escrow.").arg(fiat).arg(t.amount).arg(t.asset)
                                                                 : qsTr("Waiting for the buyer's payment.")
                                case "paid":
                                    if (view.role === "seller") return qsTr("The buyer says %1 has been sent. Check that it reached your account, then release the coins.").arg(fiat)
                                    if (view.role === "buyer") return session.appealInSeconds > 0 ? qsTr("Waiting for the seller to release. If they do not, you can appeal when the timer ends.")
                                                                                                   : qsTr("The seller has not released yet. You can appeal to support now.")
                                    return qsTr("The buyer marked the trade paid.")
                                case "appealed":
                                    return view.isSupport ? qsTr("Read both sides and the proofs, then release the coins to the buyer or refund the seller.")
                                                          : qsTr("Support is looking at this trade. Add anything that helps in the chat; the escrow stays locked until they decide.")
                                case "completed":
                                    return view.role === "buyer" ? qsTr("%1 %2 reached your wallet (less the 0.1% P2P fee).").arg(t.amount).arg(t.asset)
                                                                 : qsTr("The coins were released to the buyer.")
                                case "cancelled":
                                    return t.outcome === "expired" ? qsTr("Nobody paid in time; the escrow went back to the seller.")
                                         : t.outcome === "refunded" ? qsTr("Support refunded the escrow to the seller.")
                                         : qsTr("The trade was cancelled; the escrow went back to the seller.")
                                }
                                return ""
                            }
                        }
                    }
                }

                PlainLabel {
                    objectName: "p2pTradeError"
                    visible: session.errorText !== ""
                    text: session.errorText
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }

                // What I may do now.
                Flow {
                    Layout.fillWidth: true
                    spacing: 10
                    visible: session.actions.length > 0
                    AppButton {
                        objectName: "p2pMarkPaid"
                        visible: view.can("markPaid")
                        kind: "primary"
                        text: qsTr("I have paid")
                        onClicked: paidDialog.start()
                    }
                    AppButton {
                        objectName: "p2pRelease"
                        visible: view.can("release")
                        // Releasing before the buyer says they paid is allowed, and the classic way sellers
                        // get robbed: then it is not the button that catches the eye, and the question says so.
                        readonly property bool early: view.trade.status === "pending_payment"
                        kind: early ? "secondary" : "primary"
                        text: qsTr("Release %1 %2").arg(view.trade.amount).arg(view.trade.asset)
                        onClicked: confirm.ask("release", qsTr("Release the coins?"),
                                               (early ? qsTr("The buyer has not marked this trade paid yet. ") : "")
                                               + qsTr("Release only after %1 %2 has arrived in your account. Releasing cannot be undone.").arg(view.trade.fiatAmount).arg(view.trade.fiat),
                                               qsTr("Release"))
                    }
                    AppButton {
                        objectName: "p2pAppeal"
                        visible: view.can("appeal")
                        kind: "danger"
                        text: qsTr("Appeal to support")
                        onClicked: appealDialog.openEmpty()
                    }
                    PlainLabel {
                        visible: view.role === "buyer" && session.appealInSeconds > 0
                        text: qsTr("Appeal possible in %1").arg(P2pWords.countdown(session.appealInSeconds))
                        color: Theme.textMuted
                        font.pixelSize: 12
                        height: 40
                        verticalAlignment: Text.AlignVCenter
                    }
                    AppButton {
                        objectName: "p2pCancel"
                        visible: view.can("cancel")
                        kind: "ghost"
                        text: qsTr("Cancel trade")
                        onClicked: confirm.ask("cancel", qsTr("Cancel this trade?"),
                                               view.trade.status === "paid" ? qsTr("You marked it paid. Cancel only if you have not sent the money or got it back.")
                                                                            : qsTr("Do not cancel if you have already paid."),
                                               qsTr("Cancel trade"))
                    }
                    AppButton {
                        objectName: "p2pResolveRelease"
                        visible: view.can("resolve")
                        kind: "primary"
                        text: qsTr("Release to buyer")
                        onClicked: { decision.decision = "release"; decision.openEmpty() }
                    }
                    AppButton {
                        objectName: "p2pResolveRefund"
                        visible: view.can("resolve")
                        kind: "danger"
                        text: qsTr("Refund seller")
                        onClicked: { decision.decision = "refund"; decision.openEmpty() }
                    }
                }

                // Amounts.
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Order")
                    GridLayout {
                        columns: 2
                        columnSpacing: 24
                        rowSpacing: 8
                        Layout.fillWidth: true
                        PlainLabel { text: qsTr("Amount"); color: Theme.textMuted }
                        PlainLabel { objectName: "p2pTradeAmount"; text: view.trade.amount + " " + view.trade.asset; color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: qsTr("Price"); color: Theme.textMuted }
                        PlainLabel { text: view.trade.price + " " + view.trade.fiat; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: qsTr("Total to pay"); color: Theme.textMuted }
                        PlainLabel { objectName: "p2pTradeFiat"; text: view.trade.fiatAmount + " " + view.trade.fiat; color: Theme.accent; font.pixelSize: 18; font.weight: Font.Bold; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: view.isSupport ? qsTr("Seller") : qsTr("Counterparty"); color: Theme.textMuted }
                        PlainLabel { text: view.isSupport ? P2pWords.partyName(view.trade.seller) + " (@" + (view.trade.seller ? view.trade.seller.username : "") + ")" : P2pWords.partyName(view.counterparty) + " (@" + (view.counterparty ? view.counterparty.username : "") + ")"; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { visible: view.isSupport; text: qsTr("Buyer"); color: Theme.textMuted }
                        PlainLabel { visible: view.isSupport; text: P2pWords.partyName(view.trade.buyer) + " (@" + (view.trade.buyer ? view.trade.buyer.username : "") + ")"; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    }
                }

                // Where the fiat goes: the seller's methods as they were when the trade opened.
                Card {
                    Layout.fillWidth: true
                    // Needed while the money moves (and by support); a finished trade shows its feedback instead.
                    visible: (view.trade.paymentMethods || []).length > 0
                             && (view.isSupport || view.trade.status === "pending_payment" || view.trade.status === "paid" || view.trade.status === "appealed")
                    title: view.role === "seller" ? qsTr("The buyer pays you to") : view.role === "buyer" ? qsTr("Pay the seller to") : qsTr("The seller's payment details")
                    subtitle: view.role === "buyer" ? qsTr("Pay from an account in your own name. Do not write crypto words in the payment reference.") : ""
                    Repeater {
                        model: view.trade.paymentMethods || []
                        delegate: Rectangle {
                            required property var modelData
                            required property int index
                            objectName: "p2pPaymentDetails_" + index
                            Layout.fillWidth: true
                            implicitHeight: methodCol.implicitHeight + 20
                            radius: 10
                            color: Theme.surfaceAlt
                            ColumnLayout {
                                id: methodCol
                                anchors.fill: parent
                                anchors.margins: 10
                                spacing: 4
                                PlainLabel {
                                    text: modelData.label + " · " + P2pWords.paymentType(modelData.type)
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    Layout.fillWidth: true
                                    horizontalAlignment: Text.AlignLeft
                                }
                                Repeater {
                                    model: P2pWords.fieldKeys(modelData.fields)
                                    delegate: RowLayout {
                                        required property string modelData
                                        readonly property string value: methodCol.parent.modelData.fields[modelData]
                                        Layout.fillWidth: true
                                        PlainLabel { text: P2pWords.fieldLabel(parent.modelData); color: Theme.textMuted; font.pixelSize: 13; Layout.preferredWidth: Math.min(170, methodCol.width * 0.36); wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignLeft }
                                        PlainLabel { text: parent.value; color: Theme.text; font.pixelSize: 13; Layout.fillWidth: true; Layout.minimumWidth: 60; wrapMode: Text.WrapAnywhere; horizontalAlignment: Text.AlignLeft }
                                        AppButton { kind: "ghost"; implicitHeight: 28; text: qsTr("Copy"); onClicked: Clipboard.setText(parent.value) }
                                    }
                                }
                            }
                        }
                    }
                }

                // Proofs of payment the buyer attached.
                Card {
                    Layout.fillWidth: true
                    visible: (view.trade.proofs || []).length > 0
                    title: qsTr("Proof of payment")
                    Repeater {
                        model: view.trade.proofs || []
                        delegate: PlainLabel {
                            required property var modelData
                            text: "📎 " + modelData.name + " (" + Labels.fileSize(modelData.size) + ")"
                            color: Theme.text
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                    PlainLabel { text: qsTr("The files are in the trade chat, where they can be opened."); color: Theme.textMuted; font.pixelSize: 12 }
                }

                // Feedback: leave mine, see theirs.
                Card {
                    Layout.fillWidth: true
                    visible: view.trade.status === "completed" && !view.isSupport
                    title: qsTr("Feedback")
                    RowLayout {
                        visible: view.can("rate")
                        Layout.fillWidth: true
                        spacing: 8
                        AppButton { objectName: "p2pRatePositive"; text: qsTr("Positive"); kind: rating.value === "positive" ? "primary" : "secondary"; onClicked: rating.value = "positive" }
                        AppButton { objectName: "p2pRateNegative"; text: qsTr("Negative"); kind: rating.value === "negative" ? "danger" : "secondary"; onClicked: rating.value = "negative" }
                        QtObject { id: rating; property string value: "" }
                    }
                    FormField {
                        id: comment
                        objectName: "p2pRateComment"
                        visible: view.can("rate")
                        placeholderText: qsTr("A few words for other traders (optional)")
                        maximumLength: 280
                    }
                    AppButton {
                        objectName: "p2pRateSend"
                        visible: view.can("rate")
                        enabled: rating.value !== ""
                        kind: "primary"
                        text: qsTr("Send feedback")
                        onClicked: session.rate(rating.value, comment.text)
                    }
                    Repeater {
                        model: ["buyer", "seller"]
                        delegate: PlainLabel {
                            required property string modelData
                            readonly property var fb: (view.trade.feedback || {})[modelData]
                            visible: !!fb
                            text: !fb ? "" : qsTr("%1 (%2): %3").arg(modelData === view.role ? qsTr("You") : P2pWords.partyName(modelData === "buyer" ? view.trade.buyer : view.trade.seller))
                                                             .arg(fb.rating === "positive" ? qsTr("positive") : qsTr("negative"))
                                                             .arg(fb.comment || "—")
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                }

                // What happened when.
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Timeline")
                    Repeater {
                        model: view.trade.timeline || []
                        delegate: RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 12
                            PlainLabel { text: Labels.dateTime(modelData.at); color: Theme.textMuted; font.pixelSize: 12; Layout.preferredWidth: 140 }
                            PlainLabel {
                                text: P2pWords.action(modelData.action) + (modelData.note ? " — " + modelData.note : "")
                                color: Theme.text
                                font.pixelSize: 13
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                    }
                }
            }
        }

        // The trade's chat: both parties, and support once appealed.
        ConversationView {
            objectName: "p2pTradeChat"
            Layout.preferredWidth: Math.max(300, Math.min(440, view.width * 0.42))
            Layout.fillHeight: true
            compact: true
            conversationId: view.trade.chatId || ""
            border.color: Theme.border
            radius: Theme.radius
        }
    }

    // A yes/no question before an action that moves money.
    Dialog {
        id: confirm
        objectName: "p2pConfirm"
        property string action: ""
        property alias text: confirmText.text
        property alias acceptText: confirmAccept.text
        function ask(actionName, heading, body, accept) { action = actionName; title = heading; text = body; acceptText = accept; open() }
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 440
        padding: 22
        background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
        header: PlainLabel { text: confirm.title; padding: 22; bottomPadding: 0; font.pixelSize: 18; font.weight: Font.DemiBold; color: Theme.text }
        ColumnLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.fill: parent
            spacing: 16
            PlainLabel { id: confirmText; wrapMode: Text.WordWrap; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                AppButton { text: qsTr("Back"); kind: "ghost"; onClicked: confirm.close() }
                AppButton {
                    id: confirmAccept
                    objectName: "p2pConfirmAccept"
                    kind: confirm.action === "cancel" ? "danger" : "primary"
                    onClicked: {
                        confirm.close()
                        if (confirm.action === "release") session.release()
                        else if (confirm.action === "cancel") session.cancel()
                    }
                }
            }
        }
    }

    // "I have paid": an optional note and proof files.
    Dialog {
        id: paidDialog
        objectName: "p2pPaidDialog"
        property var files: []
        function start() { files = []; paidNote.text = ""; open() }
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 480
        padding: 22
        title: qsTr("Confirm you have paid")
        background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
        header: PlainLabel { text: paidDialog.title; padding: 22; bottomPadding: 0; font.pixelSize: 18; font.weight: Font.DemiBold; color: Theme.text }
        ColumnLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.fill: parent
            spacing: 12
            PlainLabel {
                text: qsTr("Only confirm after %1 %2 has left your account. Marking a trade paid without paying can get your account restricted.").arg(view.trade.fiatAmount).arg(view.trade.fiat)
                wrapMode: Text.WordWrap
                color: Theme.text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
            FormField { id: paidNote; objectName: "p2pPaidNote"; label: qsTr("Note for the seller (optional)"); maximumLength: 500 }
            RowLayout {
                Layout.fillWidth: true
                AppButton { text: qsTr("Attach proof…"); icon.source: "../icons/upload.svg"; onClicked: proofPicker.open() }
                PlainLabel {
                    text: paidDialog.files.length === 0 ? qsTr("No files") : paidDialog.files.map(f => decodeURIComponent(String(f).split("/").pop())).join(", ")
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
            }
            PlainLabel {
                visible: session.uploading
                text: qsTr("Uploading the proof…")
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                AppButton { text: qsTr("Back"); kind: "ghost"; onClicked: paidDialog.close() }
                AppButton {
                    objectName: "p2pPaidConfirm"
                    kind: "primary"
                    enabled: !session.busy && !session.uploading
                    text: qsTr("I have paid")
                    onClicked: session.markPaid(paidNote.text, paidDialog.files)
                }
            }
        }
        Connections {
            target: session
            function onActed(action) { if (action === "markPaid") paidDialog.close() }
        }
    }
    FileDialog {
        id: proofPicker
        title: qsTr("Proof of payment")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images and PDF (*.png *.jpg *.jpeg *.pdf)")]
        onAccepted: paidDialog.files = selectedFiles.map(u => String(u))
    }

    ReasonDialog {
        id: appealDialog
        objectName: "p2pAppealDialog"
        title: qsTr("Appeal to support")
        prompt: qsTr("Tell support what went wrong. They join the trade chat and decide who gets the escrow.")
        confirmText: qsTr("Appeal")
        onConfirmed: reason => session.appeal(reason)
    }
    ReasonDialog {
        id: decision
        objectName: "p2pDecisionDialog"
        property string decision: "release"
        title: decision === "release" ? qsTr("Release to the buyer") : qsTr("Refund the seller")
        prompt: decision === "release" ? qsTr("The escrow goes to the buyer (less the P2P fee). Both parties see your reason.")
                                       : qsTr("The escrow goes back to the seller. Both parties see your reason.")
        confirmText: decision === "release" ? qsTr("Release") : qsTr("Refund")
        onConfirmed: reason => session.resolve(decision.decision, reason)
    }
}
