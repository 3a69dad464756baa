"""p605-8: commune portal, xã Tân Phú (Đồng Phú, Bình Phước) — BHYT and voluntary BHXH 2023, contribution rules, gifts, pensioners, 2024 targets."""
from lib import F, P, I, CH, emit

TEXT = """UBND XÃ TÂN PHÚ - HUYỆN ĐỒNG PHÚ - TỈNH BÌNH PHƯỚC
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Xã Tân Phú: 100% người thuộc hộ nghèo được cấp thẻ BHYT

Ngày đăng: 05/03/2024 | Người đăng: Văn phòng UBND xã

Năm 2023, xã Tân Phú có 5.812 người tham gia BHYT, đạt tỷ lệ bao phủ 93,4% dân số, tăng 2,1% so với năm 2022; 186 người tham gia BHXH tự nguyện, đạt 124% chỉ tiêu huyện giao. Toàn bộ người thuộc hộ nghèo, hộ cận nghèo và trẻ em dưới 6 tuổi trên địa bàn được cấp thẻ BHYT miễn phí hoặc hỗ trợ mức đóng.

Theo quy định hiện hành, mức đóng BHXH tự nguyện thấp nhất là 330.000 đồng/tháng, bằng 22% mức chuẩn hộ nghèo khu vực nông thôn 1,5 triệu đồng. Nhà nước hỗ trợ lần lượt 30%, 25% và 10% mức đóng cho người thuộc hộ nghèo, hộ cận nghèo và các đối tượng khác.

Năm 2023, UBND xã phối hợp với Bưu điện huyện tổ chức 12 buổi tuyên truyền, đối thoại tại các ấp với hơn 600 lượt người tham dự; vận động các nhà hảo tâm tặng 45 sổ BHXH tự nguyện và 120 thẻ BHYT, trị giá gần 98 triệu đồng.

Hiện trên địa bàn xã có 214 người hưởng lương hưu, trợ cấp BHXH hằng tháng, số tiền chi trả bình quân khoảng 1,3 tỷ đồng/tháng.

Năm 2024, xã phấn đấu có 230 người tham gia BHXH tự nguyện, tỷ lệ bao phủ BHYT đạt từ 94 đến 95% dân số.

Địa chỉ: ấp Tân Lập, xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước (cạnh đường ĐT741). Điện thoại: 0271.3819.205
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("100% người thuộc hộ nghèo", "100", 100, "percent", "%", "người thuộc hộ nghèo được cấp thẻ BHYT", I(Y23)),
    F("có 5.812 người", "5.812", 5812, "count", "người", "người tham gia BHYT", Y23,
      percent=93.4, change=CH("increase", 2.1, baseline="năm 2022")),
    F("186 người", "186", 186, "count", "người", "người tham gia BHXH tự nguyện", Y23, percent=124),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("là 330.000 đồng/tháng", "330.000", 330000, "money", "đồng/tháng", "mức đóng BHXH tự nguyện thấp nhất",
      percent=22, location="Việt Nam"),
    F("nông thôn 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "mức chuẩn hộ nghèo khu vực nông thôn", location="Việt Nam"),
    F("lần lượt 30%", "30", 30, "percent", "%", "mức Nhà nước hỗ trợ đóng BHXH tự nguyện cho người thuộc hộ nghèo", location="Việt Nam"),
    F("30%, 25%", "25", 25, "percent", "%", "mức Nhà nước hỗ trợ đóng BHXH tự nguyện cho người thuộc hộ cận nghèo", location="Việt Nam"),
    F("và 10% mức đóng", "10", 10, "percent", "%", "mức Nhà nước hỗ trợ đóng BHXH tự nguyện cho các đối tượng khác", location="Việt Nam"),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", "buổi tuyên truyền, đối thoại tại các ấp", Y23),
    F("hơn 600 lượt người", "600", 600, "count", "lượt người", "lượt người tham dự tuyên truyền, đối thoại", Y23, approx="over"),
    F("tặng 45 sổ", "45", 45, "count", "sổ BHXH", "sổ BHXH tự nguyện được tặng", Y23),
    F("và 120 thẻ BHYT", "120", 120, "count", "thẻ BHYT", "thẻ BHYT được tặng", Y23),
    F("gần 98 triệu đồng", "98", 98e6, "money", "đồng", "trị giá sổ BHXH và thẻ BHYT được tặng", Y23, approx="nearly"),
    F("có 214 người", "214", 214, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hằng tháng"),
    F("khoảng 1,3 tỷ đồng/tháng", "1,3", 1.3e9, "money", "đồng/tháng", "số tiền chi trả lương hưu, trợ cấp BHXH bình quân", approx="about"),
    F("có 230 người", "230", 230, "count", "người", "người tham gia BHXH tự nguyện", Y24, status="target"),
    F("từ 94 đến 95%", "94", 94, "percent", "%", "tỷ lệ bao phủ BHYT", Y24, value_max=95, status="target"),
]

COMMENTS = [
    "Commune portal, xã Tân Phú (huyện Đồng Phú, Bình Phước): BHYT and voluntary BHXH in 2023, contribution rules, gifts, pensioners, 2024 targets.",
    "Dateline 'Ngày đăng: 05/03/2024'. Location: the district 'Đồng Phú' (FIGURES.md: province, city or district; revised after the first run, was the commune 'Tân Phú').",
    "The national contribution rules (330.000 đồng/tháng = 22% of the rural poverty line 1,5 triệu; State support 30/25/10%) describe the whole",
    "country: location Việt Nam (choice). 'tăng 2,1% so với năm 2022' after the coverage share attaches to the count 5.812 (as in shared h09).",
    "'dưới 6 tuổi' optional. 'Hiện' gives no period. Distractors: 'ĐT741' (a road), 'ấp Tân Lập', phone.",
]

if __name__ == "__main__":
    emit("p605-8", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Đồng Phú")
