"""p877-2: huyện Thái Thụy (Thái Bình) district portal — jellyfish season 2025."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁI THỤY
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Năm, 08/05/2025 - 15:40

Ngư dân Thái Thụy được mùa sứa

Từ đầu tháng 4 đến nay, ngư dân các xã ven biển của huyện đã khai thác được trên 9.400 tấn sứa, gấp 1,6 lần cùng kỳ năm 2024. Trong đó, xã Thụy Xuân khoảng 3.100 tấn, xã Thái Thượng 2.650 tấn, xã Thái Đô 1.900 tấn, còn lại là thị trấn Diêm Điền và xã Thụy Trường.

Toàn huyện có 385 tàu, thuyền tham gia khai thác sứa, trong đó 142 tàu có công suất từ 90 CV trở lên. Những ngày cao điểm, mỗi tàu thu từ 3 đến 7 tấn sứa/chuyến. Giá sứa tươi tại cảng cá Diêm Điền hiện ở mức 4.000-4.500 đồng/kg; thu nhập bình quân của lao động đi biển đạt khoảng 800.000 đồng/người/ngày.

Trên địa bàn huyện có 27 cơ sở sơ chế sứa, tổng công suất khoảng 600 tấn sứa tươi/ngày, thu hút hơn 700 lao động địa phương. Các cơ sở nằm dọc tuyến đê biển số 8 và khu vực cảng cá, nhiều cơ sở đã đầu tư bể chứa nước thải theo hướng dẫn tại Quyết định số 1245/QĐ-UBND của UBND huyện.

Vụ sứa năm 2024, ngư dân toàn huyện khai thác được 6.850 tấn, giá trị đạt 31,5 tỷ đồng. Dự kiến vụ sứa năm nay kéo dài đến giữa tháng 6, sản lượng cả vụ có thể đạt 12.000 tấn, tổng giá trị khoảng 55 tỷ đồng.

Phòng Nông nghiệp và PTNT huyện khuyến cáo ngư dân không khai thác sứa trong vùng cấm, chấp hành lệnh cấm biển khi có thời tiết xấu và bảo đảm an toàn cho người, tàu thuyền.

Thu Hương - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

P0 = P("Từ đầu tháng 4 đến nay", "2025-04-01", "2025-05-08")
P24 = P("Vụ sứa năm 2024", "2024-01-01", "2024-12-31")
P25 = P("vụ sứa năm nay", "2025-01-01", "2025-12-31")
NOTES = [
    "Cổng TTĐT huyện Thái Thụy (Thái Bình): vụ sứa 2025 từ đầu tháng 4 đến nay (dateline 08/05/2025), communes, boats, processors, 2024 vs 2025 forecast.",
    "Commune figures keep the district 'Thái Thụy' as location (FIGURES.md speaks of province, city or district; a commune lies in its district).",
    "'gấp 1,6 lần cùng kỳ' after the 9.400 tấn is its change (lần); 'từ 90 CV trở lên' is a category threshold (optional).",
    "'đê biển số 8', 'Quyết định số 1245/QĐ-UBND', 'giữa tháng 6', 'Thứ Năm' are not figures. 'Hiện' and the processors' paragraph: no period.",
]
FIGS = [
    F("trên 9.400 tấn", "9.400", 9400, "measure", "tấn", approx="over",
      change=C("+", 1.6, "lần", "cùng kỳ năm 2024"), subject="sản lượng sứa khai thác", period=P0),
    F("Thụy Xuân khoảng 3.100 tấn", "3.100", 3100, "measure", "tấn", approx="about", total=9400,
      subject="sản lượng sứa khai thác", period=I(P0)),
    F("Thái Thượng 2.650 tấn", "2.650", 2650, "measure", "tấn", total=9400,
      subject="sản lượng sứa khai thác", period=I(P0)),
    F("Thái Đô 1.900 tấn", "1.900", 1900, "measure", "tấn", total=9400,
      subject="sản lượng sứa khai thác", period=I(P0)),
    F("có 385 tàu", "385", 385, "count", "tàu", subject="tàu, thuyền tham gia khai thác sứa", period=I(P0)),
    F("142 tàu", "142", 142, "count", "tàu", total=385, subject="tàu có công suất từ 90 CV trở lên", period=I(P0)),
    F("từ 90 CV trở lên", "90", 90, "measure", "CV", approx="at_least", subject="công suất tàu", optional=True),
    F("từ 3 đến 7 tấn", "3", 3, "measure", "tấn/chuyến", value_max=7,
      subject="sứa mỗi tàu thu mỗi chuyến những ngày cao điểm", period=I(P0)),
    F("mức 4.000-4.500 đồng/kg", "4.000", 4000, "money", "đồng/kg", value_max=4500,
      subject="giá sứa tươi tại cảng cá Diêm Điền"),
    F("khoảng 800.000 đồng/người/ngày", "800.000", 800000, "money", "đồng/người/ngày", approx="about",
      subject="thu nhập bình quân của lao động đi biển"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sơ chế sứa"),
    F("khoảng 600 tấn", "600", 600, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất cơ sở sơ chế sứa"),
    F("hơn 700 lao động", "700", 700, "count", "lao động", approx="over",
      subject="lao động địa phương làm tại cơ sở sơ chế sứa"),
    F("được 6.850 tấn", "6.850", 6850, "measure", "tấn", subject="sản lượng sứa khai thác", period=P24),
    F("đạt 31,5 tỷ đồng", "31,5", 31.5e9, "money", "đồng", subject="giá trị sứa khai thác", period=P24),
    F("đạt 12.000 tấn", "12.000", 12000, "measure", "tấn", status="forecast",
      subject="sản lượng sứa cả vụ", period=P25),
    F("khoảng 55 tỷ đồng", "55", 55e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng giá trị sứa cả vụ", period=P25),
]

emit("p877-2", TEXT, NOTES, FIGS, published="2025-05-08", location="Thái Thụy")
