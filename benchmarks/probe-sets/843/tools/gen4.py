"""p843-4: national (Việt Nam), ministry site (Bộ Quốc phòng portal), 4/4/2024 mine-action day."""
from lib import F, period, inherit, change, write

TEXT = """BỘ QUỐC PHÒNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Khắc phục hậu quả chiến tranh
04/04/2024 | 16:05 | Lượt xem: 1.128

Khắc phục hậu quả bom mìn: Còn khoảng 5,6 triệu ha đất cần rà phá

Nhân Ngày Quốc tế nâng cao nhận thức về bom mìn 4/4, Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC) cho biết, theo kết quả điều tra, khảo sát đến hết năm 2023, cả nước còn khoảng 5,6 triệu ha đất bị ô nhiễm bom mìn, vật nổ, chiếm 16,9% tổng diện tích tự nhiên. Các tỉnh có tỷ lệ diện tích ô nhiễm cao nhất lần lượt là Quảng Trị (83,8%), Quảng Bình (35,9%), Hà Tĩnh (33,5%), Thừa Thiên Huế (29,1%) và Nghệ An (26,5%).

Giai đoạn 2010-2023, các lực lượng đã rà phá, làm sạch hơn 780.000 ha, thu gom, xử lý trên 1,2 triệu quả bom, mìn, vật nổ. Riêng năm 2023, diện tích rà phá đạt 65.400 ha, tăng 8,7% so với năm 2022.

Từ năm 1975 đến nay, bom mìn đã làm hơn 105.000 người thương vong, trong đó khoảng 40.000 người tử vong và 65.000 người bị thương. Năm 2023, cả nước xảy ra 19 vụ tai nạn do bom mìn, vật nổ, làm 34 người thương vong, giảm 5 vụ so với năm 2022.

Về nguồn lực, giai đoạn 2021-2023, ngân sách nhà nước đã bố trí khoảng 4.850 tỷ đồng cho Chương trình hành động quốc gia khắc phục hậu quả bom mìn (Chương trình 504). Vốn viện trợ quốc tế từ năm 1993 đến nay đạt trên 1 tỷ USD, trong đó Hoa Kỳ là nhà tài trợ lớn nhất với gần 230 triệu USD. Việt Nam hiện là một trong 5 quốc gia bị ô nhiễm bom mìn nặng nề nhất thế giới.

Theo Quyết định số 1368/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025 cả nước rà phá, làm sạch thêm 150.000 ha đất bị ô nhiễm; 100% nạn nhân bom mìn có nhu cầu được hỗ trợ chăm sóc y tế và phục hồi chức năng.
"""

ASOF = period("đến hết năm 2023", None, "2023-12-31")
G1023 = period("Giai đoạn 2010-2023", "2010-01-01", "2023-12-31")
SINCE75 = period("Từ năm 1975 đến nay", "1975-01-01", "2024-04-04")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
SHARE = "tỷ lệ diện tích ô nhiễm bom mìn"

FIGS = [
    F("Còn khoảng 5,6 triệu ha", "5,6", "measure", "ha", "diện tích đất cần rà phá", approx="about"),
    F("còn khoảng 5,6 triệu ha đất bị ô nhiễm", "5,6", "measure", "ha", "diện tích đất bị ô nhiễm bom mìn, vật nổ",
      ASOF, approx="about", percent=16.9),
    F("Quảng Trị (83,8%)", "83,8", "percent", "%", SHARE, inherit(ASOF), location="Quảng Trị"),
    F("Quảng Bình (35,9%)", "35,9", "percent", "%", SHARE, inherit(ASOF), location="Quảng Bình"),
    F("Hà Tĩnh (33,5%)", "33,5", "percent", "%", SHARE, inherit(ASOF), location="Hà Tĩnh"),
    F("Huế (29,1%)", "29,1", "percent", "%", SHARE, inherit(ASOF), location="Thừa Thiên Huế"),
    F("Nghệ An (26,5%)", "26,5", "percent", "%", SHARE, inherit(ASOF), location="Nghệ An"),
    F("hơn 780.000 ha", "780.000", "measure", "ha", "diện tích rà phá, làm sạch", G1023, approx="over"),
    F("trên 1,2 triệu quả", "1,2", "count", "quả", "bom, mìn, vật nổ được thu gom, xử lý", G1023, approx="over"),
    F("đạt 65.400 ha", "65.400", "measure", "ha", "diện tích rà phá",
      period("năm 2023", "2023-01-01", "2023-12-31"), change=change("increase", 8.7, "%", "năm 2022")),
    F("hơn 105.000 người", "105.000", "count", "người", "người thương vong do bom mìn", SINCE75, approx="over"),
    F("khoảng 40.000 người", "40.000", "count", "người", "người tử vong do bom mìn", SINCE75, approx="about",
      total=105000),
    F("và 65.000 người", "65.000", "count", "người", "người bị thương do bom mìn", SINCE75, total=105000),
    F("xảy ra 19 vụ", "19", "count", "vụ", "vụ tai nạn do bom mìn, vật nổ", Y23,
      change=change("decrease", 5, "vụ", "năm 2022")),
    F("làm 34 người", "34", "count", "người", "người thương vong do tai nạn bom mìn", Y23),
    F("khoảng 4.850 tỷ đồng", "4.850", "money", "đồng", "ngân sách nhà nước bố trí cho Chương trình 504",
      period("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="about"),
    F("trên 1 tỷ USD", "1", "money", "USD", "vốn viện trợ quốc tế",
      period("từ năm 1993 đến nay", "1993-01-01", "2024-04-04"), approx="over"),
    F("gần 230 triệu USD", "230", "money", "USD", "vốn viện trợ của Hoa Kỳ",
      period("từ năm 1993 đến nay", "1993-01-01", "2024-04-04"), approx="nearly", total=1e9),
    F("trong 5 quốc gia", "5", "count", "quốc gia", "quốc gia bị ô nhiễm bom mìn nặng nề nhất thế giới",
      optional=True),
    F("thêm 150.000 ha", "150.000", "measure", "ha", "diện tích đất bị ô nhiễm rà phá, làm sạch", T25,
      status="target"),
    F("100% nạn nhân", "100", "percent", "%", "nạn nhân bom mìn có nhu cầu được hỗ trợ chăm sóc y tế", T25,
      status="target"),
]

NOTES = [
    "Bộ Quốc phòng portal: national mine-action figures from VNMAC on 4/4/2024. Location Việt Nam except the list",
    "of provinces (each item's place is its location; the list shares the indicator 'tỷ lệ diện tích ô nhiễm').",
    "Headline '5,6 triệu ha' is its own figure (no period phrase). 'giảm 5 vụ' belongs to 19 vụ, not to 34 người.",
    "'Hoa Kỳ … gần 230 triệu USD' is a donor: location Việt Nam; part after 'trong đó' → total 1 tỷ USD.",
    "'một trong 5 quốc gia' is a top-N label (optional). 'đến nay' ends at the dateline.",
    "Distractors: 04/04/2024 | 16:05, Lượt xem, 'Ngày Quốc tế … 4/4', Chương trình 504, Quyết định số 1368/QĐ-TTg.",
]

if __name__ == "__main__":
    write("p843-4", TEXT, FIGS, published="2024-04-04", location="Việt Nam", notes=NOTES)
