"""p1150-2: district portal (huyện Lắk, Đắk Lắk) - closed zone on hồ Lắk during spawning, community patrols."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẮK
Trang chủ / Tin tức - Sự kiện / Kinh tế

Huyện Lắk khoanh vùng bảo vệ nguồn lợi thủy sản hồ Lắk mùa cá sinh sản

22/04/2024 08:15

Thực hiện Kế hoạch số 58/KH-UBND của UBND huyện, từ ngày 15/4 đến 15/7/2024, khu vực phía Bắc hồ Lắk với diện tích khoảng 120 ha được khoanh vùng cấm khai thác thủy sản để bảo vệ cá bố mẹ trong mùa sinh sản. Vùng cấm được cắm 36 phao tiêu, biển báo.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, hồ Lắk rộng hơn 500 ha, hiện có 214 hộ dân thuộc thị trấn Liên Sơn và các xã Yang Tao, Bông Krang sống bằng nghề đánh bắt cá (trong đó 132 hộ đồng bào dân tộc thiểu số).

Năm 2023, tổ cộng đồng cùng lực lượng chức năng đã tuần tra 146 lượt, phát hiện 31 trường hợp vi phạm, lập biên bản xử phạt hành chính 9 trường hợp với số tiền 37,5 triệu đồng; thu giữ, tiêu hủy 8 bộ kích điện, 42 chiếc lờ bát quái và khoảng 1.300 m lưới mắt nhỏ. Quý I/2024, huyện xử lý thêm 6 vụ dùng xung điện đánh bắt cá, tăng hai vụ so với cùng kỳ.

Ông Y Thái Niê, Tổ trưởng tổ cộng đồng buôn Jun, cho biết tổ có 18 thành viên, mỗi đêm cắt cử 4 người chèo thuyền tuần tra. "Trước đây đêm nào cũng có cả chục thuyền dùng kích điện, nay gần như không còn", ông nói.

Dịp này, huyện thả 60.000 con cá giống (cá chép, cá trắm, cá rô phi) xuống hồ Lắk, kinh phí 90 triệu đồng. Các hộ bị ảnh hưởng trong thời gian cấm được hỗ trợ 1,5 triệu đồng/hộ/tháng. Năm 2024, huyện dự kiến thả bổ sung khoảng 100.000 con cá giống ở hồ Lắk và hồ Buôn Triết.

Phòng NN&PTNT huyện Lắk
"""

BAN = P("từ ngày 15/4 đến 15/7/2024", "2024-04-15", "2024-07-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 120 ha", "120", 120, "measure", "ha", approx="about",
      subject="diện tích khu vực phía Bắc hồ Lắk khoanh vùng cấm khai thác thủy sản", period=BAN),
    F("cắm 36 phao", "36", 36, "count", "phao tiêu, biển báo", subject="phao tiêu, biển báo cắm tại vùng cấm",
      period=I(BAN)),
    F("rộng hơn 500 ha", "500", 500, "measure", "ha", approx="over", subject="diện tích hồ Lắk"),
    F("có 214 hộ", "214", 214, "count", "hộ dân", subject="hộ dân sống bằng nghề đánh bắt cá"),
    F("132 hộ", "132", 132, "count", "hộ", total=214,
      subject="hộ đồng bào dân tộc thiểu số sống bằng nghề đánh bắt cá"),
    F("tuần tra 146 lượt", "146", 146, "count", "lượt", subject="lượt tuần tra", period=Y23),
    F("31 trường hợp", "31", 31, "count", "trường hợp", subject="trường hợp vi phạm được phát hiện", period=Y23),
    F("9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp bị lập biên bản xử phạt hành chính",
      period=Y23),
    F("37,5 triệu", "37,5", 37500000, "money", "đồng", subject="số tiền xử phạt hành chính", period=Y23),
    F("8 bộ kích điện", "8", 8, "count", "bộ kích điện", subject="kích điện bị thu giữ, tiêu hủy", period=Y23),
    F("42 chiếc", "42", 42, "count", "chiếc lờ bát quái", subject="lờ bát quái bị thu giữ, tiêu hủy", period=Y23),
    F("khoảng 1.300 m", "1.300", 1300, "measure", "m", approx="about",
      subject="lưới mắt nhỏ bị thu giữ, tiêu hủy", period=Y23),
    F("thêm 6 vụ", "6", 6, "count", "vụ", change=C("increase", 2, "vụ", "cùng kỳ"),
      subject="vụ dùng xung điện đánh bắt cá bị xử lý", period=Q1),
    F("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên tổ cộng đồng buôn Jun"),
    F("cắt cử 4 người", "4", 4, "measure", "người/đêm", subject="người chèo thuyền tuần tra mỗi đêm"),
    F("cả chục thuyền", "chục", 10, "count", "thuyền", approx="about", optional=True,
      subject="thuyền dùng kích điện mỗi đêm trước đây"),
    F("thả 60.000 con", "60.000", 60000, "count", "con", subject="cá giống thả xuống hồ Lắk"),
    F("kinh phí 90 triệu", "90", 90000000, "money", "đồng", subject="kinh phí thả cá giống"),
    F("hỗ trợ 1,5 triệu", "1,5", 1500000, "money", "đồng/hộ/tháng",
      subject="mức hỗ trợ hộ bị ảnh hưởng trong thời gian cấm"),
    F("khoảng 100.000 con", "100.000", 100000, "count", "con", approx="about", status="forecast",
      subject="cá giống thả bổ sung ở hồ Lắk và hồ Buôn Triết", period=Y24),
]

NOTES = [
    "District portal (huyện Lắk, Đắk Lắk): closed zone on hồ Lắk, community patrol team, fingerlings, support. Bare dateline '22/04/2024 08:15' under the headline.",
    "Distractors: Kế hoạch số 58/KH-UBND, time 08:15, the ban window dates, 'buôn Jun', 'Quý I/2024' as a period only.",
    "Location: the district portal's own district (Lắk) for every figure; commune names are below district level.",
    "'tăng hai vụ so với cùng kỳ' is a change in vụ (number word). '9 trường hợp' is not stated as part of the 31 (no cue): no total.",
    "'cả chục thuyền' (inside a quote, approximate word number) is optional. 'mỗi đêm cắt cử 4 người' is a per-night rate (measure, người/đêm).",
    "'Dịp này ... thả 60.000 con' states no period phrase: none.",
]

if __name__ == "__main__":
    write("p1150-2", TEXT, NOTES, FIGS, published="2024-04-22", location="Lắk")
