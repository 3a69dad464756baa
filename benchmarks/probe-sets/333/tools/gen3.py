from lib import *

text = """Bắc Giang: Nâng cao chất lượng tuyển quân giai đoạn 2021-2025
THU HẰNG 08:15, 20/03/2025

(BGĐT) - Sáng 19/3, Hội đồng nghĩa vụ quân sự tỉnh tổ chức hội nghị tổng kết công tác tuyển quân giai đoạn 2021-2025, triển khai nhiệm vụ năm 2026.

Theo báo cáo, giai đoạn 2021-2025, toàn tỉnh đã tuyển chọn, gọi 12.486 công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân, đạt 100% chỉ tiêu trên giao; trong đó có 398 đảng viên, 1.735 công dân có trình độ cao đẳng, đại học.

So với giai đoạn 2016-2020, số tân binh là đảng viên tăng 27,6%, số tân binh có trình độ cao đẳng, đại học tăng gần 1,8 lần. Hằng năm, tỷ lệ công dân tình nguyện nhập ngũ đạt từ 65% đến 72%; tỷ lệ công dân đủ sức khỏe sau khám tuyển ở mức khoảng 50%.

Năm 2024, Bắc Giang đứng thứ 2 trong 6 tỉnh thuộc Quân khu 1 về chất lượng tuyển quân. Năm 2025, toàn tỉnh giao 2.560 công dân, trong đó thành phố Bắc Giang 186, huyện Lục Ngạn 245, huyện Yên Thế 198 công dân.

Giai đoạn này, ngân sách các cấp và nguồn xã hội hóa đã chi gần 36 tỷ đồng cho công tác tuyển quân, thăm, tặng quà tân binh. Toàn tỉnh tiếp nhận hơn 11.200 quân nhân hoàn thành nghĩa vụ trở về địa phương; trên 4.300 người được đào tạo nghề, giới thiệu việc làm, chiếm khoảng 38%.

Hội nghị cũng chỉ ra một số hạn chế: việc quản lý công dân đi làm ăn xa chưa chặt chẽ, còn 17 trường hợp trốn, chống khám sức khỏe nghĩa vụ quân sự trong năm 2024.

Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các địa phương tiếp tục thực hiện tốt Chỉ thị số 16-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu đến năm 2030, tỷ lệ tân binh có trình độ cao đẳng, đại học đạt trên 15%, tỷ lệ đảng viên trong tân binh đạt 4%.
"""

G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Gi = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31", True)
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("gọi 12.486 công dân", "12.486", 12486, "count", "công dân",
      "công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân", percent=100, period=G),
    F("có 398 đảng viên", "398", 398, "count", "đảng viên", "tân binh là đảng viên", total=12486, period=G),
    F("1.735 công dân", "1.735", 1735, "count", "công dân", "công dân có trình độ cao đẳng, đại học",
      total=12486, period=G),
    F("tăng 27,6%", "27,6", 27.6, "percent", "%", "số tân binh là đảng viên tăng", period=Gi),
    F("tăng gần 1,8 lần", "1,8", 1.8, "multiple", "lần", "số tân binh có trình độ cao đẳng, đại học tăng",
      approx="nearly", period=Gi),
    F("từ 65% đến 72%", "65", 65, "percent", "%", "tỷ lệ công dân tình nguyện nhập ngũ",
      value_max=72, period=Gi),
    F("khoảng 50%", "50", 50, "percent", "%", "tỷ lệ công dân đủ sức khỏe sau khám tuyển",
      approx="about", period=Gi),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "chất lượng tuyển quân", total=6, period=Y("Năm 2024", 2024)),
    F("giao 2.560 công dân", "2.560", 2560, "count", "công dân", "công dân giao quân", period=Y("Năm 2025", 2025)),
    F("Bắc Giang 186", "186", 186, "count", "công dân", "công dân giao quân", total=2560,
      period=Y("Năm 2025", 2025), location="Bắc Giang"),
    F("Lục Ngạn 245", "245", 245, "count", "công dân", "công dân giao quân", total=2560,
      period=Y("Năm 2025", 2025), location="Lục Ngạn"),
    F("Yên Thế 198", "198", 198, "count", "công dân", "công dân giao quân", total=2560,
      period=Y("Năm 2025", 2025), location="Yên Thế"),
    F("gần 36 tỷ đồng", "36", 36e9, "money", "đồng",
      "kinh phí chi cho công tác tuyển quân, thăm, tặng quà tân binh",
      approx="nearly", period=P("Giai đoạn này", "2021-01-01", "2025-12-31", True)),
    F("hơn 11.200 quân nhân", "11.200", 11200, "count", "quân nhân",
      "quân nhân hoàn thành nghĩa vụ trở về địa phương", approx="over", period=Gi),
    F("trên 4.300 người", "4.300", 4300, "count", "người", "người được đào tạo nghề, giới thiệu việc làm",
      approx="over", percent=38, period=Gi),
    F("còn 17 trường hợp", "17", 17, "count", "trường hợp",
      "trường hợp trốn, chống khám sức khỏe nghĩa vụ quân sự", period=Y("trong năm 2024", 2024)),
    F("trên 15%", "15", 15, "percent", "%", "tỷ lệ tân binh có trình độ cao đẳng, đại học",
      approx="over", status="target", period=T30),
    F("đạt 4%", "4", 4, "percent", "%", "tỷ lệ đảng viên trong tân binh", status="target", period=T30),
]

comments = [
    "Báo Bắc Giang (Party newspaper, BGĐT tag): tổng kết tuyển quân giai đoạn 2021-2025. Byline + time + date 'THU HẰNG 08:15, 20/03/2025'.",
    "Distractors: 'Sáng 19/3', 'năm 2026' (task year), 'giai đoạn 2016-2020' (baseline), 'Quân khu 1', 'Chỉ thị số 16-CT/TU'.",
    "'tăng 27,6%' and 'tăng gần 1,8 lần' with no base amount are the claims: a percent and a multiple figure, period inherited from the previous sentence.",
    "'đứng thứ 2 trong 6 tỉnh' is a rank with total 6 ('trong số N'). District list after 'trong đó' takes total 2.560 and the district as location.",
    "'Giai đoạn này' resolves to 2021-2025 only through an earlier sentence: inherited. '4.300 người … chiếm khoảng 38%': percent 38 (no whole named).",
    "revised after the first run: the 36 tỷ subject drops the funding sources ('ngân sách các cấp và nguồn xã hội hóa'): the indicator is the spending, as for the money subjects of p333-1.",
    "'phấn đấu đến năm 2030 … trên 15%, … 4%' are target figures (start null, end 2030-12-31).",
]
build(3, text, comments, figs, published="2025-03-20", location="Bắc Giang")
