"""p558-6: national press (VnExpress style), African swine fever 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Thời sự › Nông nghiệp
Thứ năm, 22/8/2024, 06:30 (GMT+7)
Dịch tả lợn châu Phi lan ra 31 tỉnh, gần 50.000 con lợn bị tiêu hủy

Từ đầu năm đến nay, cả nước ghi nhận 1.186 ổ dịch tả lợn châu Phi tại 31 tỉnh, thành phố, số lợn buộc phải tiêu hủy hơn 49.600 con, gấp gần 3 lần cùng kỳ năm ngoái.

Theo báo cáo Cục Thú y gửi Bộ Nông nghiệp và Phát triển nông thôn ngày 21/8, riêng tháng 7 cả nước phát sinh 312 ổ dịch mới, tăng 46% so với tháng 6. Các địa phương có số lợn tiêu hủy nhiều là Quảng Ngãi, Thái Bình và Hà Tĩnh, lần lượt 4.320 con, 3.850 con và 2.970 con. Hiện còn 203 ổ dịch chưa qua 21 ngày tại 19 tỉnh.

Ông Trần Minh Khoa, Phó Cục trưởng Cục Thú y, cho biết nguyên nhân chính là nhiều hộ chăn nuôi nhỏ lẻ chưa tiêm vắc xin; tỷ lệ đàn lợn được tiêm phòng dịch tả lợn châu Phi mới đạt khoảng 1,2% tổng đàn. Từ tháng 6/2023 đến nay, hai loại vắc xin sản xuất trong nước đã cung ứng hơn 2,1 triệu liều, trong đó khoảng 600.000 liều xuất khẩu sang Philippines.

Giá lợn hơi tại miền Bắc hiện phổ biến 66.000-68.000 đồng/kg, tăng 2.000 đồng/kg so với tuần trước. Cục Thú y đề nghị các địa phương dành ít nhất 30% kinh phí phòng, chống dịch để mua vắc xin; phấn đấu đến hết năm 2024 tỷ lệ tiêm phòng đạt 10% tổng đàn.

Trước đó, Thủ tướng đã ban hành Công điện số 83/CĐ-TTg yêu cầu các địa phương tập trung khống chế dịch, không để lây lan rộng.

Gia Chính
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
JUL = P("tháng 7", "2024-07-01", "2024-07-31")
SINCE = P("Từ tháng 6/2023 đến nay", "2023-06-01", "2024-08-22")
EOY = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("lan ra 31 tỉnh", "31", 31, "count", "tỉnh", "tỉnh có dịch tả lợn châu Phi"),
    F("gần 50.000 con", "50.000", 50000, "count", "con", "lợn bị tiêu hủy", approx="nearly"),
    F("ghi nhận 1.186 ổ dịch", "1.186", 1186, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", YTD),
    F("tại 31 tỉnh, thành phố", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố có ổ dịch tả lợn châu Phi", YTD),
    F("hơn 49.600 con", "49.600", 49600, "count", "con", "số lợn buộc phải tiêu hủy", YTD, approx="over",
      change=CH("increase", 3, "lần", "cùng kỳ năm ngoái", "nearly")),
    F("phát sinh 312 ổ dịch", "312", 312, "count", "ổ dịch", "ổ dịch mới", JUL,
      change=CH("increase", 46, baseline="tháng 6")),
    F("lần lượt 4.320 con", "4.320", 4320, "count", "con", "số lợn tiêu hủy", INH(YTD), location="Quảng Ngãi"),
    F("3.850 con và", "3.850", 3850, "count", "con", "số lợn tiêu hủy", INH(YTD), location="Thái Bình"),
    F("2.970 con", "2.970", 2970, "count", "con", "số lợn tiêu hủy", INH(YTD), location="Hà Tĩnh"),
    F("còn 203 ổ dịch", "203", 203, "count", "ổ dịch", "ổ dịch chưa qua 21 ngày"),
    F("qua 21 ngày", "21", 21, "measure", "ngày", optional=True),
    F("tại 19 tỉnh", "19", 19, "count", "tỉnh", "tỉnh còn ổ dịch chưa qua 21 ngày"),
    F("khoảng 1,2% tổng đàn", "1,2", 1.2, "percent", "%", "tỷ lệ đàn lợn được tiêm phòng dịch tả lợn châu Phi",
      approx="about"),
    F("hai loại vắc xin", "hai", 2, "count", "loại vắc xin", "vắc xin dịch tả lợn châu Phi sản xuất trong nước",
      optional=True),
    F("hơn 2,1 triệu liều", "2,1", 2100000, "count", "liều", "vắc xin sản xuất trong nước đã cung ứng", SINCE,
      approx="over"),
    F("khoảng 600.000 liều", "600.000", 600000, "count", "liều", "vắc xin xuất khẩu sang Philippines", SINCE,
      approx="about", total=2100000),
    F("66.000-68.000 đồng/kg", "66.000", 66000, "money", "đồng/kg", "giá lợn hơi tại miền Bắc", value_max=68000,
      change=CH("increase", 2000, "đồng/kg", "tuần trước")),
    F("ít nhất 30%", "30", 30, "percent", "%", "kinh phí phòng, chống dịch dành để mua vắc xin", approx="at_least",
      status="target"),
    F("đạt 10% tổng đàn", "10", 10, "percent", "%", "tỷ lệ tiêm phòng dịch tả lợn châu Phi", EOY, status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 22/8/2024, 06:30 (GMT+7)'): dịch tả lợn châu Phi 2024, national figures.",
    "'gấp gần 3 lần cùng kỳ năm ngoái' right after 'hơn 49.600 con' is that figure's change (lần, nearly), not a multiple.",
    "'Từ đầu năm đến nay' / 'Từ tháng 6/2023 đến nay' end at the dateline. 'lần lượt' list: provinces to location.",
    "'chưa qua 21 ngày' is a quarantine threshold (optional); 'hai loại vắc xin' names the products (optional).",
    "'dành ít nhất 30%' is a requested minimum share (status target, choice). Công điện số 83/CĐ-TTg, 'ngày 21/8', (GMT+7) not figures.",
    "Location Việt Nam throughout (a national report; the three provinces are list items).",
]

if __name__ == "__main__":
    emit("p558-6", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
