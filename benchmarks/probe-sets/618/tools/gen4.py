"""p618-4: ministry site (Bộ NN&PTNT) — national animal disease situation, 9 months 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thú y
Ngày đăng: 14/10/2024 | Lượt xem: 2.053

9 tháng năm 2024, cả nước ghi nhận 1.024 ổ dịch tả lợn châu Phi

Theo Cục Thú y, 9 tháng năm 2024, bệnh Dịch tả lợn châu Phi đã xảy ra tại 1.024 ổ dịch ở 41 tỉnh, thành phố; số lợn mắc bệnh, chết và tiêu hủy là 76.813 con, tăng 2,6 lần so với cùng kỳ năm 2023. Địa phương có số lợn tiêu hủy nhiều nhất là Hòa Bình (8.562 con), tiếp theo là Bắc Giang (6.937 con) và Sơn La (5.110 con). Thiệt hại do dịch ước tính khoảng 380 tỷ đồng.

Đối với bệnh Viêm da nổi cục, từ đầu năm đến nay cả nước có 37 ổ dịch tại 9 tỉnh, làm 412 con trâu, bò mắc bệnh, trong đó 58 con chết và tiêu hủy. Cúm gia cầm A/H5N1 xảy ra tại 14 ổ dịch ở 11 tỉnh, số gia cầm tiêu hủy hơn 31.000 con, giảm 38% so với cùng kỳ. Bệnh dại làm 64 người tử vong tại 28 tỉnh, tăng 8 trường hợp so với cùng kỳ năm 2023.

Tỷ lệ tiêm phòng LMLM và Viêm da nổi cục trên đàn trâu, bò cả nước lần lượt đạt 72,5% và 41,3%. Tính đến ngày 30/9/2024, các doanh nghiệp trong nước đã cung ứng khoảng 2,1 triệu liều vắc xin Dịch tả lợn châu Phi, trong đó xuất khẩu gần 700.000 liều sang Philippines, Indonesia và Nigeria.

Thực hiện Chỉ thị số 29/CT-TTg và Công văn số 5834/BNN-TY, Cục Thú y đề nghị các địa phương phấn đấu đạt tỷ lệ tiêm phòng LMLM, Viêm da nổi cục không dưới 80% tổng đàn diện tiêm.

Cục Thú y, số 15 ngõ 78 đường Giải Phóng, Hà Nội. Điện thoại: 024.3869.5527.
"""

NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
PIGS = "số lợn mắc bệnh, chết và tiêu hủy"

FIGS = [
    F("ghi nhận 1.024 ổ", "1.024", 1024, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", NINE),
    F("tại 1.024 ổ", "1.024", 1024, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", NINE),
    F("ở 41 tỉnh", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố xảy ra bệnh Dịch tả lợn châu Phi", NINE),
    F("là 76.813 con", "76.813", 76813, "count", "con", PIGS, NINE,
      change=CH("increase", 2.6, "lần", "cùng kỳ năm 2023")),
    F("(8.562 con)", "8.562", 8562, "count", "con", "số lợn tiêu hủy", INH(NINE), location="Hòa Bình"),
    F("(6.937 con)", "6.937", 6937, "count", "con", "số lợn tiêu hủy", INH(NINE), location="Bắc Giang"),
    F("(5.110 con)", "5.110", 5110, "count", "con", "số lợn tiêu hủy", INH(NINE), location="Sơn La"),
    F("khoảng 380 tỷ đồng", "380", 380e9, "money", "đồng", "thiệt hại do dịch Dịch tả lợn châu Phi", INH(NINE),
      approx="about", status="estimate"),
    F("có 37 ổ dịch", "37", 37, "count", "ổ dịch", "ổ dịch Viêm da nổi cục", YTD),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có ổ dịch Viêm da nổi cục", YTD),
    F("làm 412 con", "412", 412, "count", "con trâu, bò", "trâu, bò mắc bệnh Viêm da nổi cục", YTD),
    F("trong đó 58 con", "58", 58, "count", "con", "trâu, bò mắc Viêm da nổi cục chết và tiêu hủy", YTD, total=412),
    F("tại 14 ổ dịch", "14", 14, "count", "ổ dịch", "ổ dịch cúm gia cầm A/H5N1", INH(YTD)),
    F("ở 11 tỉnh", "11", 11, "count", "tỉnh", "tỉnh có ổ dịch cúm gia cầm A/H5N1", INH(YTD)),
    F("hơn 31.000 con", "31.000", 31000, "count", "con", "số gia cầm tiêu hủy", INH(YTD), approx="over",
      change=CH("decrease", 38, "%", "cùng kỳ")),
    F("làm 64 người", "64", 64, "count", "người", "người tử vong do bệnh dại", INH(YTD),
      change=CH("increase", 8, "trường hợp", "cùng kỳ năm 2023")),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh", "tỉnh có người tử vong do bệnh dại", INH(YTD)),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ tiêm phòng LMLM trên đàn trâu, bò"),
    F("và 41,3%", "41,3", 41.3, "percent", "%", "tỷ lệ tiêm phòng Viêm da nổi cục trên đàn trâu, bò"),
    F("khoảng 2,1 triệu liều", "2,1", 2.1e6, "count", "liều vắc xin",
      "liều vắc xin Dịch tả lợn châu Phi các doanh nghiệp trong nước đã cung ứng", ASOF, approx="about"),
    F("gần 700.000 liều", "700.000", 700000, "count", "liều", "liều vắc xin Dịch tả lợn châu Phi xuất khẩu", ASOF,
      approx="nearly", total=2.1e6),
    F("không dưới 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng LMLM, Viêm da nổi cục trên tổng đàn diện tiêm",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 14/10/2024 | Lượt xem: 2.053': national animal disease situation, 9 months 2024.",
    "All figures national (location Việt Nam) except the province list 'Hòa Bình (8.562 con) …' (no cue → no total; province → location).",
    "'từ đầu năm đến nay' ends at the dateline. 'tăng 8 trường hợp so với cùng kỳ năm 2023' is the change of 64 người (unit trường hợp).",
    "'lần lượt đạt 72,5% và 41,3%' gives two percent figures. Export destinations are trade partners, not places.",
    "'ước tính khoảng 380 tỷ đồng' → estimate, about. 'không dưới 80%' → at_least, with 'phấn đấu' → target.",
    "Distractors: Lượt xem, A/H5N1, Chỉ thị số 29/CT-TTg, Công văn số 5834/BNN-TY, số 15 ngõ 78, phone 024.3869.5527.",
]

if __name__ == "__main__":
    emit("p618-4", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
