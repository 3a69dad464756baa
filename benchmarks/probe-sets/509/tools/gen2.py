"""p509-2: Lục Ngạn district portal — lychee cooperatives and value chain, 2024 season."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Tin tức - Sự kiện / Kinh tế - Nông nghiệp
Thứ Năm, 20/06/2024 - 15:20

HTX vải thiều liên kết tiêu thụ hơn 9.000 tấn quả tươi

Vụ vải thiều năm 2024, toàn huyện có 42 hợp tác xã (HTX) và 35 tổ hợp tác tham gia sản xuất, tiêu thụ vải thiều theo chuỗi, với 1.860 thành viên. Tổng diện tích vải của các HTX là 2.350 ha, chiếm gần 8% diện tích vải toàn huyện; trong đó diện tích đạt tiêu chuẩn VietGAP 1.720 ha, GlobalGAP 215 ha.

Đến nay, các HTX đã ký hợp đồng liên kết với 14 doanh nghiệp, thu mua qua 36 điểm cân dọc Quốc lộ 31, tiêu thụ hơn 9.000 tấn vải quả tươi, chiếm khoảng 7,5% sản lượng toàn huyện (ước đạt 120.000 tấn). Giá bán qua liên kết cao hơn giá thị trường từ 15 đến 20%. Doanh thu từ vải thiều của các HTX ước đạt 96,5 tỷ đồng, tăng 18% so với vụ năm 2023.

Điển hình như HTX Nông sản an toàn Phượng Sơn có 58 thành viên, vụ này xuất khẩu 620 tấn vải sang Nhật Bản, EU, doanh thu đạt 7,2 tỷ đồng.

Về vốn, Agribank chi nhánh huyện Lục Ngạn đã cho 27 HTX vay với dư nợ 38,6 tỷ đồng; Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 4,5 tỷ đồng cho 9 HTX đầu tư kho lạnh bảo quản, mỗi HTX được vay tối đa 500 triệu đồng.

Huyện phấn đấu đến năm 2025 có 50 HTX tham gia chuỗi giá trị vải thiều, diện tích liên kết đạt 3.000 ha.

Minh Hằng (Phòng NN&PTNT huyện)
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", end="2024-06-20")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 9.000 tấn quả tươi", "9.000", 9000, "measure", "tấn", "vải thiều quả tươi HTX liên kết tiêu thụ",
      approx="over"),
    F("có 42 hợp tác xã", "42", 42, "count", "hợp tác xã", "hợp tác xã (HTX) tham gia sản xuất, tiêu thụ vải thiều theo chuỗi", Y24),
    F("và 35 tổ hợp tác", "35", 35, "count", "tổ hợp tác", "tổ hợp tác tham gia sản xuất, tiêu thụ vải thiều theo chuỗi", Y24),
    F("với 1.860 thành viên", "1.860", 1860, "count", "thành viên", "thành viên HTX, tổ hợp tác vải thiều", Y24),
    F("là 2.350 ha", "2.350", 2350, "measure", "ha", "tổng diện tích vải của các HTX", percent=8),
    F("VietGAP 1.720 ha", "1.720", 1720, "measure", "ha", "diện tích vải đạt tiêu chuẩn VietGAP", total=2350),
    F("GlobalGAP 215 ha", "215", 215, "measure", "ha", "diện tích vải đạt tiêu chuẩn GlobalGAP", total=2350),
    F("với 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng liên kết với HTX", NOW),
    F("qua 36 điểm cân", "36", 36, "count", "điểm cân", "điểm cân thu mua vải", NOW),
    F("tiêu thụ hơn 9.000 tấn vải", "9.000", 9000, "measure", "tấn", "vải quả tươi HTX tiêu thụ qua liên kết", NOW,
      approx="over", percent=7.5),
    F("ước đạt 120.000 tấn", "120.000", 120000, "measure", "tấn", "sản lượng vải toàn huyện", status="estimate"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "giá bán vải qua liên kết cao hơn giá thị trường", value_max=20),
    F("ước đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "doanh thu từ vải thiều của các HTX",
      change=CH("increase", 18, "%", "vụ năm 2023"), status="estimate"),
    F("có 58 thành viên", "58", 58, "count", "thành viên", "thành viên HTX Nông sản an toàn Phượng Sơn"),
    F("xuất khẩu 620 tấn", "620", 620, "measure", "tấn", "vải xuất khẩu của HTX Phượng Sơn"),
    F("đạt 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "doanh thu của HTX Phượng Sơn"),
    F("cho 27 HTX", "27", 27, "count", "HTX", "HTX được Agribank cho vay"),
    F("dư nợ 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "dư nợ cho vay HTX của Agribank"),
    F("giải ngân 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "vốn Quỹ hỗ trợ phát triển HTX tỉnh giải ngân"),
    F("cho 9 HTX", "9", 9, "count", "HTX", "HTX được Quỹ hỗ trợ phát triển HTX cho vay đầu tư kho lạnh"),
    F("tối đa 500 triệu đồng", "500", 500e6, "money", "đồng", "mức vay của mỗi HTX", approx="at_most"),
    F("có 50 HTX", "50", 50, "count", "HTX", "HTX tham gia chuỗi giá trị vải thiều", T25, status="target"),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích liên kết vải thiều", T25, status="target"),
]

COMMENTS = [
    "Lục Ngạn district portal (Bắc Giang): HTX vải thiều, liên kết chuỗi, vốn vay, vụ vải 2024. Dateline 'Thứ Năm, 20/06/2024 - 15:20'; byline at the end.",
    "Location is the district throughout (HTX Phượng Sơn is in Lục Ngạn). 'Vụ vải thiều năm 2024' gives năm 2024 to its sentence.",
    "'chiếm gần 8%' / 'chiếm khoảng 7,5%' are the percent of the area / tonnage (the approx belongs to the share, the figures keep theirs).",
    "'(ước đạt 120.000 tấn)' is the whole district output, its own estimate figure; 'Đến nay' ends at the dateline.",
    "'cao hơn giá thị trường từ 15 đến 20%' is a rate standing as the claim: a percent range, no change.",
    "Not figures: Quốc lộ 31, dates, the 2023 baseline. 'tối đa 500 triệu đồng' per HTX is kept as an at_most figure.",
]

emit("p509-2", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Lục Ngạn")
