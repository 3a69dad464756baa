"""p1091-5: Báo Đà Nẵng (Party/city newspaper), international arrivals 2023, byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Khách quốc tế đến Đà Nẵng phục hồi mạnh

Năm 2023, tổng lượt khách do cơ sở lưu trú phục vụ ước đạt 7,66 triệu lượt, tăng 52,3% so với năm 2022; trong đó khách quốc tế ước đạt 2,4 triệu lượt, tăng gần 190% so với năm 2022.

Cảng hàng không quốc tế Đà Nẵng trong năm đã khai thác 32 đường bay quốc tế trực tiếp, tần suất cao điểm khoảng 180 chuyến/tuần; tổng lượt hành khách quốc tế qua cảng đạt gần 2,8 triệu lượt, trong đó hành khách Hàn Quốc chiếm 61%.

Hàn Quốc tiếp tục là thị trường dẫn đầu với hơn 1,2 triệu lượt khách, tiếp theo là Trung Quốc, Đài Loan (Trung Quốc), Nhật Bản và Ấn Độ. Đáng chú ý, thị trường Ấn Độ đạt khoảng 80.000 lượt, lần đầu xếp thứ 5 trong các thị trường khách quốc tế lớn nhất của thành phố.

Theo Sở Du lịch, chi tiêu bình quân của khách quốc tế lưu trú tại Đà Nẵng khoảng 145 USD/ngày, cao hơn khách nội địa khoảng 1,8 lần; thời gian lưu trú bình quân 3,1 ngày. Tổng thu từ du lịch năm 2023 ước đạt 28.950 tỷ đồng, tăng 80% so với năm 2022.

Thực hiện Nghị quyết số 43-NQ/TW của Bộ Chính trị, năm 2024 thành phố phấn đấu đón 3,5 triệu lượt khách quốc tế, mở thêm 5 đường bay quốc tế mới tới Ấn Độ, Philippines và Trung Đông. Lễ hội pháo hoa quốc tế Đà Nẵng lần thứ 14 dự kiến diễn ra từ ngày 8/6 đến 13/7/2024 bên sông Hàn.

THU HÀ

28/12/2023
"""

PY = P("Năm 2023", "2023-01-01", "2023-12-31")
PIN = P("trong năm", "2023-01-01", "2023-12-31")
P24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 7,66 triệu lượt", "7,66", 7_660_000, "count", "lượt", "tổng lượt khách do cơ sở lưu trú phục vụ", PY,
      change=C("increase", 52.3, baseline="năm 2022"), status="estimate"),
    F("ước đạt 2,4 triệu lượt", "2,4", 2_400_000, "count", "lượt", "khách quốc tế", PY, total=7_660_000,
      change=C("increase", 190, baseline="năm 2022", approx="nearly"), status="estimate"),
    F("khai thác 32 đường bay", "32", 32, "count", "đường bay",
      "đường bay quốc tế trực tiếp Cảng hàng không quốc tế Đà Nẵng khai thác", PIN),
    F("khoảng 180 chuyến/tuần", "180", 180, "measure", "chuyến/tuần", "tần suất cao điểm chuyến bay quốc tế", PIN,
      approx="about"),
    F("gần 2,8 triệu lượt", "2,8", 2_800_000, "count", "lượt", "hành khách quốc tế qua Cảng hàng không quốc tế Đà Nẵng", PIN,
      approx="nearly"),
    F("chiếm 61%", "61", 61, "percent", "%", "tỷ lệ hành khách Hàn Quốc trong hành khách quốc tế qua cảng", PIN),
    F("hơn 1,2 triệu lượt khách", "1,2", 1_200_000, "count", "lượt khách", "khách quốc tế đến từ Hàn Quốc", I(PY),
      approx="over"),
    F("khoảng 80.000 lượt", "80.000", 80000, "count", "lượt", "khách quốc tế đến từ Ấn Độ", I(PY), approx="about"),
    F("xếp thứ 5", "5", 5, "rank", "hạng", "thị trường Ấn Độ trong các thị trường khách quốc tế lớn nhất", I(PY)),
    F("khoảng 145 USD/ngày", "145", 145, "money", "USD/ngày", "chi tiêu bình quân của khách quốc tế lưu trú tại Đà Nẵng",
      approx="about", change=C("increase", 1.8, unit="lần", baseline="khách nội địa", approx="about")),
    F("bình quân 3,1 ngày", "3,1", 3.1, "measure", "ngày", "thời gian lưu trú bình quân của khách quốc tế"),
    F("ước đạt 28.950 tỷ đồng", "28.950", 28_950_000_000_000, "money", "đồng", "tổng thu từ du lịch",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 80, baseline="năm 2022"), status="estimate"),
    F("đón 3,5 triệu lượt", "3,5", 3_500_000, "count", "lượt khách", "khách quốc tế", P24, status="target"),
    F("thêm 5 đường bay", "5", 5, "count", "đường bay", "đường bay quốc tế mới", P24, status="target"),
]

NOTES = [
    "Party/city newspaper (Báo Đà Nẵng style), byline 'THU HÀ' and bare date '28/12/2023' at the end: international arrivals 2023.",
    "Distractors: 'Nghị quyết số 43-NQ/TW', 'lần thứ 14', 'từ ngày 8/6 đến 13/7/2024', 'lần đầu'.",
    "'trong năm' (second paragraph) is 2023, the year of 'Năm 2023' before it. '61%' after 'trong đó' has no base count: percent figure.",
    "'cao hơn khách nội địa khoảng 1,8 lần' is the change of 145 USD/ngày (unit lần, baseline khách nội địa).",
    "'tăng gần 190% so với năm 2022' is the change of 2,4 triệu (change approx nearly). 'xếp thứ 5' is a rank. The 5 new routes continue 'phấn đấu': target.",
]

write("p1091-5", TEXT, FIGS, NOTES, published="2023-12-28", location="Đà Nẵng")
