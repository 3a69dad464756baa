"""p906-1: Lào Cai province portal - semi-boarding meal and rice support, school year 2024-2025."""
from lib import F, P, I, CH, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Lào Cai: Hơn 41.000 học sinh bán trú được hỗ trợ tiền ăn, gạo

Cập nhật: 12/09/2024 09:45 | Lượt xem: 2.317

Năm học 2024-2025, toàn tỉnh có 186 trường phổ thông tổ chức nấu ăn tập trung cho học sinh bán trú, tăng 7 trường so với năm học trước; trong đó có 52 trường phổ thông dân tộc bán trú. Số học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP là 41.362 em, chiếm 26,8% tổng số học sinh phổ thông toàn tỉnh.

Theo quy định, mỗi học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở và 15 kg gạo/tháng, tối đa 9 tháng/năm học. Với mức lương cơ sở 2,34 triệu đồng áp dụng từ ngày 1/7/2024, mức hỗ trợ tiền ăn hiện là 936.000 đồng/học sinh/tháng. Tổng kinh phí hỗ trợ tiền ăn 4 tháng cuối năm 2024 ước khoảng 158 tỷ đồng; lượng gạo cấp cả năm học 2024-2025 dự kiến gần 5.600 tấn.

Hiện 100% trường có học sinh bán trú đã bố trí bếp ăn một chiều, nhà ăn và nước sạch. Tuy nhiên, vẫn còn 23 trường phải dùng bếp tạm, tập trung ở các huyện Si Ma Cai (8 trường), Bắc Hà (6 trường), Mường Khương (5 trường) và Bát Xát (4 trường). Năm 2024, tỉnh bố trí 35,6 tỷ đồng từ Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số để xây mới, cải tạo 41 nhà bếp, nhà ăn; đến nay đã giải ngân 22,8 tỷ đồng, đạt 64% kế hoạch.

Mục tiêu đến năm 2025, 100% trường phổ thông dân tộc bán trú có bếp ăn đạt chuẩn an toàn thực phẩm và ít nhất 70% trường tự tăng gia được rau xanh phục vụ bữa ăn. Ông Nguyễn Văn Tám, Phó Giám đốc Sở GD&ĐT, cho biết trong tháng 10 Sở sẽ kiểm tra đột xuất bếp ăn bán trú lần thứ 2 tại các huyện vùng cao.

Nguồn: Sở Giáo dục và Đào tạo tỉnh Lào Cai
"""

NH = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
DIST = "trường phải dùng bếp tạm"

FIGS = [
    F("Hơn 41.000 học sinh", "41.000", 41000, "count", "học sinh", "học sinh bán trú được hỗ trợ tiền ăn, gạo",
      approx="over"),
    F("có 186 trường", "186", 186, "count", "trường", "trường phổ thông tổ chức nấu ăn tập trung cho học sinh bán trú", NH,
      change=CH("increase", 7, "trường", "năm học trước")),
    F("có 52 trường", "52", 52, "count", "trường", "trường phổ thông dân tộc bán trú", NH, total=186),
    F("là 41.362 em", "41.362", 41362, "count", "em", "học sinh được hưởng chính sách hỗ trợ theo Nghị định 116", I(NH),
      percent=26.8),
    F("bằng 40% mức lương", "40", 40, "percent", "%", "mức hỗ trợ tiền ăn cho học sinh bán trú so với mức lương cơ sở"),
    F("15 kg gạo/tháng", "15", 15, "measure", "kg/tháng", "gạo hỗ trợ cho mỗi học sinh bán trú"),
    F("tối đa 9 tháng/năm học", "9", 9, "measure", "tháng/năm học", "thời gian hưởng hỗ trợ", approx="at_most",
      optional=True),
    F("cơ sở 2,34 triệu đồng", "2,34", 2340000, "money", "đồng", "mức lương cơ sở"),
    F("là 936.000 đồng", "936.000", 936000, "money", "đồng/học sinh/tháng", "mức hỗ trợ tiền ăn cho học sinh bán trú"),
    F("khoảng 158 tỷ đồng", "158", 158e9, "money", "đồng", "kinh phí hỗ trợ tiền ăn",
      P("4 tháng cuối năm 2024", "2024-09-01", "2024-12-31"), approx="about", status="estimate"),
    F("gần 5.600 tấn", "5.600", 5600, "measure", "tấn", "gạo cấp cho học sinh bán trú",
      P("năm học 2024-2025", "2024-09-01", "2025-05-31"), approx="nearly", status="forecast"),
    F("Hiện 100% trường", "100", 100, "percent", "%",
      "trường có học sinh bán trú bố trí bếp ăn một chiều, nhà ăn và nước sạch"),
    F("còn 23 trường", "23", 23, "count", "trường", DIST),
    F("Si Ma Cai (8 trường)", "8", 8, "count", "trường", DIST, total=23, location="Si Ma Cai"),
    F("Bắc Hà (6 trường)", "6", 6, "count", "trường", DIST, total=23, location="Bắc Hà"),
    F("Mường Khương (5 trường)", "5", 5, "count", "trường", DIST, total=23, location="Mường Khương"),
    F("Bát Xát (4 trường)", "4", 4, "count", "trường", DIST, total=23, location="Bát Xát"),
    F("bố trí 35,6 tỷ đồng", "35,6", 35.6e9, "money", "đồng",
      "vốn Chương trình mục tiêu quốc gia bố trí xây mới, cải tạo nhà bếp, nhà ăn", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cải tạo 41 nhà bếp", "41", 41, "count", "nhà bếp", "nhà bếp, nhà ăn xây mới, cải tạo",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân 22,8 tỷ đồng", "22,8", 22.8e9, "money", "đồng", "vốn đã giải ngân",
      P("đến nay", None, "2024-09-12"), percent=64),
    F("năm 2025, 100% trường", "100", 100, "percent", "%",
      "trường phổ thông dân tộc bán trú có bếp ăn đạt chuẩn an toàn thực phẩm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 70% trường", "70", 70, "percent", "%", "trường tự tăng gia được rau xanh phục vụ bữa ăn",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Lào Cai provincial portal: semi-boarding pupils' meal/rice support (Nghị định 116), kitchens, 2025 targets.",
    "School year 'năm học 2024-2025' read as 2024-09-01..2025-05-31 (Vietnamese school calendar).",
    "'tối đa 9 tháng/năm học' is a policy duration: optional. 'lần thứ 2', 'tháng 10', Nghị định 116/2016, counters are not figures.",
]

if __name__ == "__main__":
    write("p906-1", TEXT, FIGS, NOTES, published="2024-09-12", location="Lào Cai")
