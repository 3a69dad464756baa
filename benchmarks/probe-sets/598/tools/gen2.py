"""p598-2: huyện Bát Xát (Lào Cai) district portal — resettlement sites for households in landslide zones."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Tư, 18/09/2024 - 09:12

Bát Xát: Hoàn thành 3 khu tái định cư, bố trí chỗ ở cho 146 hộ dân vùng sạt lở

Từ đầu năm đến nay, huyện Bát Xát đã hoàn thành và đưa vào sử dụng 3 khu tái định cư tập trung tại các xã Y Tý, A Lù và Trịnh Tường với tổng diện tích 12,6 ha, bố trí chỗ ở cho 146 hộ dân thuộc diện di dời khẩn cấp khỏi vùng có nguy cơ sạt lở đất, lũ quét. Số hộ được bố trí tại 3 khu lần lượt là 58 hộ, 49 hộ và 39 hộ.

Tổng vốn đầu tư xây dựng các khu tái định cư là 87,5 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 60 tỷ đồng, ngân sách tỉnh 21,5 tỷ đồng, còn lại là vốn lồng ghép của huyện. Mỗi hộ được giao từ 150 đến 200 m² đất ở và được hỗ trợ 60 triệu đồng để làm nhà, cao hơn 10 triệu đồng so với mức hỗ trợ năm 2023.

Theo rà soát của UBND huyện, tính đến ngày 31/8/2024, toàn huyện còn 428 hộ đang sinh sống tại 63 điểm có nguy cơ sạt lở cao, tăng 57 hộ so với cuối năm 2023. Trong đó, xã Y Tý có 112 hộ, xã Dền Sáng 87 hộ, xã Sàng Ma Sáo 64 hộ.

Năm 2025, huyện phấn đấu di dời thêm 200 hộ, đạt khoảng 47% số hộ cần di dời; dự kiến khởi công thêm 2 khu tái định cư tại xã Dền Sáng và xã Sàng Ma Sáo với tổng mức đầu tư khoảng 45 tỷ đồng.

Tin: Giàng Seo Chử - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
Địa chỉ: Tổ 3, thị trấn Bát Xát | Điện thoại: 0214.3883.256
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
ASOF = P("tính đến ngày 31/8/2024", None, "2024-08-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hoàn thành 3 khu", "3", 3, "count", "khu tái định cư", "khu tái định cư hoàn thành", I(YTD)),
    F("cho 146 hộ dân vùng", "146", 146, "count", "hộ dân", "hộ dân vùng sạt lở được bố trí chỗ ở", I(YTD)),
    F("sử dụng 3 khu", "3", 3, "count", "khu tái định cư", "khu tái định cư tập trung hoàn thành và đưa vào sử dụng", YTD),
    F("diện tích 12,6 ha", "12,6", 12.6, "measure", "ha", "tổng diện tích các khu tái định cư", YTD),
    F("cho 146 hộ dân thuộc", "146", 146, "count", "hộ dân", "hộ dân thuộc diện di dời khẩn cấp được bố trí chỗ ở", YTD),
    F("tại 3 khu lần lượt", "3", 3, "count", "khu tái định cư", "khu tái định cư", I(YTD), optional=True),
    F("là 58 hộ", "58", 58, "count", "hộ", "hộ được bố trí tại khu tái định cư", I(YTD)),
    F("49 hộ", "49", 49, "count", "hộ", "hộ được bố trí tại khu tái định cư", I(YTD)),
    F("39 hộ", "39", 39, "count", "hộ", "hộ được bố trí tại khu tái định cư", I(YTD)),
    F("là 87,5 tỷ đồng", "87,5", 87.5e9, "money", "đồng", "tổng vốn đầu tư xây dựng các khu tái định cư"),
    F("hỗ trợ 60 tỷ đồng", "60", 60e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", total=87.5e9),
    F("tỉnh 21,5 tỷ đồng", "21,5", 21.5e9, "money", "đồng", "ngân sách tỉnh", total=87.5e9),
    F("từ 150 đến 200 m²", "150", 150, "measure", "m²", "đất ở giao cho mỗi hộ", value_max=200),
    F("hỗ trợ 60 triệu đồng", "60", 60e6, "money", "đồng", "hỗ trợ làm nhà mỗi hộ",
      change=CH("increase", 10e6, "đồng", "mức hỗ trợ năm 2023")),
    F("còn 428 hộ", "428", 428, "count", "hộ", "hộ đang sinh sống tại điểm có nguy cơ sạt lở cao", ASOF,
      change=CH("increase", 57, "hộ", "cuối năm 2023")),
    F("tại 63 điểm", "63", 63, "count", "điểm", "điểm có nguy cơ sạt lở cao", ASOF),
    F("có 112 hộ", "112", 112, "count", "hộ", "hộ sinh sống tại điểm có nguy cơ sạt lở cao ở xã Y Tý", I(ASOF), total=428),
    F("Dền Sáng 87 hộ", "87", 87, "count", "hộ", "hộ sinh sống tại điểm có nguy cơ sạt lở cao ở xã Dền Sáng", I(ASOF), total=428),
    F("Sáo 64 hộ", "64", 64, "count", "hộ", "hộ sinh sống tại điểm có nguy cơ sạt lở cao ở xã Sàng Ma Sáo", I(ASOF), total=428),
    F("thêm 200 hộ", "200", 200, "count", "hộ", "hộ di dời", Y25, percent=47, status="target"),
    F("thêm 2 khu", "2", 2, "count", "khu tái định cư", "khu tái định cư khởi công", Y25, status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng mức đầu tư 2 khu tái định cư", Y25, approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Bát Xát (invented): resettlement sites completed in 2024, households still in landslide zones, 2025 plan.",
    "Location: the district (a district portal); communes are not locations in FIGURES.md, so commune items keep 'Bát Xát'",
    "and name the commune in the subject. 'lần lượt là 58, 49, 39 hộ' add up to 146 but follow no part cue: no total.",
    "'Từ đầu năm đến nay' ends at the dateline. 'đạt khoảng 47% số hộ cần di dời' is the percent of 200 hộ (target).",
    "'tại 3 khu lần lượt là' refers back to the 3 sites already counted: optional.",
    "Distractors: dateline, 'Tổ 3', phone 0214.3883.256, names.",
]

if __name__ == "__main__":
    emit("p598-2", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Bát Xát")
