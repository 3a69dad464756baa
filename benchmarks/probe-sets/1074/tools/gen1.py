from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sóc Trăng: Hơn 99% hộ dân nông thôn sử dụng nước hợp vệ sinh

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 268 công trình cấp nước tập trung nông thôn với tổng công suất thiết kế khoảng 142.000 m3/ngày đêm, cung cấp nước cho hơn 186.500 hộ dân. Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,2%; riêng tỷ lệ hộ sử dụng nước sạch đáp ứng quy chuẩn đạt 62,4%, tăng 3,1 điểm phần trăm so với cuối năm 2023.

Trong 6 tháng đầu năm, ngành nông nghiệp đã xây dựng mới 5 công trình và nâng cấp, mở rộng 12 công trình với tổng kinh phí 86,7 tỷ đồng, đạt 54,2% kế hoạch vốn năm. Số hộ đấu nối mới đạt 4.350 hộ, tăng 18% so với cùng kỳ. Lượng nước tiêu thụ bình quân khoảng 12 m3/hộ/tháng.

Tuy nhiên, toàn tỉnh vẫn còn 31 công trình hoạt động kém hiệu quả, chiếm 11,6% tổng số công trình, tập trung chủ yếu ở các huyện Trần Đề (9 công trình), Cù Lao Dung (8 công trình) và Long Phú (7 công trình). Nguyên nhân chính là nguồn nước ngầm suy giảm, nhiều tuyến ống dọc Quốc lộ 60 và Đường tỉnh 934 đã xuống cấp sau hơn 15 năm sử dụng. Giá nước sinh hoạt nông thôn hiện dao động từ 6.500 đến 8.000 đồng/m3 tùy khu vực, theo Quyết định số 34/2022/QĐ-UBND của UBND tỉnh.

Mục tiêu đến cuối năm 2025, tỷ lệ hộ dân nông thôn sử dụng nước sạch đáp ứng quy chuẩn đạt 70%; tỷ lệ thất thoát nước giảm xuống dưới 20%. Để đạt mục tiêu, tỉnh dự kiến huy động khoảng 320 tỷ đồng, trong đó vốn xã hội hóa khoảng 112 tỷ đồng.

Minh Khang (Trung tâm Thông tin tỉnh)
"""

asof = P("tính đến ngày 30/6/2024", end="2024-06-30")
h1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
y25 = P("đến cuối năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 99% hộ dân", "99", 99, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh", approx="over"),
    F("có 268 công trình", "268", 268, "count", "công trình", "công trình cấp nước tập trung nông thôn", asof),
    F("khoảng 142.000 m3/ngày đêm", "142.000", 142000, "measure", "m3/ngày đêm",
      "tổng công suất thiết kế", asof, approx="about"),
    F("hơn 186.500 hộ dân", "186.500", 186500, "count", "hộ", "hộ dân được cung cấp nước", asof, approx="over"),
    F("đạt 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh", I(asof)),
    F("quy chuẩn đạt 62,4%", "62,4", 62.4, "percent", "%", "tỷ lệ hộ sử dụng nước sạch đáp ứng quy chuẩn", I(asof),
      change=C("increase", 3.1, "điểm phần trăm", "cuối năm 2023")),
    F("xây dựng mới 5 công trình", "5", 5, "count", "công trình", "công trình xây dựng mới", h1),
    F("mở rộng 12 công trình", "12", 12, "count", "công trình", "công trình nâng cấp, mở rộng", h1),
    F("kinh phí 86,7 tỷ đồng", "86,7", 86.7e9, "money", "đồng", "tổng kinh phí xây dựng, nâng cấp công trình", h1,
      percent=54.2),
    F("đạt 4.350 hộ", "4.350", 4350, "count", "hộ", "hộ đấu nối mới", I(h1),
      change=C("increase", 18, "%", "cùng kỳ")),
    F("khoảng 12 m3/hộ/tháng", "12", 12, "measure", "m3/hộ/tháng", "lượng nước tiêu thụ bình quân", approx="about"),
    F("còn 31 công trình", "31", 31, "count", "công trình", "công trình hoạt động kém hiệu quả", percent=11.6),
    F("Trần Đề (9 công trình)", "9", 9, "count", "công trình", "công trình hoạt động kém hiệu quả", location="Trần Đề"),
    F("Cù Lao Dung (8 công trình)", "8", 8, "count", "công trình", "công trình hoạt động kém hiệu quả",
      location="Cù Lao Dung"),
    F("Long Phú (7 công trình)", "7", 7, "count", "công trình", "công trình hoạt động kém hiệu quả", location="Long Phú"),
    F("sau hơn 15 năm sử dụng", "15", 15, "measure", "năm", "thời gian sử dụng tuyến ống", approx="over", optional=True),
    F("từ 6.500 đến 8.000 đồng/m3", "6.500", 6500, "money", "đồng/m3", "giá nước sinh hoạt nông thôn", value_max=8000),
    F("quy chuẩn đạt 70%", "70", 70, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch đáp ứng quy chuẩn", y25,
      status="target"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ thất thoát nước", y25, approx="under", status="target"),
    F("khoảng 320 tỷ đồng", "320", 320e9, "money", "đồng", "vốn huy động", approx="about", status="forecast"),
    F("khoảng 112 tỷ đồng", "112", 112e9, "money", "đồng", "vốn xã hội hóa", approx="about", total=320e9,
      status="forecast"),
]

build("p1074-1", TEXT, FIGS, published="2024-08-12", location="Sóc Trăng", comments=[
    "Sóc Trăng province portal (breadcrumb, Cập nhật | Lượt xem): rural water schemes as of 30/6/2024, H1 2024 works,",
    "under-performing schemes by district (list does not add up to 31: no total), price range, 2025 targets.",
    "Distractors: Lượt xem: 2.316, Quốc lộ 60, Đường tỉnh 934, Quyết định số 34/2022/QĐ-UBND, 09:45.",
    "'sau hơn 15 năm sử dụng' (age of pipes) is optional. 'chiếm 11,6% tổng số công trình' names no number: no total.",
])
