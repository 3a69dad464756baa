"""p843-1: Quảng Trị provincial portal, 9 months 2024 of UXO survey and clearance."""
from lib import F, period, inherit, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.315

Quảng Trị: 9 tháng rà phá bom mìn trên 3.100 ha đất

Theo báo cáo của Ban Chỉ đạo Chương trình 504 tỉnh, 9 tháng đầu năm 2024, các tổ chức, đơn vị trên địa bàn tỉnh đã khảo sát, rà phá bom mìn, vật nổ trên diện tích 3.126,5 ha, đạt 78,2% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, khảo sát kỹ thuật 1.840 ha và rà phá làm sạch 1.286,5 ha. Qua đó, các lực lượng đã phát hiện, tiêu hủy an toàn 9.742 quả bom, mìn, vật nổ các loại, trong đó có 6.115 quả bom bi. Tổng kinh phí thực hiện các dự án trong 9 tháng ước đạt 58,6 tỷ đồng, trong đó vốn viện trợ nước ngoài chiếm khoảng 86%.

Các đội xử lý bom mìn lưu động (EOD) đã tiếp nhận 1.215 tin báo của người dân qua đường dây nóng 0233.3560.222 và xử lý 1.208 điểm, đạt tỷ lệ 99,4%. Bình quân mỗi ngày, các đội xử lý khoảng 36 quả bom mìn, nhiều điểm nằm sát Quốc lộ 9 và khu dân cư.

Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 3 vụ tai nạn do bom mìn, giảm 2 vụ so với cùng kỳ, làm 5 người thương vong, trong đó 2 người tử vong. Theo quy định của tỉnh, mức hỗ trợ khẩn cấp là 5 triệu đồng/người đối với trường hợp tử vong và 3 triệu đồng/người đối với người bị thương.

Lũy kế từ năm 1996 đến hết tháng 9/2024, toàn tỉnh đã làm sạch trên 60.000 ha đất bị ô nhiễm bom mìn, chiếm khoảng 12,8% diện tích tự nhiên. Trong quý IV/2024, tỉnh phấn đấu rà phá thêm khoảng 870 ha; đồng thời dự kiến hỗ trợ sinh kế cho 120 hộ gia đình nạn nhân bom mìn tại các huyện Vĩnh Linh, Gio Linh và Cam Lộ theo Nghị định số 18/2019/NĐ-CP của Chính phủ.
"""

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = period("Trong quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("rà phá bom mìn trên 3.100 ha", "3.100", "measure", "ha", "diện tích rà phá bom mìn",
      period("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("diện tích 3.126,5 ha", "3.126,5", "measure", "ha", "diện tích khảo sát, rà phá bom mìn, vật nổ", P9,
      percent=78.2, change=change("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("khảo sát kỹ thuật 1.840 ha", "1.840", "measure", "ha", "diện tích khảo sát kỹ thuật", inherit(P9),
      total=3126.5),
    F("rà phá làm sạch 1.286,5 ha", "1.286,5", "measure", "ha", "diện tích rà phá làm sạch", inherit(P9),
      total=3126.5),
    F("an toàn 9.742 quả", "9.742", "count", "quả", "bom, mìn, vật nổ được phát hiện, tiêu hủy", inherit(P9)),
    F("có 6.115 quả bom bi", "6.115", "count", "quả", "bom bi được phát hiện, tiêu hủy", inherit(P9), total=9742),
    F("ước đạt 58,6 tỷ đồng", "58,6", "money", "đồng", "tổng kinh phí thực hiện các dự án",
      period("trong 9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("chiếm khoảng 86%", "86", "percent", "%", "tỷ trọng vốn viện trợ nước ngoài trong tổng kinh phí",
      period("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about", status="estimate"),
    F("tiếp nhận 1.215 tin báo", "1.215", "count", "tin báo", "tin báo của người dân được tiếp nhận", inherit(P9)),
    F("xử lý 1.208 điểm", "1.208", "count", "điểm", "điểm có bom mìn được xử lý", inherit(P9), percent=99.4),
    F("khoảng 36 quả bom mìn", "36", "measure", "quả/ngày", "bom mìn được xử lý bình quân mỗi ngày", inherit(P9),
      approx="about"),
    F("xảy ra 3 vụ tai nạn", "3", "count", "vụ", "vụ tai nạn do bom mìn", YTD,
      change=change("decrease", 2, "vụ", "cùng kỳ")),
    F("làm 5 người thương vong", "5", "count", "người", "người thương vong do tai nạn bom mìn", YTD),
    F("trong đó 2 người tử vong", "2", "count", "người", "người tử vong do tai nạn bom mìn", YTD, total=5),
    F("là 5 triệu đồng/người", "5", "money", "đồng/người", "mức hỗ trợ khẩn cấp trường hợp tử vong"),
    F("và 3 triệu đồng/người", "3", "money", "đồng/người", "mức hỗ trợ khẩn cấp người bị thương"),
    F("làm sạch trên 60.000 ha", "60.000", "measure", "ha", "diện tích đất bị ô nhiễm bom mìn đã làm sạch",
      period("từ năm 1996 đến hết tháng 9/2024", "1996-01-01", "2024-09-30"), approx="over", percent=12.8),
    F("thêm khoảng 870 ha", "870", "measure", "ha", "diện tích rà phá bom mìn", Q4, approx="about",
      status="target"),
    F("cho 120 hộ gia đình", "120", "count", "hộ gia đình", "hộ gia đình nạn nhân bom mìn được hỗ trợ sinh kế", Q4,
      status="forecast"),
]

NOTES = [
    "Quảng Trị provincial portal: 9 months 2024 of survey and clearance (Ban Chỉ đạo Chương trình 504).",
    "Headline '9 tháng' (no year) takes 2024 from the dateline. 'trong đó … chiếm khoảng 86%' is the share of a part,",
    "a percent figure of its own; 'ước đạt' also governs that continuing clause. 'giảm 2 vụ' belongs to 3 vụ (unit vụ).",
    "Support levels (đồng/người) are standing rules: no period. Distractors: dateline, Lượt xem, Chương trình 504,",
    "hotline 0233.3560.222, Quốc lộ 9, Nghị định số 18/2019/NĐ-CP.",
]

if __name__ == "__main__":
    write("p843-1", TEXT, FIGS, published="2024-10-14", location="Quảng Trị", notes=NOTES)
