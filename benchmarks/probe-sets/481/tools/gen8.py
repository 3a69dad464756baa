"""p481-8: commune portal (xã Hòa Nhơn, huyện Hòa Vang, Đà Nẵng) — resettlement land allocation, compensation."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA NHƠN
Huyện Hòa Vang - Thành phố Đà Nẵng
Trang chủ » Tin tức - Sự kiện
Đăng ngày: 05/03/2024 | 0 bình luận

Bốc thăm giao 126 lô đất tái định cư cho hộ bị ảnh hưởng dự án đường Vành đai phía Tây 2

Sáng 02/3/2024, UBND xã phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình giao thông thành phố tổ chức bốc thăm, giao 126 lô đất tại Khu tái định cư Hòa Nhơn giai đoạn 2 (các lô từ B2-15 đến B2-140) cho 118 hộ gia đình bị thu hồi đất ở. Các lô có diện tích từ 100 đến 150 m²/lô; giá đất tái định cư từ 5,2 đến 7,8 triệu đồng/m² tùy vị trí.

Trong số 118 hộ, có 37 hộ được ghi nợ tiền sử dụng đất với tổng số tiền gần 9,6 tỷ đồng; 12 hộ thuộc diện chính sách được giảm 50% tiền sử dụng đất phải nộp.

Đến nay, xã đã bàn giao 42,6/48,3 ha mặt bằng của dự án trên địa bàn xã, đạt 88,2%; tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả là 312,5 tỷ đồng cho 426 hộ và 3 tổ chức. Còn 9 hộ chưa đồng ý nhận tiền bồi thường do chưa thống nhất về giá đất.

Năm 2024, xã phấn đấu hoàn thành cấp giấy chứng nhận quyền sử dụng đất cho 100% hộ nhận đất tái định cư và giải quyết dứt điểm 15 đơn kiến nghị liên quan đến giá đất bồi thường. Mọi thông tin xin liên hệ Bộ phận Tiếp nhận và trả kết quả xã, thôn Quan Nam 2; điện thoại 0236.3791.046.
"""

NOW = per("Đến nay", None, "2024-03-05")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M = 1e6
T = 1e9

FIGS = [
    fig("giao 126 lô đất tái định cư", "126", 126, "count", "lô đất tái định cư", "lô đất tái định cư bốc thăm giao"),
    fig("giao 126 lô đất tại", "126", 126, "count", "lô đất", "lô đất tái định cư giao"),
    fig("cho 118 hộ", "118", 118, "count", "hộ gia đình", "hộ gia đình bị thu hồi đất ở được giao đất tái định cư"),
    fig("từ 100 đến 150 m²", "100", 100, "measure", "m²/lô", "diện tích các lô đất tái định cư", value_max=150),
    fig("từ 5,2 đến 7,8 triệu", "5,2", 5.2 * M, "money", "đồng/m²", "giá đất tái định cư", value_max=7.8 * M),
    fig("có 37 hộ", "37", 37, "count", "hộ", "hộ được ghi nợ tiền sử dụng đất", total=118),
    fig("gần 9,6 tỷ đồng", "9,6", 9.6 * T, "money", "đồng", "tổng số tiền sử dụng đất được ghi nợ", approx="nearly"),
    fig("12 hộ", "12", 12, "count", "hộ", "hộ thuộc diện chính sách được giảm tiền sử dụng đất", total=118),
    fig("giảm 50%", "50", 50, "percent", "%", "tiền sử dụng đất phải nộp của hộ thuộc diện chính sách"),
    fig("42,6/48,3 ha", "42,6", 42.6, "measure", "ha", "diện tích mặt bằng dự án đã bàn giao", NOW,
        total=48.3, percent=88.2),
    fig("312,5 tỷ đồng", "312,5", 312.5 * T, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả",
        NOW),
    fig("426 hộ", "426", 426, "count", "hộ", "hộ được chi trả bồi thường, hỗ trợ, tái định cư", NOW),
    fig("3 tổ chức", "3", 3, "count", "tổ chức", "tổ chức được chi trả bồi thường, hỗ trợ, tái định cư", NOW),
    fig("Còn 9 hộ", "9", 9, "count", "hộ", "hộ chưa đồng ý nhận tiền bồi thường", inh(NOW)),
    fig("cho 100% hộ", "100", 100, "percent", "%", "hộ nhận đất tái định cư được cấp giấy chứng nhận", Y24,
        status="target"),
    fig("15 đơn", "15", 15, "count", "đơn kiến nghị", "đơn kiến nghị liên quan đến giá đất bồi thường giải quyết dứt điểm",
        Y24, status="target"),
]

COMMENTS = [
    "Commune portal (xã Hòa Nhơn, huyện Hòa Vang, Đà Nẵng): bốc thăm giao 126 lô đất tái định cư (2/3/2024); ghi nợ tiền sử dụng đất; GPMB.",
    "'Đăng ngày: 05/03/2024' is the dateline; '0 bình luận', 'Vành đai phía Tây 2', 'giai đoạn 2', 'B2-15 đến B2-140', 'thôn Quan Nam 2',",
    "'0236.3791.046', 'Sáng 02/3/2024' are not figures. 'Trong số 118 hộ' restates the whole of 37 and 12 (attribute only).",
    "Location: the district Hòa Vang (the finest level FIGURES.md names); the commune is not a location level.",
    "'giảm 50% tiền sử dụng đất' is the discount rate granted (a percent figure), not a change of the 12 hộ.",
    "revised after scoring: the 50% subject was 'mức giảm tiền sử dụng đất cho hộ thuộc diện chính sách'; a rate that is the claim is named by",
    "its indicator as the sentence names it (FIGURES.md, h14), so 'tiền sử dụng đất phải nộp của hộ thuộc diện chính sách'.",
    "'Đến nay' is as-of the dateline (end 2024-03-05) and covers the clauses after ';'. The event date 02/3/2024 gives no period.",
]

if __name__ == "__main__":
    emit("p481-8", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Hòa Vang")
