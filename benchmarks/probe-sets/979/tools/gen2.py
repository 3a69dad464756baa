"""p979-2: district portal of huyện Phong Điền (Thừa Thiên Huế), 6 months 2024 of UXO clearance."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN
Trang chủ » Tin tức » Quốc phòng - An ninh
Thứ Sáu, 12/07/2024 - 15:40

Rà phá gần 320 ha đất nhiễm bom mìn trong 6 tháng đầu năm

Chiều 11/7, Ban Chỉ huy Quân sự huyện Phong Điền phối hợp với Tổ chức Hỗ trợ nhân dân Na Uy (NPA) sơ kết công tác khắc phục hậu quả bom mìn 6 tháng đầu năm 2024.

Theo báo cáo, 6 tháng đầu năm, các đội khảo sát, rà phá đã làm sạch 318,6 ha đất, tập trung tại các xã Phong Mỹ (142,3 ha), Phong Xuân (98,5 ha) và Phong Sơn (77,8 ha). Riêng quý II/2024 làm sạch 176,2 ha, tăng 23,7% so với quý I. Quá trình rà phá đã phát hiện, xử lý 1.254 vật nổ các loại, gồm 36 quả bom, 412 quả đạn pháo, 781 quả bom bi và 25 quả mìn.

Tổ xử lý bom mìn lưu động của huyện đã tiếp nhận, xử lý 86 tin báo của người dân, tăng 14 tin báo so với cùng kỳ năm 2023. Tính đến 30/6, toàn huyện có 27/43 thôn được công nhận "thôn an toàn bom mìn", chiếm 62,8%.

Công tác tuyên truyền được quan tâm với 48 buổi giáo dục phòng tránh tai nạn bom mìn cho hơn 2.600 lượt học sinh và người dân. Người dân tham gia tổ khảo sát không kỹ thuật được hỗ trợ 200.000 đồng/người/ngày. Kinh phí thực hiện 6 tháng khoảng 9,2 tỷ đồng, bằng 46% kế hoạch năm. Từ đầu năm đến nay, trên địa bàn huyện không xảy ra tai nạn do bom mìn.

6 tháng cuối năm, huyện phấn đấu rà phá thêm 280 ha, nâng tổng diện tích làm sạch cả năm lên khoảng 600 ha; kinh phí dự kiến khoảng 10,5 tỷ đồng. Các khu vực ưu tiên là vùng gò đồi dọc Quốc lộ 1A và Tỉnh lộ 11B.

Minh Tâm - Trung tâm VH-TT&TT huyện
Bản quyền thuộc UBND huyện Phong Điền. Địa chỉ: số 08 Phò Trạch, thị trấn Phong Điền. ĐT: 0234.3551.226
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SUB_AREA = "diện tích đất nhiễm bom mìn được làm sạch"
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("gần 320 ha", "320", 320, "measure", "ha", approx="nearly", subject=SUB_AREA, period=H1),
    F("làm sạch 318,6 ha", "318,6", 318.6, "measure", "ha", subject=SUB_AREA, period=H1),
    F("Phong Mỹ (142,3 ha)", "142,3", 142.3, "measure", "ha", total=318.6, subject=SUB_AREA, period=H1),
    F("Phong Xuân (98,5 ha)", "98,5", 98.5, "measure", "ha", total=318.6, subject=SUB_AREA, period=H1),
    F("Phong Sơn (77,8 ha)", "77,8", 77.8, "measure", "ha", total=318.6, subject=SUB_AREA, period=H1),
    F("làm sạch 176,2 ha", "176,2", 176.2, "measure", "ha",
      change=C("increase", 23.7, "%", "quý I"),
      subject="diện tích đất được làm sạch", period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("xử lý 1.254 vật nổ", "1.254", 1254, "count", "vật nổ",
      subject="vật nổ được phát hiện, xử lý", period=I(H1)),
    F("36 quả bom", "36", 36, "count", "quả", total=1254, subject="bom", period=I(H1)),
    F("412 quả đạn pháo", "412", 412, "count", "quả", total=1254, subject="đạn pháo", period=I(H1)),
    F("781 quả bom bi", "781", 781, "count", "quả", total=1254, subject="bom bi", period=I(H1)),
    F("25 quả mìn", "25", 25, "count", "quả", total=1254, subject="mìn", period=I(H1)),
    F("xử lý 86 tin báo", "86", 86, "count", "tin báo",
      change=C("increase", 14, "tin báo", "cùng kỳ năm 2023"),
      subject="tin báo của người dân được tiếp nhận, xử lý", period=I(H1)),
    F("có 27/43 thôn", "27", 27, "count", "thôn", total=43, percent=62.8,
      subject="thôn được công nhận thôn an toàn bom mìn",
      period=P("Tính đến 30/6", None, "2024-06-30")),
    F("với 48 buổi", "48", 48, "count", "buổi",
      subject="buổi giáo dục phòng tránh tai nạn bom mìn", period=I(H1)),
    F("hơn 2.600 lượt", "2.600", 2600, "count", "lượt học sinh và người dân", approx="over",
      subject="lượt học sinh và người dân được tuyên truyền", period=I(H1)),
    F("hỗ trợ 200.000 đồng/người/ngày", "200.000", 200000, "money", "đồng/người/ngày",
      subject="mức hỗ trợ người dân tham gia tổ khảo sát không kỹ thuật"),
    F("khoảng 9,2 tỷ đồng", "9,2", 9200000000, "money", "đồng", approx="about", percent=46,
      subject="kinh phí thực hiện khắc phục hậu quả bom mìn",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("thêm 280 ha", "280", 280, "measure", "ha", status="target",
      subject="diện tích rà phá thêm", period=H2),
    F("khoảng 600 ha", "600", 600, "measure", "ha", approx="about", status="target",
      subject="tổng diện tích làm sạch cả năm", period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("khoảng 10,5 tỷ đồng", "10,5", 10500000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí dự kiến", period=H2),
]

NOTES = [
    "Cổng TTĐT huyện Phong Điền (Thừa Thiên Huế): sơ kết khắc phục hậu quả bom mìn 6 tháng đầu năm 2024. Dateline 'Thứ Sáu, 12/07/2024 - 15:40'.",
    "Location: the district (communes Phong Mỹ, Phong Xuân, Phong Sơn lie in it); commune names are places, so not in the subject.",
    "The commune list in brackets adds up to 318,6 ha (total); the 4 kinds of vật nổ after 'gồm' add up to 1.254 (total).",
    "Year-less '6 tháng đầu năm', 'Tính đến 30/6', '6 tháng cuối năm', 'cả năm' take 2024. '6 tháng cuối năm ... ; kinh phí dự kiến' is one sentence.",
    "Not figures: 'Chiều 11/7', 'quý I' (baseline), 'Quốc lộ 1A', 'Tỉnh lộ 11B', 'số 08 Phò Trạch', phone 0234.3551.226.",
]

write("p979-2", TEXT, FIGS, NOTES, published="2024-07-12", location="Phong Điền")
