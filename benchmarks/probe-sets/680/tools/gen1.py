"""p680-1: Lâm Đồng province portal — sericulture results, first half of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Lâm Đồng: Sản lượng kén tằm 6 tháng đầu năm đạt hơn 4.100 tấn
Cập nhật: 16/07/2024 14:05
Lượt xem: 1.862

(LĐ) - Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có 10.320 ha dâu, tăng 640 ha so với cùng kỳ năm 2023. Trong đó, diện tích trồng mới đạt 715 ha, chủ yếu là giống dâu VH13 và S7CB cho năng suất lá cao.

Các địa phương có diện tích dâu lớn là Bảo Lộc (3.150 ha), Lâm Hà (2.480 ha), Đam Rông (1.320 ha), Di Linh (1.105 ha) và Bảo Lâm (960 ha).

Toàn tỉnh đã nuôi 118.600 hộp trứng giống, tăng 9,6% so với cùng kỳ; sản lượng kén ước đạt hơn 4.100 tấn, tăng 12,3%. Năng suất kén bình quân đạt 36,5 kg/hộp, cao hơn 1,8 kg/hộp so với năm 2023.

Giá kén tằm hiện dao động từ 175.000 đến 190.000 đồng/kg, giá tơ sợi khoảng 1,35 triệu đồng/kg. Với mức giá này, trồng dâu nuôi tằm cho thu nhập từ 250 đến 300 triệu đồng/ha/năm. Thu nhập này cao gấp 3 lần so với trồng cà phê.

Hiện toàn tỉnh có 26 cơ sở ươm tơ, phần lớn nằm dọc Quốc lộ 20, trong đó 9 nhà máy ươm tơ tự động với tổng công suất trên 1.200 tấn tơ/năm.

Ông Nguyễn Văn Sơn, Phó Giám đốc Sở, cho biết tỉnh phấn đấu đến năm 2025 đạt 12.000 ha dâu, sản lượng kén 9.000 tấn/năm.

Sở Nông nghiệp và PTNT Lâm Đồng - Số 36 Trần Phú, Phường 4, TP Đà Lạt - ĐT: 0263.3822.118
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HL = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("năm đạt hơn 4.100 tấn", "4.100", 4100, "measure", "tấn", "Sản lượng kén tằm", HL, approx="over"),
    F("có 10.320 ha", "10.320", 10320, "measure", "ha", "diện tích dâu", H1,
      change=CH("increase", 640, "ha", "cùng kỳ năm 2023")),
    F("đạt 715 ha", "715", 715, "measure", "ha", "diện tích trồng mới", INH(H1), total=10320),
    F("Bảo Lộc (3.150 ha)", "3.150", 3150, "measure", "ha", "diện tích dâu", INH(H1), location="Bảo Lộc"),
    F("Lâm Hà (2.480 ha)", "2.480", 2480, "measure", "ha", "diện tích dâu", INH(H1), location="Lâm Hà"),
    F("Đam Rông (1.320 ha)", "1.320", 1320, "measure", "ha", "diện tích dâu", INH(H1), location="Đam Rông"),
    F("Di Linh (1.105 ha)", "1.105", 1105, "measure", "ha", "diện tích dâu", INH(H1), location="Di Linh"),
    F("Bảo Lâm (960 ha)", "960", 960, "measure", "ha", "diện tích dâu", INH(H1), location="Bảo Lâm"),
    F("nuôi 118.600 hộp", "118.600", 118600, "count", "hộp trứng", "hộp trứng giống đã nuôi", INH(H1),
      change=CH("increase", 9.6, "%", "cùng kỳ")),
    F("ước đạt hơn 4.100 tấn", "4.100", 4100, "measure", "tấn", "sản lượng kén", INH(H1), approx="over",
      status="estimate", change=CH("increase", 12.3, "%")),
    F("đạt 36,5 kg/hộp", "36,5", 36.5, "measure", "kg/hộp", "năng suất kén bình quân", INH(H1),
      change=CH("increase", 1.8, "kg/hộp", "năm 2023")),
    F("từ 175.000 đến 190.000", "175.000", 175000, "money", "đồng/kg", "giá kén tằm", value_max=190000),
    F("khoảng 1,35 triệu", "1,35", 1350000, "money", "đồng/kg", "giá tơ sợi", approx="about"),
    F("từ 250 đến 300 triệu", "250", 250000000, "money", "đồng/ha/năm", "thu nhập từ trồng dâu nuôi tằm",
      value_max=300000000),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ trồng dâu nuôi tằm so với trồng cà phê"),
    F("có 26 cơ sở", "26", 26, "count", "cơ sở ươm tơ", "cơ sở ươm tơ"),
    F("trong đó 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy ươm tơ tự động", total=26),
    F("trên 1.200 tấn", "1.200", 1200, "measure", "tấn/năm", "tổng công suất nhà máy ươm tơ tự động",
      approx="over"),
    F("đạt 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích dâu", T25, status="target"),
    F("kén 9.000 tấn/năm", "9.000", 9000, "measure", "tấn/năm", "sản lượng kén", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lâm Đồng (invented): sericulture, first half of 2024 — mulberry area, districts, egg boxes, cocoons, prices, reeling.",
    "Headline '6 tháng đầu năm' takes 2024 from the dateline. District list in brackets after a new sentence with no cue and",
    "not adding up to 10.320 ha: no total. 'gấp 3 lần' stands in its own sentence: a multiple. Not figures: VH13, S7CB,",
    "Quốc lộ 20, Lượt xem 1.862, Số 36 Trần Phú, Phường 4, phone number.",
    "revised after first scoring: unit of 'trên 1.200 tấn tơ/năm' 'tấn tơ/năm' -> 'tấn/năm' (shortest noun phrase; the commodity goes to the subject, as for '1.085 tấn' kén elsewhere).",
]

if __name__ == "__main__":
    emit("p680-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Lâm Đồng")
