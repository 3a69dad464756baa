"""p988-1: Quảng Ninh province portal — tàu du lịch vịnh Hạ Long, 9 tháng 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Vịnh Hạ Long đón hơn 2,4 triệu lượt khách tham quan bằng tàu trong 9 tháng
Cập nhật: 08/10/2024 09:20 | Lượt xem: 2.317

Theo Ban Quản lý vịnh Hạ Long, 9 tháng năm 2024 vịnh Hạ Long đón 2.437.560 lượt khách tham quan bằng tàu, tăng 18,6% so với cùng kỳ năm 2023, đạt 81,3% kế hoạch năm. Trong đó, khách quốc tế đạt 1.126.400 lượt, chiếm 46,2%. Tổng thu phí tham quan ước đạt 1.105 tỷ đồng, tăng 21% so với cùng kỳ.

Hiện toàn tỉnh Quảng Ninh có 512 tàu du lịch hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long, trong đó có 184 tàu lưu trú nghỉ đêm và 328 tàu tham quan ngày. Tính đến ngày 30/9/2024, 497/512 tàu đã được đăng kiểm, cấp giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường; số tàu còn lại đang sửa chữa tại các cơ sở đóng tàu ở Hạ Long và Cẩm Phả.

Tại Cảng tàu khách quốc tế Tuần Châu và bến tàu số 2 Bãi Cháy, bình quân mỗi ngày có khoảng 320 lượt tàu xuất bến, ngày cao điểm lên tới 560 lượt. Giá vé tham quan vịnh tuyến 1 hiện là 290.000 đồng/khách; tàu lưu trú 2 ngày 1 đêm có giá từ 2,5 đến 4 triệu đồng/khách.

Theo Quyết định số 1722/QĐ-UBND của UBND tỉnh, từ tháng 10/2024 các tàu du lịch phải trang bị đủ áo phao cho 100% hành khách và thuyền viên. Trong 9 tháng, lực lượng chức năng đã kiểm tra 1.240 lượt phương tiện, phát hiện 37 trường hợp vi phạm, xử phạt gần 410 triệu đồng.

Ban Quản lý vịnh Hạ Long phấn đấu cả năm 2024 đón 3 triệu lượt khách tham quan bằng tàu; dự kiến trong quý IV/2024 đưa thêm 12 tàu lưu trú vỏ thép vào khai thác.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
HEAD9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
IN9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("hơn 2,4 triệu lượt khách", "2,4", 2_400_000, "count", "lượt khách",
      "lượt khách tham quan vịnh Hạ Long bằng tàu", HEAD9, approx="over"),
    F("đón 2.437.560 lượt khách", "2.437.560", 2437560, "count", "lượt khách",
      "lượt khách tham quan vịnh Hạ Long bằng tàu", M9, percent=81.3,
      change=C("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("đạt 1.126.400 lượt", "1.126.400", 1126400, "count", "lượt", "khách quốc tế", I(M9),
      total=2437560, percent=46.2),
    F("ước đạt 1.105 tỷ đồng", "1.105", 1_105_000_000_000, "money", "đồng", "tổng thu phí tham quan",
      I(M9), change=C("increase", 21, baseline="cùng kỳ"), status="estimate"),
    F("có 512 tàu du lịch", "512", 512, "count", "tàu du lịch",
      "tàu du lịch hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long"),
    F("184 tàu lưu trú", "184", 184, "count", "tàu", "tàu lưu trú nghỉ đêm", total=512),
    F("328 tàu tham quan", "328", 328, "count", "tàu", "tàu tham quan ngày", total=512),
    F("497/512 tàu", "497", 497, "count", "tàu", "tàu đã được đăng kiểm, cấp giấy chứng nhận an toàn kỹ thuật",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), total=512),
    F("khoảng 320 lượt tàu", "320", 320, "count", "lượt tàu", "lượt tàu xuất bến bình quân mỗi ngày",
      approx="about"),
    F("lên tới 560 lượt", "560", 560, "count", "lượt", "lượt tàu xuất bến ngày cao điểm"),
    F("là 290.000 đồng/khách", "290.000", 290000, "money", "đồng/khách", "giá vé tham quan vịnh tuyến 1"),
    F("lưu trú 2 ngày", "2", 2, "measure", "ngày", "thời gian tour tàu lưu trú", optional=True),
    F("ngày 1 đêm", "1", 1, "measure", "đêm", "thời gian tour tàu lưu trú", optional=True),
    F("từ 2,5 đến 4 triệu đồng/khách", "2,5", 2_500_000, "money", "đồng/khách",
      "giá tàu lưu trú 2 ngày 1 đêm", value_max=4_000_000),
    F("cho 100% hành khách", "100", 100, "percent", "%", "hành khách được trang bị áo phao",
      status="target", optional=True),
    F("kiểm tra 1.240 lượt phương tiện", "1.240", 1240, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm tra", IN9),
    F("37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp vi phạm", IN9),
    F("gần 410 triệu đồng", "410", 410_000_000, "money", "đồng", "tiền xử phạt vi phạm", IN9,
      approx="nearly"),
    F("đón 3 triệu lượt khách", "3", 3_000_000, "count", "lượt khách", "lượt khách tham quan bằng tàu",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 12 tàu lưu trú", "12", 12, "count", "tàu lưu trú", "tàu lưu trú vỏ thép đưa vào khai thác",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Ninh: tàu du lịch trên vịnh Hạ Long, 9 tháng 2024 (invented, probe set 988).",
    "Distractors: Lượt xem 2.317, Cập nhật 08/10/2024 09:20, bến tàu số 2, tuyến 1, Quyết định số 1722/QĐ-UBND, tháng 10/2024.",
    "'2 ngày 1 đêm' (a tour type) and the rule '100% hành khách' are optional.",
    "Headline '9 tháng' without a year takes 2024 from the dateline.",
]

write("p988-1", TEXT, FIGS, NOTES, published="2024-10-08", location="Quảng Ninh")
