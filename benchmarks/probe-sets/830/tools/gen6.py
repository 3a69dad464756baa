"""p830-6: national newspaper, imported malaria from Africa (7 months of 2023)."""
from lib import F, P, I, C, T, write

TEXT = """Sức khỏe › Các bệnh
Thứ bảy, 19/8/2023, 08:15 (GMT+7)

Ca sốt rét ngoại lai tăng gần gấp đôi

Bảy tháng đầu năm, cả nước ghi nhận 312 ca sốt rét ngoại lai, tăng gần 2 lần so với cùng kỳ năm 2022, phần lớn là lao động trở về từ Angola, Nigeria, Cameroon.

Theo Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương, 7 tháng đầu năm 2023 cả nước có 1.214 ca mắc sốt rét, trong đó số ca ngoại lai chiếm 25,7%. Nghệ An là địa phương có nhiều ca ngoại lai nhất với 41 ca, tiếp đến là Hà Tĩnh 28 ca, Thanh Hóa 19 ca.

Tại Bệnh viện Bệnh Nhiệt đới Trung ương (Hà Nội), từ đầu năm đến nay đã tiếp nhận 57 bệnh nhân sốt rét, trong đó 9 ca sốt rét ác tính phải thở máy, lọc máu. Bác sĩ Lê Văn Tư, khoa Cấp cứu, cho biết một bệnh nhân 42 tuổi ở Nghệ An, làm việc tại Angola 3 năm, nhập viện khi sốt 40 độ C, mật độ ký sinh trùng lên tới 250.000 KST/µl máu. Sau 10 ngày điều trị tích cực, người bệnh đã qua cơn nguy kịch.

Theo bác sĩ Tư, thuốc phòng sốt rét cho người đi châu Phi có giá từ 600.000 đến 900.000 đồng/liệu trình, nhưng nhiều lao động bỏ qua. Trong khi đó, chi phí điều trị một ca sốt rét ác tính có thể lên tới 150 triệu đồng, gấp hàng trăm lần chi phí dự phòng.

Viện Sốt rét khuyến cáo người trở về từ vùng lưu hành sốt rét nếu sốt trong vòng 1 tháng cần đến ngay cơ sở y tế và thông báo tiền sử đi lại. Hiện cả nước còn 17 tỉnh có sốt rét lưu hành, chủ yếu ở Tây Nguyên và Nam Trung Bộ.

Lê Nga
"""

M7 = P("Bảy tháng đầu năm", "2023-01-01", "2023-07-31")
M7b = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-08-19")

FIGS = [
    F("gần gấp đôi", "đôi", 2, "multiple", "lần", "ca sốt rét ngoại lai tăng", approx="nearly", optional=True),
    F("ghi nhận 312 ca", "312", 312, "count", "ca", "ca sốt rét ngoại lai", M7,
      change=C("increase", 2, "lần", "cùng kỳ năm 2022", approx="nearly")),
    F("có 1.214 ca", "1.214", 1214, "count", "ca", "ca mắc sốt rét", M7b),
    F("chiếm 25,7%", "25,7", 25.7, "percent", "%", "số ca ngoại lai", M7b),
    F("nhất với 41 ca", "41", 41, "count", "ca", "ca sốt rét ngoại lai", I(M7b), location="Nghệ An"),
    F("Hà Tĩnh 28 ca", "28", 28, "count", "ca", "ca sốt rét ngoại lai", I(M7b), location="Hà Tĩnh"),
    F("Thanh Hóa 19 ca", "19", 19, "count", "ca", "ca sốt rét ngoại lai", I(M7b), location="Thanh Hóa"),
    F("tiếp nhận 57 bệnh nhân", "57", 57, "count", "bệnh nhân", "bệnh nhân sốt rét Bệnh viện Bệnh Nhiệt đới Trung ương tiếp nhận",
      YTD, location="Hà Nội"),
    F("trong đó 9 ca", "9", 9, "count", "ca", "ca sốt rét ác tính phải thở máy, lọc máu", YTD, total=57, location="Hà Nội"),
    F("bệnh nhân 42 tuổi", "42", 42, "measure", "tuổi", "tuổi bệnh nhân", location="Nghệ An", optional=True),
    F("Angola 3 năm", "3", 3, "measure", "năm", "thời gian làm việc tại Angola", optional=True),
    F("sốt 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ khi nhập viện", optional=True),
    F("tới 250.000 KST/µl", "250.000", 250000, "measure", "KST/µl", "mật độ ký sinh trùng", optional=True),
    F("Sau 10 ngày", "10", 10, "measure", "ngày", "thời gian điều trị tích cực", optional=True),
    F("từ 600.000 đến 900.000 đồng/liệu trình", "600.000", 600000, "money", "đồng/liệu trình",
      "giá thuốc phòng sốt rét cho người đi châu Phi", value_max=900000, location="Việt Nam"),
    F("tới 150 triệu đồng", "150", 150e6, "money", "đồng", "chi phí điều trị một ca sốt rét ác tính", location="Việt Nam",
      ),
    F("hàng trăm lần", "trăm", 100, "multiple", "lần", "chi phí điều trị so với chi phí dự phòng", approx="about",
      optional=True),
    F("trong vòng 1 tháng", "1", 1, "measure", "tháng", "thời gian sốt sau khi trở về", optional=True),
    F("còn 17 tỉnh", "17", 17, "count", "tỉnh", "tỉnh có sốt rét lưu hành"),
]

write("p830-6", TEXT, FIGS, published="2023-08-19", location="Việt Nam", comments=[
    "National newspaper, Thứ bảy 19/8/2023: imported malaria from Africa; national counts, provinces, a Hà Nội hospital.",
    "'Bảy tháng đầu năm' (number word in a period) takes 2023 from the dateline. 'tăng gần 2 lần so với cùng kỳ' is the change of 312.",
    "'trong đó số ca ngoại lai chiếm 25,7%' is the share of a part with no amount: a percent figure of its own.",
    "Provinces in the 'nhiều nhất với 41 ca, tiếp đến là ...' list are locations; the hospital '(Hà Nội)' localises its counts.",
    "The example patient's age, years abroad, fever, parasite density and days of treatment are an example's specification (optional);",
    "so is 'trong vòng 1 tháng' (advice threshold). 'có thể lên tới 150 triệu đồng' is exact ('lên tới' is no approx cue).",
    "Headline 'gần gấp đôi' and 'gấp hàng trăm lần' (number words, vague multiples) are optional.",
    "Distractors: dateline and time, Lê Văn Tư / bác sĩ Tư (name), Angola, Nigeria (no numbers).",
])
