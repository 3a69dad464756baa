"""p1212-4: ministry site (Bộ Quốc phòng), national mine action results 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ QUỐC PHÒNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Khắc phục hậu quả chiến tranh

Năm 2024, cả nước rà phá hơn 61.000 ha đất ô nhiễm bom mìn

Ngày đăng: 16/01/2025 | Lượt xem: 1.027

Ngày 15/1, tại Hà Nội, Ban Chỉ đạo 701 tổ chức hội nghị tổng kết công tác khắc phục hậu quả bom mìn năm 2024.

Theo báo cáo của Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC), năm 2024 các lực lượng trong và ngoài quân đội đã khảo sát, rà phá bom mìn trên diện tích 61.450 ha, tăng 12,3% so với năm 2023; phát hiện, xử lý khoảng 235.000 quả bom, mìn, vật liệu nổ. Trong đó, lực lượng công binh Quân đội thực hiện 38.700 ha, các tổ chức phi chính phủ quốc tế thực hiện 22.750 ha.

Quảng Trị, Quảng Bình và Nghệ An là ba địa phương có diện tích được rà phá lớn nhất, lần lượt đạt 7.820 ha, 6.415 ha và 5.960 ha. Cả nước hiện còn khoảng 5,6 triệu ha đất bị ô nhiễm bom mìn, chiếm 17,71% diện tích tự nhiên.

Năm 2024, cả nước xảy ra 11 vụ tai nạn bom mìn, làm 9 người chết và 14 người bị thương, giảm 4 vụ so với năm 2023. Từ năm 1975 đến nay, bom mìn sót lại sau chiến tranh đã làm hơn 40.000 người chết và khoảng 60.000 người bị thương.

Tổng nguồn lực cho hoạt động khắc phục hậu quả bom mìn năm 2024 đạt khoảng 1.450 tỷ đồng, trong đó vốn viện trợ quốc tế chiếm 58%. Hoa Kỳ tiếp tục là nhà tài trợ lớn nhất với 28,5 triệu USD, tiếp đến là Na Uy 4,2 triệu USD và Nhật Bản 3,6 triệu USD.

Năm 2025, Bộ Quốc phòng đặt mục tiêu rà phá ít nhất 60.000 ha; đến năm 2030 cơ bản làm sạch bom mìn tại 11 tỉnh bị ô nhiễm nặng, giảm số vụ tai nạn xuống dưới 5 vụ/năm.

Bản quyền thuộc Bộ Quốc phòng
Địa chỉ: Số 7 Nguyễn Tri Phương, quận Ba Đình, Hà Nội | Điện thoại: 069.553.227
"""

Y24H = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ năm 1975 đến nay", "1975-01-01", "2025-01-16")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
DON = "vốn tài trợ khắc phục hậu quả bom mìn"

FIGS = [
    F("hơn 61.000 ha", "61.000", 61000, "measure", "ha", approx="over",
      subject="đất ô nhiễm bom mìn được rà phá", period=Y24H),
    F("diện tích 61.450 ha", "61.450", 61450, "measure", "ha",
      change=C("increase", 12.3, "%", "năm 2023"),
      subject="diện tích khảo sát, rà phá bom mìn", period=Y24),
    F("khoảng 235.000 quả", "235.000", 235000, "count", "quả bom, mìn, vật liệu nổ", approx="about",
      subject="bom, mìn, vật liệu nổ được phát hiện, xử lý", period=Y24),
    F("thực hiện 38.700 ha", "38.700", 38700, "measure", "ha", total=61450,
      subject="diện tích rà phá do lực lượng công binh Quân đội thực hiện", period=I(Y24)),
    F("thực hiện 22.750 ha", "22.750", 22750, "measure", "ha", total=61450,
      subject="diện tích rà phá do các tổ chức phi chính phủ quốc tế thực hiện", period=I(Y24)),
    F("là ba địa phương", "ba", 3, "count", "địa phương", optional=True,
      subject="địa phương có diện tích được rà phá lớn nhất", period=I(Y24)),
    F("đạt 7.820 ha", "7.820", 7820, "measure", "ha",
      subject="diện tích được rà phá", period=I(Y24), location="Quảng Trị"),
    F("6.415 ha", "6.415", 6415, "measure", "ha",
      subject="diện tích được rà phá", period=I(Y24), location="Quảng Bình"),
    F("5.960 ha", "5.960", 5960, "measure", "ha",
      subject="diện tích được rà phá", period=I(Y24), location="Nghệ An"),
    F("khoảng 5,6 triệu ha", "5,6", 5600000, "measure", "ha", approx="about", percent=17.71,
      subject="đất bị ô nhiễm bom mìn"),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ tai nạn",
      change=C("decrease", 4, "vụ", "năm 2023"),
      subject="vụ tai nạn bom mìn", period=Y24H),
    F("làm 9 người chết", "9", 9, "count", "người",
      subject="người chết do tai nạn bom mìn", period=Y24H),
    F("14 người bị thương", "14", 14, "count", "người",
      subject="người bị thương do tai nạn bom mìn", period=Y24H),
    F("hơn 40.000 người", "40.000", 40000, "count", "người", approx="over",
      subject="người chết do bom mìn sót lại sau chiến tranh", period=SINCE),
    F("khoảng 60.000 người", "60.000", 60000, "count", "người", approx="about",
      subject="người bị thương do bom mìn sót lại sau chiến tranh", period=SINCE),
    F("khoảng 1.450 tỷ", "1.450", 1450000000000, "money", "đồng", approx="about",
      subject="tổng nguồn lực cho hoạt động khắc phục hậu quả bom mìn", period=Y24),
    F("chiếm 58%", "58", 58, "percent", "%",
      subject="tỷ trọng vốn viện trợ quốc tế trong tổng nguồn lực khắc phục hậu quả bom mìn", period=Y24),
    F("với 28,5 triệu USD", "28,5", 28500000, "money", "USD",
      subject=DON + " của Hoa Kỳ", period=I(Y24)),
    F("Na Uy 4,2 triệu USD", "4,2", 4200000, "money", "USD",
      subject=DON + " của Na Uy", period=I(Y24)),
    F("Nhật Bản 3,6 triệu USD", "3,6", 3600000, "money", "USD",
      subject=DON + " của Nhật Bản", period=I(Y24)),
    F("ít nhất 60.000 ha", "60.000", 60000, "measure", "ha", approx="at_least", status="target",
      subject="diện tích rà phá bom mìn", period=Y25),
    F("tại 11 tỉnh", "11", 11, "count", "tỉnh", status="target",
      subject="tỉnh bị ô nhiễm nặng cơ bản làm sạch bom mìn", period=TO30),
    F("dưới 5 vụ/năm", "5", 5, "measure", "vụ/năm", approx="under", status="target",
      subject="số vụ tai nạn bom mìn", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Quốc phòng): national mine action 2024. 'Ngày đăng: 16/01/2025 | Lượt xem: 1.027', address and phone footer.",
    "Distractors: 'Ban Chỉ đạo 701', 'Ngày 15/1', 'Số 7 Nguyễn Tri Phương', phone 069.553.227, view counter 1.027.",
    "Province list 'lần lượt đạt 7.820 ha, 6.415 ha và 5.960 ha' → location of each item; 'ba địa phương' only counts the list (optional).",
    "'giảm 4 vụ so với năm 2023' attaches to 11 vụ across the casualty clause. 'hiện còn khoảng 5,6 triệu ha': no period.",
    "'trong đó vốn viện trợ quốc tế chiếm 58%' has no amount of its own: a percent figure. Donors are not places: location Việt Nam.",
    "Section 2030: 'đến năm 2030' governs both '11 tỉnh' and 'dưới 5 vụ/năm' (clause continued after ',').",
]

if __name__ == "__main__":
    write("p1212-4", TEXT, NOTES, FIGS, published="2025-01-16", location="Việt Nam")
