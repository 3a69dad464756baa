"""p938-8: Báo Gia Lai online, (GLO) tag, headline figure — strawberry area, revenue, picking gardens, 9 months 2023."""
from lib import F, P, I, C, T, emit

TEXT = """Báo Gia Lai điện tử
Kinh tế > Nông nghiệp

Doanh thu từ dâu tây 9 tháng đạt gần 40 tỷ đồng

Thứ Sáu, 20/10/2023 - 16:40

(GLO) - 9 tháng đầu năm 2023, diện tích dâu tây toàn tỉnh đạt 34,6 ha, tăng 11,2 ha so với cùng kỳ; trong đó 31 ha trồng trong nhà màng, nhà kính, chiếm gần 90%. Sản lượng đạt 520 tấn; doanh thu gần 40 tỷ đồng, bằng 85% kế hoạch năm.

Dâu tây được trồng nhiều tại TP. Pleiku (14,5 ha), huyện Chư Păh (9,2 ha) và huyện Mang Yang (6,8 ha). Giá dâu tây bán tại vườn dao động 120.000-160.000 đồng/kg, giảm khoảng 10% so với năm 2022 do nguồn cung tăng.

Hiện toàn tỉnh có 9 vườn dâu tây kết hợp du lịch, thu hút hơn 45.000 lượt khách trong 9 tháng, gấp 1,8 lần cùng kỳ. Vườn dâu của Công ty TNHH Nông nghiệp công nghệ cao 36 ở Tổ 5, phường Thắng Lợi (TP. Pleiku) rộng 1,5 ha, mỗi ngày đón 200-300 lượt khách, giá vé 40.000 đồng/người. Các vườn dâu trên địa bàn tạo việc làm thường xuyên cho khoảng 150 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng; nhiều vườn nằm dọc Quốc lộ 19 và đường Phạm Văn Đồng.

Ông Lê Văn Sáu, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết: Năm 2023, tỉnh phấn đấu đạt 40 ha dâu tây; dự kiến quý IV/2023 sản lượng đạt thêm 180 tấn. Đến năm 2025, tỉnh hỗ trợ hình thành 2 chuỗi liên kết sản xuất, tiêu thụ dâu tây quy mô từ 5 ha trở lên.

NGUYỄN HÀ
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
AREA = "diện tích dâu tây"
PK = "Pleiku"

FIGS = [
    F("9 tháng đạt gần 40 tỷ đồng", "40", 40e9, "money", "đồng", "doanh thu từ dâu tây",
      P("9 tháng", "2023-01-01", "2023-09-30"), approx="nearly"),
    F("đạt 34,6 ha", "34,6", 34.6, "measure", "ha", AREA, M9, change=C("increase", 11.2, "ha", "cùng kỳ")),
    F("31 ha trồng", "31", 31, "measure", "ha", "diện tích dâu tây trồng trong nhà màng, nhà kính", M9,
      total=34.6, percent=90),
    F("đạt 520 tấn", "520", 520, "measure", "tấn", "sản lượng dâu tây", I(M9)),
    F("doanh thu gần 40 tỷ đồng", "40", 40e9, "money", "đồng", "doanh thu từ dâu tây", I(M9), approx="nearly",
      percent=85),
    F("Pleiku (14,5 ha)", "14,5", 14.5, "measure", "ha", AREA, I(M9), location=PK),
    F("Chư Păh (9,2 ha)", "9,2", 9.2, "measure", "ha", AREA, I(M9), location="Chư Păh"),
    F("Mang Yang (6,8 ha)", "6,8", 6.8, "measure", "ha", AREA, I(M9), location="Mang Yang"),
    F("120.000-160.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá dâu tây bán tại vườn", value_max=160000,
      change=C("decrease", 10, "%", "năm 2022", approx="about")),
    F("có 9 vườn", "9", 9, "count", "vườn", "vườn dâu tây kết hợp du lịch"),
    F("hơn 45.000 lượt khách", "45.000", 45000, "count", "lượt khách", "lượt khách đến vườn dâu",
      P("trong 9 tháng", "2023-01-01", "2023-09-30"), approx="over",
      change=C("increase", 1.8, "lần", "cùng kỳ")),
    F("rộng 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích vườn dâu của Công ty TNHH Nông nghiệp công nghệ cao 36",
      location=PK),
    F("200-300 lượt khách", "200", 200, "count", "lượt khách", "lượt khách đến vườn dâu mỗi ngày", value_max=300,
      location=PK),
    F("40.000 đồng/người", "40.000", 40000, "money", "đồng/người", "giá vé vào vườn dâu", location=PK),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", "lao động có việc làm thường xuyên tại các vườn dâu",
      approx="about"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động vườn dâu"),
    F("đạt 40 ha", "40", 40, "measure", "ha", AREA, P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("thêm 180 tấn", "180", 180, "measure", "tấn", "sản lượng dâu tây tăng thêm",
      P("quý IV/2023", "2023-10-01", "2023-12-31"), status="forecast"),
    F("2 chuỗi", "2", 2, "count", "chuỗi", "chuỗi liên kết sản xuất, tiêu thụ dâu tây",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 5 ha trở lên", "5", 5, "measure", "ha", "quy mô chuỗi liên kết", approx="at_least", optional=True),
]

NOTES = [
    "Báo Gia Lai online: headline figure '9 tháng đạt gần 40 tỷ đồng' (year-less; nothing dated precedes it, so the year of",
    "the dateline 'Thứ Sáu, 20/10/2023 - 16:40' -> 2023-01-01..2023-09-30). '(GLO)' tag implies Gia Lai.",
    "'chiếm gần 90%' after 31 ha -> percent 90 of that figure; 'bằng 85% kế hoạch năm' -> percent 85 of the revenue.",
    "The district list (14,5 + 9,2 + 6,8 = 30,5 ≠ 34,6 ha, 'trồng nhiều tại') gets no total.",
    "'gấp 1,8 lần cùng kỳ' after the visitor count is its change (1.8 lần, baseline cùng kỳ). 'Hiện … 9 vườn': no period.",
    "'quy mô từ 5 ha trở lên' is a category threshold: optional. Distractors: Công ty … 36, Tổ 5, Quốc lộ 19, the dateline, names (Lê Văn Sáu).",
]

if __name__ == "__main__":
    emit("p938-8", TEXT, NOTES, FIGS, published="2023-10-20", location="Gia Lai")
