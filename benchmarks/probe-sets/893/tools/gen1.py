"""p893-1: Long An province portal - boarding houses for industrial workers, as of 30/6/2024."""
from lib import F, P, I, C, T, build

TEXT = """
Cổng thông tin điện tử tỉnh Long An
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hơn 18.000 phòng trọ phục vụ công nhân các khu công nghiệp

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Xây dựng, tính đến ngày 30/6/2024, toàn tỉnh có 3.245 khu nhà trọ cho công nhân, người lao động thuê, tăng 212 khu so với cùng kỳ năm 2023. Tổng số phòng trọ là 18.640 phòng, trong đó có 15.985 phòng đang có người thuê, chiếm 85,8%. Các khu nhà trọ tập trung chủ yếu ở huyện Đức Hòa (1.412 khu), huyện Bến Lức (926 khu) và huyện Cần Giuộc (518 khu).

Giá thuê phổ biến từ 1,2 đến 1,8 triệu đồng/phòng/tháng, tăng khoảng 5% so với năm trước; riêng phòng có gác lửng, diện tích trên 20 m2 có giá 2,2-2,5 triệu đồng/phòng/tháng. Số công nhân, người lao động đang thuê trọ ước khoảng 96.000 người, chiếm gần 60% tổng số lao động làm việc tại các khu, cụm công nghiệp trên địa bàn.

Thực hiện Kế hoạch số 1856/KH-UBND ngày 15/3/2024, năm 2024 tỉnh phấn đấu kiểm tra 100% khu nhà trọ có từ 10 phòng trở lên về điều kiện phòng cháy, chữa cháy. Trong quý II/2024, lực lượng chức năng đã kiểm tra 1.126 khu nhà trọ, phát hiện 87 khu vi phạm, xử phạt hành chính 312 triệu đồng.

Giai đoạn 2021-2025, Long An đặt mục tiêu hoàn thành 5 dự án nhà ở xã hội, nhà lưu trú công nhân với khoảng 8.500 căn hộ; đến nay đã khởi công 3 dự án với 2.740 căn. Dự kiến trong quý IV/2024, dự án tại xã Đức Hòa Hạ (huyện Đức Hòa) sẽ bàn giao 640 căn đầu tiên, giá thuê dự kiến 1,5 triệu đồng/căn/tháng.

Cổng thông tin điện tử tỉnh Long An - Số 61 Nguyễn Huệ, phường 1, TP Tân An. ĐT: 0272.3826.445
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
Q2 = P("Trong quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("đến nay", end="2024-08-12")
Q4 = P("trong quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("Hơn 18.000 phòng trọ phục vụ", "18.000", 18000, "count", "phòng trọ",
      "phòng trọ phục vụ công nhân các khu công nghiệp", I(ASOF), approx="over"),
    F("có 3.245 khu nhà trọ", "3.245", 3245, "count", "khu nhà trọ",
      "khu nhà trọ cho công nhân, người lao động thuê", ASOF,
      change=C("increase", 212, "khu", "cùng kỳ năm 2023")),
    F("là 18.640 phòng", "18.640", 18640, "count", "phòng", "tổng số phòng trọ", I(ASOF)),
    F("có 15.985 phòng", "15.985", 15985, "count", "phòng", "phòng trọ đang có người thuê", I(ASOF),
      total=18640, percent=85.8),
    F("Đức Hòa (1.412 khu)", "1.412", 1412, "count", "khu", "khu nhà trọ", I(ASOF), location="Đức Hòa"),
    F("Bến Lức (926 khu)", "926", 926, "count", "khu", "khu nhà trọ", I(ASOF), location="Bến Lức"),
    F("Cần Giuộc (518 khu)", "518", 518, "count", "khu", "khu nhà trọ", I(ASOF), location="Cần Giuộc"),
    F("từ 1,2 đến 1,8 triệu", "1,2", 1200000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ phổ biến",
      value_max=1800000, change=C("increase", 5, "%", "năm trước", approx="about")),
    F("trên 20 m2", "20", 20, "measure", "m2", "diện tích phòng có gác lửng", approx="over", optional=True),
    F("giá 2,2-2,5 triệu", "2,2", 2200000, "money", "đồng/phòng/tháng",
      "giá thuê phòng có gác lửng, diện tích trên 20 m2", value_max=2500000),
    F("khoảng 96.000 người", "96.000", 96000, "count", "người",
      "công nhân, người lao động đang thuê trọ", approx="about", percent=60, status="estimate"),
    F("kiểm tra 100% khu nhà trọ", "100", 100, "percent", "%",
      "khu nhà trọ được kiểm tra về điều kiện phòng cháy, chữa cháy", Y24, status="target"),
    F("từ 10 phòng trở lên", "10", 10, "count", "phòng", "quy mô khu nhà trọ phải kiểm tra",
      approx="at_least", optional=True),
    F("kiểm tra 1.126 khu nhà trọ", "1.126", 1126, "count", "khu nhà trọ",
      "khu nhà trọ được kiểm tra phòng cháy, chữa cháy", Q2),
    F("phát hiện 87 khu vi phạm", "87", 87, "count", "khu", "khu nhà trọ vi phạm", Q2),
    F("xử phạt hành chính 312 triệu đồng", "312", 312000000, "money", "đồng", "tiền xử phạt hành chính", Q2),
    F("hoàn thành 5 dự án", "5", 5, "count", "dự án", "dự án nhà ở xã hội, nhà lưu trú công nhân hoàn thành",
      GD, status="target"),
    F("khoảng 8.500 căn hộ", "8.500", 8500, "count", "căn hộ", "căn hộ nhà ở xã hội, nhà lưu trú công nhân",
      GD, approx="about", status="target"),
    F("khởi công 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội đã khởi công", NOW),
    F("với 2.740 căn", "2.740", 2740, "count", "căn", "căn hộ của các dự án đã khởi công", NOW),
    F("bàn giao 640 căn", "640", 640, "count", "căn", "căn hộ nhà lưu trú công nhân bàn giao", Q4,
      status="forecast", location="Đức Hòa"),
    F("dự kiến 1,5 triệu", "1,5", 1500000, "money", "đồng/căn/tháng", "giá thuê căn hộ nhà lưu trú công nhân",
      Q4, status="forecast", location="Đức Hòa"),
]

NOTES = [
    "Cổng TTĐT tỉnh Long An: phòng trọ, khu nhà trọ công nhân tính đến 30/6/2024; giá thuê, PCCC, nhà ở xã hội.",
    "Distractors: Lượt xem 2.316, Kế hoạch số 1856/KH-UBND ngày 15/3/2024, Số 61 Nguyễn Huệ, phường 1, phone.",
    "District list (1.412 + 926 + 518 = 2.856 < 3.245, 'tập trung chủ yếu'): no total. 87 khu vi phạm: no part-of cue, no total.",
    "Periods come from the same sentence or paragraph (inherited if another sentence); the price paragraph has none: no period.",
    "The headline figure takes the body's as-of date (inherited).",
    "Thresholds 'trên 20 m2', 'từ 10 phòng trở lên' describe a category: optional.",
]

build("p893-1", TEXT, FIGS, NOTES, published="2024-08-12", location="Long An")
