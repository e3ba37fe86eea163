<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AddressBookRow</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Usable from %1</source>
        <translation>Dùng được từ %1</translation>
    </message>
    <message>
        <source>Remove from the address book</source>
        <translation>Xóa khỏi sổ địa chỉ</translation>
    </message>
</context>
<context>
    <name>AdjustmentsView</name>
    <message>
        <source>Reject this adjustment?</source>
        <translation>Từ chối điều chỉnh này?</translation>
    </message>
    <message>
        <source>The requester and the audit log keep the reason.</source>
        <translation>Người yêu cầu và nhật ký kiểm toán sẽ lưu lại lý do.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Request an adjustment</source>
        <translation>Yêu cầu điều chỉnh</translation>
    </message>
    <message>
        <source>Credits (+) or debits (−) a balance once a second admin approves.</source>
        <translation>Cộng (+) hoặc trừ (−) số dư sau khi một quản trị viên thứ hai phê duyệt.</translation>
    </message>
    <message>
        <source>A user&apos;s balance</source>
        <translation>Số dư của người dùng</translation>
    </message>
    <message>
        <source>A house account</source>
        <translation>Tài khoản của nền tảng</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>Số tiền (kèm dấu + hoặc −)</translation>
    </message>
    <message>
        <source>Reason (for the approver and the audit log)</source>
        <translation>Lý do (cho người phê duyệt và nhật ký kiểm toán)</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Yêu cầu phê duyệt</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Hàng chờ phê duyệt</translation>
    </message>
    <message>
        <source>Requested by %1 · %2</source>
        <translation>Người yêu cầu: %1 · %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>bạn</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>người quyết định: %1</translation>
    </message>
    <message>
        <source>You requested this: another admin must approve it.</source>
        <translation>Bạn đã yêu cầu mục này: một quản trị viên khác phải phê duyệt.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Applies immediately and is remembered on this computer.</source>
        <translation>Áp dụng ngay và được ghi nhớ trên máy tính này.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Giao diện tối</translation>
    </message>
    <message>
        <source>Easier on the eyes at night.</source>
        <translation>Dễ chịu hơn cho mắt vào ban đêm.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Persian switches the layout to right-to-left.</source>
        <translation>Tiếng Ba Tư chuyển bố cục sang từ phải sang trái.</translation>
    </message>
</context>
<context>
    <name>AuthScreen</name>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>đang kết nối…</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Available</source>
        <translation>Khả dụng</translation>
    </message>
    <message>
        <source>On hold %1 · Total %2</source>
        <translation>Tạm giữ %1 · Tổng %2</translation>
    </message>
</context>
<context>
    <name>BotsCard</name>
    <message>
        <source>My bots</source>
        <translation>Bot của tôi</translation>
    </message>
    <message>
        <source>Programs that chat through the AZCoiner API with their own token. Add a bot to a group like any member.</source>
        <translation>Chương trình trò chuyện qua API AZCoiner bằng token riêng. Hãy thêm bot vào nhóm như mọi thành viên khác.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Token mới</translation>
    </message>
    <message>
        <source>You have no bots yet.</source>
        <translation>Bạn chưa có bot nào.</translation>
    </message>
    <message>
        <source>Token of @%1 — copy it now, it is not shown again:</source>
        <translation>Token của @%1 — hãy sao chép ngay, token sẽ không hiển thị lại:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Name, e.g. Price alerts</source>
        <translation>Tên, ví dụ Cảnh báo giá</translation>
    </message>
    <message>
        <source>username ending in bot</source>
        <translation>tên đăng nhập kết thúc bằng bot</translation>
    </message>
    <message>
        <source>Create bot</source>
        <translation>Tạo bot</translation>
    </message>
</context>
<context>
    <name>BrandPanel</name>
    <message>
        <source>Messaging, wallet and trading in one secure desktop app.</source>
        <translation>Nhắn tin, ví và giao dịch trong một ứng dụng máy tính an toàn.</translation>
    </message>
    <message>
        <source>Sessions protected by two-factor authentication</source>
        <translation>Phiên đăng nhập được bảo vệ bằng xác thực hai lớp</translation>
    </message>
    <message>
        <source>Identity verification reviewed by real people</source>
        <translation>Xác minh danh tính do người thật xem xét</translation>
    </message>
    <message>
        <source>Every staff action written to an audit log</source>
        <translation>Mọi thao tác của nhân viên đều được ghi vào nhật ký kiểm toán</translation>
    </message>
</context>
<context>
    <name>BridgeAdminView</name>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 đã hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Policy for %1 approved: it is in force now.</source>
        <translation>Chính sách của %1 đã được phê duyệt: có hiệu lực ngay từ bây giờ.</translation>
    </message>
    <message>
        <source>Policy for %1 rejected.</source>
        <translation>Chính sách của %1 đã bị từ chối.</translation>
    </message>
    <message>
        <source>Reject the policy</source>
        <translation>Từ chối chính sách</translation>
    </message>
    <message>
        <source>The partner reads this reason.</source>
        <translation>Đối tác sẽ đọc lý do này.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Reserves per coin</source>
        <translation>Dự trữ theo từng coin</translation>
    </message>
    <message>
        <source>%1 points are paused.</source>
        <translation>%1 loại điểm đang bị tạm dừng.</translation>
    </message>
    <message>
        <source>What partners&apos; reserves hold against what they must.</source>
        <translation>Số dự trữ các đối tác đang có so với mức họ phải có.</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Dự trữ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Cần có</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>short</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Đang lưu hành</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Dự trữ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ bảo chứng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>No partner has points yet.</source>
        <translation>Chưa có đối tác nào phát hành điểm.</translation>
    </message>
    <message>
        <source>Policy proposals</source>
        <translation>Đề xuất chính sách</translation>
    </message>
    <message>
        <source>A proposal takes effect when approved; until then the point keeps its policy.</source>
        <translation>Đề xuất có hiệu lực khi được phê duyệt; trước đó điểm vẫn giữ chính sách hiện tại.</translation>
    </message>
    <message>
        <source>%1 · %2, proposed by %3 on %4</source>
        <translation>%1 · %2, do %3 đề xuất lúc %4</translation>
    </message>
    <message>
        <source>%1; spread %2 %, fee %3 %, coverage %4 %; per swap %5 to %6; a day %7 per user, %8 in all; %9</source>
        <translation>%1; chênh lệch %2 %, phí %3 %, bảo chứng %4 %; mỗi lần hoán đổi từ %5 đến %6; mỗi ngày %7 cho mỗi người dùng, tổng cộng %8; %9</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>cả hai chiều</translation>
    </message>
    <message>
        <source>points to coin only</source>
        <translation>chỉ điểm sang coin</translation>
    </message>
    <message>
        <source>coin to points only</source>
        <translation>chỉ coin sang điểm</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>In force when proposed: %1</source>
        <translation>Đang áp dụng khi đề xuất: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>Không có đề xuất nào.</translation>
    </message>
</context>
<context>
    <name>BridgeErrors</name>
    <message>
        <source>That is below the smallest swap of %1 %2.</source>
        <translation>Số này thấp hơn mức hoán đổi nhỏ nhất là %1 %2.</translation>
    </message>
    <message>
        <source>That is below the smallest swap this point allows.</source>
        <translation>Số này thấp hơn mức hoán đổi nhỏ nhất mà điểm này cho phép.</translation>
    </message>
    <message>
        <source>That is above the largest swap of %1 %2.</source>
        <translation>Số này vượt mức hoán đổi lớn nhất là %1 %2.</translation>
    </message>
    <message>
        <source>That is above the largest swap this point allows.</source>
        <translation>Số này vượt mức hoán đổi lớn nhất mà điểm này cho phép.</translation>
    </message>
    <message>
        <source>That is more than your daily allowance: %1 %2 left today (days end at midnight UTC).</source>
        <translation>Số này vượt hạn mức hằng ngày của bạn: hôm nay còn %1 %2 (mỗi ngày kết thúc lúc nửa đêm UTC).</translation>
    </message>
    <message>
        <source>That is more than your daily allowance of %1 %2 (days end at midnight UTC).</source>
        <translation>Số này vượt hạn mức hằng ngày %1 %2 của bạn (mỗi ngày kết thúc lúc nửa đêm UTC).</translation>
    </message>
    <message>
        <source>That is more than your daily allowance for this point. Try a smaller amount, or tomorrow.</source>
        <translation>Số này vượt hạn mức hằng ngày của bạn cho điểm này. Hãy thử số nhỏ hơn, hoặc thử lại vào ngày mai.</translation>
    </message>
    <message>
        <source>The partner&apos;s daily total for everyone is nearly used: %1 %2 left today (UTC).</source>
        <translation>Tổng hạn mức hằng ngày của đối tác cho mọi người sắp hết: hôm nay còn %1 %2 (UTC).</translation>
    </message>
    <message>
        <source>The partner&apos;s daily total for everyone is used up. Try again tomorrow (UTC).</source>
        <translation>Tổng hạn mức hằng ngày của đối tác cho mọi người đã hết. Hãy thử lại vào ngày mai (UTC).</translation>
    </message>
    <message>
        <source>That is outside this point&apos;s limits.</source>
        <translation>Số này nằm ngoài hạn mức của điểm này.</translation>
    </message>
    <message>
        <source>The code is 2 to 10 capital letters or digits.</source>
        <translation>Mã gồm 2 đến 10 chữ in hoa hoặc chữ số.</translation>
    </message>
    <message>
        <source>The name has 2 to 40 characters.</source>
        <translation>Tên có từ 2 đến 40 ký tự.</translation>
    </message>
    <message>
        <source>Decimals are a whole number from 0 to 8 (18 for a token).</source>
        <translation>Số chữ số thập phân là số nguyên từ 0 đến 8 (với token là đến 18).</translation>
    </message>
    <message>
        <source>The contract is an address like 0x followed by 40 hex digits.</source>
        <translation>Hợp đồng là một địa chỉ dạng 0x theo sau là 40 chữ số hex.</translation>
    </message>
    <message>
        <source>Choose a fixed rate or the market&apos;s price.</source>
        <translation>Hãy chọn tỷ giá cố định hoặc giá thị trường.</translation>
    </message>
    <message>
        <source>Enter the rate as coin per whole point, above zero.</source>
        <translation>Nhập tỷ giá là số coin cho mỗi một điểm, lớn hơn 0.</translation>
    </message>
    <message>
        <source>The spread is a percentage below 100 with at most 2 decimals.</source>
        <translation>Chênh lệch là phần trăm dưới 100, tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>The fee is a percentage below 100 with at most 2 decimals.</source>
        <translation>Phí là phần trăm dưới 100, tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>The coverage is a percentage (100 = fully backed) with at most 2 decimals.</source>
        <translation>Tỷ lệ bảo chứng là phần trăm (100 = bảo chứng toàn phần), tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Enter the smallest and largest swap in points (0: none), the largest not below the smallest.</source>
        <translation>Nhập mức hoán đổi nhỏ nhất và lớn nhất theo điểm (0: không giới hạn), mức lớn nhất không được nhỏ hơn mức nhỏ nhất.</translation>
    </message>
    <message>
        <source>Enter the daily caps in points (0: none), with no more decimals than the point has.</source>
        <translation>Nhập hạn mức hằng ngày theo điểm (0: không giới hạn), với số chữ số thập phân không vượt quá số của điểm.</translation>
    </message>
    <message>
        <source>The title has 2 to 80 characters.</source>
        <translation>Tiêu đề có từ 2 đến 80 ký tự.</translation>
    </message>
    <message>
        <source>The description has at most 2,000 characters.</source>
        <translation>Mô tả có tối đa 2.000 ký tự.</translation>
    </message>
    <message>
        <source>Enter a price above zero, with no more decimals than its asset has.</source>
        <translation>Nhập giá lớn hơn 0, với số chữ số thập phân không vượt quá số của tài sản định giá.</translation>
    </message>
    <message>
        <source>A product is priced in AZC or in one of your points.</source>
        <translation>Sản phẩm được định giá bằng AZC hoặc một loại điểm do bạn phát hành.</translation>
    </message>
    <message>
        <source>Stock is a whole number from 0 to 1,000,000; for vouchers, the number of codes.</source>
        <translation>Tồn kho là số nguyên từ 0 đến 1.000.000; với voucher, đó là số mã.</translation>
    </message>
    <message>
        <source>A product has at most 6 pictures.</source>
        <translation>Mỗi sản phẩm có tối đa 6 hình ảnh.</translation>
    </message>
    <message>
        <source>Add the voucher codes, one per line.</source>
        <translation>Thêm các mã voucher, mỗi dòng một mã.</translation>
    </message>
    <message>
        <source>The quantity is from 1 to 100.</source>
        <translation>Số lượng từ 1 đến 100.</translation>
    </message>
    <message>
        <source>Enter the shipping address (at most 300 characters).</source>
        <translation>Nhập địa chỉ giao hàng (tối đa 300 ký tự).</translation>
    </message>
    <message>
        <source>Enter the tracking reference (1 to 100 characters).</source>
        <translation>Nhập mã vận đơn (1 đến 100 ký tự).</translation>
    </message>
    <message>
        <source>Write a reason of 1 to 500 characters.</source>
        <translation>Nhập lý do dài từ 1 đến 500 ký tự.</translation>
    </message>
    <message>
        <source>Enter the username of the person to credit.</source>
        <translation>Nhập tên đăng nhập của người được cộng điểm.</translation>
    </message>
    <message>
        <source>The reference has at most 64 characters.</source>
        <translation>Mã tham chiếu có tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with no more decimals than the asset has.</source>
        <translation>Nhập số lượng lớn hơn 0, với số chữ số thập phân không vượt quá số của tài sản.</translation>
    </message>
    <message>
        <source>This request is no longer waiting for you: it was answered or it expired.</source>
        <translation>Yêu cầu này không còn chờ bạn nữa: nó đã được trả lời hoặc đã hết hạn.</translation>
    </message>
    <message>
        <source>Only a shipped order can be marked as received.</source>
        <translation>Chỉ đơn hàng đã gửi mới có thể đánh dấu là đã nhận.</translation>
    </message>
    <message>
        <source>This order cannot be disputed now: it is already refunded, disputed or closed.</source>
        <translation>Không thể khiếu nại đơn hàng này lúc này: đơn đã được hoàn tiền, đang bị khiếu nại hoặc đã đóng.</translation>
    </message>
    <message>
        <source>Only a paid order can be shipped.</source>
        <translation>Chỉ đơn hàng đã thanh toán mới có thể gửi đi.</translation>
    </message>
    <message>
        <source>This order cannot be refunded now.</source>
        <translation>Hiện không thể hoàn tiền cho đơn hàng này.</translation>
    </message>
    <message>
        <source>This dispute is already decided.</source>
        <translation>Khiếu nại này đã được phân xử.</translation>
    </message>
    <message>
        <source>This proposal is already decided.</source>
        <translation>Đề xuất này đã được quyết định.</translation>
    </message>
    <message>
        <source>The organisation must be verified (KYB) before it creates points.</source>
        <translation>Tổ chức phải được xác minh (KYB) trước khi tạo điểm.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press again: it will not be done twice.</source>
        <translation>Kết nối bị mất trước khi có phản hồi. Hãy nhấn lại: thao tác sẽ không bị thực hiện hai lần.</translation>
    </message>
    <message>
        <source>This point is paused by its partner or the platform: nothing can be swapped or credited for now.</source>
        <translation>Điểm này đang bị đối tác hoặc nền tảng tạm dừng: hiện không thể hoán đổi hay cộng điểm.</translation>
    </message>
    <message>
        <source>The partner does not allow swaps in this direction at the moment.</source>
        <translation>Đối tác hiện không cho phép hoán đổi theo chiều này.</translation>
    </message>
    <message>
        <source>The reserve does not cover these points. Top the reserve up first.</source>
        <translation>Dự trữ không đủ bảo chứng cho số điểm này. Hãy nạp thêm dự trữ trước.</translation>
    </message>
    <message>
        <source>Only what is above the required reserve can be withdrawn.</source>
        <translation>Chỉ có thể rút phần vượt quá mức dự trữ cần có.</translation>
    </message>
    <message>
        <source>The partner&apos;s reserve cannot pay this swap right now. Try a smaller amount, or later.</source>
        <translation>Dự trữ của đối tác hiện không đủ chi trả cho lần hoán đổi này. Hãy thử số nhỏ hơn, hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>The quote ran out before it was confirmed. Get a new quote.</source>
        <translation>Báo giá đã hết hạn trước khi được xác nhận. Hãy lấy báo giá mới.</translation>
    </message>
    <message>
        <source>This point has no approved policy yet, so it cannot be swapped.</source>
        <translation>Điểm này chưa có chính sách được phê duyệt nên chưa thể hoán đổi.</translation>
    </message>
    <message>
        <source>There is not enough left in stock for this quantity.</source>
        <translation>Tồn kho không còn đủ cho số lượng này.</translation>
    </message>
    <message>
        <source>The balance it comes from does not cover this amount.</source>
        <translation>Số dư nguồn không đủ cho số lượng này.</translation>
    </message>
    <message>
        <source>The organisation does not hold that many points.</source>
        <translation>Tổ chức không nắm giữ nhiều điểm như vậy.</translation>
    </message>
    <message>
        <source>The organisation&apos;s balance does not cover the refund.</source>
        <translation>Số dư của tổ chức không đủ để hoàn tiền.</translation>
    </message>
    <message>
        <source>Your balance does not cover the total.</source>
        <translation>Số dư của bạn không đủ cho tổng số tiền.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this amount.</source>
        <translation>Số dư khả dụng của bạn không đủ cho số lượng này.</translation>
    </message>
    <message>
        <source>That code is taken by another asset. Choose another.</source>
        <translation>Mã này đã được tài sản khác sử dụng. Hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>You proposed this policy: another admin must approve it.</source>
        <translation>Bạn đã đề xuất chính sách này: một quản trị viên khác phải phê duyệt.</translation>
    </message>
    <message>
        <source>Only a platform admin can resume a paused point.</source>
        <translation>Chỉ quản trị viên nền tảng mới có thể cho điểm đang tạm dừng hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owner or an admin of it may do this.</source>
        <translation>Chỉ chủ sở hữu hoặc quản trị viên của tổ chức mới được làm việc này.</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>Không có người dùng nào có tên này.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>Yêu cầu này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This product is no longer on sale.</source>
        <translation>Sản phẩm này không còn được bán.</translation>
    </message>
    <message>
        <source>This quote is no longer valid: it was used or replaced. Get a new quote.</source>
        <translation>Báo giá này không còn hiệu lực: đã được dùng hoặc bị thay thế. Hãy lấy báo giá mới.</translation>
    </message>
</context>
<context>
    <name>BridgeWords</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Đã tạm dừng</translation>
    </message>
    <message>
        <source>Draft · no policy yet</source>
        <translation>Bản nháp · chưa có chính sách</translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation>Token ERC-20</translation>
    </message>
    <message>
        <source>Loyalty point</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>at the partner</source>
        <translation>tại đối tác</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>trong ứng dụng</translation>
    </message>
    <message>
        <source>Shipped to you</source>
        <translation>Giao tận nơi</translation>
    </message>
    <message>
        <source>Voucher code, at once</source>
        <translation>Mã voucher, nhận ngay</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Đã gửi hàng</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Đang khiếu nại</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Đang chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>%1 (the market&apos;s last price)</source>
        <translation>%1 (giá thị trường gần nhất)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Cả hai chiều</translation>
    </message>
    <message>
        <source>Only %1 → %2</source>
        <translation>Chỉ %1 → %2</translation>
    </message>
    <message>
        <source>Closed both ways</source>
        <translation>Đóng cả hai chiều</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>%1 %, taken from you in both directions</source>
        <translation>%1 %, bị trừ của bạn ở cả hai chiều</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>%1 % of the coin, to the platform</source>
        <translation>%1 % số coin, trả cho nền tảng</translation>
    </message>
    <message>
        <source>Per swap</source>
        <translation>Mỗi lần hoán đổi</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>Your daily allowance</source>
        <translation>Hạn mức hằng ngày của bạn</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Chiều hoán đổi</translation>
    </message>
    <message>
        <source>Reserve backing</source>
        <translation>Bảo chứng dự trữ</translation>
    </message>
    <message>
        <source>%1 % required</source>
        <translation>yêu cầu %1 %</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>Ví của tôi</translation>
    </message>
    <message>
        <source>The organisation&apos;s balance</source>
        <translation>Số dư của tổ chức</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 giây</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 giây</translation>
    </message>
</context>
<context>
    <name>CallBubble</name>
    <message>
        <source>Tap to call back</source>
        <translation>Nhấn để gọi lại</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>Unmute</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Tắt camera</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Bật camera</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dừng chia sẻ</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>Chia sẻ màn hình</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Loa</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Thiết bị %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Giữ máy</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Gác máy</translation>
    </message>
</context>
<context>
    <name>CallHistoryList</name>
    <message>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>No calls yet. Call from a chat&apos;s header.</source>
        <translation>Chưa có cuộc gọi nào. Hãy gọi từ đầu cuộc trò chuyện.</translation>
    </message>
</context>
<context>
    <name>CallHost</name>
    <message>
        <source>Incoming video call</source>
        <translation>Cuộc gọi video đến</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>%1 is calling you</source>
        <translation>%1 đang gọi cho bạn</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>Cuộc gọi đến — %1</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <source>Missed video call</source>
        <translation>Cuộc gọi video nhỡ</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <source>Outgoing video call</source>
        <translation>Cuộc gọi video đi</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Cuộc gọi đi</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>Cuộc gọi video đến</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>Cuộc gọi bị từ chối</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <source>Cancelled call</source>
        <translation>Cuộc gọi đã hủy</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Không trả lời</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Gọi video</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Gọi thoại</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>Kết nối tốt</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>Kết nối trung bình</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>Kết nối kém</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Calls cannot use the microphone here (the call page is not a secure context).</source>
        <translation>Cuộc gọi không thể dùng micrô ở đây (trang cuộc gọi không phải ngữ cảnh bảo mật).</translation>
    </message>
    <message>
        <source>No microphone could be opened: the others can&apos;t hear you.</source>
        <translation>Không mở được micrô: người khác không nghe thấy bạn.</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>Không mở được camera.</translation>
    </message>
    <message>
        <source>The screen could not be shared.</source>
        <translation>Không chia sẻ được màn hình.</translation>
    </message>
    <message>
        <source>That speaker could not be chosen.</source>
        <translation>Không chọn được loa đó.</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>24h high %1 · low %2</source>
        <translation>Cao nhất 24h %1 · thấp nhất %2</translation>
    </message>
    <message>
        <source>No trades in this period yet.</source>
        <translation>Chưa có giao dịch nào trong khoảng này.</translation>
    </message>
    <message>
        <source>This server does not offer candles yet.</source>
        <translation>Máy chủ này chưa cung cấp biểu đồ nến.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Reject this case</source>
        <translation>Từ chối hồ sơ này</translation>
    </message>
    <message>
        <source>Tell the user why. They will see this text.</source>
        <translation>Cho người dùng biết lý do. Họ sẽ thấy nội dung này.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Ask for new documents</source>
        <translation>Yêu cầu giấy tờ mới</translation>
    </message>
    <message>
        <source>Say what is wrong and what to send instead.</source>
        <translation>Nêu điều gì chưa đúng và cần gửi gì thay thế.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Gửi yêu cầu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Level requested</source>
        <translation>Cấp độ yêu cầu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người xét duyệt</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Chưa có ai</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Giao cho tôi</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>Ghi chú quyết định: %1</translation>
    </message>
</context>
<context>
    <name>ChatErrors</name>
    <message>
        <source>You are not a member of this conversation.</source>
        <translation>Bạn không phải thành viên của cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Only the admins of this conversation can do this.</source>
        <translation>Chỉ quản trị viên của cuộc trò chuyện này mới có thể làm việc này.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can do this.</source>
        <translation>Chỉ chủ sở hữu của cuộc trò chuyện này mới có thể làm việc này.</translation>
    </message>
    <message>
        <source>Only the author can change this message.</source>
        <translation>Chỉ người viết mới có thể thay đổi tin nhắn này.</translation>
    </message>
    <message>
        <source>This file cannot be shared here.</source>
        <translation>Không thể chia sẻ tệp này ở đây.</translation>
    </message>
    <message>
        <source>This conversation can only be joined with an invite link.</source>
        <translation>Chỉ có thể tham gia cuộc trò chuyện này bằng liên kết mời.</translation>
    </message>
    <message>
        <source>This request has already been paid.</source>
        <translation>Yêu cầu này đã được thanh toán.</translation>
    </message>
    <message>
        <source>You cannot pay your own request.</source>
        <translation>Bạn không thể thanh toán yêu cầu của chính mình.</translation>
    </message>
    <message>
        <source>This request is being paid right now.</source>
        <translation>Yêu cầu này đang được thanh toán.</translation>
    </message>
    <message>
        <source>You cannot do this with yourself.</source>
        <translation>Bạn không thể làm việc này với chính mình.</translation>
    </message>
    <message>
        <source>This account is frozen.</source>
        <translation>Tài khoản này đã bị đóng băng.</translation>
    </message>
    <message>
        <source>This is not possible in a direct chat.</source>
        <translation>Không thể làm việc này trong trò chuyện riêng.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Tin nhắn này đã bị xóa.</translation>
    </message>
    <message>
        <source>This message cannot be edited.</source>
        <translation>Không thể sửa tin nhắn này.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed.</source>
        <translation>Không thể thay đổi vai trò của chủ sở hữu.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Không có người dùng “%1”.</translation>
    </message>
    <message>
        <source>This conversation or message no longer exists.</source>
        <translation>Cuộc trò chuyện hoặc tin nhắn này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This handle is already taken.</source>
        <translation>Tên định danh này đã có người dùng.</translation>
    </message>
    <message>
        <source>Messages have 1 to 4,096 characters.</source>
        <translation>Tin nhắn có từ 1 đến 4.096 ký tự.</translation>
    </message>
    <message>
        <source>Handles have 5 to 32 characters: a–z, 0–9 and _, starting with a letter.</source>
        <translation>Tên định danh có 5–32 ký tự: a–z, 0–9 và _, bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <source>Your file storage is full (100 MB).</source>
        <translation>Bộ nhớ tệp của bạn đã đầy (100 MB).</translation>
    </message>
    <message>
        <source>Too many uploads at once. Wait for them to finish.</source>
        <translation>Quá nhiều tệp đang tải lên cùng lúc. Hãy chờ chúng hoàn tất.</translation>
    </message>
    <message>
        <source>You cannot open your own red packet.</source>
        <translation>Bạn không thể mở lì xì của chính mình.</translation>
    </message>
    <message>
        <source>Every share of this red packet has been taken.</source>
        <translation>Tất cả các phần của lì xì này đã được nhận.</translation>
    </message>
    <message>
        <source>This red packet has expired; what was left went back to the sender.</source>
        <translation>Lì xì này đã hết hạn; phần còn lại đã được trả về người gửi.</translation>
    </message>
    <message>
        <source>The total is too small to give every share at least one unit.</source>
        <translation>Tổng số quá nhỏ để mỗi phần có ít nhất một đơn vị.</translation>
    </message>
    <message>
        <source>A red packet has 1 to 100 shares.</source>
        <translation>Một lì xì có từ 1 đến 100 phần.</translation>
    </message>
    <message>
        <source>Red packets are for groups.</source>
        <translation>Lì xì chỉ dành cho nhóm.</translation>
    </message>
</context>
<context>
    <name>ChatInfoPanel</name>
    <message>
        <source>Channel info</source>
        <translation>Thông tin kênh</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>Thông tin nhóm</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Tắt thông báo</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Ghim lên đầu</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Liên kết mời</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Chưa có liên kết</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Add by username</source>
        <translation>Thêm theo tên đăng nhập</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Only admins see the subscribers.</source>
        <translation>Chỉ quản trị viên mới thấy người theo dõi.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(bạn)</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Đặt làm quản trị viên</translation>
    </message>
    <message>
        <source>Remove admin rights</source>
        <translation>Gỡ quyền quản trị</translation>
    </message>
    <message>
        <source>Remove from the conversation</source>
        <translation>Xóa khỏi cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Leave channel</source>
        <translation>Rời kênh</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Rời nhóm</translation>
    </message>
    <message>
        <source>Leave “%1”? You will lose access to its history.</source>
        <translation>Rời “%1”? Bạn sẽ mất quyền truy cập lịch sử của cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Rời</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gọi %1</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <source>Search messages</source>
        <translation>Tìm tin nhắn</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>New direct chat</source>
        <translation>Trò chuyện riêng mới</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nhóm mới</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Kênh mới</translation>
    </message>
    <message>
        <source>Join by link or handle</source>
        <translation>Tham gia bằng liên kết hoặc tên định danh</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>No chat matches “%1”.</source>
        <translation>Không có cuộc trò chuyện nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Chưa có cuộc trò chuyện nào.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Không tìm thấy tin nhắn nào.</translation>
    </message>
</context>
<context>
    <name>ChatWords</name>
    <message>
        <source>No messages yet</source>
        <translation>Chưa có tin nhắn</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Tin nhắn đã bị xóa</translation>
    </message>
    <message>
        <source>Payment: %1 %2</source>
        <translation>Thanh toán: %1 %2</translation>
    </message>
    <message>
        <source>Payment request: %1 %2</source>
        <translation>Yêu cầu thanh toán: %1 %2</translation>
    </message>
    <message>
        <source>Red packet: %1 %2</source>
        <translation>Lì xì: %1 %2</translation>
    </message>
    <message>
        <source>P2P trade: %1 %2</source>
        <translation>Giao dịch P2P: %1 %2</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>Thành viên đã thay đổi</translation>
    </message>
    <message>
        <source>📎 %1</source>
        <translation>📎 %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>1 subscriber</source>
        <translation>1 người theo dõi</translation>
    </message>
    <message>
        <source>%1 subscribers</source>
        <translation>%1 người theo dõi</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 thành viên</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 thành viên</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Đang chờ thanh toán</translation>
    </message>
    <message>
        <source>Mini program: %1</source>
        <translation>Chương trình mini: %1</translation>
    </message>
    <message>
        <source>📹 Video call</source>
        <translation>📹 Cuộc gọi video</translation>
    </message>
    <message>
        <source>📞 Call</source>
        <translation>📞 Cuộc gọi</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Chọn một cuộc trò chuyện hoặc bắt đầu cuộc trò chuyện mới.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing</source>
        <translation>Đang sửa</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Trả lời %1</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Đang tải lên… %1%</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>Gửi tiền</translation>
    </message>
    <message>
        <source>Request money</source>
        <translation>Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Viết tin nhắn…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>Lì xì</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Done: the partner has been told.</source>
        <translation>Xong: đối tác đã được thông báo.</translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation>Đã từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>Request from %1</source>
        <translation>Yêu cầu từ %1</translation>
    </message>
    <message>
        <source>%1 asks you to pay %2 %3 in exchange for %4.</source>
        <translation>%1 đề nghị bạn trả %2 %3 để đổi lấy %4.</translation>
    </message>
    <message>
        <source>%1 asks you to give %2 %3 in exchange for coin.</source>
        <translation>%1 đề nghị bạn đưa %2 %3 để đổi lấy coin.</translation>
    </message>
    <message>
        <source>Their reference: %1</source>
        <translation>Mã tham chiếu của đối tác: %1</translation>
    </message>
    <message>
        <source>You give</source>
        <translation>Bạn đưa</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>Bạn nhận</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>Valid for %1</source>
        <translation>Còn hiệu lực %1</translation>
    </message>
    <message>
        <source>This quote has run out. Get a fresh one to go on.</source>
        <translation>Báo giá này đã hết hạn. Hãy lấy báo giá mới để tiếp tục.</translation>
    </message>
    <message>
        <source>The answer was lost. Confirm again to learn the outcome; it will not be done twice.</source>
        <translation>Phản hồi bị mất. Hãy xác nhận lại để biết kết quả; thao tác sẽ không bị thực hiện hai lần.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Báo giá mới</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>Xác nhận lại</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>ConsentsView</name>
    <message>
        <source>Request declined.</source>
        <translation>Đã từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>Requests from partners</source>
        <translation>Yêu cầu từ đối tác</translation>
    </message>
    <message>
        <source>A partner&apos;s till or website can ask you to swap points or coin. Nothing moves until you confirm here.</source>
        <translation>Quầy thu ngân hoặc website của đối tác có thể đề nghị bạn hoán đổi điểm hoặc coin. Không có gì được chuyển đi cho đến khi bạn xác nhận tại đây.</translation>
    </message>
    <message>
        <source>%1: pay %2 in coin for %3</source>
        <translation>%1: trả %2 bằng coin để lấy %3</translation>
    </message>
    <message>
        <source>%1: give %2 %3 for coin</source>
        <translation>%1: đưa %2 %3 để lấy coin</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Mã tham chiếu: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Xác nhận…</translation>
    </message>
    <message>
        <source>No requests are waiting for you.</source>
        <translation>Không có yêu cầu nào đang chờ bạn.</translation>
    </message>
    <message>
        <source>Open a request</source>
        <translation>Mở một yêu cầu</translation>
    </message>
    <message>
        <source>Paste the link a partner showed you (azcoiner:bridge?consent=…).</source>
        <translation>Dán liên kết mà đối tác đưa cho bạn (azcoiner:bridge?consent=…).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Pay %1 %2 to %3? The fee is added by the wallet.</source>
        <translation>Thanh toán %1 %2 cho %3? Ví sẽ cộng thêm phí.</translation>
    </message>
    <message>
        <source>Members and settings</source>
        <translation>Thành viên và cài đặt</translation>
    </message>
    <message>
        <source>You are no longer a member of this conversation.</source>
        <translation>Bạn không còn là thành viên của cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>Chưa có tin nhắn. Hãy gửi lời chào!</translation>
    </message>
    <message>
        <source>Only admins post in this channel</source>
        <translation>Chỉ quản trị viên được đăng bài trong kênh này</translation>
    </message>
    <message>
        <source>Drop to send</source>
        <translation>Thả để gửi</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Gửi tệp</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Hình ảnh và tài liệu (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Lưu tệp</translation>
    </message>
    <message>
        <source>Pay this request?</source>
        <translation>Thanh toán yêu cầu này?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Forward to…</source>
        <translation>Chuyển tiếp đến…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Sao chép văn bản</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Chuyển tiếp…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <source>Delete for me</source>
        <translation>Xóa ở phía tôi</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>Xóa với mọi người</translation>
    </message>
    <message>
        <source>Newest messages</source>
        <translation>Tin nhắn mới nhất</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Gọi thoại</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Gọi video</translation>
    </message>
</context>
<context>
    <name>CreatePointDialog</name>
    <message>
        <source>Choose an icon</source>
        <translation>Chọn biểu tượng</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 created. Propose its policy under Policies to open it.</source>
        <translation>Đã tạo %1. Hãy đề xuất chính sách cho điểm này trong mục Chính sách để mở điểm.</translation>
    </message>
    <message>
        <source>Register a token</source>
        <translation>Đăng ký token</translation>
    </message>
    <message>
        <source>Create a point</source>
        <translation>Tạo điểm</translation>
    </message>
    <message>
        <source>A loyalty point of our own</source>
        <translation>Điểm thưởng của riêng chúng tôi</translation>
    </message>
    <message>
        <source>Our ERC-20 token</source>
        <translation>Token ERC-20 của chúng tôi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>e.g. NOVA</source>
        <translation>ví dụ NOVA</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Số chữ số thập phân</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Reserve held in</source>
        <translation>Dự trữ bằng</translation>
    </message>
    <message>
        <source>Network (as custody names it)</source>
        <translation>Mạng (theo tên trong hệ thống lưu ký)</translation>
    </message>
    <message>
        <source>Contract address</source>
        <translation>Địa chỉ hợp đồng</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Đang tải lên…</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>Chọn biểu tượng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
</context>
<context>
    <name>CustodyErrors</name>
    <message>
        <source>The smallest withdrawal of %1 on this network is %2 %1.</source>
        <translation>Số rút tối thiểu của %1 trên mạng này là %2 %1.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 có tối đa %2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 0.25.</source>
        <translation>Nhập số tiền lớn hơn 0, ví dụ 0.25.</translation>
    </message>
    <message>
        <source>This address mixes upper and lower case but its checksum is wrong. Copy it again from the wallet it belongs to.</source>
        <translation>Địa chỉ này có cả chữ hoa và chữ thường nhưng mã kiểm tra sai. Hãy sao chép lại từ ví của nó.</translation>
    </message>
    <message>
        <source>This is not an address on this network: it should be 0x followed by 40 hexadecimal characters.</source>
        <translation>Đây không phải địa chỉ trên mạng này: phải là 0x theo sau bởi 40 ký tự thập lục phân.</translation>
    </message>
    <message>
        <source>This address is already in your address book.</source>
        <translation>Địa chỉ này đã có trong sổ địa chỉ của bạn.</translation>
    </message>
    <message>
        <source>Save this address in your address book first.</source>
        <translation>Hãy lưu địa chỉ này vào sổ địa chỉ trước.</translation>
    </message>
    <message>
        <source>New addresses can be used after a waiting period, for your safety. This one is usable from %1.</source>
        <translation>Vì an toàn của bạn, địa chỉ mới chỉ dùng được sau một thời gian chờ. Địa chỉ này dùng được từ %1.</translation>
    </message>
    <message>
        <source>This network is switched off for now.</source>
        <translation>Mạng này hiện đang tắt.</translation>
    </message>
    <message>
        <source>This withdrawal is large: it needs the approval of two admins; support cannot approve it.</source>
        <translation>Khoản rút này lớn: cần hai quản trị viên phê duyệt; bộ phận hỗ trợ không thể phê duyệt.</translation>
    </message>
    <message>
        <source>You cannot approve your own withdrawal; another member of staff has to.</source>
        <translation>Bạn không thể phê duyệt khoản rút của chính mình; một nhân viên khác phải làm.</translation>
    </message>
    <message>
        <source>This withdrawal has moved on meanwhile; the list shows its current state.</source>
        <translation>Khoản rút này đã thay đổi trạng thái; danh sách hiển thị trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>Withdrawing %1 is not available at your verification level. Verify your identity to unlock it.</source>
        <translation>Rút %1 chưa khả dụng ở cấp xác minh của bạn. Hãy xác minh danh tính để mở khóa.</translation>
    </message>
    <message>
        <source>This is above your withdrawal limit (%1 %2). You can still withdraw %3 %2 in the next 24 hours.</source>
        <translation>Số này vượt hạn mức rút của bạn (%1 %2). Bạn vẫn có thể rút %3 %2 trong 24 giờ tới.</translation>
    </message>
    <message>
        <source>Withdrawals of this size need the 6-digit code from your authenticator app.</source>
        <translation>Khoản rút cỡ này cần mã 6 chữ số từ ứng dụng xác thực.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover the amount and the network fee.</source>
        <translation>Số dư %1 khả dụng không đủ cho số tiền và phí mạng.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals are not available on this server.</source>
        <translation>Nạp và rút không khả dụng trên máy chủ này.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press the button again: it will not be sent twice.</source>
        <translation>Kết nối bị mất trước khi có phản hồi. Hãy nhấn nút lần nữa: yêu cầu sẽ không bị gửi hai lần.</translation>
    </message>
    <message>
        <source>Saving a new address needs the 6-digit code from your authenticator app too.</source>
        <translation>Lưu địa chỉ mới cũng cần mã 6 chữ số từ ứng dụng xác thực của bạn.</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit from a blockchain</source>
        <translation>Nạp từ blockchain</translation>
    </message>
    <message>
        <source>No blockchain network is set up for deposits yet.</source>
        <translation>Chưa có mạng blockchain nào được thiết lập để nạp.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>The node is not answering. You can still send: the deposit is credited when it is back.</source>
        <translation>Nút mạng không phản hồi. Bạn vẫn có thể gửi: khoản nạp sẽ được ghi có khi nút hoạt động lại.</translation>
    </message>
    <message>
        <source>Your %1 address on %2</source>
        <translation>Địa chỉ %1 của bạn trên %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>The address was copied.</source>
        <translation>Đã sao chép địa chỉ.</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>Nạp tối thiểu</translation>
    </message>
    <message>
        <source>Confirmations needed</source>
        <translation>Số xác nhận cần</translation>
    </message>
    <message>
        <source>Send only %1 on %2 to this address. Smaller amounts are not credited.</source>
        <translation>Chỉ gửi %1 trên %2 đến địa chỉ này. Số tiền nhỏ hơn mức tối thiểu sẽ không được ghi có.</translation>
    </message>
    <message>
        <source>Your deposits</source>
        <translation>Các khoản nạp của bạn</translation>
    </message>
    <message>
        <source>Nothing has arrived yet. Deposits show up here as soon as the network sees them.</source>
        <translation>Chưa có gì đến. Khoản nạp sẽ hiện ở đây ngay khi mạng ghi nhận.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Choose the program&apos;s bundle</source>
        <translation>Chọn gói của chương trình</translation>
    </message>
    <message>
        <source>Mini program bundles (*.zip)</source>
        <translation>Gói chương trình mini (*.zip)</translation>
    </message>
    <message>
        <source>Your developer key</source>
        <translation>Khóa nhà phát triển của bạn</translation>
    </message>
    <message>
        <source>Verify your identity first: developers are verified people.</source>
        <translation>Hãy xác minh danh tính trước: nhà phát triển đều là người đã được xác minh.</translation>
    </message>
    <message>
        <source>Bundles you upload are signed with it; AZCoiner checks the signature at every download.</source>
        <translation>Các gói bạn tải lên được ký bằng khóa này; AZCoiner kiểm tra chữ ký ở mỗi lần tải xuống.</translation>
    </message>
    <message>
        <source>Create a signing key to publish mini programs.</source>
        <translation>Tạo khóa ký để phát hành chương trình mini.</translation>
    </message>
    <message>
        <source>%1 · public key %2</source>
        <translation>%1 · khóa công khai %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the private key. Create a new key to upload from here.</source>
        <translation>Kho khóa của máy tính này không có khóa riêng tư. Hãy tạo khóa mới để tải lên từ máy này.</translation>
    </message>
    <message>
        <source>Developer name</source>
        <translation>Tên nhà phát triển</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Tạo khóa ký</translation>
    </message>
    <message>
        <source>Upload a version…</source>
        <translation>Tải lên phiên bản…</translation>
    </message>
    <message>
        <source>%1 · version %2 live · %3 installs · %4 opens</source>
        <translation>%1 · phiên bản đang phát hành %2 · %3 lượt cài · %4 lượt mở</translation>
    </message>
    <message>
        <source>sales: %1</source>
        <translation>doanh số: %1</translation>
    </message>
</context>
<context>
    <name>DevelopersView</name>
    <message>
        <source>The secret of %1. Copy it now: it is not shown again.</source>
        <translation>Mã bí mật của %1. Hãy sao chép ngay: mã này sẽ không hiển thị lại.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <source>Your servers sign every request with a key&apos;s secret. Give each key only what it needs, and the addresses it may come from.</source>
        <translation>Máy chủ của bạn ký mọi yêu cầu bằng mã bí mật của một khóa. Chỉ cấp cho mỗi khóa những quyền cần thiết và các địa chỉ IP được phép gửi yêu cầu.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>shop server</source>
        <translation>máy chủ cửa hàng</translation>
    </message>
    <message>
        <source>Allowed addresses (optional)</source>
        <translation>Địa chỉ IP được phép (không bắt buộc)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Tạo khóa</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>dùng lần cuối %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>We POST each event (invoice paid, refund, payout…) to your URL, signed, and retry for a day until you answer 2xx.</source>
        <translation>Chúng tôi gửi (POST) từng sự kiện (hóa đơn đã thanh toán, hoàn tiền, chi trả…) kèm chữ ký tới URL của bạn và thử lại trong một ngày cho đến khi bạn trả về 2xx.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL endpoint</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off: kept failing</source>
        <translation>Tắt: lỗi liên tục</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lượt gửi</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Nhật ký gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n lần thử</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <source>%1 buys from %2</source>
        <translation>%1 mua từ %2</translation>
    </message>
    <message>
        <source>Appealed %1</source>
        <translation>Khiếu nại lúc %1</translation>
    </message>
    <message>
        <source>No open appeals.</source>
        <translation>Không có khiếu nại nào đang mở.</translation>
    </message>
    <message>
        <source>Choose an appeal to review it.</source>
        <translation>Chọn một khiếu nại để xem xét.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Loading document… %1%</source>
        <translation>Đang tải giấy tờ… %1%</translation>
    </message>
</context>
<context>
    <name>EarnAdminView</name>
    <message>
        <source>Reward pool funded: %1 %2.</source>
        <translation>Đã nạp quỹ thưởng: %1 %2.</translation>
    </message>
    <message>
        <source>Staking products</source>
        <translation>Sản phẩm staking</translation>
    </message>
    <message>
        <source>The margin is what the house keeps on top of the rate it pays; users never see it. Pick a product to change it.</source>
        <translation>Biên độ là phần nền tảng giữ lại ngoài lợi suất trả cho người dùng; người dùng không bao giờ thấy phần này. Chọn một sản phẩm để thay đổi.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Sản phẩm mới</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Lợi suất</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Biên độ</translation>
    </message>
    <message>
        <source>Staked / cap</source>
        <translation>Đã stake / hạn mức</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Thời gian chờ rút</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>Reward pools</source>
        <translation>Quỹ thưởng</translation>
    </message>
    <message>
        <source>Claims are paid from these. Owed is what stakes have earned and not been paid yet.</source>
        <translation>Phần thưởng được trả từ các quỹ này. Phải trả là phần các khoản stake đã kiếm được nhưng chưa được trả.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Phải trả</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>short</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>Amount from the house treasury</source>
        <translation>Số tiền từ ngân quỹ của nền tảng</translation>
    </message>
    <message>
        <source>Fund pool</source>
        <translation>Nạp quỹ thưởng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Fund again</source>
        <translation>Nạp lại</translation>
    </message>
    <message>
        <source>Move %1 %2 to the pool</source>
        <translation>Chuyển %1 %2 vào quỹ thưởng</translation>
    </message>
    <message>
        <source>Token sales</source>
        <translation>Đợt bán token</translation>
    </message>
    <message>
        <source>Proceeds and unsold tokens go to the partner, less the platform&apos;s share.</source>
        <translation>Tiền thu được và token chưa bán được chuyển cho đối tác, sau khi trừ phần của nền tảng.</translation>
    </message>
    <message>
        <source>List a sale</source>
        <translation>Niêm yết đợt bán</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Đợt bán</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Committed / target</source>
        <translation>Đã cam kết / mục tiêu</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Đóng lúc</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Phần nền tảng</translation>
    </message>
    <message>
        <source>No sales listed yet.</source>
        <translation>Chưa có đợt bán nào được niêm yết.</translation>
    </message>
</context>
<context>
    <name>EarnErrors</name>
    <message>
        <source>Enter the yearly rate as a percentage with at most 2 decimals, like 8.5.</source>
        <translation>Nhập lợi suất năm dưới dạng phần trăm, tối đa 2 chữ số thập phân, ví dụ 8.5.</translation>
    </message>
    <message>
        <source>Enter the house margin as a percentage with at most 2 decimals.</source>
        <translation>Nhập biên độ của nền tảng dưới dạng phần trăm, tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>A locked product needs a lock of 1 to 3650 days.</source>
        <translation>Sản phẩm có kỳ hạn cần thời gian khóa từ 1 đến 3650 ngày.</translation>
    </message>
    <message>
        <source>Unbonding is a whole number of hours, at most 90 days.</source>
        <translation>Thời gian chờ rút là một số giờ nguyên, tối đa 90 ngày.</translation>
    </message>
    <message>
        <source>Give the window as dates like 2026-12-24 18:00, the end after the start.</source>
        <translation>Nhập khoảng thời gian theo dạng ngày giờ như 2026-12-24 18:00, thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>Write the vesting as days after the end and percentages, like 0:50, 30:50 (adding up to 100).</source>
        <translation>Nhập lịch vesting theo dạng số ngày sau khi kết thúc và phần trăm, ví dụ 0:50, 30:50 (tổng bằng 100).</translation>
    </message>
    <message>
        <source>There is no user with that name to receive the proceeds.</source>
        <translation>Không có người dùng nào có tên này để nhận tiền thu được.</translation>
    </message>
    <message>
        <source>The token is 2 to 10 capital letters or digits, and not the asset it is priced in.</source>
        <translation>Mã token gồm 2 đến 10 chữ in hoa hoặc chữ số, và không được trùng với tài sản dùng để định giá.</translation>
    </message>
    <message>
        <source>The platform&apos;s share is a percentage from 0 to 100.</source>
        <translation>Phần của nền tảng là phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>Hãy kiểm tra trường “%1”.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press again: it will not be done twice.</source>
        <translation>Kết nối bị mất trước khi có phản hồi. Hãy nhấn lại: thao tác sẽ không bị thực hiện hai lần.</translation>
    </message>
    <message>
        <source>The reward pool is short right now. Your rewards stay owed to you: claim them a little later.</source>
        <translation>Quỹ thưởng hiện đang thiếu. Phần thưởng vẫn được ghi nhận cho bạn: hãy nhận lại sau ít phút.</translation>
    </message>
    <message>
        <source>That is more than one person may commit to this sale.</source>
        <translation>Số tiền này vượt mức tối đa mỗi người được cam kết cho đợt bán này.</translation>
    </message>
    <message>
        <source>This product is full: its cap would be passed. Try a smaller amount or another product.</source>
        <translation>Sản phẩm này đã đầy: số tiền sẽ vượt hạn mức. Hãy thử số tiền nhỏ hơn hoặc sản phẩm khác.</translation>
    </message>
    <message>
        <source>Enter an amount of at least the product&apos;s minimum, with no more decimals than the asset has.</source>
        <translation>Nhập số lượng không nhỏ hơn mức tối thiểu của sản phẩm, với số chữ số thập phân không vượt quá số của tài sản.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with no more decimals than the asset has.</source>
        <translation>Nhập số lượng lớn hơn 0, với số chữ số thập phân không vượt quá số của tài sản.</translation>
    </message>
    <message>
        <source>The house treasury does not hold that much of this asset.</source>
        <translation>Ngân quỹ của nền tảng không có đủ số lượng tài sản này.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this amount.</source>
        <translation>Số dư khả dụng của bạn không đủ cho số lượng này.</translation>
    </message>
    <message>
        <source>This sale is not taking commitments: it has not opened yet, or its window has closed.</source>
        <translation>Đợt bán này không nhận cam kết: chưa mở hoặc đã hết thời gian mở bán.</translation>
    </message>
    <message>
        <source>This needs verification level %1. Complete verification first.</source>
        <translation>Thao tác này cần cấp xác minh %1. Hãy hoàn tất xác minh trước.</translation>
    </message>
    <message>
        <source>This sale needs a higher verification level. Complete verification first.</source>
        <translation>Đợt bán này yêu cầu cấp xác minh cao hơn. Hãy hoàn tất xác minh trước.</translation>
    </message>
    <message>
        <source>This sale is for members with enough AZC staked. Stake AZC under Staking first.</source>
        <translation>Đợt bán này dành cho thành viên đã stake đủ AZC. Hãy stake AZC trong mục Staking trước.</translation>
    </message>
    <message>
        <source>This product takes no new stakes.</source>
        <translation>Sản phẩm này không nhận stake mới.</translation>
    </message>
    <message>
        <source>This stake is no longer active.</source>
        <translation>Khoản stake này không còn hoạt động.</translation>
    </message>
    <message>
        <source>There is nothing to claim yet.</source>
        <translation>Chưa có gì để nhận.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Sản phẩm này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This stake no longer exists.</source>
        <translation>Khoản stake này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>Đợt bán này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This stake is being released right now. Try again in a moment.</source>
        <translation>Khoản stake này đang được giải phóng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>There is no such asset.</source>
        <translation>Không có tài sản này.</translation>
    </message>
</context>
<context>
    <name>EarnPage</name>
    <message>
        <source>Earn</source>
        <translation>Sinh lời</translation>
    </message>
    <message>
        <source>Stake your coins to earn every second, and join token sales on the launchpad.</source>
        <translation>Stake coin để sinh lời từng giây và tham gia các đợt bán token trên Launchpad.</translation>
    </message>
    <message>
        <source>Staking (%1 earning)</source>
        <translation>Staking (%1 đang sinh lời)</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>Staking</translation>
    </message>
    <message>
        <source>Launchpad</source>
        <translation>Launchpad</translation>
    </message>
</context>
<context>
    <name>EarnWords</name>
    <message>
        <source>Locked · %1</source>
        <translation>Có kỳ hạn · %1</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Linh hoạt</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>%1 %/năm</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Đang khởi tạo</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Đang sinh lời</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>Đang chờ rút</translation>
    </message>
    <message>
        <source>Returning to wallet</source>
        <translation>Đang trả về ví</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Sắp mở bán</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở bán</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation>Đang phân bổ</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Đã phân phối</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>Mở sau %1</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>Đóng sau %1</translation>
    </message>
    <message>
        <source>Being settled</source>
        <translation>Đang quyết toán</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Đã quyết toán</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 phút</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>1 buyer</source>
        <translation>1 người mua</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>%1 người mua</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Không giới hạn</translation>
    </message>
</context>
<context>
    <name>ExchangeMarketForm</name>
    <message>
        <source>Edit a market</source>
        <translation>Sửa một thị trường</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Pick a market in the table.</source>
        <translation>Chọn một thị trường trong bảng.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Tick size</source>
        <translation>Bước giá</translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation>Bước khối lượng</translation>
    </message>
    <message>
        <source>Min notional (%1)</source>
        <translation>Giá trị tối thiểu (%1)</translation>
    </message>
    <message>
        <source>Maker fee rate</source>
        <translation>Tỷ lệ phí maker</translation>
    </message>
    <message>
        <source>Taker fee rate</source>
        <translation>Tỷ lệ phí taker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Route to the provider</source>
        <translation>Chuyển sang nhà cung cấp</translation>
    </message>
    <message>
        <source>What the book cannot fill of a market or IOC order goes to the liquidity provider.</source>
        <translation>Phần lệnh thị trường hoặc IOC mà sổ lệnh không khớp được sẽ chuyển sang nhà cung cấp thanh khoản.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Markets</source>
        <translation>Thị trường</translation>
    </message>
    <message>
        <source>Pick a market to change its rules.</source>
        <translation>Chọn một thị trường để đổi quy tắc.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Thị trường</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Bước giá</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Bước KL</translation>
    </message>
    <message>
        <source>Maker · taker</source>
        <translation>Maker · taker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Chuyển lệnh</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>Liquidity provider</source>
        <translation>Nhà cung cấp thanh khoản</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>đã kết nối</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>Tại nhà cung cấp</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>Trong sổ cái</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>khớp</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>lệch</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>Spot fees per market, and every fee account per flow.</source>
        <translation>Phí giao ngay theo thị trường, và mọi tài khoản phí theo luồng.</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Luồng</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Đã thu</translation>
    </message>
    <message>
        <source>Hedge log</source>
        <translation>Nhật ký phòng hộ</translation>
    </message>
    <message>
        <source>Every order sent to the provider, newest first. “sent” long after its time means no answer came back.</source>
        <translation>Mọi lệnh đã gửi tới nhà cung cấp, mới nhất trước. “sent” lâu sau thời điểm gửi nghĩa là không có phản hồi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Đã khớp</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Đối ứng</translation>
    </message>
    <message>
        <source>No orders were sent to the provider yet.</source>
        <translation>Chưa có lệnh nào gửi tới nhà cung cấp.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
</context>
<context>
    <name>FeesLimitsView</name>
    <message>
        <source>Fees</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Hạn mức</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Loại giao dịch</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Cố định</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Edit a fee</source>
        <translation>Sửa phí</translation>
    </message>
    <message>
        <source>fee = fixed + amount × rate, at least the minimum, at most the maximum.</source>
        <translation>phí = cố định + số tiền × tỷ lệ, không thấp hơn mức tối thiểu, không cao hơn mức tối đa.</translation>
    </message>
    <message>
        <source>Fixed part</source>
        <translation>Phần cố định</translation>
    </message>
    <message>
        <source>Rate (a fraction: 0.001 = 0.1 %)</source>
        <translation>Tỷ lệ (dạng thập phân: 0.001 = 0.1 %)</translation>
    </message>
    <message>
        <source>Maximum (0 = none)</source>
        <translation>Tối đa (0 = không giới hạn)</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Lưu phí</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Per transfer</source>
        <translation>Mỗi lần chuyển</translation>
    </message>
    <message>
        <source>Per 24 hours</source>
        <translation>Mỗi 24 giờ</translation>
    </message>
    <message>
        <source>2FA above</source>
        <translation>2FA khi trên</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Cấp %1</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>không cho phép</translation>
    </message>
    <message>
        <source>Edit a limit</source>
        <translation>Sửa hạn mức</translation>
    </message>
    <message>
        <source>Per verification level; a daily limit of 0 means the level cannot send the asset.</source>
        <translation>Theo từng cấp xác minh; hạn mức ngày bằng 0 nghĩa là cấp đó không được gửi tài sản này.</translation>
    </message>
    <message>
        <source>Ask for a 2FA code above</source>
        <translation>Yêu cầu mã 2FA khi vượt quá</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>Lưu hạn mức</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze %1?</source>
        <translation>Đóng băng %1?</translation>
    </message>
    <message>
        <source>Unfreeze %1?</source>
        <translation>Bỏ đóng băng %1?</translation>
    </message>
    <message>
        <source>They are signed out at once and cannot sign in until unfrozen.</source>
        <translation>Họ bị đăng xuất ngay và không thể đăng nhập cho đến khi được bỏ đóng băng.</translation>
    </message>
    <message>
        <source>They can sign in again.</source>
        <translation>Họ có thể đăng nhập lại.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>Lý do (lưu trong nhật ký kiểm toán)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Đóng băng</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Bỏ đóng băng</translation>
    </message>
</context>
<context>
    <name>FundView</name>
    <message>
        <source>%1 %2 added to the community fund.</source>
        <translation>Đã thêm %1 %2 vào Quỹ cộng đồng.</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>Quỹ cộng đồng</translation>
    </message>
    <message>
        <source>Its money moves only when a proposal passes and its timelock ends.</source>
        <translation>Tiền của quỹ chỉ được chuyển khi một đề xuất được thông qua và hết thời gian khóa (timelock).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Donate from my wallet</source>
        <translation>Đóng góp từ ví của tôi</translation>
    </message>
    <message>
        <source>Add from the treasury</source>
        <translation>Thêm từ ngân quỹ</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Nothing has moved yet.</source>
        <translation>Chưa có biến động nào.</translation>
    </message>
    <message>
        <source>Paid by an executed proposal</source>
        <translation>Chi theo một đề xuất đã thực thi</translation>
    </message>
    <message>
        <source>Added to the fund</source>
        <translation>Nạp vào quỹ</translation>
    </message>
</context>
<context>
    <name>GovernanceErrors</name>
    <message>
        <source>Writing a proposal needs AZC staked in Earn. %1</source>
        <translation>Để tạo đề xuất, bạn cần stake AZC trong mục Sinh lời. %1</translation>
    </message>
    <message>
        <source>Voting on this proposal is not open.</source>
        <translation>Đề xuất này hiện không mở bỏ phiếu.</translation>
    </message>
    <message>
        <source>You had no AZC staked when voting opened, so you have no vote on this proposal.</source>
        <translation>Bạn không stake AZC nào khi cuộc bỏ phiếu bắt đầu, nên bạn không có phiếu cho đề xuất này.</translation>
    </message>
    <message>
        <source>Only the author may withdraw a proposal.</source>
        <translation>Chỉ người tạo mới có thể rút lại đề xuất.</translation>
    </message>
    <message>
        <source>This proposal can no longer be changed: %1</source>
        <translation>Không thể thay đổi đề xuất này nữa: %1</translation>
    </message>
    <message>
        <source>The proposal&apos;s action is not valid: %1</source>
        <translation>Hành động của đề xuất không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Results are not recorded on a blockchain on this server.</source>
        <translation>Máy chủ này không ghi kết quả lên blockchain.</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>Quỹ cộng đồng</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Đề xuất mới</translation>
    </message>
</context>
<context>
    <name>GovernanceWords</name>
    <message>
        <source>In discussion</source>
        <translation>Đang thảo luận</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Đang bỏ phiếu</translation>
    </message>
    <message>
        <source>Passed · timelock</source>
        <translation>Đã thông qua · khóa thời gian</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Đang thực thi</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Đã thực thi</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đã thông qua</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị bác bỏ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>Rejected by the vote</source>
        <translation>Bị bác bỏ qua bỏ phiếu</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>Không đạt túc số</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Không ý kiến</translation>
    </message>
    <message>
        <source>No action: a signal of the community&apos;s view.</source>
        <translation>Không có hành động: chỉ thể hiện quan điểm của cộng đồng.</translation>
    </message>
    <message>
        <source>Pay %1 %2 from the community fund to @%3.</source>
        <translation>Chi %1 %2 từ Quỹ cộng đồng cho @%3.</translation>
    </message>
    <message>
        <source>Set the %1 fee on %2: %3 fixed, rate %4, min %5, max %6.</source>
        <translation>Đặt phí %1 cho %2: cố định %3, tỷ lệ %4, tối thiểu %5, tối đa %6.</translation>
    </message>
    <message>
        <source>Halt trading on %1-%2.</source>
        <translation>Tạm dừng giao dịch %1-%2.</translation>
    </message>
    <message>
        <source>Set a staking product&apos;s reward to %1 % a year.</source>
        <translation>Đặt phần thưởng của một sản phẩm staking thành %1 %/năm.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>giây lát</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Voting opens in %1</source>
        <translation>Bỏ phiếu mở sau %1</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <translation>Bỏ phiếu kết thúc sau %1</translation>
    </message>
    <message>
        <source>Runs in %1 (timelock)</source>
        <translation>Thực thi sau %1 (khóa thời gian)</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>Đã thực thi lúc %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Thất bại lúc %1</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <translation>Kết thúc bỏ phiếu lúc %1</translation>
    </message>
    <message>
        <source>Let %1-%2 orders only be cancelled.</source>
        <translation>Chỉ cho phép hủy lệnh trên %1-%2.</translation>
    </message>
    <message>
        <source>Open trading on %1-%2.</source>
        <translation>Mở giao dịch trên %1-%2.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Tới %1</translation>
    </message>
</context>
<context>
    <name>InCallPanel</name>
    <message>
        <source>Answered on another device</source>
        <translation>Đã trả lời trên thiết bị khác</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Cuộc gọi đã kết thúc</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Đang đổ chuông…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Compare these with %1: if both screens show the same, the call is encrypted end to end with nobody in between.</source>
        <translation>Hãy so sánh với %1: nếu hai màn hình giống nhau, cuộc gọi được mã hóa đầu cuối và không ai ở giữa.</translation>
    </message>
</context>
<context>
    <name>IncomingCallPanel</name>
    <message>
        <source>Incoming group video call</source>
        <translation>Cuộc gọi video nhóm đến</translation>
    </message>
    <message>
        <source>Incoming group call</source>
        <translation>Cuộc gọi nhóm đến</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>Cuộc gọi video đến</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Cuộc gọi thoại đến</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Với %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>With video</source>
        <translation>Có video</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Save a printable invoice</source>
        <translation>Lưu hóa đơn để in</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Lưu mã QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>đơn hàng %1</translation>
    </message>
    <message>
        <source>Priced at %1 %2, rate kept until the invoice expires</source>
        <translation>Định giá %1 %2, giữ tỷ giá đến khi hóa đơn hết hạn</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Hiệu lực đến %1</translation>
    </message>
    <message>
        <source>Paid by %1 · fee %2 · you receive %3 · refunded %4</source>
        <translation>Người trả: %1 · phí %2 · bạn nhận %3 · đã hoàn %4</translation>
    </message>
    <message>
        <source>Refund (empty: all)</source>
        <translation>Số tiền hoàn (để trống: toàn bộ)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>Lưu QR…</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Hủy hóa đơn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chờ thanh toán</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>đơn hàng %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>đã hoàn %1</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>thực nhận %1</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>Chưa có hóa đơn nào ở đây.</translation>
    </message>
</context>
<context>
    <name>KybQueueView</name>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>No businesses waiting.</source>
        <translation>Không có doanh nghiệp nào đang chờ.</translation>
    </message>
    <message>
        <source>Owner: %1 · website: %2</source>
        <translation>Chủ sở hữu: %1 · trang web: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Tên pháp lý</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Danh sách kiểm tra</translation>
    </message>
    <message>
        <source>The registry extract matches the declared company</source>
        <translation>Bản trích lục đăng ký khớp với công ty đã khai báo</translation>
    </message>
    <message>
        <source>The representative&apos;s identity is verified</source>
        <translation>Danh tính người đại diện đã được xác minh</translation>
    </message>
    <message>
        <source>The registered address is verified</source>
        <translation>Địa chỉ đăng ký đã được xác minh</translation>
    </message>
    <message>
        <source>The business activity is allowed</source>
        <translation>Ngành nghề kinh doanh được phép</translation>
    </message>
    <message>
        <source>Company and people screened against sanctions lists</source>
        <translation>Công ty và các cá nhân liên quan đã được đối chiếu với danh sách trừng phạt</translation>
    </message>
    <message>
        <source>The website (or app) was reviewed</source>
        <translation>Đã xem xét trang web (hoặc ứng dụng)</translation>
    </message>
    <message>
        <source>Reason (when declining or asking again)</source>
        <translation>Lý do (khi từ chối hoặc yêu cầu gửi lại)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Yêu cầu gửi lại</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>KycHistoryCard</name>
    <message>
        <source>Your submissions</source>
        <translation>Hồ sơ bạn đã gửi</translation>
    </message>
    <message>
        <source>%1 · level %2</source>
        <translation>%1 · cấp %2</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>quyết định %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gửi %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 tệp</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 tệp</translation>
    </message>
</context>
<context>
    <name>KycPage</name>
    <message>
        <source>Identity verification</source>
        <translation>Xác minh danh tính</translation>
    </message>
    <message>
        <source>Verified accounts can use more of AZCoiner. Your documents are seen only by our support staff.</source>
        <translation>Tài khoản đã xác minh dùng được nhiều tính năng hơn của AZCoiner. Chỉ nhân viên hỗ trợ mới xem được giấy tờ của bạn.</translation>
    </message>
</context>
<context>
    <name>KycQueuePage</name>
    <message>
        <source>KYC review</source>
        <translation>Xét duyệt KYC</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Được giao cho tôi</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>cấp %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Đã giao cho %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gửi %1</translation>
    </message>
    <message>
        <source>No cases here. Everything is reviewed.</source>
        <translation>Không có hồ sơ nào. Mọi thứ đã được xét duyệt.</translation>
    </message>
    <message>
        <source>Choose a case to see the documents and decide.</source>
        <translation>Chọn một hồ sơ để xem giấy tờ và quyết định.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 hồ sơ</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 hồ sơ</translation>
    </message>
</context>
<context>
    <name>KycStatusCard</name>
    <message>
        <source>Your level</source>
        <translation>Cấp độ của bạn</translation>
    </message>
    <message>
        <source>Your documents are waiting for review. We will notify you of the decision.</source>
        <translation>Giấy tờ của bạn đang chờ xét duyệt. Chúng tôi sẽ thông báo kết quả cho bạn.</translation>
    </message>
    <message>
        <source>Your last submission was rejected. You can send new documents below.</source>
        <translation>Hồ sơ gần nhất của bạn đã bị từ chối. Bạn có thể gửi giấy tờ mới bên dưới.</translation>
    </message>
    <message>
        <source>Support asked for new documents. Please submit again below.</source>
        <translation>Bộ phận hỗ trợ yêu cầu giấy tờ mới. Vui lòng gửi lại bên dưới.</translation>
    </message>
    <message>
        <source>You hold the highest verification level.</source>
        <translation>Bạn đã đạt cấp xác minh cao nhất.</translation>
    </message>
    <message>
        <source>Send an identity document to get verified.</source>
        <translation>Gửi giấy tờ tùy thân để được xác minh.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Ghi chú của người xét duyệt</translation>
    </message>
</context>
<context>
    <name>KycSubmitCard</name>
    <message>
        <source>Submit documents</source>
        <translation>Gửi giấy tờ</translation>
    </message>
    <message>
        <source>Use a clear photo or scan. PNG, JPEG or PDF, up to 10 MB each, at most six files.</source>
        <translation>Dùng ảnh chụp hoặc bản quét rõ nét. PNG, JPEG hoặc PDF, mỗi tệp tối đa 10 MB, nhiều nhất sáu tệp.</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Chọn giấy tờ</translation>
    </message>
    <message>
        <source>Documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Giấy tờ (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Full name, as on the document</source>
        <translation>Họ và tên như trên giấy tờ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>Mã hai chữ cái, ví dụ VN</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Level to request</source>
        <translation>Cấp độ muốn yêu cầu</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>Thêm giấy tờ…</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Đang tải lên… %1%</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Gửi để xét duyệt</translation>
    </message>
</context>
<context>
    <name>KycWords</name>
    <message>
        <source>Pending review</source>
        <translation>Đang chờ xét duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>New documents needed</source>
        <translation>Cần giấy tờ mới</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Căn cước công dân</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Giấy phép lái xe</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Giấy tờ chứng minh địa chỉ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>Level 1 · Identity verified</source>
        <translation>Cấp 1 · Đã xác minh danh tính</translation>
    </message>
    <message>
        <source>Level 2 · Enhanced</source>
        <translation>Cấp 2 · Nâng cao</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>LaunchpadSaleRow</name>
    <message>
        <source>%1 · %2 %3 per %1</source>
        <translation>%1 · %2 %3 mỗi %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3 committed</source>
        <translation>Đã cam kết %1/%2 %3</translation>
    </message>
    <message>
        <source>Mine: %1 %2</source>
        <translation>Của tôi: %1 %2</translation>
    </message>
    <message>
        <source>View sale</source>
        <translation>Xem đợt bán</translation>
    </message>
</context>
<context>
    <name>LaunchpadView</name>
    <message>
        <source>Token sales</source>
        <translation>Đợt bán token</translation>
    </message>
    <message>
        <source>Commit during a sale&apos;s window. At the end everyone gets tokens in proportion to what they committed; what is not spent comes back.</source>
        <translation>Cam kết trong thời gian mở bán. Khi kết thúc, mọi người nhận token theo tỷ lệ số tiền đã cam kết; phần không dùng đến sẽ được trả lại.</translation>
    </message>
    <message>
        <source>No token sales yet. New ones appear here as they are listed.</source>
        <translation>Chưa có đợt bán token nào. Các đợt mới sẽ xuất hiện ở đây khi được niêm yết.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>Save the QR code</source>
        <translation>Lưu mã QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Mã mới</translation>
    </message>
    <message>
        <source>Leave the amount empty for a counter QR code: the customer enters what they pay.</source>
        <translation>Để trống số tiền để tạo mã QR tại quầy: khách hàng tự nhập số tiền thanh toán.</translation>
    </message>
    <message>
        <source>Amount (optional)</source>
        <translation>Số tiền (không bắt buộc)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>Any amount in %1</source>
        <translation>Số tiền tùy ý bằng %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n lượt thanh toán</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>AZCoiner</source>
        <translation>AZCoiner</translation>
    </message>
</context>
<context>
    <name>MarketDisputesView</name>
    <message>
        <source>Refunded: both sides are told.</source>
        <translation>Đã hoàn tiền: cả hai bên đã được thông báo.</translation>
    </message>
    <message>
        <source>Dispute rejected: both sides are told.</source>
        <translation>Đã bác bỏ khiếu nại: cả hai bên đã được thông báo.</translation>
    </message>
    <message>
        <source>Refund the buyer</source>
        <translation>Hoàn tiền cho người mua</translation>
    </message>
    <message>
        <source>Reject the dispute</source>
        <translation>Bác bỏ khiếu nại</translation>
    </message>
    <message>
        <source>The buyer and the partner read this note; the audit log keeps it.</source>
        <translation>Người mua và đối tác sẽ đọc ghi chú này; nhật ký kiểm toán sẽ lưu lại.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Bác bỏ</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Bác bỏ…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Hoàn tiền…</translation>
    </message>
    <message>
        <source>No open market disputes.</source>
        <translation>Không có khiếu nại nào đang mở ở Chợ.</translation>
    </message>
</context>
<context>
    <name>MarketOrderRow</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, cho %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation>Đã sao chép mã.</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Mã vận đơn: %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Giao đến: %1</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Khiếu nại: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Quyết định: %1</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Thank you: the order is marked as received.</source>
        <translation>Cảm ơn bạn: đơn hàng đã được đánh dấu là đã nhận.</translation>
    </message>
    <message>
        <source>Your dispute is with support now.</source>
        <translation>Khiếu nại của bạn đã được chuyển cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Mở khiếu nại</translation>
    </message>
    <message>
        <source>Tell support what went wrong. The partner sees it too.</source>
        <translation>Hãy cho bộ phận hỗ trợ biết vấn đề. Đối tác cũng sẽ thấy nội dung này.</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Mở khiếu nại</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Spend coin or points on our partners&apos; goods and vouchers.</source>
        <translation>Dùng coin hoặc điểm để mua hàng hóa và voucher của các đối tác.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Đơn hàng của tôi</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Tìm sản phẩm</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>Không có sản phẩm phù hợp.</translation>
    </message>
    <message>
        <source>Confirm received</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <source>You have not bought anything yet.</source>
        <translation>Bạn chưa mua gì.</translation>
    </message>
</context>
<context>
    <name>MarketStrip</name>
    <message>
        <source>vol %1</source>
        <translation>KL %1</translation>
    </message>
</context>
<context>
    <name>MasterWalletView</name>
    <message>
        <source>Per asset</source>
        <translation>Theo tài sản</translation>
    </message>
    <message>
        <source>Owed: users&apos; available and held balances. Holdings: what the hot wallet and the liquidity provider hold for them.</source>
        <translation>Nợ: số dư khả dụng và tạm giữ của người dùng. Tài sản nắm giữ: những gì ví nóng và nhà cung cấp thanh khoản giữ cho họ.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Owed to users</source>
        <translation>Nợ người dùng</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Tài sản nắm giữ</translation>
    </message>
    <message>
        <source>Solvency</source>
        <translation>Khả năng thanh toán</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Khả dụng</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n người nắm giữ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee revenue</source>
        <translation>Doanh thu phí</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Ngân quỹ</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>Ví nóng</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>không có nợ</translation>
    </message>
    <message>
        <source>Fee revenue, last %1 days</source>
        <translation>Doanh thu phí, %1 ngày qua</translation>
    </message>
    <message>
        <source>Total %1 %2 · best day %3 %2</source>
        <translation>Tổng %1 %2 · ngày cao nhất %3 %2</translation>
    </message>
    <message>
        <source>Proof of reserves</source>
        <translation>Bằng chứng dự trữ</translation>
    </message>
    <message>
        <source>Publishes a Merkle sum tree of every user&apos;s balance, so each user can check they are counted.</source>
        <translation>Công bố cây tổng Merkle của số dư mọi người dùng để từng người có thể kiểm tra mình đã được tính.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Đang công bố…</translation>
    </message>
    <message>
        <source>Publish proof of reserves</source>
        <translation>Công bố bằng chứng dự trữ</translation>
    </message>
    <message>
        <source>Published %1. Roots:</source>
        <translation>Đã công bố %1. Các gốc:</translation>
    </message>
</context>
<context>
    <name>MerchantOverview</name>
    <message>
        <source>No payments yet</source>
        <translation>Chưa có khoản thanh toán nào</translation>
    </message>
    <message>
        <source>Create an invoice or print your shop&apos;s QR code to take the first one.</source>
        <translation>Tạo hóa đơn hoặc in mã QR của cửa hàng để nhận khoản thanh toán đầu tiên.</translation>
    </message>
    <message>
        <source>Last 14 days (%1, UTC days)</source>
        <translation>14 ngày qua (%1, ngày theo UTC)</translation>
    </message>
    <message>
        <source>Opening balance %1 · closing balance %2</source>
        <translation>Số dư đầu kỳ %1 · số dư cuối kỳ %2</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Thanh toán đã nhận</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Phí đã trả</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Chi trả</translation>
    </message>
    <message>
        <source>Moves money from the business to a member&apos;s AZCoiner wallet (yours when no one is named).</source>
        <translation>Chuyển tiền từ doanh nghiệp sang ví AZCoiner của một thành viên (ví của bạn nếu không chỉ định ai).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Member (optional)</source>
        <translation>Thành viên (không bắt buộc)</translation>
    </message>
    <message>
        <source>username</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>phí %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội ngũ</translation>
    </message>
    <message>
        <source>Staff create invoices; admins also refund, pay out and manage the API; viewers only look.</source>
        <translation>Nhân viên tạo hóa đơn; quản trị viên còn có thể hoàn tiền, chi trả và quản lý API; người xem chỉ được xem.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>Xuất sao kê</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
</context>
<context>
    <name>MerchantPage</name>
    <message>
        <source>Merchant</source>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <source>Take payments from AZCoiner users in your shop, on your website and in your app.</source>
        <translation>Nhận thanh toán từ người dùng AZCoiner tại cửa hàng, trên trang web và trong ứng dụng của bạn.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Hóa đơn mới</translation>
    </message>
    <message>
        <source>Add a business</source>
        <translation>Thêm doanh nghiệp</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Links and shop QR</source>
        <translation>Liên kết và QR cửa hàng</translation>
    </message>
    <message>
        <source>Developers</source>
        <translation>Nhà phát triển</translation>
    </message>
</context>
<context>
    <name>MerchantSetup</name>
    <message>
        <source>Add a business document</source>
        <translation>Thêm giấy tờ doanh nghiệp</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Hình ảnh và tài liệu (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Doanh nghiệp của bạn</translation>
    </message>
    <message>
        <source>Customers see this name when they pay. You can add staff later.</source>
        <translation>Khách hàng sẽ thấy tên này khi thanh toán. Bạn có thể thêm nhân viên sau.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Tên doanh nghiệp</translation>
    </message>
    <message>
        <source>Website (optional)</source>
        <translation>Trang web (không bắt buộc)</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Nhận thanh toán bằng</translation>
    </message>
    <message>
        <source>Create the business</source>
        <translation>Tạo doanh nghiệp</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>Xác minh doanh nghiệp</translation>
    </message>
    <message>
        <source>Our team is checking your documents. You will be notified of the decision.</source>
        <translation>Đội ngũ của chúng tôi đang kiểm tra giấy tờ của bạn. Bạn sẽ được thông báo kết quả.</translation>
    </message>
    <message>
        <source>Not approved: %1. Correct it and send again.</source>
        <translation>Không được phê duyệt: %1. Hãy sửa lại và gửi lại.</translation>
    </message>
    <message>
        <source>Before you take payments, tell us who runs the business. Support checks the company registry, the representative and the address.</source>
        <translation>Trước khi nhận thanh toán, hãy cho chúng tôi biết ai điều hành doanh nghiệp. Bộ phận hỗ trợ sẽ kiểm tra đăng ký doanh nghiệp, người đại diện và địa chỉ.</translation>
    </message>
    <message>
        <source>Registered legal name</source>
        <translation>Tên pháp lý đã đăng ký</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>Mã số đăng ký doanh nghiệp</translation>
    </message>
    <message>
        <source>Country (two letters, e.g. DE)</source>
        <translation>Quốc gia (hai chữ cái, ví dụ VN)</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Địa chỉ đăng ký</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Thêm giấy tờ…</translation>
    </message>
    <message>
        <source>The registry extract at least.</source>
        <translation>Tối thiểu là bản trích lục đăng ký.</translation>
    </message>
    <message>
        <source>Send for verification</source>
        <translation>Gửi để xác minh</translation>
    </message>
</context>
<context>
    <name>MerchantWords</name>
    <message>
        <source>Open</source>
        <translation>Chờ thanh toán</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>Verification under review</source>
        <translation>Đang xét duyệt xác minh</translation>
    </message>
    <message>
        <source>Verified — taking payments</source>
        <translation>Đã xác minh — đang nhận thanh toán</translation>
    </message>
    <message>
        <source>Verification declined</source>
        <translation>Xác minh bị từ chối</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Bị tạm ngưng</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Create invoices</source>
        <translation>Tạo hóa đơn</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Chi trả</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Đang thử lại</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã gửi thành công</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Đã ngừng thử lại</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Forwarded from %1</source>
        <translation>Chuyển tiếp từ %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Tin nhắn này đã bị xóa</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>Lì xì</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>%1 đã thanh toán</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>Expired: %1 of %2 shares opened</source>
        <translation>Đã hết hạn: %1/%2 phần đã được mở</translation>
    </message>
    <message>
        <source>%1 of %2 shares opened (%3 split)</source>
        <translation>%1/%2 phần đã được mở (chia %3)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>đều</translation>
    </message>
    <message>
        <source>You got %1 %2</source>
        <translation>Bạn nhận được %1 %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>Chương trình mini</translation>
    </message>
</context>
<context>
    <name>MiniProgramsPage</name>
    <message>
        <source>Mini programs</source>
        <translation>Chương trình mini</translation>
    </message>
    <message>
        <source>Small apps from verified developers, reviewed by AZCoiner. They run apart from your account and ask before they use anything.</source>
        <translation>Ứng dụng nhỏ từ các nhà phát triển đã xác minh, được AZCoiner xét duyệt. Chúng chạy tách biệt với tài khoản của bạn và luôn hỏi trước khi dùng bất cứ thứ gì.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Khám phá</translation>
    </message>
    <message>
        <source>My programs</source>
        <translation>Chương trình của tôi</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Nhà phát triển</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xét duyệt</translation>
    </message>
    <message>
        <source>Search mini programs</source>
        <translation>Tìm chương trình mini</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>No mini programs match.</source>
        <translation>Không có chương trình mini nào phù hợp.</translation>
    </message>
    <message>
        <source>Programs you install or open appear here, the most recently used first.</source>
        <translation>Các chương trình bạn cài đặt hoặc mở sẽ hiện ở đây, chương trình dùng gần nhất ở đầu.</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Send money</source>
        <translation>Gửi tiền</translation>
    </message>
    <message>
        <source>Request money</source>
        <translation>Yêu cầu thanh toán</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Send %1 %2 to @%3? The fee is added by the wallet.</source>
        <translation>Gửi %1 %2 cho @%3? Ví sẽ cộng thêm phí.</translation>
    </message>
    <message>
        <source>Send %1 %2? The fee is added by the wallet.</source>
        <translation>Gửi %1 %2? Ví sẽ cộng thêm phí.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>Lì xì</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Shares (first members to open)</source>
        <translation>Số phần (cho những thành viên mở trước)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Cách chia</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Chia đều</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Ngẫu nhiên</translation>
    </message>
    <message>
        <source>Put %1 %2 in a red packet of %3 shares? It leaves your wallet now (the fee is added); what nobody opens within a day comes back.</source>
        <translation>Cho %1 %2 vào lì xì gồm %3 phần? Số tiền rời ví của bạn ngay bây giờ (cộng thêm phí); phần không ai mở trong một ngày sẽ được trả lại.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Explore</source>
        <translation>Khám phá</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>NetworksView</name>
    <message>
        <source>Networks</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Head block %1 · %2 confirmations · %3 deposit addresses</source>
        <translation>Khối mới nhất %1 · %2 xác nhận · %3 địa chỉ nạp</translation>
    </message>
    <message>
        <source>Hot wallet %1</source>
        <translation>Ví nóng %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <source>min deposit %1 · min withdrawal %2 · fee %3 · two approvals above %4</source>
        <translation>nạp tối thiểu %1 · rút tối thiểu %2 · phí %3 · hai phê duyệt trên %4</translation>
    </message>
    <message>
        <source>No network yet. Add one with the form.</source>
        <translation>Chưa có mạng nào. Hãy thêm bằng biểu mẫu.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Hạn mức</translation>
    </message>
    <message>
        <source>Id (a–z, 0–9, -)</source>
        <translation>Mã (a–z, 0–9, -)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain ID</translation>
    </message>
    <message>
        <source>Node URL (http or https)</source>
        <translation>URL của nút (http hoặc https)</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Số xác nhận</translation>
    </message>
    <message>
        <source>Native asset</source>
        <translation>Tài sản gốc</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>Lưu mạng</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>Mã mạng</translation>
    </message>
    <message>
        <source>Token contract (empty for the native coin)</source>
        <translation>Hợp đồng token (để trống với coin gốc)</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>Nạp tối thiểu</translation>
    </message>
    <message>
        <source>Minimum withdrawal</source>
        <translation>Rút tối thiểu</translation>
    </message>
    <message>
        <source>Withdrawal fee</source>
        <translation>Phí rút</translation>
    </message>
    <message>
        <source>Two admins approve above (0 = always one approval)</source>
        <translation>Hai quản trị viên duyệt khi trên (0 = luôn một phê duyệt)</translation>
    </message>
    <message>
        <source>Save asset</source>
        <translation>Lưu tài sản</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Cấp 3</translation>
    </message>
    <message>
        <source>Per withdrawal</source>
        <translation>Mỗi lần rút</translation>
    </message>
    <message>
        <source>Per 24 hours</source>
        <translation>Mỗi 24 giờ</translation>
    </message>
    <message>
        <source>2FA code needed above</source>
        <translation>Cần mã 2FA khi trên</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>Lưu hạn mức</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New direct chat</source>
        <translation>Trò chuyện riêng mới</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nhóm mới</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Kênh mới</translation>
    </message>
    <message>
        <source>Join a conversation</source>
        <translation>Tham gia cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Invite link or @handle</source>
        <translation>Liên kết mời hoặc @tên định danh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Handle (optional)</source>
        <translation>Tên định danh (không bắt buộc)</translation>
    </message>
    <message>
        <source>usernames, separated by commas</source>
        <translation>các tên đăng nhập, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>5–32 characters: a–z, 0–9 and _, starting with a letter.</source>
        <translation>5–32 ký tự: a–z, 0–9 và _, bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <source>About (optional)</source>
        <translation>Giới thiệu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>Công khai: ai cũng có thể tìm và tham gia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Mở trò chuyện</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Hóa đơn mới</translation>
    </message>
    <message>
        <source>Price in US dollars</source>
        <translation>Định giá bằng đô la Mỹ</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Số tiền bằng %1</translation>
    </message>
    <message>
        <source>Price in USD</source>
        <translation>Giá bằng USD</translation>
    </message>
    <message>
        <source>Converted to %1 at the exchange&apos;s rate, kept for 15 minutes.</source>
        <translation>Được quy đổi sang %1 theo tỷ giá của sàn, giữ nguyên trong 15 phút.</translation>
    </message>
    <message>
        <source>What is it for (the customer sees it)</source>
        <translation>Nội dung thanh toán (khách hàng sẽ thấy)</translation>
    </message>
    <message>
        <source>Your order number (optional)</source>
        <translation>Mã đơn hàng của bạn (không bắt buộc)</translation>
    </message>
    <message>
        <source>Open for (minutes)</source>
        <translation>Thời hạn thanh toán (phút)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>No action (a signal)</source>
        <translation>Không có hành động (chỉ thể hiện quan điểm)</translation>
    </message>
    <message>
        <source>Pay from the community fund</source>
        <translation>Chi từ Quỹ cộng đồng</translation>
    </message>
    <message>
        <source>Change a fee</source>
        <translation>Thay đổi phí</translation>
    </message>
    <message>
        <source>Halt or reopen a spot market</source>
        <translation>Tạm dừng hoặc mở lại thị trường giao ngay</translation>
    </message>
    <message>
        <source>Change a staking reward</source>
        <translation>Thay đổi phần thưởng staking</translation>
    </message>
    <message>
        <source>Your proposal is open for discussion.</source>
        <translation>Đề xuất của bạn đã được mở để thảo luận.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Đề xuất mới</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Why (the community discusses it for a day before the vote)</source>
        <translation>Lý do (cộng đồng thảo luận một ngày trước khi bỏ phiếu)</translation>
    </message>
    <message>
        <source>Action if it passes</source>
        <translation>Hành động nếu được thông qua</translation>
    </message>
    <message>
        <source>To (username)</source>
        <translation>Người nhận (tên đăng nhập)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Loại giao dịch</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Cố định</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tỷ lệ %</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Maximum (0: none)</source>
        <translation>Tối đa (0: không giới hạn)</translation>
    </message>
    <message>
        <source>Halt</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>New rate % a year</source>
        <translation>Lợi suất mới %/năm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open for discussion</source>
        <translation>Mở thảo luận</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Đánh dấu tất cả đã đọc</translation>
    </message>
    <message>
        <source>Nothing new. Decisions on your verification and account changes appear here.</source>
        <translation>Không có gì mới. Kết quả xác minh và thay đổi tài khoản sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>OrderBookLadder</name>
    <message>
        <source>Order book</source>
        <translation>Sổ lệnh</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Giá (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Số lượng (%1)</translation>
    </message>
    <message>
        <source>Bid %1 · Ask %2</source>
        <translation>Mua %1 · Bán %2</translation>
    </message>
    <message>
        <source>No quotes on one side</source>
        <translation>Một phía chưa có giá</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Stop price (%1)</source>
        <translation>Giá dừng (%1)</translation>
    </message>
    <message>
        <source>Goes in when a trade is at or above it.</source>
        <translation>Kích hoạt khi có giao dịch bằng hoặc cao hơn giá này.</translation>
    </message>
    <message>
        <source>Goes in when a trade is at or below it.</source>
        <translation>Kích hoạt khi có giao dịch bằng hoặc thấp hơn giá này.</translation>
    </message>
    <message>
        <source>Limit price (%1)</source>
        <translation>Giá giới hạn (%1)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Giá (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Số lượng (%1)</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Chi (%1)</translation>
    </message>
    <message>
        <source>Buys as much as this buys at the best prices now.</source>
        <translation>Mua nhiều nhất có thể với số tiền này theo giá tốt nhất hiện tại.</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Hiệu lực lệnh</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Khả dụng</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>Tổng ước tính</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Fee at most</source>
        <translation>Phí tối đa</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>Mua %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>Bán %1</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>%1 (stop %2)</source>
        <translation>%1 (dừng %2)</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>Hủy lệnh này</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>theo giá thị trường</translation>
    </message>
    <message>
        <source>Price %1 · amount %2 · filled %3</source>
        <translation>Giá %1 · số lượng %2 · đã khớp %3</translation>
    </message>
    <message>
        <source>At market · budget %1 · filled %2</source>
        <translation>Theo giá thị trường · ngân sách %1 · đã khớp %2</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Buy</source>
        <translation>Mua</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Bán</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Thị trường</translation>
    </message>
    <message>
        <source>Stop-limit</source>
        <translation>Dừng-giới hạn</translation>
    </message>
    <message>
        <source>Good till cancelled</source>
        <translation>Hiệu lực đến khi hủy</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>Khớp ngay hoặc hủy</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>Khớp hết hoặc hủy</translation>
    </message>
    <message>
        <source>Post only</source>
        <translation>Chỉ đặt lệnh chờ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Waiting for stop</source>
        <translation>Chờ giá dừng</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Đã khớp</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>Khớp một phần</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>nothing to fill it at once</source>
        <translation>không có gì để khớp ngay</translation>
    </message>
    <message>
        <source>could not fill all of it at once</source>
        <translation>không khớp hết ngay được</translation>
    </message>
    <message>
        <source>would have traded at once</source>
        <translation>sẽ bị khớp ngay</translation>
    </message>
    <message>
        <source>would have traded with your own order</source>
        <translation>sẽ khớp với lệnh của chính bạn</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>bạn đã hủy</translation>
    </message>
    <message>
        <source>the order book is full</source>
        <translation>sổ lệnh đã đầy</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Cancel only</source>
        <translation>Chỉ được hủy</translation>
    </message>
    <message>
        <source>Quick swap</source>
        <translation>Hoán đổi nhanh</translation>
    </message>
    <message>
        <source>Routed order</source>
        <translation>Lệnh được chuyển</translation>
    </message>
    <message>
        <source>%1: filled %2.</source>
        <translation>%1: đã khớp %2.</translation>
    </message>
    <message>
        <source>%1: filled %2 so far, the rest is in the book.</source>
        <translation>%1: đã khớp %2, phần còn lại nằm trong sổ lệnh.</translation>
    </message>
    <message>
        <source>%1: the order is in the book.</source>
        <translation>%1: lệnh đã vào sổ lệnh.</translation>
    </message>
    <message>
        <source>%1: waiting for the stop price %2.</source>
        <translation>%1: đang chờ giá dừng %2.</translation>
    </message>
    <message>
        <source>%1: filled %2, the rest was cancelled (%3).</source>
        <translation>%1: đã khớp %2, phần còn lại bị hủy (%3).</translation>
    </message>
    <message>
        <source>%1: not filled (%2).</source>
        <translation>%1: không khớp (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: bought %2 for %3 %4; the rest of the budget went back.</source>
        <translation>%1: đã mua %2 với %3 %4; phần ngân sách còn lại được hoàn về.</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Open orders (%1)</source>
        <translation>Lệnh đang mở (%1)</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Lịch sử lệnh</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Hủy tất cả</translation>
    </message>
    <message>
        <source>No open orders.</source>
        <translation>Không có lệnh đang mở.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Chưa có lệnh nào.</translation>
    </message>
</context>
<context>
    <name>P2pAdDialog</name>
    <message>
        <source>Edit ad</source>
        <translation>Sửa quảng cáo</translation>
    </message>
    <message>
        <source>New ad</source>
        <translation>Quảng cáo mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Place ad and hold coins</source>
        <translation>Đăng quảng cáo và tạm giữ coin</translation>
    </message>
    <message>
        <source>Place ad</source>
        <translation>Đăng quảng cáo</translation>
    </message>
    <message>
        <source>I sell</source>
        <translation>Tôi bán</translation>
    </message>
    <message>
        <source>I buy</source>
        <translation>Tôi mua</translation>
    </message>
    <message>
        <source>for</source>
        <translation>bằng</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Giá cố định</translation>
    </message>
    <message>
        <source>Market + margin</source>
        <translation>Thị trường + biên độ</translation>
    </message>
    <message>
        <source>Price per %1 (%2)</source>
        <translation>Giá mỗi %1 (%2)</translation>
    </message>
    <message>
        <source>Margin over the market price (%)</source>
        <translation>Biên độ so với giá thị trường (%)</translation>
    </message>
    <message>
        <source>-50 to 50; the price follows the reference rate and is fixed when a trade opens.</source>
        <translation>Từ -50 đến 50; giá đi theo tỷ giá tham chiếu và được chốt khi giao dịch mở.</translation>
    </message>
    <message>
        <source>Amount to sell (%1)</source>
        <translation>Số lượng bán (%1)</translation>
    </message>
    <message>
        <source>Amount to buy (%1)</source>
        <translation>Số lượng mua (%1)</translation>
    </message>
    <message>
        <source>Min per trade</source>
        <translation>Tối thiểu mỗi giao dịch</translation>
    </message>
    <message>
        <source>Max per trade</source>
        <translation>Tối đa mỗi giao dịch</translation>
    </message>
    <message>
        <source>Buyers pay me to</source>
        <translation>Người mua trả tiền cho tôi qua</translation>
    </message>
    <message>
        <source>I pay by</source>
        <translation>Tôi thanh toán bằng</translation>
    </message>
    <message>
        <source>Add a payment method first</source>
        <translation>Hãy thêm phương thức thanh toán trước</translation>
    </message>
    <message>
        <source>Time to pay</source>
        <translation>Thời hạn thanh toán</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Terms shown before a trade (which banks, references, …)</source>
        <translation>Điều khoản hiển thị trước khi giao dịch (ngân hàng nào, nội dung chuyển khoản, …)</translation>
    </message>
    <message>
        <source>Auto-reply posted in the trade chat when a trade opens</source>
        <translation>Tin trả lời tự động đăng vào cuộc trò chuyện giao dịch khi giao dịch mở</translation>
    </message>
    <message>
        <source>Counterparty must have</source>
        <translation>Đối tác phải có</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>No verification needed</source>
        <translation>Không cần xác minh</translation>
    </message>
    <message>
        <source>Tier 1 (verified)</source>
        <translation>Cấp 1 (đã xác minh)</translation>
    </message>
    <message>
        <source>Tier 2 (enhanced)</source>
        <translation>Cấp 2 (nâng cao)</translation>
    </message>
    <message>
        <source>Account age (days)</source>
        <translation>Tuổi tài khoản (ngày)</translation>
    </message>
    <message>
        <source>Completed trades</source>
        <translation>Số giao dịch đã hoàn thành</translation>
    </message>
</context>
<context>
    <name>P2pAdRow</name>
    <message>
        <source>per %1 · market %2%3%</source>
        <translation>mỗi %1 · thị trường %2%3%</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>mỗi %1</translation>
    </message>
    <message>
        <source>%1 %2 available</source>
        <translation>Khả dụng %1 %2</translation>
    </message>
    <message>
        <source>Limit %1 – %2 %3</source>
        <translation>Hạn mức %1 – %2 %3</translation>
    </message>
    <message>
        <source>%1 min to pay</source>
        <translation>%1 phút để thanh toán</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>Mua %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>Bán %1</translation>
    </message>
</context>
<context>
    <name>P2pErrors</name>
    <message>
        <source>The trade is still waiting for payment.</source>
        <translation>Giao dịch vẫn đang chờ thanh toán.</translation>
    </message>
    <message>
        <source>The buyer has already marked this trade paid.</source>
        <translation>Người mua đã đánh dấu giao dịch này là đã thanh toán.</translation>
    </message>
    <message>
        <source>This trade is under appeal: support decides it now.</source>
        <translation>Giao dịch này đang bị khiếu nại: bộ phận hỗ trợ sẽ quyết định.</translation>
    </message>
    <message>
        <source>This trade is already completed.</source>
        <translation>Giao dịch này đã hoàn thành.</translation>
    </message>
    <message>
        <source>This trade has already ended.</source>
        <translation>Giao dịch này đã kết thúc.</translation>
    </message>
    <message>
        <source>This ad asks for KYC tier %1. Complete verification first.</source>
        <translation>Quảng cáo này yêu cầu KYC cấp %1. Hãy hoàn tất xác minh trước.</translation>
    </message>
    <message numerus="yes">
        <source>This ad asks for an account at least %n day(s) old.</source>
        <translation>
            <numerusform>Quảng cáo này yêu cầu tài khoản đã tạo ít nhất %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ad asks for more completed P2P trades than you have.</source>
        <translation>Quảng cáo này yêu cầu số giao dịch P2P đã hoàn thành nhiều hơn số bạn có.</translation>
    </message>
    <message>
        <source>This step is the other party&apos;s.</source>
        <translation>Bước này do bên kia thực hiện.</translation>
    </message>
    <message>
        <source>The proof must be a file you uploaded.</source>
        <translation>Bằng chứng phải là tệp bạn đã tải lên.</translation>
    </message>
    <message>
        <source>You cannot take your own ad.</source>
        <translation>Bạn không thể nhận quảng cáo của chính mình.</translation>
    </message>
    <message>
        <source>This ad has no price right now: its reference rate is missing.</source>
        <translation>Quảng cáo này hiện không có giá: thiếu tỷ giá tham chiếu.</translation>
    </message>
    <message>
        <source>The advertiser has paused this ad.</source>
        <translation>Người đăng quảng cáo đã tạm dừng quảng cáo này.</translation>
    </message>
    <message>
        <source>This ad is closed.</source>
        <translation>Quảng cáo này đã đóng.</translation>
    </message>
    <message>
        <source>You can appeal once the seller&apos;s release window has passed.</source>
        <translation>Bạn có thể khiếu nại khi thời hạn giải phóng của người bán đã qua.</translation>
    </message>
    <message>
        <source>An open ad still uses this payment method. Edit or close the ad first.</source>
        <translation>Một quảng cáo đang mở vẫn dùng phương thức thanh toán này. Hãy sửa hoặc đóng quảng cáo đó trước.</translation>
    </message>
    <message>
        <source>You can keep at most 20 payment methods.</source>
        <translation>Bạn chỉ có thể lưu tối đa 20 phương thức thanh toán.</translation>
    </message>
    <message>
        <source>Feedback is for completed trades.</source>
        <translation>Chỉ có thể đánh giá giao dịch đã hoàn thành.</translation>
    </message>
    <message>
        <source>You have already left feedback for this trade.</source>
        <translation>Bạn đã đánh giá giao dịch này rồi.</translation>
    </message>
    <message>
        <source>The amount is outside this ad&apos;s limits.</source>
        <translation>Số tiền nằm ngoài hạn mức của quảng cáo này.</translation>
    </message>
    <message>
        <source>The ad does not have that much left.</source>
        <translation>Quảng cáo không còn đủ số lượng này.</translation>
    </message>
    <message>
        <source>Enter a valid amount.</source>
        <translation>Hãy nhập số tiền hợp lệ.</translation>
    </message>
    <message>
        <source>Your available balance is not enough for this.</source>
        <translation>Số dư khả dụng của bạn không đủ.</translation>
    </message>
    <message>
        <source>Choose one of your payment methods.</source>
        <translation>Hãy chọn một phương thức thanh toán của bạn.</translation>
    </message>
    <message>
        <source>This ad or trade no longer exists.</source>
        <translation>Quảng cáo hoặc giao dịch này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose one of your payment methods of a type this ad accepts.</source>
        <translation>Hãy chọn một phương thức thanh toán của bạn thuộc loại mà quảng cáo này chấp nhận.</translation>
    </message>
    <message>
        <source>Choose at least one payment method.</source>
        <translation>Hãy chọn ít nhất một phương thức thanh toán.</translation>
    </message>
    <message>
        <source>Give a reason of 5 to 500 characters.</source>
        <translation>Hãy nêu lý do dài từ 5 đến 500 ký tự.</translation>
    </message>
    <message>
        <source>The margin is between -50% and 50%.</source>
        <translation>Biên độ phải nằm trong khoảng -50% đến 50%.</translation>
    </message>
    <message>
        <source>Enter a price with at most 2 decimals.</source>
        <translation>Hãy nhập giá có tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Give the payment method a name.</source>
        <translation>Hãy đặt tên cho phương thức thanh toán.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>Hãy kiểm tra trường “%1”.</translation>
    </message>
</context>
<context>
    <name>P2pMarket</name>
    <message>
        <source>Best price</source>
        <translation>Giá tốt nhất</translation>
    </message>
    <message>
        <source>Most trades</source>
        <translation>Nhiều giao dịch nhất</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Mua</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Bán</translation>
    </message>
    <message>
        <source>All coins</source>
        <translation>Tất cả coin</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Tất cả tiền tệ</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Mọi phương thức thanh toán</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Người đăng quảng cáo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Available / limits</source>
        <translation>Khả dụng / hạn mức</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Nobody sells on these terms right now. Try another coin, currency or payment.</source>
        <translation>Hiện không ai bán theo các điều kiện này. Hãy thử coin, tiền tệ hoặc phương thức thanh toán khác.</translation>
    </message>
    <message>
        <source>Nobody buys on these terms right now. Try another coin, currency or payment.</source>
        <translation>Hiện không ai mua theo các điều kiện này. Hãy thử coin, tiền tệ hoặc phương thức thanh toán khác.</translation>
    </message>
</context>
<context>
    <name>P2pMyAds</name>
    <message>
        <source>A sell ad&apos;s amount is held from your balance while the ad is open; closing it gives back what no trade holds.</source>
        <translation>Số lượng của quảng cáo bán được tạm giữ từ số dư của bạn khi quảng cáo đang mở; khi đóng quảng cáo, phần không bị giao dịch nào giữ sẽ được trả lại.</translation>
    </message>
    <message>
        <source>New ad</source>
        <translation>Quảng cáo mới</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Bán</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Mua</translation>
    </message>
    <message>
        <source>%1 for %2 at %3 %4</source>
        <translation>%1/%2 giá %3 %4</translation>
    </message>
    <message>
        <source>(market %1%2%)</source>
        <translation>(thị trường %1%2%)</translation>
    </message>
    <message>
        <source>%1 of %2 %3 left · limit %4 – %5 · %6</source>
        <translation>Còn %1/%2 %3 · hạn mức %4 – %5 · %6</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Đã tạm dừng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>You have no ads. Place one to buy or sell at your own price.</source>
        <translation>Bạn chưa có quảng cáo nào. Hãy đăng một quảng cáo để mua hoặc bán theo giá của riêng bạn.</translation>
    </message>
</context>
<context>
    <name>P2pPage</name>
    <message>
        <source>Market</source>
        <translation>Thị trường</translation>
    </message>
    <message>
        <source>My trades (%1 open)</source>
        <translation>Giao dịch của tôi (%1 đang mở)</translation>
    </message>
    <message>
        <source>My trades</source>
        <translation>Giao dịch của tôi</translation>
    </message>
    <message>
        <source>My ads</source>
        <translation>Quảng cáo của tôi</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Phương thức thanh toán</translation>
    </message>
</context>
<context>
    <name>P2pPaymentMethods</name>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No payment methods yet. Add where buyers can pay you.</source>
        <translation>Chưa có phương thức thanh toán nào. Hãy thêm nơi người mua có thể trả tiền cho bạn.</translation>
    </message>
    <message>
        <source>Add a payment method</source>
        <translation>Thêm phương thức thanh toán</translation>
    </message>
    <message>
        <source>Shown to a buyer only inside a trade with you.</source>
        <translation>Chỉ hiển thị cho người mua trong giao dịch với bạn.</translation>
    </message>
    <message>
        <source>Name (for you)</source>
        <translation>Tên (để bạn nhận biết)</translation>
    </message>
    <message>
        <source>e.g. My Barclays account</source>
        <translation>ví dụ: Tài khoản Barclays của tôi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>P2pProfileDialog</name>
    <message>
        <source>@%1 · member since %2</source>
        <translation>@%1 · thành viên từ %2</translation>
    </message>
    <message>
        <source>Completed trades</source>
        <translation>Giao dịch đã hoàn tất</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tỷ lệ hoàn tất</translation>
    </message>
    <message>
        <source>Average release</source>
        <translation>Thời gian giải phóng trung bình</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>What counterparties said</source>
        <translation>Các đối tác đã nói gì</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Tích cực</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Tiêu cực</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Chưa có đánh giá nào.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>P2pTakeDialog</name>
    <message>
        <source>Sell %1 to %2</source>
        <translation>Bán %1 cho %2</translation>
    </message>
    <message>
        <source>Buy %1 from %2</source>
        <translation>Mua %1 từ %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Hạn mức</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>%1 min to pay</source>
        <translation>%1 phút để thanh toán</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>Điều khoản: %1</translation>
    </message>
    <message>
        <source>I sell (%1)</source>
        <translation>Tôi bán (%1)</translation>
    </message>
    <message>
        <source>I buy (%1)</source>
        <translation>Tôi mua (%1)</translation>
    </message>
    <message>
        <source>You receive %1 %2</source>
        <translation>Bạn nhận %1 %2</translation>
    </message>
    <message>
        <source>You pay %1 %2</source>
        <translation>Bạn trả %1 %2</translation>
    </message>
    <message>
        <source>The buyer pays me to</source>
        <translation>Người mua trả tiền cho tôi qua</translation>
    </message>
    <message>
        <source>Add a payment method of a type this ad accepts first (Payment methods tab).</source>
        <translation>Hãy thêm trước một phương thức thanh toán thuộc loại mà quảng cáo này chấp nhận (thẻ Phương thức thanh toán).</translation>
    </message>
    <message>
        <source>Your %1 goes into escrow now and reaches the buyer when you release it after being paid.</source>
        <translation>%1 của bạn được chuyển vào ký quỹ ngay bây giờ và sẽ đến tay người mua khi bạn giải phóng sau khi đã nhận được tiền.</translation>
    </message>
    <message>
        <source>The seller&apos;s %1 is held in escrow for you while you pay.</source>
        <translation>%1 của người bán được giữ trong ký quỹ cho bạn trong lúc bạn thanh toán.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open trade and escrow</source>
        <translation>Mở giao dịch và ký quỹ</translation>
    </message>
    <message>
        <source>Open trade</source>
        <translation>Mở giao dịch</translation>
    </message>
</context>
<context>
    <name>P2pTradeView</name>
    <message>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <source>%1 %2: %3 buys from %4</source>
        <translation>%1 %2: %3 mua từ %4</translation>
    </message>
    <message>
        <source>Buy %1 %2 from %3</source>
        <translation>Mua %1 %2 từ %3</translation>
    </message>
    <message>
        <source>Sell %1 %2 to %3</source>
        <translation>Bán %1 %2 cho %3</translation>
    </message>
    <message>
        <source>Trade %1 · opened %2</source>
        <translation>Giao dịch %1 · mở lúc %2</translation>
    </message>
    <message>
        <source>Pay %1 to the seller&apos;s account below, then press “I have paid”. Unpaid, the trade cancels itself when the time is up.</source>
        <translation>Hãy chuyển %1 vào tài khoản của người bán bên dưới, rồi nhấn “Tôi đã thanh toán”. Nếu chưa thanh toán, giao dịch sẽ tự hủy khi hết thời gian.</translation>
    </message>
    <message>
        <source>Waiting for the buyer to pay %1. Your %2 %3 is in escrow.</source>
        <translation>Đang chờ người mua thanh toán %1. %2 %3 của bạn đang được ký quỹ.</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s payment.</source>
        <translation>Đang chờ người mua thanh toán.</translation>
    </message>
    <message>
        <source>The buyer says %1 has been sent. Check that it reached your account, then release the coins.</source>
        <translation>Người mua cho biết đã gửi %1. Hãy kiểm tra tiền đã vào tài khoản của bạn, rồi giải phóng coin.</translation>
    </message>
    <message>
        <source>Waiting for the seller to release. If they do not, you can appeal when the timer ends.</source>
        <translation>Đang chờ người bán giải phóng. Nếu người bán không giải phóng, bạn có thể khiếu nại khi hết giờ.</translation>
    </message>
    <message>
        <source>The seller has not released yet. You can appeal to support now.</source>
        <translation>Người bán vẫn chưa giải phóng. Bây giờ bạn có thể khiếu nại lên bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>The buyer marked the trade paid.</source>
        <translation>Người mua đã đánh dấu giao dịch là đã thanh toán.</translation>
    </message>
    <message>
        <source>Read both sides and the proofs, then release the coins to the buyer or refund the seller.</source>
        <translation>Hãy đọc ý kiến của cả hai bên và các bằng chứng, rồi giải phóng coin cho người mua hoặc hoàn tiền cho người bán.</translation>
    </message>
    <message>
        <source>Support is looking at this trade. Add anything that helps in the chat; the escrow stays locked until they decide.</source>
        <translation>Bộ phận hỗ trợ đang xem xét giao dịch này. Hãy bổ sung mọi thông tin hữu ích trong cuộc trò chuyện; khoản ký quỹ vẫn bị khóa cho đến khi có quyết định.</translation>
    </message>
    <message>
        <source>%1 %2 reached your wallet (less the 0.1% P2P fee).</source>
        <translation>%1 %2 đã vào ví của bạn (đã trừ phí P2P 0.1%).</translation>
    </message>
    <message>
        <source>The coins were released to the buyer.</source>
        <translation>Coin đã được giải phóng cho người mua.</translation>
    </message>
    <message>
        <source>Nobody paid in time; the escrow went back to the seller.</source>
        <translation>Không ai thanh toán kịp thời hạn; khoản ký quỹ đã được trả lại cho người bán.</translation>
    </message>
    <message>
        <source>Support refunded the escrow to the seller.</source>
        <translation>Bộ phận hỗ trợ đã hoàn khoản ký quỹ cho người bán.</translation>
    </message>
    <message>
        <source>The trade was cancelled; the escrow went back to the seller.</source>
        <translation>Giao dịch đã bị hủy; khoản ký quỹ đã được trả lại cho người bán.</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>Tôi đã thanh toán</translation>
    </message>
    <message>
        <source>Release %1 %2</source>
        <translation>Giải phóng %1 %2</translation>
    </message>
    <message>
        <source>Release the coins?</source>
        <translation>Giải phóng coin?</translation>
    </message>
    <message>
        <source>Release only after %1 %2 has arrived in your account. Releasing cannot be undone.</source>
        <translation>Chỉ giải phóng sau khi %1 %2 đã vào tài khoản của bạn. Không thể hoàn tác việc giải phóng.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Giải phóng</translation>
    </message>
    <message>
        <source>Appeal to support</source>
        <translation>Khiếu nại lên bộ phận hỗ trợ</translation>
    </message>
    <message>
        <source>Appeal possible in %1</source>
        <translation>Có thể khiếu nại sau %1</translation>
    </message>
    <message>
        <source>Cancel trade</source>
        <translation>Hủy giao dịch</translation>
    </message>
    <message>
        <source>Cancel this trade?</source>
        <translation>Hủy giao dịch này?</translation>
    </message>
    <message>
        <source>You marked it paid. Cancel only if you have not sent the money or got it back.</source>
        <translation>Bạn đã đánh dấu là đã thanh toán. Chỉ hủy nếu bạn chưa gửi tiền hoặc đã nhận lại tiền.</translation>
    </message>
    <message>
        <source>Do not cancel if you have already paid.</source>
        <translation>Đừng hủy nếu bạn đã thanh toán.</translation>
    </message>
    <message>
        <source>Release to buyer</source>
        <translation>Giải phóng cho người mua</translation>
    </message>
    <message>
        <source>Refund seller</source>
        <translation>Hoàn tiền cho người bán</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Tổng cần thanh toán</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Người bán</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <source>The buyer pays you to</source>
        <translation>Người mua trả tiền cho bạn qua</translation>
    </message>
    <message>
        <source>Pay the seller to</source>
        <translation>Thanh toán cho người bán qua</translation>
    </message>
    <message>
        <source>The seller&apos;s payment details</source>
        <translation>Thông tin thanh toán của người bán</translation>
    </message>
    <message>
        <source>Pay from an account in your own name. Do not write crypto words in the payment reference.</source>
        <translation>Hãy thanh toán từ tài khoản đứng tên bạn. Không ghi các từ liên quan đến tiền mã hóa trong nội dung chuyển khoản.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Bằng chứng thanh toán</translation>
    </message>
    <message>
        <source>The files are in the trade chat, where they can be opened.</source>
        <translation>Các tệp nằm trong cuộc trò chuyện giao dịch, bạn có thể mở chúng ở đó.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Tích cực</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Tiêu cực</translation>
    </message>
    <message>
        <source>A few words for other traders (optional)</source>
        <translation>Vài lời cho các nhà giao dịch khác (không bắt buộc)</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>Gửi đánh giá</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>tích cực</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>tiêu cực</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Confirm you have paid</source>
        <translation>Xác nhận bạn đã thanh toán</translation>
    </message>
    <message>
        <source>Only confirm after %1 %2 has left your account. Marking a trade paid without paying can get your account restricted.</source>
        <translation>Chỉ xác nhận sau khi %1 %2 đã rời khỏi tài khoản của bạn. Đánh dấu đã thanh toán khi chưa trả tiền có thể khiến tài khoản của bạn bị hạn chế.</translation>
    </message>
    <message>
        <source>Note for the seller (optional)</source>
        <translation>Ghi chú cho người bán (không bắt buộc)</translation>
    </message>
    <message>
        <source>Attach proof…</source>
        <translation>Đính kèm bằng chứng…</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Không có tệp</translation>
    </message>
    <message>
        <source>Uploading the proof…</source>
        <translation>Đang tải bằng chứng lên…</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Hình ảnh và PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Tell support what went wrong. They join the trade chat and decide who gets the escrow.</source>
        <translation>Hãy cho bộ phận hỗ trợ biết vấn đề đã xảy ra. Họ sẽ tham gia cuộc trò chuyện giao dịch và quyết định ai nhận khoản ký quỹ.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Release to the buyer</source>
        <translation>Giải phóng cho người mua</translation>
    </message>
    <message>
        <source>Refund the seller</source>
        <translation>Hoàn tiền cho người bán</translation>
    </message>
    <message>
        <source>The escrow goes to the buyer (less the P2P fee). Both parties see your reason.</source>
        <translation>Khoản ký quỹ được chuyển cho người mua (đã trừ phí P2P). Cả hai bên đều thấy lý do của bạn.</translation>
    </message>
    <message>
        <source>The escrow goes back to the seller. Both parties see your reason.</source>
        <translation>Khoản ký quỹ được trả lại cho người bán. Cả hai bên đều thấy lý do của bạn.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>The buyer has not marked this trade paid yet. </source>
        <translation>Người mua chưa đánh dấu giao dịch này là đã thanh toán. </translation>
    </message>
</context>
<context>
    <name>P2pTradesList</name>
    <message>
        <source>Buy</source>
        <translation>Mua</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Bán</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 với giá %3 %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>cho %1</translation>
    </message>
    <message>
        <source>No trades yet. Take an ad in the Market tab to start one.</source>
        <translation>Chưa có giao dịch nào. Hãy nhận một quảng cáo ở thẻ Thị trường để bắt đầu.</translation>
    </message>
</context>
<context>
    <name>P2pWords</name>
    <message>
        <source>Waiting for payment</source>
        <translation>Đang chờ thanh toán</translation>
    </message>
    <message>
        <source>Paid, waiting for release</source>
        <translation>Đã thanh toán, chờ giải phóng</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>Đang khiếu nại</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Completed by support</source>
        <translation>Bộ phận hỗ trợ đã hoàn tất</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Refunded by support</source>
        <translation>Bộ phận hỗ trợ đã hoàn tiền</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản ngân hàng</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Ví điện tử</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>1 trade</source>
        <translation>1 giao dịch</translation>
    </message>
    <message>
        <source>%1 trades</source>
        <translation>%1 giao dịch</translation>
    </message>
    <message>
        <source>%1 · %2% completion</source>
        <translation>%1 · hoàn thành %2%</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative</source>
        <translation>%1 tích cực, %2 tiêu cực</translation>
    </message>
    <message>
        <source>releases in ~%1 min</source>
        <translation>giải phóng trong ~%1 phút</translation>
    </message>
    <message>
        <source>Trade opened, coins in escrow</source>
        <translation>Giao dịch đã mở, coin đang được ký quỹ</translation>
    </message>
    <message>
        <source>Buyer marked the payment sent</source>
        <translation>Người mua đã đánh dấu đã gửi tiền</translation>
    </message>
    <message>
        <source>Seller released the coins</source>
        <translation>Người bán đã giải phóng coin</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>Người mua đã hủy</translation>
    </message>
    <message>
        <source>Payment window ended; escrow returned</source>
        <translation>Hết thời hạn thanh toán; đã trả lại ký quỹ</translation>
    </message>
    <message>
        <source>Appeal opened</source>
        <translation>Đã mở khiếu nại</translation>
    </message>
    <message>
        <source>Support released the coins to the buyer</source>
        <translation>Bộ phận hỗ trợ đã giải phóng coin cho người mua</translation>
    </message>
    <message>
        <source>Support refunded the seller</source>
        <translation>Bộ phận hỗ trợ đã hoàn tiền cho người bán</translation>
    </message>
    <message>
        <source>Feedback left</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Chủ tài khoản</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>Account number or IBAN</source>
        <translation>Số tài khoản hoặc IBAN</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Chủ thẻ</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Account or phone</source>
        <translation>Tài khoản hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>PartnerDashboardView</name>
    <message>
        <source>Export the dashboard</source>
        <translation>Xuất bảng tổng quan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The series were saved.</source>
        <translation>Đã lưu dữ liệu chuỗi thời gian.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Không thể ghi tệp.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 ngày</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 ngày</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Đang lưu hành</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Dự trữ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Cần có</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ bảo chứng</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Người nắm giữ</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Đã cộng</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>Đã đốt</translation>
    </message>
    <message>
        <source>Fees paid by users</source>
        <translation>Phí người dùng đã trả</translation>
    </message>
    <message>
        <source>Swapped for coin</source>
        <translation>Đổi sang coin</translation>
    </message>
    <message>
        <source>%1 swaps · %2 %3 → %4 %5</source>
        <translation>%1 lần hoán đổi · %2 %3 → %4 %5</translation>
    </message>
    <message>
        <source>Bought with coin</source>
        <translation>Mua bằng coin</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <source>Outstanding (%1)</source>
        <translation>Đang lưu hành (%1)</translation>
    </message>
    <message>
        <source>Reserve (%1)</source>
        <translation>Dự trữ (%1)</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Doanh số</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Daily sales (%1)</source>
        <translation>Doanh số theo ngày (%1)</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Chưa có gì để hiển thị.</translation>
    </message>
</context>
<context>
    <name>PartnerOrdersView</name>
    <message>
        <source>Every order</source>
        <translation>Tất cả đơn hàng</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>Chờ gửi hàng</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Đã gửi hàng</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Đang khiếu nại</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <source>Marked as shipped; the buyer sees the tracking.</source>
        <translation>Đã đánh dấu là đã gửi hàng; người mua sẽ thấy mã vận đơn.</translation>
    </message>
    <message>
        <source>Refunded: the buyer has the total back.</source>
        <translation>Đã hoàn tiền: người mua đã nhận lại toàn bộ số tiền.</translation>
    </message>
    <message>
        <source>Ship the order</source>
        <translation>Gửi đơn hàng</translation>
    </message>
    <message>
        <source>The buyer sees this reference to follow the parcel.</source>
        <translation>Người mua dùng mã này để theo dõi kiện hàng.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>Đánh dấu đã gửi hàng</translation>
    </message>
    <message>
        <source>Refund the order</source>
        <translation>Hoàn tiền đơn hàng</translation>
    </message>
    <message>
        <source>The buyer gets the total back from your organisation&apos;s balance.</source>
        <translation>Người mua được hoàn toàn bộ số tiền từ số dư của tổ chức bạn.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>Gửi hàng…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Hoàn tiền…</translation>
    </message>
    <message>
        <source>No orders here.</source>
        <translation>Không có đơn hàng nào ở đây.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Partner console</source>
        <translation>Bảng điều khiển đối tác</translation>
    </message>
    <message>
        <source>Issue loyalty points backed by a reserve, and sell in the market.</source>
        <translation>Phát hành điểm thưởng được bảo chứng bằng dự trữ và bán hàng trên Chợ.</translation>
    </message>
    <message>
        <source>Your points, their reserves and terms, your products and orders.</source>
        <translation>Điểm của bạn, dự trữ và điều khoản của chúng, sản phẩm và đơn hàng của bạn.</translation>
    </message>
    <message>
        <source>You can watch this organisation&apos;s points and orders; its owner and admins make changes.</source>
        <translation>Bạn có thể xem điểm và đơn hàng của tổ chức này; chủ sở hữu và quản trị viên của tổ chức mới được thay đổi.</translation>
    </message>
    <message>
        <source>Create your business on the Merchant page and have it verified; then you can issue points here.</source>
        <translation>Hãy tạo doanh nghiệp của bạn ở trang Bán hàng và xác minh doanh nghiệp; sau đó bạn có thể phát hành điểm tại đây.</translation>
    </message>
</context>
<context>
    <name>PartnerPointsView</name>
    <message>
        <source>The point is paused. Only a platform admin can resume it.</source>
        <translation>Điểm đã bị tạm dừng. Chỉ quản trị viên nền tảng mới có thể cho hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Points are credited only while the reserve covers what is outstanding at the policy&apos;s rate and coverage.</source>
        <translation>Chỉ có thể cộng điểm khi dự trữ đủ bảo chứng cho lượng điểm đang lưu hành theo tỷ giá và tỷ lệ bảo chứng của chính sách.</translation>
    </message>
    <message>
        <source>Create point</source>
        <translation>Tạo điểm</translation>
    </message>
    <message>
        <source>backed by %1</source>
        <translation>bảo chứng bằng %1</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>%1 người nắm giữ</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Đang lưu hành</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Dự trữ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Cần có</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ bảo chứng</translation>
    </message>
    <message>
        <source>nothing outstanding</source>
        <translation>không có điểm lưu hành</translation>
    </message>
    <message>
        <source>Top up reserve</source>
        <translation>Nạp thêm dự trữ</translation>
    </message>
    <message>
        <source>Withdraw reserve</source>
        <translation>Rút dự trữ</translation>
    </message>
    <message>
        <source>Credit a user</source>
        <translation>Cộng điểm cho người dùng</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Đốt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>No points yet. Create one, then propose its policy.</source>
        <translation>Chưa có điểm nào. Hãy tạo một điểm rồi đề xuất chính sách cho nó.</translation>
    </message>
</context>
<context>
    <name>PartnerPoliciesView</name>
    <message>
        <source>In force now.</source>
        <translation>Đang có hiệu lực.</translation>
    </message>
    <message>
        <source>No policy yet: the point cannot be swapped until one is approved.</source>
        <translation>Chưa có chính sách: điểm chưa thể hoán đổi cho đến khi có chính sách được phê duyệt.</translation>
    </message>
    <message>
        <source>Propose a policy</source>
        <translation>Đề xuất chính sách</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>A platform admin who did not propose it approves or rejects each one.</source>
        <translation>Mỗi đề xuất do một quản trị viên nền tảng không phải người đề xuất phê duyệt hoặc từ chối.</translation>
    </message>
    <message>
        <source>%1; spread %2 %, fee %3 %, coverage %4 %; by %5</source>
        <translation>%1; chênh lệch %2 %, phí %3 %, bảo chứng %4 %; bởi %5</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>Chưa có đề xuất nào.</translation>
    </message>
</context>
<context>
    <name>PartnerProductsView</name>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Sold for AZC or your points. Vouchers deliver one code per item at once; shipped goods wait for your tracking.</source>
        <translation>Bán bằng AZC hoặc điểm của bạn. Voucher giao ngay một mã cho mỗi sản phẩm; hàng giao tận nơi chờ bạn nhập mã vận đơn.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Sản phẩm mới</translation>
    </message>
    <message>
        <source>%1 codes left</source>
        <translation>Còn %1 mã</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>Còn %1 trong kho</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>Đã bán %1</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Đã ẩn</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Chưa có sản phẩm nào.</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Changing it signs out your other devices.</source>
        <translation>Đổi mật khẩu sẽ đăng xuất các thiết bị khác của bạn.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>At least 10 characters; not a common password and not your username.</source>
        <translation>Ít nhất 10 ký tự; không phải mật khẩu phổ biến và không chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation>Xác nhận thanh toán</translation>
    </message>
    <message>
        <source>Pay a merchant</source>
        <translation>Thanh toán cho người bán</translation>
    </message>
    <message>
        <source>Open a picture of the payment code</source>
        <translation>Mở ảnh mã thanh toán</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>Mã thanh toán</translation>
    </message>
    <message>
        <source>Paste it, scan it with a barcode scanner, or open a picture of the QR code.</source>
        <translation>Dán mã, quét bằng máy quét mã vạch hoặc mở ảnh mã QR.</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>Mở ảnh…</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>Từ bộ nhớ tạm</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Verified business</source>
        <translation>Doanh nghiệp đã xác minh</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>None — the merchant pays it</source>
        <translation>Không có — người bán chịu phí</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Số tiền bằng %1</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Mã từ ứng dụng xác thực</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Thanh toán %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>PointActionDialog</name>
    <message>
        <source>The reserve was topped up with %1 %2.</source>
        <translation>Đã nạp thêm %1 %2 vào dự trữ.</translation>
    </message>
    <message>
        <source>%1 %2 went back to the organisation&apos;s balance.</source>
        <translation>%1 %2 đã được chuyển về số dư của tổ chức.</translation>
    </message>
    <message>
        <source>%1 %2 credited to %3.</source>
        <translation>Đã cộng %1 %2 cho %3.</translation>
    </message>
    <message>
        <source>%1 %2 burned.</source>
        <translation>Đã đốt %1 %2.</translation>
    </message>
    <message>
        <source>Top up the reserve of %1</source>
        <translation>Nạp thêm dự trữ cho %1</translation>
    </message>
    <message>
        <source>Withdraw from the reserve of %1</source>
        <translation>Rút từ dự trữ của %1</translation>
    </message>
    <message>
        <source>Credit %1 to a user</source>
        <translation>Cộng %1 cho người dùng</translation>
    </message>
    <message>
        <source>Burn %1</source>
        <translation>Đốt %1</translation>
    </message>
    <message>
        <source>Reserve now %1 %2; required %3 %2.</source>
        <translation>Dự trữ hiện tại %1 %2; cần có %3 %2.</translation>
    </message>
    <message>
        <source>Only what is above the required %1 %2 can leave the reserve.</source>
        <translation>Chỉ phần vượt quá mức cần có %1 %2 mới có thể rút khỏi dự trữ.</translation>
    </message>
    <message>
        <source>New points are issued to the user; the reserve must cover them afterwards.</source>
        <translation>Điểm mới được phát hành cho người dùng; sau đó dự trữ phải đủ bảo chứng cho chúng.</translation>
    </message>
    <message>
        <source>Points the organisation holds (from market sales) are retired for good.</source>
        <translation>Số điểm tổ chức đang giữ (từ doanh thu trên Chợ) sẽ bị loại bỏ vĩnh viễn.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>@username</source>
        <translation>@tên_đăng_nhập</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Số lượng (%1)</translation>
    </message>
    <message>
        <source>Reference (optional, the user sees it)</source>
        <translation>Mã tham chiếu (không bắt buộc, người dùng sẽ thấy)</translation>
    </message>
    <message>
        <source>Pay from my own wallet instead of the organisation&apos;s balance</source>
        <translation>Trả từ ví của tôi thay vì số dư của tổ chức</translation>
    </message>
    <message>
        <source>Move %1 %2 from %3 into the reserve?</source>
        <translation>Chuyển %1 %2 từ %3 vào dự trữ?</translation>
    </message>
    <message>
        <source>Move %1 %2 from the reserve to the organisation&apos;s balance?</source>
        <translation>Chuyển %1 %2 từ dự trữ về số dư của tổ chức?</translation>
    </message>
    <message>
        <source>Issue %1 %2 to %3?</source>
        <translation>Phát hành %1 %2 cho %3?</translation>
    </message>
    <message>
        <source>Burn %1 %2?</source>
        <translation>Đốt %1 %2?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>PointView</name>
    <message>
        <source>%1 · %2 · backed by %3</source>
        <translation>%1 · %2 · bảo chứng bằng %3</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Số dư của bạn</translation>
    </message>
    <message>
        <source>This point is paused: nothing can be swapped until the platform resumes it. Your balance is kept.</source>
        <translation>Điểm này đang tạm dừng: không thể hoán đổi cho đến khi nền tảng cho hoạt động trở lại. Số dư của bạn vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>The partner has no approved policy for this point yet.</source>
        <translation>Đối tác chưa có chính sách được phê duyệt cho điểm này.</translation>
    </message>
    <message>
        <source>Reserve now: %1 %2 for %3 %4 outstanding (%5 % covered).</source>
        <translation>Dự trữ hiện tại: %1 %2 cho %3 %4 đang lưu hành (bảo chứng %5 %).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>Hoán đổi</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Ví</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <source>No swaps of this point yet.</source>
        <translation>Chưa có lần hoán đổi nào cho điểm này.</translation>
    </message>
    <message>
        <source>Nothing has moved in this point yet.</source>
        <translation>Chưa có biến động nào với điểm này.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Loyalty points of our partners, backed by reserves: swap them for coin and back at the partner&apos;s terms.</source>
        <translation>Điểm thưởng của các đối tác, được bảo chứng bằng dự trữ: đổi sang coin và ngược lại theo điều khoản của đối tác.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Điểm của tôi</translation>
    </message>
    <message>
        <source>Requests from partners (%1)</source>
        <translation>Yêu cầu từ đối tác (%1)</translation>
    </message>
    <message>
        <source>Requests from partners</source>
        <translation>Yêu cầu từ đối tác</translation>
    </message>
    <message>
        <source>Swap history</source>
        <translation>Lịch sử hoán đổi</translation>
    </message>
    <message>
        <source>No partner offers points yet.</source>
        <translation>Chưa có đối tác nào cung cấp điểm.</translation>
    </message>
    <message>
        <source>Every swap</source>
        <translation>Tất cả lần hoán đổi</translation>
    </message>
    <message>
        <source>Made in the app or at a partner&apos;s request, newest first.</source>
        <translation>Thực hiện trong ứng dụng hoặc theo yêu cầu của đối tác, mới nhất trước.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <source>You have not swapped any points yet.</source>
        <translation>Bạn chưa hoán đổi điểm nào.</translation>
    </message>
</context>
<context>
    <name>PolicyFormDialog</name>
    <message>
        <source>Proposed. A platform admin approves it; until then the current policy stays in force.</source>
        <translation>Đã đề xuất. Quản trị viên nền tảng sẽ phê duyệt; trước đó chính sách hiện tại vẫn có hiệu lực.</translation>
    </message>
    <message>
        <source>Propose a policy for %1</source>
        <translation>Đề xuất chính sách cho %1</translation>
    </message>
    <message>
        <source>Follow the market&apos;s last price instead of a fixed rate</source>
        <translation>Theo giá thị trường gần nhất thay vì tỷ giá cố định</translation>
    </message>
    <message>
        <source>Rate: %1 per whole %2</source>
        <translation>Tỷ giá: số %1 cho mỗi một %2</translation>
    </message>
    <message>
        <source>Spread (%)</source>
        <translation>Chênh lệch (%)</translation>
    </message>
    <message>
        <source>Fee (%)</source>
        <translation>Phí (%)</translation>
    </message>
    <message>
        <source>Reserve coverage (%; 100 = fully backed)</source>
        <translation>Tỷ lệ bảo chứng dự trữ (%; 100 = bảo chứng toàn phần)</translation>
    </message>
    <message>
        <source>Smallest swap (%1)</source>
        <translation>Hoán đổi nhỏ nhất (%1)</translation>
    </message>
    <message>
        <source>Largest swap (0: none)</source>
        <translation>Hoán đổi lớn nhất (0: không giới hạn)</translation>
    </message>
    <message>
        <source>Per user a day (0: none)</source>
        <translation>Mỗi người dùng mỗi ngày (0: không giới hạn)</translation>
    </message>
    <message>
        <source>Everyone a day (0: none)</source>
        <translation>Tổng mọi người mỗi ngày (0: không giới hạn)</translation>
    </message>
    <message>
        <source>Users may swap points for the coin</source>
        <translation>Người dùng được đổi điểm sang coin</translation>
    </message>
    <message>
        <source>Users may buy points with the coin</source>
        <translation>Người dùng được mua điểm bằng coin</translation>
    </message>
    <message>
        <source>Caps count points and reset at midnight UTC. The spread is taken from users both ways; the fee goes to the platform.</source>
        <translation>Hạn mức tính theo điểm và được đặt lại lúc nửa đêm UTC. Chênh lệch bị trừ của người dùng ở cả hai chiều; phí được trả cho nền tảng.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Đề xuất</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Thank you</source>
        <translation>Cảm ơn bạn</translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>Người bán: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Địa chỉ giao hàng</translation>
    </message>
    <message>
        <source>Name, street, city, postcode, country</source>
        <translation>Tên, đường, thành phố, mã bưu chính, quốc gia</translation>
    </message>
    <message>
        <source>%1 of 300 characters</source>
        <translation>%1/300 ký tự</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Giao đến</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Paid %1 %2. Your code:</source>
        <translation>Đã thanh toán %1 %2. Mã của bạn:</translation>
    </message>
    <message>
        <source>Paid %1 %2. The partner will ship it; you will find the tracking under My orders.</source>
        <translation>Đã thanh toán %1 %2. Đối tác sẽ gửi hàng; bạn sẽ thấy mã vận đơn trong mục Đơn hàng của tôi.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation>Đã sao chép mã.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Mua</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Hết hàng</translation>
    </message>
    <message>
        <source>Pay again</source>
        <translation>Thanh toán lại</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>Thanh toán %1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>“%1” saved.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Thêm hình ảnh</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Sửa sản phẩm</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Sản phẩm mới</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Pictures (%1 of 6)</source>
        <translation>Hình ảnh (%1/6)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Đang tải lên…</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>Thêm hình ảnh</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Shipped to the buyer</source>
        <translation>Giao đến người mua</translation>
    </message>
    <message>
        <source>Voucher codes, delivered at once</source>
        <translation>Mã voucher, giao ngay</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Voucher codes to add, one per line (%1 not sold yet)</source>
        <translation>Mã voucher cần thêm, mỗi dòng một mã (còn %1 mã chưa bán)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <source>Shipped</source>
        <translation>Giao tận nơi</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Hết hàng</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>How you appear to others and how we reach you.</source>
        <translation>Cách người khác thấy bạn và cách chúng tôi liên lạc với bạn.</translation>
    </message>
    <message>
        <source>Verified · level %1</source>
        <translation>Đã xác minh · cấp %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile &amp; security</source>
        <translation>Hồ sơ &amp; bảo mật</translation>
    </message>
    <message>
        <source>Your details, how you sign in, and where you are signed in.</source>
        <translation>Thông tin của bạn, cách đăng nhập và những nơi bạn đang đăng nhập.</translation>
    </message>
</context>
<context>
    <name>ProgramConsentDialog</name>
    <message>
        <source>Allow %1?</source>
        <translation>Cho phép %1?</translation>
    </message>
    <message>
        <source>%1 wants to see your name and username. It gets an id for you that only it knows — never your account number, balances or chats.</source>
        <translation>%1 muốn xem tên và tên đăng nhập của bạn. Chương trình chỉ nhận một mã định danh riêng cho bạn mà chỉ nó biết — không bao giờ nhận số tài khoản, số dư hay cuộc trò chuyện của bạn.</translation>
    </message>
    <message>
        <source>%1 wants to: %2.</source>
        <translation>%1 xin quyền: %2.</translation>
    </message>
    <message>
        <source>Don&apos;t allow</source>
        <translation>Không cho phép</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Cho phép</translation>
    </message>
</context>
<context>
    <name>ProgramPaymentDialog</name>
    <message>
        <source>Confirm the payment</source>
        <translation>Xác nhận thanh toán</translation>
    </message>
    <message>
        <source>%1 asks you to pay. This window is AZCoiner&apos;s, not the program&apos;s.</source>
        <translation>%1 yêu cầu bạn thanh toán. Cửa sổ này là của AZCoiner, không phải của chương trình.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Verified business</source>
        <translation>Doanh nghiệp đã xác minh</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>%1 %2 — the merchant pays AZPay&apos;s fee</source>
        <translation>%1 %2 — người bán chịu phí AZPay</translation>
    </message>
    <message>
        <source>Today&apos;s limit</source>
        <translation>Hạn mức hôm nay</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used</source>
        <translation>Đã dùng %1/%2 %3</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Mã từ ứng dụng xác thực</translation>
    </message>
    <message>
        <source>Needed above your two-factor threshold.</source>
        <translation>Cần khi vượt ngưỡng xác thực hai lớp của bạn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Đang thanh toán…</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>Thanh toán %1 %2</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <source>%1 — settings</source>
        <translation>%1 — thiết lập</translation>
    </message>
    <message>
        <source>What it may use</source>
        <translation>Quyền được cấp</translation>
    </message>
    <message>
        <source>See my name and username</source>
        <translation>Xem tên và tên đăng nhập của tôi</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Daily spending limit</source>
        <translation>Hạn mức chi tiêu hằng ngày</translation>
    </message>
    <message>
        <source>The most this program can charge you per day (UTC). 0 blocks payments to it.</source>
        <translation>Số tiền tối đa chương trình này được thu của bạn mỗi ngày (theo UTC). Đặt 0 để chặn mọi khoản thanh toán cho chương trình.</translation>
    </message>
    <message>
        <source>%1 per day (%2 used today)</source>
        <translation>%1 mỗi ngày (hôm nay đã dùng %2)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Các khoản thanh toán</translation>
    </message>
    <message>
        <source>Nothing paid to this program yet.</source>
        <translation>Chưa có khoản thanh toán nào cho chương trình này.</translation>
    </message>
</context>
<context>
    <name>ProgramShareDialog</name>
    <message>
        <source>Share to a chat</source>
        <translation>Chia sẻ vào cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProgramTile</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation>Chọn ảnh có mã QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Paid %1 %2 to %3</source>
        <translation>Đã thanh toán %1 %2 cho %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Mini program · version %1 · reviewed by AZCoiner</source>
        <translation>Chương trình mini · phiên bản %1 · đã được AZCoiner xét duyệt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) blocked</source>
        <translation>
            <numerusform>Đã chặn %n yêu cầu</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Closed by AZCoiner</source>
        <translation>Đã bị AZCoiner đóng</translation>
    </message>
    <message>
        <source>This program was not started</source>
        <translation>Chương trình này không được khởi chạy</translation>
    </message>
    <message>
        <source>Back to mini programs</source>
        <translation>Quay lại chương trình mini</translation>
    </message>
</context>
<context>
    <name>ProgramWords</name>
    <message>
        <source>Shopping</source>
        <translation>Mua sắm</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Xã hội</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Tài chính</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Trò chơi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Your name and username</source>
        <translation>Tên và tên đăng nhập của bạn</translation>
    </message>
    <message>
        <source>Ask you to pay</source>
        <translation>Yêu cầu bạn thanh toán</translation>
    </message>
    <message>
        <source>Share into your chats (you pick the chat)</source>
        <translation>Chia sẻ vào cuộc trò chuyện (bạn tự chọn cuộc trò chuyện)</translation>
    </message>
    <message>
        <source>Read a QR code from a picture you choose</source>
        <translation>Đọc mã QR từ ảnh bạn chọn</translation>
    </message>
    <message>
        <source>Keep a little data for you</source>
        <translation>Lưu một ít dữ liệu cho bạn</translation>
    </message>
    <message>
        <source>Use your camera</source>
        <translation>Dùng camera của bạn</translation>
    </message>
    <message>
        <source>Use your microphone</source>
        <translation>Dùng micrô của bạn</translation>
    </message>
    <message>
        <source>Know your location</source>
        <translation>Biết vị trí của bạn</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Hiển thị thông báo</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Chờ xét duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Đang phát hành</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Bị tạm ngưng</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Chưa phát hành</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Your vote (%1, %2 %3) is recorded. You can change it until voting ends.</source>
        <translation>Đã ghi nhận phiếu của bạn (%1, %2 %3). Bạn có thể thay đổi cho đến khi kết thúc bỏ phiếu.</translation>
    </message>
    <message>
        <source>‹ Proposals</source>
        <translation>‹ Đề xuất</translation>
    </message>
    <message>
        <source>Proposed by @%1 on %2 · %3</source>
        <translation>Đề xuất bởi @%1 lúc %2 · %3</translation>
    </message>
    <message>
        <source>If it passes</source>
        <translation>Nếu được thông qua</translation>
    </message>
    <message>
        <source>It could not run: %1. Nothing was moved.</source>
        <translation>Không thể thực thi: %1. Không có khoản tiền nào bị chuyển.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Voting power is AZC staked at the snapshot (%1): %2 %3 in all. Passing needs votes from %4 % of it and more than %5 % of for and against.</source>
        <translation>Quyền biểu quyết là số AZC đã stake tại thời điểm chụp (%1): tổng cộng %2 %3. Để được thông qua, cần số phiếu đạt %4 % tổng số đó và phiếu Đồng ý chiếm hơn %5 % tổng phiếu Đồng ý và Phản đối.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Phiếu của bạn</translation>
    </message>
    <message>
        <source>Your voting power: %1 %2 (your stake when voting opened).</source>
        <translation>Quyền biểu quyết của bạn: %1 %2 (số bạn đã stake khi cuộc bỏ phiếu bắt đầu).</translation>
    </message>
    <message>
        <source>You had no AZC staked when voting opened, so you cannot vote on this one. Stake in Earn to vote on the next.</source>
        <translation>Bạn không stake AZC nào khi cuộc bỏ phiếu bắt đầu, nên không thể bỏ phiếu cho đề xuất này. Hãy stake trong mục Sinh lời để bỏ phiếu cho đề xuất tiếp theo.</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>Kiểm chứng kết quả</translation>
    </message>
    <message>
        <source>Every vote is published in a Merkle tree with root %1. This app rebuilds it from the published votes and finds yours, on this computer.</source>
        <translation>Mọi phiếu bầu được công bố trong một cây Merkle có gốc %1. Ứng dụng này dựng lại cây từ các phiếu đã công bố và tìm phiếu của bạn, ngay trên máy tính này.</translation>
    </message>
    <message>
        <source>Verify my vote</source>
        <translation>Kiểm chứng phiếu của tôi</translation>
    </message>
    <message>
        <source>Recorded on chain in transaction %1.</source>
        <translation>Đã ghi lên chuỗi trong giao dịch %1.</translation>
    </message>
    <message>
        <source>Being recorded on chain (transaction %1).</source>
        <translation>Đang ghi lên chuỗi (giao dịch %1).</translation>
    </message>
    <message>
        <source>Recording on chain failed (transaction %1).</source>
        <translation>Ghi lên chuỗi thất bại (giao dịch %1).</translation>
    </message>
    <message>
        <source>Waiting to be recorded on chain.</source>
        <translation>Đang chờ ghi lên chuỗi.</translation>
    </message>
    <message>
        <source>The chain holds this same root and result (recorded by %1 in contract %2).</source>
        <translation>Chuỗi lưu đúng gốc và kết quả này (do %1 ghi trong hợp đồng %2).</translation>
    </message>
    <message>
        <source>The chain holds a different result!</source>
        <translation>Chuỗi lưu một kết quả khác!</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>Rút lại đề xuất của tôi</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Thảo luận</translation>
    </message>
</context>
<context>
    <name>ProposalsList</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Đã thực thi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>No proposal is open right now. Anyone with 100 AZC staked can write one.</source>
        <translation>Hiện không có đề xuất nào đang mở. Bất kỳ ai đã stake 100 AZC đều có thể tạo đề xuất.</translation>
    </message>
    <message>
        <source>No proposals here yet.</source>
        <translation>Chưa có đề xuất nào ở đây.</translation>
    </message>
    <message>
        <source>by @%1</source>
        <translation>bởi @%1</translation>
    </message>
    <message>
        <source>You voted: %1</source>
        <translation>Bạn đã bỏ phiếu: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Không tạo được thư mục dữ liệu %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Reason (shown to the user)</source>
        <translation>Lý do (hiển thị cho người dùng)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <translation>Biên lai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Balance adjustment by AZCoiner</source>
        <translation>Điều chỉnh số dư bởi AZCoiner</translation>
    </message>
    <message>
        <source>Sent to %1 (@%2)</source>
        <translation>Đã gửi cho %1 (@%2)</translation>
    </message>
    <message>
        <source>Received from %1 (@%2)</source>
        <translation>Đã nhận từ %1 (@%2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Tổng đã trả</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>Paid to %1</source>
        <translation>Đã thanh toán cho %1</translation>
    </message>
    <message>
        <source>Refunded by %1</source>
        <translation>%1 đã hoàn tiền</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Checking the chain against the ledger…</source>
        <translation>Đang đối chiếu chuỗi với sổ cái…</translation>
    </message>
    <message>
        <source>No blockchain network is set up yet.</source>
        <translation>Chưa có mạng blockchain nào được thiết lập.</translation>
    </message>
    <message>
        <source>Everything matches: the chain agrees with the ledger.</source>
        <translation>Mọi thứ khớp: chuỗi trùng khớp với sổ cái.</translation>
    </message>
    <message>
        <source>%1 of %2 lines differ.</source>
        <translation>%1 trên %2 dòng bị lệch.</translation>
    </message>
    <message>
        <source>Checked %1. Difference = on chain − (ledger + confirming + below minimum).</source>
        <translation>Kiểm tra lúc %1. Chênh lệch = trên chuỗi − (sổ cái + đang xác nhận + dưới tối thiểu).</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>On chain</source>
        <translation>Trên chuỗi</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>Trong sổ cái</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>Ví nóng</translation>
    </message>
    <message>
        <source>Deposit addresses</source>
        <translation>Địa chỉ nạp</translation>
    </message>
    <message>
        <source>Confirming %1 · below the minimum %2 · pending withdrawals %3</source>
        <translation>Đang xác nhận %1 · dưới tối thiểu %2 · rút đang chờ %3</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Chưa kiểm tra: %1</translation>
    </message>
    <message>
        <source>Differs by %1 %2</source>
        <translation>Lệch %1 %2</translation>
    </message>
    <message>
        <source>What users are owed against what is held on chain</source>
        <translation>Nợ người dùng so với tài sản giữ trên chuỗi</translation>
    </message>
    <message>
        <source>All on chain</source>
        <translation>Toàn bộ trên chuỗi</translation>
    </message>
    <message>
        <source>Partly elsewhere</source>
        <translation>Một phần ở nơi khác</translation>
    </message>
    <message>
        <source>Owed to users</source>
        <translation>Nợ người dùng</translation>
    </message>
    <message>
        <source>Held on chain</source>
        <translation>Giữ trên chuỗi</translation>
    </message>
    <message>
        <source>“Partly elsewhere”: part of what users hold did not come in over a chain (opening balances, adjustments, assets without a network) and is backed by the holdings on the Master wallet tab.</source>
        <translation>“Một phần ở nơi khác”: một phần tài sản của người dùng không đến qua chuỗi (số dư ban đầu, điều chỉnh, tài sản không có mạng) và được đảm bảo bởi tài sản ở thẻ Ví tổng.</translation>
    </message>
    <message>
        <source>Deposits not yet swept to the hot wallet</source>
        <translation>Khoản nạp chưa gom về ví nóng</translation>
    </message>
    <message>
        <source>Sweeping</source>
        <translation>Đang gom</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Every credited deposit has been swept.</source>
        <translation>Mọi khoản nạp đã ghi có đều đã được gom.</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Create your account</source>
        <translation>Tạo tài khoản của bạn</translation>
    </message>
    <message>
        <source>It takes a minute. You can verify your identity later.</source>
        <translation>Chỉ mất một phút. Bạn có thể xác minh danh tính sau.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>3–32 characters: a–z, 0–9, _ and dot.</source>
        <translation>3–32 ký tự: a–z, 0–9, _ và dấu chấm.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>Tên người khác sẽ thấy</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>At least 10 characters; not a common password and not your username.</source>
        <translation>Ít nhất 10 ký tự; không phải mật khẩu phổ biến và không chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (không bắt buộc)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>Đã có tài khoản?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>ResultsBar</name>
    <message>
        <source>For %1</source>
        <translation>Đồng ý %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Phản đối %1</translation>
    </message>
    <message>
        <source>Abstain %1</source>
        <translation>Không ý kiến %1</translation>
    </message>
    <message>
        <source>Quorum %1</source>
        <translation>Túc số %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>by %1 · %2 · live: %3</source>
        <translation>của %1 · %2 · bản đang phát hành: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Bị tạm ngưng</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>Yêu cầu quyền: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Mạng: %1</translation>
    </message>
    <message>
        <source>none (only its own files)</source>
        <translation>không có (chỉ tệp của chính nó)</translation>
    </message>
    <message>
        <source>Payments go to organisation %1 in %2</source>
        <translation>Thanh toán được chuyển cho tổ chức %1 bằng %2</translation>
    </message>
    <message>
        <source>Reason (needed to reject or suspend)</source>
        <translation>Lý do (bắt buộc khi từ chối hoặc tạm ngưng)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Roll back to this</source>
        <translation>Quay về bản này</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Commit more</source>
        <translation>Cam kết thêm</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit again</source>
        <translation>Cam kết lại</translation>
    </message>
    <message>
        <source>Commit %1 %2</source>
        <translation>Cam kết %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · listed for @%3</source>
        <translation>%1 · %2 · niêm yết cho @%3</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>%1 %2 per %3</source>
        <translation>%1 %2 mỗi %3</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Số lượng mở bán</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Đã cam kết</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Mở lúc</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Đóng lúc</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Mỗi người</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>Up to %1 %2</source>
        <translation>Tối đa %1 %2</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Đã bán</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>No identity verification needed.</source>
        <translation>Không cần xác minh danh tính.</translation>
    </message>
    <message>
        <source>Verification: %1 (you have it).</source>
        <translation>Xác minh: %1 (bạn đã đạt).</translation>
    </message>
    <message>
        <source>Verification: %1 (you do not have it yet).</source>
        <translation>Xác minh: %1 (bạn chưa đạt).</translation>
    </message>
    <message>
        <source>No staking needed.</source>
        <translation>Không cần staking.</translation>
    </message>
    <message>
        <source>At least %1 AZC staked (active stakes) when you commit.</source>
        <translation>Tối thiểu %1 AZC đã stake (khoản stake đang hoạt động) khi cam kết.</translation>
    </message>
    <message>
        <source>Stake AZC</source>
        <translation>Stake AZC</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lịch trả token</translation>
    </message>
    <message>
        <source>%1 % when the sale ends (%2)</source>
        <translation>%1 % khi đợt bán kết thúc (%2)</translation>
    </message>
    <message>
        <source>%1 % %2 after the end (%3)</source>
        <translation>%1 % sau khi kết thúc %2 (%3)</translation>
    </message>
    <message>
        <source>You committed %1 %2</source>
        <translation>Bạn đã cam kết %1 %2</translation>
    </message>
    <message>
        <source>held in your wallet until the sale ends</source>
        <translation>được tạm giữ trong ví của bạn đến khi đợt bán kết thúc</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Đã hoàn</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4</source>
        <translation>%1/%2 %3 · %4</translation>
    </message>
    <message>
        <source>Commit (%1)</source>
        <translation>Số tiền cam kết (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>Commit %1 %2 to this sale? It is held in your wallet until the sale ends. Then you pay for the tokens you are allocated, at %3 %2 per %4, and the rest comes back to you.</source>
        <translation>Cam kết %1 %2 cho đợt bán này? Số tiền được tạm giữ trong ví của bạn đến khi đợt bán kết thúc. Sau đó bạn trả tiền cho số token được phân bổ, với giá %3 %2 mỗi %4, phần còn lại sẽ được trả về cho bạn.</translation>
    </message>
    <message>
        <source>Committed. Your %1 %2 is held until the sale ends.</source>
        <translation>Đã cam kết. %1 %2 của bạn được tạm giữ đến khi đợt bán kết thúc.</translation>
    </message>
</context>
<context>
    <name>SaleListingForm</name>
    <message>
        <source>List a token sale</source>
        <translation>Niêm yết đợt bán token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>List again</source>
        <translation>Niêm yết lại</translation>
    </message>
    <message>
        <source>List the sale</source>
        <translation>Niêm yết đợt bán</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tên token</translation>
    </message>
    <message>
        <source>Decimals (new token)</source>
        <translation>Số chữ số thập phân (token mới)</translation>
    </message>
    <message>
        <source>Priced in</source>
        <translation>Định giá bằng</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>Giá mỗi token</translation>
    </message>
    <message>
        <source>Tokens on sale</source>
        <translation>Số token mở bán</translation>
    </message>
    <message>
        <source>Per-person cap (empty: none)</source>
        <translation>Hạn mức mỗi người (để trống: không giới hạn)</translation>
    </message>
    <message>
        <source>Verification level (0–3)</source>
        <translation>Cấp xác minh (0–3)</translation>
    </message>
    <message>
        <source>AZC staked at least</source>
        <translation>Số AZC đã stake tối thiểu</translation>
    </message>
    <message>
        <source>Opens (local time)</source>
        <translation>Mở lúc (giờ địa phương)</translation>
    </message>
    <message>
        <source>Closes (local time)</source>
        <translation>Đóng lúc (giờ địa phương)</translation>
    </message>
    <message>
        <source>Vesting (days:%)</source>
        <translation>Vesting (ngày:%)</translation>
    </message>
    <message>
        <source>Partner (username)</source>
        <translation>Đối tác (tên đăng nhập)</translation>
    </message>
    <message>
        <source>Platform share, %</source>
        <translation>Phần của nền tảng, %</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Confirm the transfer</source>
        <translation>Xác nhận chuyển tiền</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>Gửi tiền</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>username</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>Memo (optional, the recipient sees it)</source>
        <translation>Ghi chú (không bắt buộc, người nhận sẽ thấy)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Total you pay</source>
        <translation>Tổng bạn trả</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Left of your 24-hour limit</source>
        <translation>Còn lại trong hạn mức 24 giờ</translation>
    </message>
    <message>
        <source>Per transfer at most</source>
        <translation>Tối đa mỗi lần chuyển</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Mã từ ứng dụng xác thực</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need it.</source>
        <translation>Cần cho các lần chuyển trên %1 %2.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Send %1 %2</source>
        <translation>Gửi %1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>Signed-in devices</source>
        <translation>Thiết bị đang đăng nhập</translation>
    </message>
    <message>
        <source>Sign out any device you do not recognise.</source>
        <translation>Đăng xuất mọi thiết bị mà bạn không nhận ra.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>Đăng xuất tất cả thiết bị khác</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Thiết bị không tên</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Thiết bị này</translation>
    </message>
    <message>
        <source>Signed in %1 · last active %2</source>
        <translation>Đăng nhập %1 · hoạt động lần cuối %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>No sessions to show.</source>
        <translation>Không có phiên nào để hiển thị.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Chats</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Ví</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>P2P</translation>
    </message>
    <message>
        <source>Mini programs</source>
        <translation>Chương trình mini</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Quản trị cộng đồng</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Profile &amp; security</source>
        <translation>Hồ sơ &amp; bảo mật</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Ngân quỹ</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Sinh lời</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Partner console</source>
        <translation>Bảng điều khiển đối tác</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Welcome back</source>
        <translation>Chào mừng trở lại</translation>
    </message>
    <message>
        <source>Sign in to your AZCoiner account.</source>
        <translation>Đăng nhập vào tài khoản AZCoiner của bạn.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>ví dụ: alice</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Mã xác thực</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>Mã 6 chữ số hoặc mã khôi phục</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>New to AZCoiner?</source>
        <translation>Mới dùng AZCoiner?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Tạo tài khoản</translation>
    </message>
</context>
<context>
    <name>SplashPage</name>
    <message>
        <source>Restoring your session…</source>
        <translation>Đang khôi phục phiên của bạn…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Đang kết nối tới máy chủ…</translation>
    </message>
</context>
<context>
    <name>StakeDialog</name>
    <message>
        <source>Staked</source>
        <translation>Đã stake</translation>
    </message>
    <message>
        <source>Stake in %1</source>
        <translation>Stake vào %1</translation>
    </message>
    <message>
        <source>Confirm your stake</source>
        <translation>Xác nhận stake</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Số lượng (%1)</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Tối thiểu %1</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Earns %1 %2 a day</source>
        <translation>Sinh lời %1 %2 mỗi ngày</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Lợi suất</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Mỗi ngày</translation>
    </message>
    <message>
        <source>The amount is held in your wallet and locked for %1. Leaving before then forfeits the rewards not yet paid.</source>
        <translation>Số lượng này được giữ trong ví của bạn và bị khóa trong %1. Rút ra trước thời hạn sẽ mất phần thưởng chưa được trả.</translation>
    </message>
    <message>
        <source>The amount is held in your wallet while it earns. You can unstake any time; it then takes %1 to come back, earning nothing meanwhile.</source>
        <translation>Số lượng này được giữ trong ví của bạn trong thời gian sinh lời. Bạn có thể hủy stake bất cứ lúc nào; sau đó cần %1 để tiền quay về, và trong thời gian đó không sinh lời.</translation>
    </message>
    <message>
        <source>The amount is held in your wallet while it earns. You can unstake any time and it comes back at once.</source>
        <translation>Số lượng này được giữ trong ví của bạn trong thời gian sinh lời. Bạn có thể hủy stake bất cứ lúc nào và tiền được trả về ngay.</translation>
    </message>
    <message>
        <source>%1 %2 is staked and earning from now on.</source>
        <translation>%1 %2 đã được stake và bắt đầu sinh lời từ bây giờ.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Stake again</source>
        <translation>Stake lại</translation>
    </message>
    <message>
        <source>Stake %1 %2</source>
        <translation>Stake %1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>StakePositionRow</name>
    <message>
        <source>Rewards · %1</source>
        <translation>Phần thưởng · %1</translation>
    </message>
    <message>
        <source>Rewards not yet claimed</source>
        <translation>Phần thưởng chưa nhận</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Tái stake</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Hủy stake</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>paid %1 %2</source>
        <translation>đã trả %1 %2</translation>
    </message>
    <message>
        <source>forfeited %1 %2</source>
        <translation>bị mất %1 %2</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>khóa đến %1</translation>
    </message>
    <message>
        <source>returns to your wallet on %1</source>
        <translation>trả về ví lúc %1</translation>
    </message>
</context>
<context>
    <name>StakingProductForm</name>
    <message>
        <source>New staking product</source>
        <translation>Sản phẩm staking mới</translation>
    </message>
    <message>
        <source>Edit staking product</source>
        <translation>Sửa sản phẩm staking</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Linh hoạt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Có kỳ hạn</translation>
    </message>
    <message>
        <source>Rate, % a year</source>
        <translation>Lợi suất, %/năm</translation>
    </message>
    <message>
        <source>House margin, %</source>
        <translation>Biên độ nền tảng, %</translation>
    </message>
    <message>
        <source>Lock, days</source>
        <translation>Thời gian khóa, ngày</translation>
    </message>
    <message>
        <source>Unbonding, hours</source>
        <translation>Thời gian chờ rút, giờ</translation>
    </message>
    <message>
        <source>Minimum stake</source>
        <translation>Stake tối thiểu</translation>
    </message>
    <message>
        <source>Cap on the total (0: none)</source>
        <translation>Hạn mức tổng (0: không giới hạn)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Open to new stakes</source>
        <translation>Nhận stake mới</translation>
    </message>
    <message>
        <source>Closed to new stakes</source>
        <translation>Ngừng nhận stake mới</translation>
    </message>
    <message>
        <source>A new rate applies from now: every stake is first brought up to date at the old one.</source>
        <translation>Lợi suất mới áp dụng từ bây giờ: phần thưởng của mọi khoản stake trước hết được tính đến thời điểm này theo lợi suất cũ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>Tạo sản phẩm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>StakingProductTile</name>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Thời gian khóa</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Rút ra</translation>
    </message>
    <message>
        <source>%1; leaving early forfeits unpaid rewards</source>
        <translation>%1; rút trước hạn sẽ mất phần thưởng chưa trả</translation>
    </message>
    <message>
        <source>any time; %1 to unbond</source>
        <translation>bất cứ lúc nào; chờ rút %1</translation>
    </message>
    <message>
        <source>any time, at once</source>
        <translation>bất cứ lúc nào, ngay lập tức</translation>
    </message>
    <message>
        <source>Staked</source>
        <translation>Đã stake</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>You have %1 %2 here</source>
        <translation>Bạn có %1 %2 ở đây</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
</context>
<context>
    <name>StakingView</name>
    <message>
        <source>%1 %2 of rewards staked again.</source>
        <translation>Đã stake lại %1 %2 phần thưởng.</translation>
    </message>
    <message>
        <source>%1 %2 of rewards paid to your wallet. The product would not take it as a new stake.</source>
        <translation>Đã trả %1 %2 phần thưởng vào ví của bạn. Sản phẩm không nhận khoản này làm stake mới.</translation>
    </message>
    <message>
        <source>%1 %2 of rewards paid to your wallet.</source>
        <translation>Đã trả %1 %2 phần thưởng vào ví của bạn.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Rewards accrue every second from the reward pool. Flexible stakes can leave at any time; locked ones pay more.</source>
        <translation>Phần thưởng được cộng dồn mỗi giây từ quỹ thưởng. Khoản stake linh hoạt có thể rút bất cứ lúc nào; khoản có kỳ hạn trả nhiều hơn.</translation>
    </message>
    <message>
        <source>No staking products are open right now.</source>
        <translation>Hiện không có sản phẩm staking nào đang mở.</translation>
    </message>
    <message>
        <source>My stakes</source>
        <translation>Khoản stake của tôi</translation>
    </message>
    <message>
        <source>Rewards shown to the last decimal, as a claim would pay them this second.</source>
        <translation>Phần thưởng hiển thị đến chữ số thập phân cuối cùng, đúng bằng số bạn sẽ nhận nếu nhận ngay giây này.</translation>
    </message>
    <message>
        <source>You have no stakes yet. Pick a product above to start earning.</source>
        <translation>Bạn chưa có khoản stake nào. Hãy chọn một sản phẩm ở trên để bắt đầu sinh lời.</translation>
    </message>
</context>
<context>
    <name>StartupFailedPage</name>
    <message>
        <source>AZCoiner could not start</source>
        <translation>AZCoiner không thể khởi động</translation>
    </message>
    <message>
        <source>The built-in server did not start, so there is nothing to connect to.</source>
        <translation>Máy chủ tích hợp không khởi động được nên không có gì để kết nối.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable, or start the app with --server to use a remote server.</source>
        <translation>Hãy kiểm tra thư mục dữ liệu có quyền ghi, hoặc chạy ứng dụng với --server để dùng máy chủ từ xa.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>KYC review</source>
        <translation>Xét duyệt KYC</translation>
    </message>
    <message>
        <source>Withdrawal approvals</source>
        <translation>Phê duyệt rút tiền</translation>
    </message>
    <message>
        <source>P2P appeals</source>
        <translation>Khiếu nại P2P</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Market disputes</source>
        <translation>Khiếu nại ở Chợ</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swapped</source>
        <translation>Đã hoán đổi</translation>
    </message>
    <message>
        <source>Quick swap</source>
        <translation>Hoán đổi nhanh</translation>
    </message>
    <message>
        <source>You pay with</source>
        <translation>Bạn trả bằng</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>Bạn nhận</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Số lượng (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Bạn nhận được</translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <translation>với %1 %2</translation>
    </message>
    <message>
        <source>This quote has expired.</source>
        <translation>Báo giá này đã hết hạn.</translation>
    </message>
    <message>
        <source>Price held: %1 s left.</source>
        <translation>Giữ giá: còn %1 giây.</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>Bạn đã trả</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>Bạn đã nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Refresh quote</source>
        <translation>Lấy báo giá mới</translation>
    </message>
    <message>
        <source>Get quote</source>
        <translation>Lấy báo giá</translation>
    </message>
    <message>
        <source>Swap now (%1 s)</source>
        <translation>Hoán đổi ngay (%1 giây)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Swap</source>
        <translation>Hoán đổi</translation>
    </message>
    <message>
        <source>Quotes hold for a few seconds; confirm before the time runs out.</source>
        <translation>Báo giá chỉ giữ trong vài giây; hãy xác nhận trước khi hết giờ.</translation>
    </message>
    <message>
        <source>Swaps are paused for this point.</source>
        <translation>Hoán đổi điểm này đang tạm dừng.</translation>
    </message>
    <message>
        <source>This point has no approved policy yet.</source>
        <translation>Điểm này chưa có chính sách được phê duyệt.</translation>
    </message>
    <message>
        <source>The partner does not allow this direction at the moment.</source>
        <translation>Đối tác hiện không cho phép chiều này.</translation>
    </message>
    <message>
        <source>You give (%1)</source>
        <translation>Bạn đưa (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Báo giá mới</translation>
    </message>
    <message>
        <source>Get quote</source>
        <translation>Lấy báo giá</translation>
    </message>
    <message>
        <source>You give</source>
        <translation>Bạn đưa</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>Bạn nhận</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>Còn lại hôm nay</translation>
    </message>
    <message>
        <source>This quote has run out. Get a new one.</source>
        <translation>Báo giá này đã hết hạn. Hãy lấy báo giá mới.</translation>
    </message>
    <message>
        <source>The answer was lost. Confirm again to learn the outcome; the swap will not be made twice.</source>
        <translation>Phản hồi bị mất. Hãy xác nhận lại để biết kết quả; giao dịch hoán đổi sẽ không bị thực hiện hai lần.</translation>
    </message>
    <message>
        <source>Valid for %1</source>
        <translation>Còn hiệu lực %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>Xác nhận lại</translation>
    </message>
    <message>
        <source>Confirm: get %1 %2</source>
        <translation>Xác nhận: nhận %1 %2</translation>
    </message>
</context>
<context>
    <name>SwapRow</name>
    <message>
        <source>%1 %2 → %3 %4</source>
        <translation>%1 %2 → %3 %4</translation>
    </message>
    <message>
        <source>fee %1 %2</source>
        <translation>phí %1 %2</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Giao diện sáng</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Giao diện tối</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>TradeErrors</name>
    <message>
        <source>The price must be above zero and a multiple of the market&apos;s tick size.</source>
        <translation>Giá phải lớn hơn 0 và là bội số của bước giá thị trường.</translation>
    </message>
    <message>
        <source>The order is too small: its value must be at least the market&apos;s minimum (%1).</source>
        <translation>Lệnh quá nhỏ: giá trị phải ít nhất bằng mức tối thiểu của thị trường (%1).</translation>
    </message>
    <message>
        <source>The quantity must be above zero and a multiple of the market&apos;s lot size.</source>
        <translation>Số lượng phải lớn hơn 0 và là bội số của bước khối lượng.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this.</source>
        <translation>Số dư khả dụng của bạn không đủ.</translation>
    </message>
    <message>
        <source>The quote has expired. Get a new one.</source>
        <translation>Báo giá đã hết hạn. Hãy lấy báo giá mới.</translation>
    </message>
    <message>
        <source>This quote was used already.</source>
        <translation>Báo giá này đã được dùng.</translation>
    </message>
    <message>
        <source>Tick and lot size cannot change once a market exists.</source>
        <translation>Không thể đổi bước giá và bước khối lượng khi thị trường đã có.</translation>
    </message>
    <message>
        <source>The market does not take this order right now (halted or cancel-only).</source>
        <translation>Thị trường hiện không nhận lệnh này (tạm dừng hoặc chỉ được hủy).</translation>
    </message>
    <message>
        <source>The amount is below the smallest swap this pair allows.</source>
        <translation>Số tiền thấp hơn mức hoán đổi nhỏ nhất của cặp này.</translation>
    </message>
    <message>
        <source>The amount must be a multiple of %1.</source>
        <translation>Số tiền phải là bội số của %1.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>Nhập số tiền lớn hơn 0, ví dụ 12.5.</translation>
    </message>
    <message>
        <source>There is not enough liquidity for this amount right now. Try a smaller one.</source>
        <translation>Hiện không đủ thanh khoản cho số tiền này. Hãy thử số nhỏ hơn.</translation>
    </message>
    <message>
        <source>The exchange&apos;s liquidity provider did not fill the swap (%1). Nothing was booked.</source>
        <translation>Nhà cung cấp thanh khoản không khớp lệnh hoán đổi (%1). Không có gì được ghi sổ.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <source>The exchange&apos;s liquidity provider is not available right now.</source>
        <translation>Nhà cung cấp thanh khoản hiện không khả dụng.</translation>
    </message>
    <message>
        <source>This order was already sent with different details. Check your open orders.</source>
        <translation>Lệnh này đã được gửi với thông tin khác. Hãy kiểm tra các lệnh đang mở.</translation>
    </message>
    <message>
        <source>The server does not offer this yet.</source>
        <translation>Máy chủ chưa hỗ trợ việc này.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Try again: it will not be done twice.</source>
        <translation>Mất kết nối trước khi có phản hồi. Hãy thử lại: sẽ không bị thực hiện hai lần.</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Quick swap</source>
        <translation>Hoán đổi nhanh</translation>
    </message>
</context>
<context>
    <name>TradeTape</name>
    <message>
        <source>Trades</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>No trades yet.</source>
        <translation>Chưa có giao dịch.</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>Master wallet</source>
        <translation>Ví tổng</translation>
    </message>
    <message>
        <source>Fees &amp;&amp; limits</source>
        <translation>Phí &amp;&amp; hạn mức</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Ngân quỹ</translation>
    </message>
    <message>
        <source>What the platform owes and holds, what it earns, and the rules money moves by.</source>
        <translation>Những gì nền tảng nợ và nắm giữ, những gì nền tảng thu được, và các quy tắc dịch chuyển tiền.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Sàn giao dịch</translation>
    </message>
    <message>
        <source>Earn &amp;&amp; launchpad</source>
        <translation>Sinh lời &amp;&amp; Launchpad</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; points</source>
        <translation>Đối tác &amp;&amp; điểm thưởng</translation>
    </message>
</context>
<context>
    <name>TreasuryWords</name>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Đang chờ phê duyệt</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Ngân quỹ</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>Ví nóng</translation>
    </message>
    <message>
        <source>Liquidity provider</source>
        <translation>Nhà cung cấp thanh khoản</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển tiền</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Nạp tiền</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Rút tiền</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Hoán đổi</translation>
    </message>
    <message>
        <source>Spot (maker)</source>
        <translation>Giao ngay (maker)</translation>
    </message>
    <message>
        <source>Spot (taker)</source>
        <translation>Giao ngay (taker)</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>P2P</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
</context>
<context>
    <name>TwoFactorCard</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Xác thực hai lớp</translation>
    </message>
    <message>
        <source>On. Signing in asks for a code from your authenticator app.</source>
        <translation>Đang bật. Khi đăng nhập sẽ cần mã từ ứng dụng xác thực.</translation>
    </message>
    <message>
        <source>Off. Add a second step to signing in with an authenticator app.</source>
        <translation>Đang tắt. Thêm bước thứ hai khi đăng nhập bằng ứng dụng xác thực.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>Thiết lập xác thực hai lớp</translation>
    </message>
    <message>
        <source>Add this key to your authenticator app (or open the link on a device that has one), then enter the code it shows.</source>
        <translation>Thêm khóa này vào ứng dụng xác thực (hoặc mở liên kết trên thiết bị có ứng dụng), rồi nhập mã mà ứng dụng hiển thị.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Khóa bí mật</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Liên kết thiết lập</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Mã 6 chữ số</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Keep these recovery codes somewhere safe: each works once if you lose your phone. They are not shown again.</source>
        <translation>Xác thực hai lớp đã bật. Hãy cất các mã khôi phục này ở nơi an toàn: mỗi mã dùng được một lần nếu bạn mất điện thoại. Chúng sẽ không được hiển thị lại.</translation>
    </message>
    <message>
        <source>I have saved them</source>
        <translation>Tôi đã lưu lại</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Code or recovery code</source>
        <translation>Mã hoặc mã khôi phục</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Tắt</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Private and group conversations, with payments inside chats.</source>
        <translation>Trò chuyện riêng và nhóm, có thanh toán ngay trong cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>Balances, deposits, withdrawals and transfers.</source>
        <translation>Số dư, nạp, rút và chuyển tiền.</translation>
    </message>
    <message>
        <source>Spot trading with an order book.</source>
        <translation>Giao dịch giao ngay với sổ lệnh.</translation>
    </message>
    <message>
        <source>Person-to-person offers with escrow.</source>
        <translation>Giao dịch giữa người với người có ký quỹ.</translation>
    </message>
    <message>
        <source>Mini programs from partners, running inside AZCoiner.</source>
        <translation>Chương trình mini của đối tác, chạy ngay trong AZCoiner.</translation>
    </message>
    <message>
        <source>Proposals and voting.</source>
        <translation>Đề xuất và bỏ phiếu.</translation>
    </message>
    <message>
        <source>%1 is not available yet</source>
        <translation>%1 chưa khả dụng</translation>
    </message>
    <message>
        <source>This part of AZCoiner has not been built in this version, so there is nothing to show here. Nothing on this page is simulated.</source>
        <translation>Phần này của AZCoiner chưa được xây dựng trong phiên bản này nên chưa có gì để hiển thị. Không có nội dung giả lập nào trên trang này.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Chưa khả dụng</translation>
    </message>
</context>
<context>
    <name>UnstakeDialog</name>
    <message>
        <source>Unstake %1 %2?</source>
        <translation>Hủy stake %1 %2?</translation>
    </message>
    <message>
        <source>This stake is locked until %1. Leaving now forfeits the rewards not yet paid: %2 %3 at this moment.</source>
        <translation>Khoản stake này bị khóa đến %1. Rút ngay bây giờ sẽ mất phần thưởng chưa được trả: hiện là %2 %3.</translation>
    </message>
    <message>
        <source>Your rewards so far (%1 %2) stay yours: claim them whenever you like.</source>
        <translation>Phần thưởng đến nay (%1 %2) vẫn là của bạn: hãy nhận bất cứ lúc nào bạn muốn.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and returns to your available balance after the product&apos;s unbonding period.</source>
        <translation>%1 %2 sẽ ngừng sinh lời ngay và trở về số dư khả dụng của bạn sau thời gian chờ rút của sản phẩm.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and stays held for %3 (unbonding), then returns to your available balance.</source>
        <translation>%1 %2 sẽ ngừng sinh lời ngay và được tạm giữ trong %3 (chờ rút), sau đó trở về số dư khả dụng của bạn.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and returns to your available balance right away.</source>
        <translation>%1 %2 sẽ ngừng sinh lời ngay và trở về số dư khả dụng của bạn tức thì.</translation>
    </message>
    <message>
        <source>Keep earning</source>
        <translation>Tiếp tục sinh lời</translation>
    </message>
    <message>
        <source>Unstake and forfeit</source>
        <translation>Hủy stake và chịu mất thưởng</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Hủy stake</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User management</source>
        <translation>Quản lý người dùng</translation>
    </message>
    <message>
        <source>Roles and freezes take effect at once and are written to the audit log.</source>
        <translation>Vai trò và việc đóng băng có hiệu lực ngay và được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation>Tìm theo tên, tên đăng nhập hoặc email</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(bạn)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Cấp %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Đã đóng băng</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Bỏ đóng băng</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Đóng băng</translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>Không ai khớp với tìm kiếm này.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Hiển thị %1 trên %2</translation>
    </message>
</context>
<context>
    <name>VerifyBalanceView</name>
    <message>
        <source>Back to wallet</source>
        <translation>Quay lại ví</translation>
    </message>
    <message>
        <source>Verify my balance is included</source>
        <translation>Xác minh số dư của tôi đã được tính</translation>
    </message>
    <message>
        <source>AZCoiner publishes a fingerprint (a Merkle sum tree) of everything it owes its users. Your app checks here, without trusting the server, that your balance is counted in it.</source>
        <translation>AZCoiner công bố một dấu vân tay (cây tổng Merkle) của mọi khoản nợ đối với người dùng. Tại đây, ứng dụng của bạn tự kiểm tra, không cần tin máy chủ, rằng số dư của bạn đã được tính vào đó.</translation>
    </message>
    <message>
        <source>Latest published snapshot</source>
        <translation>Bản chụp được công bố gần nhất</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation>Công bố lúc %1 bởi %2</translation>
    </message>
    <message>
        <source>No proof of reserves has been published yet.</source>
        <translation>Chưa có bằng chứng dự trữ nào được công bố.</translation>
    </message>
    <message>
        <source>Owed to users: %1 %2</source>
        <translation>Nợ người dùng: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <source>root %1</source>
        <translation>gốc %1</translation>
    </message>
    <message>
        <source>Check my balance</source>
        <translation>Kiểm tra số dư của tôi</translation>
    </message>
    <message>
        <source>Pick an asset. The proof is fetched and verified on this computer.</source>
        <translation>Chọn một tài sản. Bằng chứng được tải về và xác minh ngay trên máy tính này.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Không xác minh được</translation>
    </message>
    <message>
        <source>Not in this snapshot</source>
        <translation>Không có trong bản chụp này</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Your balance in the tree</source>
        <translation>Số dư của bạn trong cây</translation>
    </message>
    <message>
        <source>Path to the root</source>
        <translation>Đường dẫn tới gốc</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) among %1 accounts</source>
        <translation>
            <numerusform>%n bước trong số %1 tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <source>Published total</source>
        <translation>Tổng đã công bố</translation>
    </message>
    <message>
        <source>Published root</source>
        <translation>Gốc đã công bố</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote %1?</source>
        <translation>Bỏ phiếu “%1”?</translation>
    </message>
    <message>
        <source>On #%1 %2</source>
        <translation>Đề xuất #%1 %2</translation>
    </message>
    <message>
        <source>Your vote weighs %1 %2: your stake when voting opened. Staking more now would not change it.</source>
        <translation>Phiếu của bạn có trọng số %1 %2: số bạn đã stake khi cuộc bỏ phiếu bắt đầu. Stake thêm bây giờ sẽ không thay đổi con số này.</translation>
    </message>
    <message>
        <source>You can change your vote until voting ends.</source>
        <translation>Bạn có thể thay đổi phiếu cho đến khi kết thúc bỏ phiếu.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Bỏ phiếu “%1”</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Ví</translation>
    </message>
    <message>
        <source>Your balances and everything that moved them.</source>
        <translation>Số dư của bạn và mọi giao dịch làm chúng thay đổi.</translation>
    </message>
    <message>
        <source>Verify my balance</source>
        <translation>Xác minh số dư</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Loading older entries…</source>
        <translation>Đang tải các mục cũ hơn…</translation>
    </message>
    <message>
        <source>That is all of your %1 history.</source>
        <translation>Đó là toàn bộ lịch sử %1 của bạn.</translation>
    </message>
    <message>
        <source>Nothing has moved your %1 balance yet.</source>
        <translation>Số dư %1 của bạn chưa có biến động nào.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Nạp tiền</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút tiền</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Nạp tiền</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Rút tiền</translation>
    </message>
    <message>
        <source>No deposits yet. Press Deposit to see your address.</source>
        <translation>Chưa có khoản nạp nào. Nhấn Nạp tiền để xem địa chỉ của bạn.</translation>
    </message>
    <message>
        <source>Deposits from a blockchain are not available yet.</source>
        <translation>Nạp từ blockchain hiện chưa khả dụng.</translation>
    </message>
    <message>
        <source>No withdrawals yet.</source>
        <translation>Chưa có khoản rút nào.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Hoán đổi</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Thanh toán</translation>
    </message>
</context>
<context>
    <name>WalletWords</name>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Balance adjustment</source>
        <translation>Điều chỉnh số dư</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Đang chờ phê duyệt</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>Đang xác nhận</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Đã ghi có</translation>
    </message>
    <message>
        <source>Dropped by the network</source>
        <translation>Bị mạng loại bỏ</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>Dưới mức tối thiểu</translation>
    </message>
    <message>
        <source>%1/%2 confirmations. It is added to your balance when all are in.</source>
        <translation>%1/%2 xác nhận. Sẽ được cộng vào số dư khi đủ xác nhận.</translation>
    </message>
    <message>
        <source>Added to your balance.</source>
        <translation>Đã cộng vào số dư.</translation>
    </message>
    <message>
        <source>The block with this payment was replaced by the network before it was final, so the payment never happened. Nothing was added; send it again if your wallet shows it as failed.</source>
        <translation>Khối chứa giao dịch này đã bị mạng thay thế trước khi hoàn tất, nên giao dịch không xảy ra. Không có gì được cộng; hãy gửi lại nếu ví của bạn báo thất bại.</translation>
    </message>
    <message>
        <source>This amount is below the minimum deposit, so it was not added to your balance. Contact support if you need it back.</source>
        <translation>Số tiền này dưới mức nạp tối thiểu nên không được cộng vào số dư. Hãy liên hệ hỗ trợ nếu bạn cần lấy lại.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Sent to the network</source>
        <translation>Đã gửi lên mạng</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Đã yêu cầu</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdrawal requested</source>
        <translation>Đã gửi yêu cầu rút</translation>
    </message>
    <message>
        <source>Withdraw to a blockchain address</source>
        <translation>Rút về địa chỉ blockchain</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Pick an address from your address book →</source>
        <translation>Chọn một địa chỉ trong sổ địa chỉ →</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>Khả dụng: %1 %2</translation>
    </message>
    <message>
        <source>Minimum: %1 %2</source>
        <translation>Tối thiểu: %1 %2</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Phí mạng</translation>
    </message>
    <message>
        <source>Total you pay</source>
        <translation>Tổng bạn trả</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Số phê duyệt cần</translation>
    </message>
    <message>
        <source>Left of your 24-hour limit</source>
        <translation>Còn lại trong hạn mức 24 giờ</translation>
    </message>
    <message>
        <source>Working out the fee…</source>
        <translation>Đang tính phí…</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Mã từ ứng dụng xác thực</translation>
    </message>
    <message>
        <source>Withdrawals of this size need it.</source>
        <translation>Khoản rút cỡ này cần mã.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 is waiting for approval. The amount and the fee are held until it is sent; follow it under Withdrawals.</source>
        <translation>%1 %2 đến %3 đang chờ phê duyệt. Số tiền và phí được giữ lại cho đến khi gửi; theo dõi ở mục Rút tiền.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Withdraw again</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <source>Withdraw %1 %2</source>
        <translation>Rút %1 %2</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút tiền</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Sổ địa chỉ</translation>
    </message>
    <message>
        <source>You can only withdraw to saved addresses. A new one can be used after a waiting period, so a stolen session cannot empty your account.</source>
        <translation>Bạn chỉ có thể rút về địa chỉ đã lưu. Địa chỉ mới chỉ dùng được sau một thời gian chờ, để phiên đăng nhập bị đánh cắp không thể rút cạn tài khoản.</translation>
    </message>
    <message>
        <source>No saved addresses yet. Add the first one below.</source>
        <translation>Chưa có địa chỉ nào được lưu. Thêm địa chỉ đầu tiên bên dưới.</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Địa chỉ mới</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>e.g. My hardware wallet</source>
        <translation>vd. Ví phần cứng của tôi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Mật khẩu của bạn</translation>
    </message>
    <message>
        <source>2FA code</source>
        <translation>Mã 2FA</translation>
    </message>
</context>
<context>
    <name>WithdrawalQueueView</name>
    <message>
        <source>Reject this withdrawal?</source>
        <translation>Từ chối khoản rút này?</translation>
    </message>
    <message>
        <source>The amount goes back to the user&apos;s balance. The user reads this reason; the audit log keeps it.</source>
        <translation>Số tiền được trả lại vào số dư của người dùng. Người dùng sẽ đọc lý do này; nhật ký kiểm toán lưu lại.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Withdrawals waiting for approval</source>
        <translation>Khoản rút đang chờ phê duyệt</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 đang chờ</translation>
    </message>
    <message>
        <source>fee %1 · total %2</source>
        <translation>phí %1 · tổng %2</translation>
    </message>
    <message>
        <source>to %1 on %2</source>
        <translation>đến %1 trên %2</translation>
    </message>
    <message>
        <source>Approvals %1/%2</source>
        <translation>Phê duyệt %1/%2</translation>
    </message>
    <message>
        <source>you approved it</source>
        <translation>bạn đã phê duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>No withdrawal is waiting for approval.</source>
        <translation>Không có khoản rút nào đang chờ phê duyệt.</translation>
    </message>
</context>
<context>
    <name>WithdrawalRow</name>
    <message>
        <source>to %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Approvals: %1 of %2. The amount and the fee (%3 %4) are held meanwhile.</source>
        <translation>Phê duyệt: %1/%2. Số tiền và phí (%3 %4) được giữ lại trong lúc chờ.</translation>
    </message>
    <message>
        <source>%1/%2 confirmations</source>
        <translation>%1/%2 xác nhận</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Giao dịch %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>The transaction hash was copied.</source>
        <translation>Đã sao chép mã giao dịch.</translation>
    </message>
</context>
<context>
    <name>azc::BotsModel</name>
    <message>
        <source>A bot&apos;s username has 4 to 32 characters (a–z, 0–9, _), starts with a letter and ends in “bot”.</source>
        <translation>Tên đăng nhập của bot có 4–32 ký tự (a–z, 0–9, _), bắt đầu bằng một chữ cái và kết thúc bằng “bot”.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <source>You can own at most 20 bots.</source>
        <translation>Bạn chỉ có thể sở hữu tối đa 20 bot.</translation>
    </message>
</context>
<context>
    <name>azc::BridgeQuoteFlow</name>
    <message>
        <source>You paid %1 %2, of which %3 %2 was the fee, and received %4 %5.</source>
        <translation>Bạn đã trả %1 %2, trong đó %3 %2 là phí, và nhận được %4 %5.</translation>
    </message>
    <message>
        <source>You gave %1 %2 and received %3 %4 after a fee of %5 %4.</source>
        <translation>Bạn đã đưa %1 %2 và nhận được %3 %4 sau khi trừ phí %5 %4.</translation>
    </message>
</context>
<context>
    <name>azc::CallManager</name>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
</context>
<context>
    <name>azc::ChatMessagesModel</name>
    <message>
        <source>Deleted message</source>
        <translation>Tin nhắn đã bị xóa</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 đang nhập…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 và %2 đang nhập…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n người đang nhập…</numerusform>
        </translation>
    </message>
    <message>
        <source>Message forwarded.</source>
        <translation>Đã chuyển tiếp tin nhắn.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Không thể lưu tệp.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 đã tham gia</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 đã rời đi</translation>
    </message>
    <message>
        <source>%1 added a member</source>
        <translation>%1 đã thêm một thành viên</translation>
    </message>
    <message>
        <source>%1 removed a member</source>
        <translation>%1 đã xóa một thành viên</translation>
    </message>
    <message>
        <source>%1 changed the conversation</source>
        <translation>%1 đã thay đổi cuộc trò chuyện</translation>
    </message>
    <message>
        <source>%1 opened the trade: %2 for %3. The coins are in escrow.</source>
        <translation>%1 đã mở giao dịch: %2 với giá %3. Coin đang được ký quỹ.</translation>
    </message>
    <message>
        <source>%1 marked %2 as paid.</source>
        <translation>%1 đã đánh dấu đã thanh toán %2.</translation>
    </message>
    <message>
        <source>%1 released %2. Trade completed.</source>
        <translation>%1 đã giải phóng %2. Giao dịch hoàn tất.</translation>
    </message>
    <message>
        <source>%1 cancelled the trade. The escrow went back.</source>
        <translation>%1 đã hủy giao dịch. Khoản ký quỹ đã được trả lại.</translation>
    </message>
    <message>
        <source>Nobody paid in time: the trade expired and the escrow went back.</source>
        <translation>Không ai thanh toán kịp thời hạn: giao dịch đã hết hạn và khoản ký quỹ đã được trả lại.</translation>
    </message>
    <message>
        <source>%1 appealed to support. Support has joined this chat.</source>
        <translation>%1 đã khiếu nại lên bộ phận hỗ trợ. Bộ phận hỗ trợ đã tham gia cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Support released %1 to the buyer.</source>
        <translation>Bộ phận hỗ trợ đã giải phóng %1 cho người mua.</translation>
    </message>
    <message>
        <source>Support refunded %1 to the seller.</source>
        <translation>Bộ phận hỗ trợ đã hoàn %1 cho người bán.</translation>
    </message>
    <message>
        <source>%1 updated the trade.</source>
        <translation>%1 đã cập nhật giao dịch.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>azc::CustodyAddressBookModel</name>
    <message>
        <source>Give the address a name, like “My hardware wallet”.</source>
        <translation>Đặt tên cho địa chỉ, ví dụ “Ví phần cứng của tôi”.</translation>
    </message>
    <message>
        <source>Saved. For your safety it can be used from %1.</source>
        <translation>Đã lưu. Vì an toàn, địa chỉ dùng được từ %1.</translation>
    </message>
    <message>
        <source>The address was removed from your address book.</source>
        <translation>Đã xóa địa chỉ khỏi sổ địa chỉ.</translation>
    </message>
    <message>
        <source>Enter your password to save a new address.</source>
        <translation>Nhập mật khẩu để lưu địa chỉ mới.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyNetworksModel</name>
    <message>
        <source>Check the field “%1”.</source>
        <translation>Hãy kiểm tra trường “%1”.</translation>
    </message>
    <message>
        <source>The network was saved.</source>
        <translation>Đã lưu mạng.</translation>
    </message>
    <message>
        <source>The asset settings were saved.</source>
        <translation>Đã lưu cài đặt tài sản.</translation>
    </message>
    <message>
        <source>The withdrawal limit for level %1 was saved.</source>
        <translation>Đã lưu hạn mức rút cho cấp %1.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyWithdrawalRequest</name>
    <message>
        <source>Withdrawals of this size need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>Khoản rút cỡ này cần xác thực hai lớp. Hãy bật trong Hồ sơ &amp; bảo mật.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyWithdrawalsModel</name>
    <message>
        <source>The withdrawal was cancelled and the amount is available again.</source>
        <translation>Đã hủy khoản rút và số tiền lại khả dụng.</translation>
    </message>
    <message>
        <source>Your approval was recorded.</source>
        <translation>Đã ghi nhận phê duyệt của bạn.</translation>
    </message>
    <message>
        <source>Write the reason the user will see (at least 3 characters).</source>
        <translation>Viết lý do người dùng sẽ thấy (ít nhất 3 ký tự).</translation>
    </message>
    <message>
        <source>Rejected. The amount was returned to the user, who was told why.</source>
        <translation>Đã từ chối. Số tiền đã được trả lại người dùng và họ đã được báo lý do.</translation>
    </message>
</context>
<context>
    <name>azc::ErrorSink</name>
    <message>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>Mật khẩu quá ngắn: hãy dùng ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>This password is too common. Choose one that is harder to guess.</source>
        <translation>Mật khẩu này quá phổ biến. Hãy chọn mật khẩu khó đoán hơn.</translation>
    </message>
    <message>
        <source>The password must not contain your username.</source>
        <translation>Mật khẩu không được chứa tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <source>This password is too weak.</source>
        <translation>Mật khẩu này quá yếu.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Nhập mã 6 chữ số từ ứng dụng xác thực của bạn.</translation>
    </message>
    <message>
        <source>That code is not valid. Check your authenticator app and try again.</source>
        <translation>Mã không hợp lệ. Hãy kiểm tra ứng dụng xác thực và thử lại.</translation>
    </message>
    <message>
        <source>This account is frozen. Contact support.</source>
        <translation>Tài khoản này đã bị đóng băng. Hãy liên hệ bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <source>Usernames have 3 to 32 characters: a–z, 0–9, _ and dot.</source>
        <translation>Tên đăng nhập có 3–32 ký tự: a–z, 0–9, _ và dấu chấm.</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>Địa chỉ email có vẻ không đúng.</translation>
    </message>
    <message>
        <source>That phone number does not look right.</source>
        <translation>Số điện thoại có vẻ không đúng.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Phiên của bạn đã kết thúc. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bạn không được phép làm việc này.</translation>
    </message>
    <message>
        <source>Verify your identity (level %1) to use this.</source>
        <translation>Hãy xác minh danh tính (cấp %1) để dùng tính năng này.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Quá nhiều yêu cầu. Hãy chờ một chút rồi thử lại.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Mục này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state. Refresh and try again.</source>
        <translation>Không thể thực hiện ở trạng thái hiện tại. Hãy làm mới rồi thử lại.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG and PDF files can be uploaded.</source>
        <translation>Chỉ có thể tải lên tệp PNG, JPEG và PDF.</translation>
    </message>
    <message>
        <source>The file is too large (10 MB at most).</source>
        <translation>Tệp quá lớn (tối đa 10 MB).</translation>
    </message>
    <message>
        <source>The upload was damaged on the way. Try again.</source>
        <translation>Dữ liệu tải lên bị hỏng trên đường truyền. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>Một số thông tin không hợp lệ.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>Hãy kiểm tra trường “%1”.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Máy chủ không phản hồi kịp. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Reconnecting…</source>
        <translation>Mất kết nối tới máy chủ. Đang kết nối lại…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Add at least one document.</source>
        <translation>Hãy thêm ít nhất một giấy tờ.</translation>
    </message>
    <message>
        <source>Add at most six documents.</source>
        <translation>Chỉ thêm tối đa sáu giấy tờ.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>Máy chủ gặp sự cố. Hãy thử lại sau.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Đã xảy ra lỗi (%1).</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 phút</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>The balance does not cover this amount.</source>
        <translation>Số dư không đủ cho số tiền này.</translation>
    </message>
    <message>
        <source>This is above the transfer limit; %1 can still be sent in the next 24 hours.</source>
        <translation>Số tiền vượt hạn mức chuyển; trong 24 giờ tới vẫn có thể gửi %1.</translation>
    </message>
    <message>
        <source>This needs the 6-digit code from your authenticator app.</source>
        <translation>Cần mã 6 chữ số từ ứng dụng xác thực của bạn.</translation>
    </message>
    <message>
        <source>There is no such asset.</source>
        <translation>Không có tài sản này.</translation>
    </message>
    <message>
        <source>This asset is disabled for now.</source>
        <translation>Tài sản này hiện đang bị tắt.</translation>
    </message>
    <message>
        <source>That amount is not valid for this asset (check the number of decimals).</source>
        <translation>Số tiền không hợp lệ với tài sản này (hãy kiểm tra số chữ số thập phân).</translation>
    </message>
    <message>
        <source>This request was already made with other details. Start again.</source>
        <translation>Yêu cầu này đã được gửi trước đó với thông tin khác. Hãy bắt đầu lại.</translation>
    </message>
    <message>
        <source>Too many wrong passwords or codes. Try again in %1.</source>
        <translation>Nhập sai mật khẩu hoặc mã quá nhiều lần. Hãy thử lại sau %1.</translation>
    </message>
</context>
<context>
    <name>azc::GovernanceProposal</name>
    <message>
        <source>The published tally could not be read: %1</source>
        <translation>Không đọc được bảng kiểm phiếu đã công bố: %1</translation>
    </message>
    <message>
        <source>The tally&apos;s root is not the one the proposal published.</source>
        <translation>Gốc của bảng kiểm phiếu không khớp với gốc mà đề xuất đã công bố.</translation>
    </message>
    <message>
        <source>Your vote could not be read.</source>
        <translation>Không đọc được phiếu của bạn.</translation>
    </message>
    <message>
        <source>Your vote is not in the published tally as you cast it.</source>
        <translation>Phiếu của bạn không có trong bảng kiểm phiếu đã công bố đúng như bạn đã bỏ.</translation>
    </message>
    <message>
        <source>The published tally does not add up: %1</source>
        <translation>Bảng kiểm phiếu đã công bố không khớp số: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message numerus="yes">
        <source>Your vote (%1, weight %2 %3) is counted: the %n published vote(s) rebuild the root and the totals.</source>
        <translation>
            <numerusform>Phiếu của bạn (%1, trọng số %2 %3) đã được tính: %n phiếu đã công bố dựng lại đúng gốc và các tổng số.</numerusform>
        </translation>
    </message>
    <message>
        <source>You did not vote on this proposal.</source>
        <translation>Bạn chưa bỏ phiếu cho đề xuất này.</translation>
    </message>
    <message>
        <source>The blockchain holds a different result for this proposal.</source>
        <translation>Blockchain lưu một kết quả khác cho đề xuất này.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>tán thành</translation>
    </message>
    <message>
        <source>against</source>
        <translation>phản đối</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>không ý kiến</translation>
    </message>
</context>
<context>
    <name>azc::KycModel</name>
    <message>
        <source>Your documents were sent. Support will review them.</source>
        <translation>Giấy tờ của bạn đã được gửi. Bộ phận hỗ trợ sẽ xem xét.</translation>
    </message>
</context>
<context>
    <name>azc::KycQueueModel</name>
    <message>
        <source>The case is assigned to you.</source>
        <translation>Hồ sơ đã được giao cho bạn.</translation>
    </message>
    <message>
        <source>Approved. The user&apos;s verification level was raised.</source>
        <translation>Đã duyệt. Cấp xác minh của người dùng đã được nâng.</translation>
    </message>
    <message>
        <source>Rejected. The user was told why.</source>
        <translation>Đã từ chối. Người dùng đã được báo lý do.</translation>
    </message>
    <message>
        <source>The user was asked to send new documents.</source>
        <translation>Đã yêu cầu người dùng gửi giấy tờ mới.</translation>
    </message>
    <message>
        <source>Write the reason the user will see.</source>
        <translation>Hãy viết lý do mà người dùng sẽ thấy.</translation>
    </message>
</context>
<context>
    <name>azc::MerchantConsole</name>
    <message>
        <source>%1 is set up. Send your business documents for verification to start taking payments.</source>
        <translation>Đã thiết lập %1. Hãy gửi giấy tờ doanh nghiệp để xác minh và bắt đầu nhận thanh toán.</translation>
    </message>
    <message>
        <source>Your documents are with our team. You will be notified of the decision.</source>
        <translation>Giấy tờ của bạn đã được chuyển đến đội ngũ của chúng tôi. Bạn sẽ được thông báo kết quả.</translation>
    </message>
    <message>
        <source>Refunded %1 %2 to the customer&apos;s wallet.</source>
        <translation>Đã hoàn %1 %2 vào ví của khách hàng.</translation>
    </message>
    <message>
        <source>Paid out %1 %2 to %3.</source>
        <translation>Đã chi trả %1 %2 cho %3.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Hóa đơn %1</translation>
    </message>
    <message>
        <source>Pay with AZCoiner: Wallet → Pay. Valid until %1.</source>
        <translation>Thanh toán bằng AZCoiner: Ví → Thanh toán. Hiệu lực đến %1.</translation>
    </message>
</context>
<context>
    <name>azc::P2pPaymentMethodsModel</name>
    <message>
        <source>Fill in every field of the payment method (at most 128 characters each).</source>
        <translation>Hãy điền mọi trường của phương thức thanh toán (mỗi trường tối đa 128 ký tự).</translation>
    </message>
</context>
<context>
    <name>azc::P2pTradeSession</name>
    <message>
        <source>The proof could not be uploaded: %1</source>
        <translation>Không thể tải bằng chứng lên: %1</translation>
    </message>
</context>
<context>
    <name>azc::PaymentCheckout</name>
    <message>
        <source>This is not an AZCoiner payment code.</source>
        <translation>Đây không phải mã thanh toán AZCoiner.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in this picture.</source>
        <translation>Không tìm thấy mã QR hay mã vạch nào trong ảnh này.</translation>
    </message>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation>Tệp này không phải là ảnh mà ứng dụng đọc được.</translation>
    </message>
    <message>
        <source>Enter the amount to pay.</source>
        <translation>Hãy nhập số tiền cần thanh toán.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>Nhập số tiền lớn hơn 0, ví dụ 12.5.</translation>
    </message>
    <message>
        <source>This payment code is unknown. Ask the merchant for a new one.</source>
        <translation>Mã thanh toán này không tồn tại. Hãy yêu cầu người bán cấp mã mới.</translation>
    </message>
    <message>
        <source>This invoice is already paid.</source>
        <translation>Hóa đơn này đã được thanh toán.</translation>
    </message>
    <message>
        <source>This invoice has expired. Ask the merchant for a new one.</source>
        <translation>Hóa đơn này đã hết hạn. Hãy yêu cầu người bán tạo hóa đơn mới.</translation>
    </message>
    <message>
        <source>The merchant cancelled this invoice.</source>
        <translation>Người bán đã hủy hóa đơn này.</translation>
    </message>
    <message>
        <source>This invoice is being paid right now.</source>
        <translation>Hóa đơn này đang được thanh toán.</translation>
    </message>
    <message>
        <source>This merchant cannot take payments right now.</source>
        <translation>Người bán này hiện không thể nhận thanh toán.</translation>
    </message>
    <message>
        <source>This invoice cannot be paid.</source>
        <translation>Không thể thanh toán hóa đơn này.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover this payment.</source>
        <translation>Số dư %1 khả dụng của bạn không đủ cho khoản thanh toán này.</translation>
    </message>
    <message>
        <source>This is above your payment limit (%1 %2). You can still pay %3 %2 in the next 24 hours.</source>
        <translation>Số tiền vượt hạn mức thanh toán của bạn (%1 %2). Trong 24 giờ tới, bạn vẫn có thể thanh toán %3 %2.</translation>
    </message>
    <message>
        <source>Payments of this size need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>Khoản thanh toán cỡ này cần xác thực hai lớp. Hãy bật trong Hồ sơ &amp; bảo mật.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Nhập mã 6 chữ số từ ứng dụng xác thực của bạn.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press Pay again: it will not be paid twice.</source>
        <translation>Mất kết nối trước khi nhận được phản hồi. Hãy nhấn Thanh toán lần nữa: khoản này sẽ không bị thanh toán hai lần.</translation>
    </message>
</context>
<context>
    <name>azc::ProgramDeveloperConsole</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không thể đọc tệp.</translation>
    </message>
    <message>
        <source>Create your signing key first.</source>
        <translation>Hãy tạo khóa ký trước.</translation>
    </message>
    <message>
        <source>Uploading %1 %2…</source>
        <translation>Đang tải lên %1 %2…</translation>
    </message>
    <message>
        <source>%1 %2 is waiting for review.</source>
        <translation>%1 %2 đang chờ xét duyệt.</translation>
    </message>
</context>
<context>
    <name>azc::ProgramSession</name>
    <message>
        <source>This mini program tried to break out of its sandbox and was stopped.</source>
        <translation>Chương trình mini này đã cố thoát khỏi môi trường cách ly (sandbox) nên đã bị dừng.</translation>
    </message>
    <message>
        <source>AZCoiner suspended this mini program. It was closed.</source>
        <translation>AZCoiner đã tạm ngưng chương trình mini này. Chương trình đã bị đóng.</translation>
    </message>
    <message>
        <source>This mini program is larger than allowed.</source>
        <translation>Chương trình mini này vượt quá dung lượng cho phép.</translation>
    </message>
    <message>
        <source>This mini program&apos;s files are not the ones AZCoiner reviewed, so it was not started.</source>
        <translation>Tệp của chương trình mini này không phải bản AZCoiner đã xét duyệt nên chương trình không được khởi chạy.</translation>
    </message>
    <message>
        <source>This mini program&apos;s files cannot be read.</source>
        <translation>Không thể đọc tệp của chương trình mini này.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Nhập mã từ ứng dụng xác thực của bạn.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in this picture.</source>
        <translation>Không tìm thấy mã QR hay mã vạch nào trong ảnh này.</translation>
    </message>
</context>
<context>
    <name>azc::ProposalComposer</name>
    <message>
        <source>Name the recipient and the amount the fund pays.</source>
        <translation>Hãy nhập người nhận và số tiền quỹ sẽ chi.</translation>
    </message>
    <message>
        <source>The fee rate is a percentage with at most 6 decimals.</source>
        <translation>Tỷ lệ phí là phần trăm với tối đa 6 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>Hãy chọn thị trường.</translation>
    </message>
    <message>
        <source>The new rate is a percentage with at most 2 decimals.</source>
        <translation>Lợi suất mới là phần trăm với tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Hành động không xác định.</translation>
    </message>
</context>
<context>
    <name>azc::ReserveProofModel</name>
    <message>
        <source>The proof is not about your account.</source>
        <translation>Bằng chứng này không thuộc về tài khoản của bạn.</translation>
    </message>
    <message>
        <source>The proof contains a negative balance, which would hide liabilities.</source>
        <translation>Bằng chứng chứa số dư âm, điều này có thể che giấu các khoản nợ.</translation>
    </message>
    <message>
        <source>The sums in the proof overflow.</source>
        <translation>Các tổng trong bằng chứng bị tràn số.</translation>
    </message>
    <message>
        <source>Rebuilding the tree from your balance does not give the published root.</source>
        <translation>Dựng lại cây từ số dư của bạn không cho ra gốc đã công bố.</translation>
    </message>
    <message>
        <source>Rebuilding the tree from your balance does not give the published total.</source>
        <translation>Dựng lại cây từ số dư của bạn không cho ra tổng đã công bố.</translation>
    </message>
    <message>
        <source>The proof is malformed.</source>
        <translation>Bằng chứng bị sai định dạng.</translation>
    </message>
    <message>
        <source>The proof belongs to another snapshot than the published one.</source>
        <translation>Bằng chứng thuộc về một bản chụp khác với bản đã công bố.</translation>
    </message>
    <message>
        <source>The proof counts %1 in other units than the published snapshot.</source>
        <translation>Bằng chứng tính %1 theo đơn vị khác với bản chụp đã công bố.</translation>
    </message>
    <message>
        <source>The proof&apos;s root is not the published root.</source>
        <translation>Gốc của bằng chứng không khớp với gốc đã công bố.</translation>
    </message>
    <message>
        <source>The proof&apos;s total is not the published total.</source>
        <translation>Tổng của bằng chứng không khớp với tổng đã công bố.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Your balance of %1 %2 is included in the snapshot of %3, root %4</source>
        <translation>Số dư %1 %2 của bạn có trong bản chụp lúc %3, gốc %4</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Không xác minh được: %1</translation>
    </message>
    <message>
        <source>You held no %1 when this snapshot was taken, so it has no entry for you.</source>
        <translation>Bạn không có %1 khi bản chụp này được tạo, nên không có mục nào cho bạn.</translation>
    </message>
    <message>
        <source>The proof could not be fetched: %1</source>
        <translation>Không tải được bằng chứng: %1</translation>
    </message>
</context>
<context>
    <name>azc::ReviewDocuments</name>
    <message>
        <source>This case has no documents.</source>
        <translation>Hồ sơ này không có giấy tờ.</translation>
    </message>
    <message>
        <source>The document could not be loaded.</source>
        <translation>Không tải được giấy tờ.</translation>
    </message>
    <message>
        <source>PDF documents cannot be previewed here yet (%1 KB).</source>
        <translation>Chưa xem trước được tài liệu PDF tại đây (%1 KB).</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation>Tệp này không phải ảnh có thể hiển thị.</translation>
    </message>
</context>
<context>
    <name>azc::Session</name>
    <message>
        <source>Profile saved.</source>
        <translation>Đã lưu hồ sơ.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Đã đổi mật khẩu. Các phiên khác của bạn đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>Đã tắt xác thực hai lớp.</translation>
    </message>
</context>
<context>
    <name>azc::SessionsModel</name>
    <message>
        <source>The session was signed out.</source>
        <translation>Đã đăng xuất phiên này.</translation>
    </message>
    <message>
        <source>Signed out 1 other session.</source>
        <translation>Đã đăng xuất 1 phiên khác.</translation>
    </message>
    <message>
        <source>Signed out %1 other sessions.</source>
        <translation>Đã đăng xuất %1 phiên khác.</translation>
    </message>
</context>
<context>
    <name>azc::SwapSession</name>
    <message>
        <source>Only part of your amount could be swapped; the rest stayed in your wallet. You received %1 %2 instead of the quoted %3 %2.</source>
        <translation>Chỉ một phần số tiền được hoán đổi; phần còn lại vẫn trong ví. Bạn nhận %1 %2 thay vì %3 %2 đã báo giá.</translation>
    </message>
    <message>
        <source>The market moved before the swap went through, so the price changed: you received %1 %2 instead of the quoted %3 %2.</source>
        <translation>Thị trường biến động trước khi hoán đổi xong nên giá đã đổi: bạn nhận %1 %2 thay vì %3 %2 đã báo giá.</translation>
    </message>
    <message>
        <source>Swapped at the quoted price.</source>
        <translation>Đã hoán đổi đúng giá báo.</translation>
    </message>
</context>
<context>
    <name>azc::TrayNotifier</name>
    <message>
        <source>AZCoiner: %1 unread</source>
        <translation>AZCoiner: %1 chưa đọc</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryAdjustmentsModel</name>
    <message>
        <source>Give a reason of at least 5 characters: the approver and the audit log read it.</source>
        <translation>Hãy nêu lý do dài ít nhất 5 ký tự: người phê duyệt sẽ đọc và lý do được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Adjustment requested. Another admin must approve it.</source>
        <translation>Đã gửi yêu cầu điều chỉnh. Một quản trị viên khác phải phê duyệt.</translation>
    </message>
    <message>
        <source>Adjustment approved: the balance has changed.</source>
        <translation>Đã phê duyệt điều chỉnh: số dư đã thay đổi.</translation>
    </message>
    <message>
        <source>Not approved: %1.</source>
        <translation>Không được phê duyệt: %1.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the audit log.</source>
        <translation>Hãy nêu lý do: lý do sẽ được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Adjustment rejected.</source>
        <translation>Đã từ chối điều chỉnh.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryFeesModel</name>
    <message>
        <source>Fee for %1 %2 saved.</source>
        <translation>Đã lưu phí cho %1 %2.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryLimitsModel</name>
    <message>
        <source>Limits for %1 at level %2 saved.</source>
        <translation>Đã lưu hạn mức %1 cho cấp %2.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryOverviewModel</name>
    <message>
        <source>Proof of reserves published. Users can now check that they are included.</source>
        <translation>Đã công bố bằng chứng dự trữ. Người dùng giờ có thể kiểm tra mình đã được tính.</translation>
    </message>
</context>
<context>
    <name>azc::UsersModel</name>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 giờ là %2.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the audit log.</source>
        <translation>Hãy nêu lý do: lý do sẽ được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>%1 is frozen.</source>
        <translation>%1 đã bị đóng băng.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 đã hoạt động trở lại.</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>support staff</source>
        <translation>nhân viên hỗ trợ</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>người dùng</translation>
    </message>
</context>
<context>
    <name>azc::WalletHistoryModel</name>
    <message>
        <source>AZCoiner</source>
        <translation>AZCoiner</translation>
    </message>
</context>
<context>
    <name>azc::WalletTransfer</name>
    <message>
        <source>Enter the username of the person you are paying.</source>
        <translation>Nhập tên đăng nhập của người bạn muốn trả tiền.</translation>
    </message>
    <message>
        <source>You cannot send money to yourself.</source>
        <translation>Bạn không thể gửi tiền cho chính mình.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>%1 có tối đa %2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>Nhập số tiền lớn hơn 0, ví dụ 12.5.</translation>
    </message>
    <message>
        <source>There is no AZCoiner user named “%1”.</source>
        <translation>Không có người dùng AZCoiner nào tên “%1”.</translation>
    </message>
    <message>
        <source>@%1 cannot receive money right now.</source>
        <translation>@%1 hiện không thể nhận tiền.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover the amount and the fee.</source>
        <translation>Số dư %1 khả dụng của bạn không đủ cho số tiền và phí.</translation>
    </message>
    <message>
        <source>Sending %1 is not available at your verification level. Verify your identity to unlock it.</source>
        <translation>Không thể gửi %1 ở cấp xác minh hiện tại của bạn. Hãy xác minh danh tính để mở khóa.</translation>
    </message>
    <message>
        <source>This is above your limit (%1 %2). You can still send %3 %2 in the next 24 hours.</source>
        <translation>Số tiền vượt hạn mức của bạn (%1 %2). Trong 24 giờ tới, bạn vẫn có thể gửi %3 %2.</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>Các lần chuyển trên %1 %2 cần xác thực hai lớp. Hãy bật trong Hồ sơ &amp; bảo mật.</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need the 6-digit code from your authenticator app.</source>
        <translation>Các lần chuyển trên %1 %2 cần mã 6 chữ số từ ứng dụng xác thực của bạn.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press Send again: it will not be sent twice.</source>
        <translation>Mất kết nối trước khi nhận được phản hồi. Hãy nhấn Gửi lại: giao dịch sẽ không bị gửi hai lần.</translation>
    </message>
</context>
</TS>
