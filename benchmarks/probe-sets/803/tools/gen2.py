"""p803-2: huyện Kỳ Sơn (Nghệ An) district portal, central circus troupe tour + district cinema team."""
from lib import F, P, I, C, emit

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ / Văn hóa - Thể thao

Đoàn xiếc Trung ương mang tiếng cười đến bản vùng biên

Thứ Hai, 14/10/2024 - 10:20

Từ ngày 8 đến 11/10, Liên đoàn Xiếc Việt Nam phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức 4 đêm biểu diễn phục vụ đồng bào các xã Mường Lống, Na Ngoi, Keng Đu và Mỹ Lý. Mỗi đêm diễn kéo dài khoảng 90 phút với 12 tiết mục xiếc, ảo thuật, múa rối; tổng cộng đã có khoảng 5.600 lượt người dân, học sinh đến xem, trong đó xã Mường Lống đông nhất với hơn 1.800 lượt.

Đoàn có 32 diễn viên, nhạc công và nhân viên kỹ thuật, vận chuyển gần 3 tấn đạo cụ, thiết bị âm thanh, ánh sáng bằng hai xe tải. Quãng đường từ thị trấn Mường Xén đến xã Keng Đu dài 47 km, nhiều đoạn sạt lở sau cơn bão số 3 nên đoàn phải mất gần 4 giờ mới tới nơi. Toàn bộ kinh phí khoảng 320 triệu đồng do Bộ Văn hóa, Thể thao và Du lịch bảo đảm từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; người xem không phải mua vé.

Cùng thời gian, Đội chiếu phim lưu động của huyện đã tổ chức 16 buổi chiếu phim tại 8 bản. Từ đầu năm đến nay, Đội đã thực hiện 138 buổi chiếu, đạt 76,7% kế hoạch năm, phục vụ trên 21.000 lượt người xem, tăng 2.300 lượt so với cùng kỳ năm trước. Phim được lồng tiếng Thái và Mông chiếm 45% thời lượng chiếu.

Dịp Tết Nguyên đán 2025, huyện dự kiến mời đoàn xiếc trở lại biểu diễn tại 3 xã còn lại là Bắc Lý, Huồi Tụ và Nậm Cắn.

Thùy Linh (Trung tâm VH-TT&TT huyện)
"""

TOUR = P("Từ ngày 8 đến 11/10", "2024-10-08", "2024-10-11")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
FIGS = [
    F("tổ chức 4 đêm", "4", 4, "count", "đêm biểu diễn", "đêm biểu diễn xiếc phục vụ đồng bào các xã", TOUR),
    F("khoảng 90 phút", "90", 90, "measure", "phút", "thời lượng mỗi đêm diễn", approx="about"),
    F("với 12 tiết mục", "12", 12, "count", "tiết mục", "tiết mục xiếc, ảo thuật, múa rối mỗi đêm diễn"),
    F("khoảng 5.600 lượt", "5.600", 5600, "count", "lượt người dân, học sinh", "lượt người dân, học sinh đến xem",
      I(TOUR), approx="about"),
    F("hơn 1.800 lượt", "1.800", 1800, "count", "lượt", "lượt người xem tại xã Mường Lống", I(TOUR),
      approx="over", total=5600),
    F("có 32 diễn viên", "32", 32, "count", "diễn viên, nhạc công và nhân viên kỹ thuật",
      "diễn viên, nhạc công và nhân viên kỹ thuật của đoàn xiếc"),
    F("gần 3 tấn", "3", 3, "measure", "tấn", "đạo cụ, thiết bị âm thanh, ánh sáng vận chuyển", approx="nearly"),
    F("bằng hai xe tải", "hai", 2, "count", "xe tải", "xe tải vận chuyển đạo cụ, thiết bị"),
    F("dài 47 km", "47", 47, "measure", "km", "quãng đường từ thị trấn Mường Xén đến xã Keng Đu"),
    F("gần 4 giờ", "4", 4, "measure", "giờ", "thời gian đoàn di chuyển tới xã Keng Đu", approx="nearly"),
    F("khoảng 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí tổ chức biểu diễn xiếc", approx="about"),
    F("tổ chức 16 buổi", "16", 16, "count", "buổi chiếu phim", "buổi chiếu phim của Đội chiếu phim lưu động huyện",
      I(TOUR)),
    F("tại 8 bản", "8", 8, "count", "bản", "bản được chiếu phim", I(TOUR)),
    F("thực hiện 138 buổi", "138", 138, "count", "buổi chiếu", "buổi chiếu phim của Đội chiếu phim lưu động",
      YTD, percent=76.7),
    F("trên 21.000 lượt", "21.000", 21000, "count", "lượt người xem", "lượt người xem phim lưu động", YTD,
      approx="over", change=C("increase", 2300, "lượt", "cùng kỳ năm trước")),
    F("chiếm 45%", "45", 45, "percent", "%", "tỷ lệ thời lượng chiếu phim lồng tiếng Thái và Mông"),
    F("tại 3 xã", "3", 3, "count", "xã", "xã được mời đoàn xiếc biểu diễn dịp Tết Nguyên đán 2025",
      status="forecast"),
]

NOTES = [
    "Kỳ Sơn district portal (Nghệ An): Liên đoàn Xiếc Việt Nam tour of border communes + district mobile cinema team.",
    "Dateline 'Thứ Hai, 14/10/2024 - 10:20'. 'Từ ngày 8 đến 11/10' is the tour period (year from the dateline).",
    "Communes are finer than the levels the spec names (province, city, district): commune figures keep the district 'Kỳ Sơn'.",
    "'hơn 1.800 lượt' after 'trong đó' is part of 5.600. 'hai xe tải' is a number word (2).",
    "'Từ đầu năm đến nay' ends at the dateline. '3 xã còn lại' under 'dự kiến' is a forecast; 'Tết Nguyên đán 2025' gives no period.",
    "Distractors: 'cơn bão số 3', '10:20', 'Thứ Hai', dates 8-11/10.",
]

if __name__ == "__main__":
    emit("p803-2", TEXT, NOTES, FIGS, published="2024-10-14", location="Kỳ Sơn")
