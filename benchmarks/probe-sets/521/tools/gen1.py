"""p521-1: Khánh Hòa province portal — Tết Giáp Thìn 2024 goods supply (breadcrumb, Cập nhật, Lượt xem)."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Khánh Hòa chuẩn bị hơn 2.300 tỷ đồng hàng hóa phục vụ Tết Giáp Thìn
Cập nhật: 10/01/2024 08:45
Lượt xem: 3.582

(KHO) - Theo Sở Công Thương, để phục vụ nhu cầu mua sắm dịp Tết Nguyên đán Giáp Thìn 2024, các doanh nghiệp trên địa bàn tỉnh đã chuẩn bị nguồn hàng với tổng trị giá ước khoảng 2.340 tỷ đồng, tăng 9,5% so với Tết Quý Mão năm 2023. Trong đó, hàng hóa thiết yếu thuộc Chương trình bình ổn thị trường khoảng 415 tỷ đồng, chiếm 17,7% tổng lượng hàng dự trữ.

Lượng hàng dự trữ cụ thể gồm: gạo khoảng 5.200 tấn, thịt lợn 1.150 tấn, thịt gia cầm 680 tấn, trứng gia cầm 4,5 triệu quả, bánh mứt kẹo 420 tấn. Các mặt hàng bình ổn được bán thấp hơn giá thị trường từ 5 đến 10%, niêm yết công khai tại 126 điểm bán trên toàn tỉnh, trong đó thành phố Nha Trang có 48 điểm, thị xã Ninh Hòa 21 điểm, huyện Cam Lâm 15 điểm. Sức mua dịp Tết dự kiến tăng từ 10 đến 12% so với ngày thường.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 12/2023 ước đạt 6.870 tỷ đồng, tăng 1,8% so với tháng trước; cả năm 2023 ước đạt 76.415 tỷ đồng, tăng 14,2% so với năm 2022.

Sở Công Thương đề nghị người dân khi phát hiện hành vi găm hàng, tăng giá bất hợp lý thì phản ánh qua đường dây nóng 0258.3822.609 hoặc đến trụ sở Sở tại số 1 Trần Phú, thành phố Nha Trang. Đội Quản lý thị trường số 3 thường trực 24/7 trong các ngày cao điểm từ 25 tháng Chạp đến mùng 6 tháng Giêng.
"""

COMMENTS = [
    "Khánh Hòa province portal: Tết Giáp Thìn 2024 goods supply, stabilisation-programme outlets, retail sales (published 10/01/2024).",
    "Tết periods ('dịp Tết Nguyên đán Giáp Thìn 2024') are not calendar periods in FIGURES.md: left null (unscored).",
    "'Trong đó ... 415 tỷ đồng, chiếm 17,7%' is a part of 2.340 tỷ (total) with its share; it keeps the lead's 'ước' (estimate).",
    "Outlets by district after 'trong đó' take total 126 and the district as location. Distractors: Lượt xem, phone, số 1 Trần Phú,",
    "Đội QLTT số 3, 24/7, lunar dates '25 tháng Chạp', 'mùng 6 tháng Giêng', 'Tết Quý Mão năm 2023' (baseline).",
]

Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 2.300 tỷ đồng", "2.300", 2300e9, "money", "đồng", approx="over",
      subject="hàng hóa phục vụ Tết Giáp Thìn"),
    F("ước khoảng 2.340 tỷ đồng", "2.340", 2340e9, "money", "đồng", approx="about",
      change=CH("increase", 9.5, baseline="Tết Quý Mão năm 2023"), status="estimate",
      subject="tổng trị giá nguồn hàng phục vụ Tết"),
    F("khoảng 415 tỷ đồng", "415", 415e9, "money", "đồng", approx="about", total=2340e9, percent=17.7,
      status="estimate", subject="hàng hóa thiết yếu thuộc Chương trình bình ổn thị trường"),
    F("gạo khoảng 5.200 tấn", "5.200", 5200, "measure", "tấn", approx="about",
      subject="lượng hàng dự trữ gạo"),
    F("thịt lợn 1.150 tấn", "1.150", 1150, "measure", "tấn", subject="lượng hàng dự trữ thịt lợn"),
    F("gia cầm 680 tấn", "680", 680, "measure", "tấn", subject="lượng hàng dự trữ thịt gia cầm"),
    F("4,5 triệu quả", "4,5", 4.5e6, "count", "quả", subject="lượng hàng dự trữ trứng gia cầm"),
    F("kẹo 420 tấn", "420", 420, "measure", "tấn", subject="lượng hàng dự trữ bánh mứt kẹo"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10,
      subject="giá bán các mặt hàng bình ổn thấp hơn giá thị trường"),
    F("tại 126 điểm bán", "126", 126, "count", "điểm bán", subject="điểm bán hàng bình ổn"),
    F("có 48 điểm", "48", 48, "count", "điểm", total=126, subject="điểm bán hàng bình ổn", location="Nha Trang"),
    F("Ninh Hòa 21 điểm", "21", 21, "count", "điểm", total=126, subject="điểm bán hàng bình ổn", location="Ninh Hòa"),
    F("Cam Lâm 15 điểm", "15", 15, "count", "điểm", total=126, subject="điểm bán hàng bình ổn", location="Cam Lâm"),
    F("từ 10 đến 12%", "10", 10, "percent", "%", value_max=12, status="forecast",
      subject="sức mua dịp Tết so với ngày thường"),
    F("ước đạt 6.870 tỷ đồng", "6.870", 6870e9, "money", "đồng",
      change=CH("increase", 1.8, baseline="tháng trước"), status="estimate",
      subject="tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 12/2023",
      period=P("tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("ước đạt 76.415 tỷ đồng", "76.415", 76415e9, "money", "đồng",
      change=CH("increase", 14.2, baseline="năm 2022"), status="estimate",
      subject="tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả năm 2023", period=Y23),
]

emit("p521-1", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Khánh Hòa")
