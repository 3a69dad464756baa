"""p515-8: commune portal (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng) — payment accounts, QR at shops and market,
pensions via accounts, BTS/5G and fibre."""
from lib import F, P, inh, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA TIẾN
Huyện Hòa Vang - Thành phố Đà Nẵng
Trang chủ / Tin tức - Sự kiện / Chuyển đổi số
Đăng ngày: 06/01/2025 - 09:12 | Lượt xem: 327

Hòa Tiến: 72% người trong độ tuổi lao động có tài khoản thanh toán

Năm 2024, Tổ công nghệ số cộng đồng của xã đã hỗ trợ 3.250 người dân cài đặt ứng dụng ngân hàng, nâng tổng số người có tài khoản thanh toán lên 9.840 người, chiếm 72% dân số trong độ tuổi lao động.

Toàn xã có 1.124/1.380 hộ kinh doanh, cửa hàng tạp hóa chấp nhận thanh toán qua mã QR. Tại chợ Lệ Trạch (thôn Lệ Sơn 2), trong 86 tiểu thương đã có 79 hộ treo mã QR.

Có 652/713 người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận tiền qua tài khoản, đạt 91,4%; 100% học sinh của 3 trường học trên địa bàn nộp học phí không dùng tiền mặt. Tiền điện, tiền nước của hơn 95% hộ gia đình được thanh toán qua ứng dụng.

Về hạ tầng, xã có 14 trạm BTS, trong đó 5 trạm 5G do Viettel lắp đặt trong quý IV/2024; 11/11 thôn đã có cáp quang đến hộ gia đình.

Năm 2025, xã phấn đấu 80% người trưởng thành có tài khoản thanh toán, 100% hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt.

UBND xã Hòa Tiến - ĐT: 0236.3846.319 - Địa chỉ: thôn Lệ Sơn 1, xã Hòa Tiến, huyện Hòa Vang, TP Đà Nẵng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hòa Tiến: 72%", "72", 72, "percent", "%", "người trong độ tuổi lao động có tài khoản thanh toán", inh(Y24)),
    F("hỗ trợ 3.250 người", "3.250", 3250, "count", "người", "người dân được hỗ trợ cài đặt ứng dụng ngân hàng", Y24),
    F("lên 9.840 người", "9.840", 9840, "count", "người", "người có tài khoản thanh toán", Y24, percent=72),
    F("có 1.124/1.380", "1.124", 1124, "count", "hộ kinh doanh, cửa hàng tạp hóa",
      "hộ kinh doanh, cửa hàng tạp hóa chấp nhận thanh toán qua mã QR", total=1380),
    F("trong 86 tiểu thương", "86", 86, "count", "tiểu thương", "tiểu thương tại chợ Lệ Trạch"),
    F("có 79 hộ", "79", 79, "count", "hộ", "hộ treo mã QR tại chợ Lệ Trạch", total=86),
    F("Có 652/713", "652", 652, "count", "người",
      "người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận tiền qua tài khoản", total=713, percent=91.4),
    F("100% học sinh", "100", 100, "percent", "%", "học sinh nộp học phí không dùng tiền mặt"),
    F("của 3 trường", "3", 3, "count", "trường học", "trường học trên địa bàn"),
    F("hơn 95% hộ", "95", 95, "percent", "%", "hộ gia đình thanh toán tiền điện, tiền nước qua ứng dụng",
      approx="over"),
    F("có 14 trạm BTS", "14", 14, "count", "trạm", "trạm BTS"),
    F("5 trạm 5G", "5", 5, "count", "trạm", "trạm 5G", Q4, total=14),
    F("11/11 thôn", "11", 11, "count", "thôn", "thôn có cáp quang đến hộ gia đình", total=11),
    F("phấn đấu 80%", "80", 80, "percent", "%", "người trưởng thành có tài khoản thanh toán", Y25, status="target"),
    F("100% hộ kinh doanh", "100", 100, "percent", "%", "hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt", Y25,
      status="target"),
]

COMMENTS = [
    "Commune portal (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng; invented): tài khoản thanh toán, QR, chi trả an sinh, BTS/5G, cáp quang.",
    "Location: a commune is below the spec's 'province, city or district', so figures take the district the commune implies: Hòa Vang.",
    "Distractors: 'Lượt xem: 327', dateline, 'thôn Lệ Sơn 2', 'thôn Lệ Sơn 1', phone 0236.3846.319, '5G' (name).",
    "'trong 86 tiểu thương đã có 79 hộ' -> 79 takes 86 as total ('Trong N, có M'). '652/713 …, đạt 91,4%' -> total and percent.",
    "'chiếm 72% dân số trong độ tuổi lao động' is the percent of 9.840; the headline 72% is its own figure (period inherited).",
    "Sentences with no period phrase get none; '5 trạm 5G … trong quý IV/2024' takes the quarter; 'Năm 2025 … phấn đấu' -> target.",
]

if __name__ == "__main__":
    emit("p515-8", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Hòa Vang")
