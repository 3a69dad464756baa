"""p1219-2: Cẩm Xuyên (Hà Tĩnh) district portal, land restored after titanium mining."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM XUYÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế

Cẩm Xuyên: Hơn 320 ha đất sau khai thác titan được phục hồi

Thứ Ba, 12/03/2024 - 15:05

Tính đến cuối năm 2023, trên địa bàn huyện đã có 5/7 mỏ titan kết thúc khai thác, đóng cửa mỏ và bàn giao đất cho địa phương; hiện còn hai mỏ đang hoạt động tại xã Cẩm Hòa và xã Cẩm Dương. Tổng diện tích đã hoàn thổ, phục hồi môi trường đạt 326,5 ha, trong đó trồng rừng phi lao, keo lá tràm 214 ha, phần còn lại chuyển sang trồng hoa màu và nuôi trồng thủy sản.

Tại xã Cẩm Hòa, 48 ha đất sau khai thác được UBND xã cho 37 hộ dân thuê lại để trồng dưa hấu, lạc và rau màu. Gia đình ông Trần Văn Lợi ở thôn Hòa Hải nhận 1,2 ha, mỗi năm trồng hai vụ dưa, lãi khoảng 150 triệu đồng. Theo ông Lợi, năng suất dưa trên đất cải tạo đạt 25-28 tấn/ha, gấp đôi so với những năm đầu.

Giai đoạn 2019-2023, các doanh nghiệp khai thác titan trên địa bàn đã nộp ngân sách huyện gần 63 tỷ đồng, ký quỹ phục hồi môi trường hơn 27,4 tỷ đồng; hỗ trợ các xã vùng mỏ 5,8 tỷ đồng làm đường, trường học.

Năm 2024, huyện phấn đấu trồng mới 45 ha rừng phòng hộ ven biển trên diện tích đã hoàn thổ; dự kiến đưa thêm khoảng 60 ha vào sản xuất nông nghiệp, tạo việc làm cho trên 200 lao động. Huyện cũng yêu cầu các doanh nghiệp thực hiện nghiêm Kế hoạch số 86/KH-UBND, không để cát tràn xuống đường tỉnh ĐT.549 như mùa mưa năm 2022.

Hoài Nam (Trung tâm VH-TT&TT huyện)

Địa chỉ: Khối 6, thị trấn Cẩm Xuyên, tỉnh Hà Tĩnh - Điện thoại: 0239.3861.234
"""

ASOF = P("Tính đến cuối năm 2023", None, "2023-12-31")
P1923 = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 320 ha", "320", 320, "measure", "ha", approx="over",
      subject="đất sau khai thác titan được phục hồi"),
    F("5/7 mỏ", "5", 5, "count", "mỏ", total=7,
      subject="mỏ titan kết thúc khai thác, đóng cửa mỏ và bàn giao đất", period=ASOF),
    F("còn hai mỏ", "hai", 2, "count", "mỏ", subject="mỏ titan đang hoạt động"),
    F("đạt 326,5 ha", "326,5", 326.5, "measure", "ha",
      subject="tổng diện tích đã hoàn thổ, phục hồi môi trường", period=I(ASOF)),
    F("keo lá tràm 214 ha", "214", 214, "measure", "ha", total=326.5,
      subject="diện tích trồng rừng phi lao, keo lá tràm", period=I(ASOF)),
    F("Cẩm Hòa, 48 ha", "48", 48, "measure", "ha",
      subject="đất sau khai thác cho hộ dân thuê lại"),
    F("cho 37 hộ", "37", 37, "count", "hộ dân", subject="hộ dân thuê lại đất sau khai thác"),
    F("nhận 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích gia đình ông Trần Văn Lợi nhận"),
    F("trồng hai vụ", "hai", 2, "measure", "vụ/năm", optional=True, subject="số vụ dưa mỗi năm"),
    F("lãi khoảng 150 triệu", "150", 150000000, "money", "đồng/năm", approx="about",
      subject="lãi của gia đình ông Lợi"),
    F("đạt 25-28 tấn/ha", "25", 25, "measure", "tấn/ha", value_max=28,
      change=C("increase", 2, "lần", "những năm đầu"),
      subject="năng suất dưa trên đất cải tạo"),
    F("gần 63 tỷ", "63", 63000000000, "money", "đồng", approx="nearly",
      subject="ngân sách huyện các doanh nghiệp khai thác titan nộp", period=P1923),
    F("hơn 27,4 tỷ", "27,4", 27400000000, "money", "đồng", approx="over",
      subject="ký quỹ phục hồi môi trường", period=P1923),
    F("mỏ 5,8 tỷ", "5,8", 5800000000, "money", "đồng",
      subject="hỗ trợ các xã vùng mỏ làm đường, trường học", period=P1923),
    F("trồng mới 45 ha", "45", 45, "measure", "ha", status="target",
      subject="rừng phòng hộ ven biển trồng mới", period=Y24),
    F("khoảng 60 ha", "60", 60, "measure", "ha", approx="about", status="forecast",
      subject="diện tích đưa thêm vào sản xuất nông nghiệp", period=Y24),
    F("trên 200 lao động", "200", 200, "count", "lao động", approx="over", status="forecast",
      subject="lao động được tạo việc làm", period=Y24),
]

NOTES = [
    "District portal (huyện Cẩm Xuyên, Hà Tĩnh): land restored after titanium mining. Dateline 'Thứ Ba, 12/03/2024 - 15:05', byline at the end.",
    "Distractors: time 15:05, Kế hoạch số 86/KH-UBND, 'đường tỉnh ĐT.549', 'năm 2022', 'Khối 6', phone 0239.3861.234, 'Giai đoạn 2019-2023'.",
    "Default location is the district (Cẩm Xuyên); commune figures (Cẩm Hòa) stay at the district level.",
    "'5/7 mỏ' → total 7. 'hai mỏ' (number word) after 'hiện còn': no period. 214 ha after 'trong đó' → total 326,5.",
    "'gấp đôi so với những năm đầu' after a range is its change (2 lần). 'hai vụ' per year: optional.",
    "'phấn đấu' → target; 'dự kiến' → forecast, continued by 'tạo việc làm cho trên 200 lao động'.",
    "revised: 'mỗi năm …, lãi khoảng 150 triệu đồng' → unit 'đồng/năm', 'mỗi năm' taken out of the subject (a rate's denominator belongs to the unit).",
]

if __name__ == "__main__":
    write("p1219-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Cẩm Xuyên")
