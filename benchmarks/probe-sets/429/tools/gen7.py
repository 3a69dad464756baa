import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Chi cục Thủy lợi
Ngày đăng: 18/10/2024 | Lượt xem: 1.046

Long An: Nạo vét hơn 310 km kênh mương nội đồng trong 9 tháng năm 2024

Tính đến 30/9, toàn tỉnh đã nạo vét 214 công trình thủy lợi nội đồng với tổng chiều dài 312,8 km, khối lượng đất đào đắp 1,46 triệu m3, đạt 78,2% kế hoạch năm 2024. Tổng kinh phí thực hiện 9 tháng năm 2024 là 86,5 tỷ đồng, tăng 14,6% so với cùng kỳ năm 2023; trong đó ngân sách tỉnh 52 tỷ đồng, ngân sách huyện và nhân dân đóng góp 34,5 tỷ đồng.

Kết quả nạo vét tại một số huyện trọng điểm:
Đơn vị tính: km

Huyện
Kế hoạch năm 2024
Thực hiện đến 30/9

Đức Hòa
62
48,5

Cần Giuộc
45
39,2

Tân Thạnh
58
41

Các công trình trọng điểm như kênh 28, kênh Trà Cú Thượng, kênh T3 đã hoàn thành, góp phần cấp nước tưới cho trên 18.000 ha lúa và rau màu, tiêu úng cho khoảng 6.500 ha. Bên cạnh đó, các địa phương đã gia cố 23 tuyến bờ bao, lắp đặt mới 12 cống bọng; người dân tự nguyện hiến gần 4,8 ha đất để mở rộng lòng kênh.

Từ năm 2021 đến nay, tỉnh đã nạo vét 1.165/1.500 km kênh mương theo kế hoạch giai đoạn 2021-2025, đạt 77,7%. Quý IV/2024, Chi cục phấn đấu nạo vét thêm 85 km, đưa tỷ lệ hoàn thành kế hoạch năm lên trên 100%.

Thông tin liên hệ: Chi cục Thủy lợi Long An, số 66 Hùng Vương, Phường 2, TP Tân An; ĐT: 0272.3826.330.
"""

asof = P("Tính đến 30/9", None, "2024-09-30")
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
plan = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
done = P("Thực hiện đến 30/9", None, "2024-09-30")

figs = [
    F("hơn 310 km", "310", 310, "measure", "km", "kênh mương nội đồng được nạo vét", approx="over", period=m9),
    F("nạo vét 214 công trình", "214", 214, "count", "công trình", "công trình thủy lợi nội đồng được nạo vét", period=asof),
    F("dài 312,8 km", "312,8", 312.8, "measure", "km", "tổng chiều dài công trình nạo vét", period=asof),
    F("đắp 1,46 triệu m3", "1,46", 1460000, "measure", "m3", "khối lượng đất đào đắp", percent=78.2, period=asof),
    F("là 86,5 tỷ đồng", "86,5", 86500000000, "money", "đồng", "tổng kinh phí nạo vét",
      change=C("increase", 14.6, "%", "cùng kỳ năm 2023"), period=m9),
    F("ngân sách tỉnh 52 tỷ đồng", "52", 52000000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=86500000000, period=m9),
    F("đóng góp 34,5 tỷ đồng", "34,5", 34500000000, "money", "đồng", "kinh phí ngân sách huyện và nhân dân đóng góp",
      total=86500000000, period=m9),
    F("Đức Hòa\n62\n", "62", 62, "measure", "km", "kế hoạch nạo vét năm 2024", status="target", period=plan, location="Đức Hòa"),
    F("62\n48,5\n", "48,5", 48.5, "measure", "km", "thực hiện nạo vét đến 30/9", period=done, location="Đức Hòa"),
    F("Cần Giuộc\n45\n", "45", 45, "measure", "km", "kế hoạch nạo vét năm 2024", status="target", period=plan, location="Cần Giuộc"),
    F("45\n39,2\n", "39,2", 39.2, "measure", "km", "thực hiện nạo vét đến 30/9", period=done, location="Cần Giuộc"),
    F("Tân Thạnh\n58\n", "58", 58, "measure", "km", "kế hoạch nạo vét năm 2024", status="target", period=plan, location="Tân Thạnh"),
    F("58\n41\n", "41", 41, "measure", "km", "thực hiện nạo vét đến 30/9", period=done, location="Tân Thạnh"),
    F("trên 18.000 ha", "18.000", 18000, "measure", "ha", "diện tích lúa và rau màu được cấp nước tưới", approx="over"),
    F("khoảng 6.500 ha", "6.500", 6500, "measure", "ha", "diện tích được tiêu úng", approx="about"),
    F("gia cố 23 tuyến", "23", 23, "count", "tuyến bờ bao", "tuyến bờ bao được gia cố"),
    F("mới 12 cống", "12", 12, "count", "cống bọng", "cống bọng được lắp đặt mới"),
    F("gần 4,8 ha", "4,8", 4.8, "measure", "ha", "diện tích đất người dân hiến để mở rộng lòng kênh", approx="nearly"),
    F("1.165/1.500 km", "1.165", 1165, "measure", "km", "kênh mương được nạo vét", target=T(1500, "km"), percent=77.7,
      period=P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-18")),
    F("thêm 85 km", "85", 85, "measure", "km", "kênh mương nạo vét thêm", status="target",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("lên trên 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm", approx="over", status="target"),
]

comments = """
Sở NN&PTNT Long An (Chi cục Thủy lợi) news page: nạo vét kênh mương nội đồng 9 tháng năm 2024, by district, 2021-2025 progress.
"Ngày đăng: 18/10/2024 | Lượt xem: 1.046" — dateline without time plus view counter. "kênh 28", "kênh T3" are canal names;
address "số 66 Hùng Vương, Phường 2", phone 0272.3826.330 are not figures.
"Tính đến 30/9" takes its year from the dateline: as-of 2024-09-30. "đạt 78,2% kế hoạch năm 2024" is the percent of 1,46 triệu m3
(its period is still the as-of date, not the plan's year). "tăng 14,6% so với cùng kỳ năm 2023" is the change of 86,5 tỷ, whose parts
follow "; trong đó". One-cell-per-line table with "Đơn vị tính: km": the "Kế hoạch năm 2024" column is target (period 2024), the
"Thực hiện đến 30/9" column actual, as-of 2024-09-30; district rows give location; row label "Huyện" carries no figure.
"1.165/1.500 km … theo kế hoạch": the second number is the plan (target 1500), "đạt 77,7%" its percent; "Từ năm 2021 đến nay" runs to the dateline.
"Quý IV/2024, … phấn đấu" makes both clauses targets; "trên 100%" (annual plan completion) is given no period (the quarter is not its period).
"""

build("p429-7", text, comments, figs, published="2024-10-18", location="Long An")
