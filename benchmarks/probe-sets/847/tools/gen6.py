from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ bảy, 21/9/2024, 08:15 (GMT+7)

Nhà máy nước tương 1.200 tỷ đồng đi vào hoạt động ở Bình Dương

Nhà máy có công suất 150 triệu lít mỗi năm, lớn thứ 3 cả nước, dự kiến giúp nâng thị phần nước tương của doanh nghiệp lên khoảng 40%.

Sáng 20/9, Công ty CP Thực phẩm Sao Nam (trụ sở tại Bình Dương) khánh thành nhà máy nước tương tại KCN VSIP II (TP Tân Uyên) với tổng vốn đầu tư 1.200 tỷ đồng. Nhà máy rộng 8,5 ha, gồm 6 dây chuyền lên men và 4 dây chuyền chiết rót tự động, sử dụng khoảng 450 lao động.

Theo ông Lê Minh Tư, Tổng giám đốc, giai đoạn 1 nhà máy chạy 60% công suất, tương đương 90 triệu lít/năm; giai đoạn 2 từ năm 2026 sẽ đạt toàn bộ công suất thiết kế. Mỗi năm nhà máy tiêu thụ khoảng 25.000 tấn đậu nành, trong đó 30% mua từ các vùng trồng ở Tây Nguyên.

8 tháng đầu năm 2024, doanh thu nhóm nước chấm của Sao Nam đạt 2.350 tỷ đồng, tăng 14% so với cùng kỳ, trong đó nước tương chiếm 58%. Xuất khẩu đạt 21 triệu USD sang 12 thị trường, chủ yếu là Hàn Quốc, Nhật Bản và Mỹ.

Theo số liệu của Bộ Công Thương, quy mô thị trường nước chấm Việt Nam năm 2023 ước khoảng 1,4 tỷ USD. Trong giai đoạn 2019-2023, thị trường này tăng trưởng bình quân 6-7% mỗi năm. Riêng nước tương chiếm khoảng 35% giá trị, đứng sau nước mắm.

Ngọc Minh
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
VN = "Việt Nam"

FIGS = [
    F("Nhà máy nước tương 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "vốn đầu tư nhà máy nước tương"),
    F("công suất 150 triệu lít", "150", 150e6, "measure", "lít/năm", "công suất nhà máy"),
    F("lớn thứ 3", "3", 3, "rank", "hạng", "nhà máy nước tương lớn thứ 3 cả nước"),
    F("khoảng 40%", "40", 40, "percent", "%", "thị phần nước tương của doanh nghiệp", approx="about",
      status="forecast"),
    F("tư 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "tổng vốn đầu tư nhà máy"),
    F("rộng 8,5 ha", "8,5", 8.5, "measure", "ha", "diện tích nhà máy"),
    F("gồm 6 dây chuyền", "6", 6, "count", "dây chuyền", "dây chuyền lên men"),
    F("và 4 dây chuyền", "4", 4, "count", "dây chuyền", "dây chuyền chiết rót tự động"),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", "lao động nhà máy sử dụng", approx="about"),
    F("chạy 60% công suất", "60", 60, "percent", "%", "công suất nhà máy giai đoạn 1"),
    F("tương đương 90 triệu lít/năm", "90", 90e6, "measure", "lít/năm", "công suất nhà máy giai đoạn 1"),
    F("khoảng 25.000 tấn", "25.000", 25000, "measure", "tấn", "đậu nành nhà máy tiêu thụ mỗi năm", approx="about"),
    F("trong đó 30%", "30", 30, "percent", "%", "đậu nành mua từ các vùng trồng ở Tây Nguyên"),
    F("đạt 2.350 tỷ đồng", "2.350", 2.35e12, "money", "đồng", "doanh thu nhóm nước chấm của Sao Nam", M8,
      change=C("increase", 14, "%", "cùng kỳ")),
    F("chiếm 58%", "58", 58, "percent", "%", "nước tương trong doanh thu nhóm nước chấm", M8),
    F("đạt 21 triệu USD", "21", 21e6, "money", "USD", "kim ngạch xuất khẩu của Sao Nam", I(M8)),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", "thị trường xuất khẩu", I(M8)),
    F("khoảng 1,4 tỷ USD", "1,4", 1.4e9, "money", "USD", "quy mô thị trường nước chấm Việt Nam", Y23,
      approx="about", status="estimate", location=VN),
    F("bình quân 6-7%", "6", 6, "percent", "%", "tăng trưởng bình quân thị trường nước chấm",
      P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31"), value_max=7, location=VN),
    F("khoảng 35%", "35", 35, "percent", "%", "nước tương trong giá trị thị trường nước chấm", I(Y23),
      approx="about", location=VN),
]

write("p847-6", TEXT, [
    "National paper (VnExpress style, 'Thứ bảy, 21/9/2024, 08:15 (GMT+7)'): soy-sauce plant of an invented company in Bình Dương.",
    "The company is said to be based in Bình Dương, so the plant's and the company's figures are Bình Dương; the Bộ Công Thương",
    "market figures are Việt Nam. '08:15', 'Sáng 20/9', 'KCN VSIP II', 'giai đoạn 1/2', 'từ năm 2026', 'ông Lê Minh Tư' are no figures.",
    "'60% công suất, tương đương 90 triệu lít/năm': the percent is a figure, the 90 triệu lít a figure without percent (cf. h01).",
    "'trong đó nước tương chiếm 58%' is a share inside the 2.350 tỷ: a percent figure of its own. Headline 1.200 tỷ kept as a figure.",
    "revised after the first run: the rank's subject said 'lớn nhất' (a slip); now 'lớn thứ 3'.",
], FIGS, published="2024-09-21", location="Bình Dương")
