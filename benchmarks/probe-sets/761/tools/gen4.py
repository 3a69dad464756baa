from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin hoạt động / Lâm nghiệp
Ngày đăng: 26/04/2024 | Lượt xem: 2.096

Phát triển bền vững 52.000 ha trầm hương gắn với chuỗi giá trị

Theo Cục Lâm nghiệp, cả nước hiện có khoảng 52.000 ha cây trầm hương (dó bầu, dó trầm) được trồng tại 40 tỉnh, thành phố, với hơn 50 triệu cây. Các địa phương có diện tích lớn gồm Hà Tĩnh (khoảng 12.500 ha), Quảng Nam (8.200 ha), Bình Phước (7.300 ha), Khánh Hòa (3.215 ha) và Đồng Nai (2.900 ha).

Năm 2023, tổng giá trị các sản phẩm từ trầm hương ước đạt khoảng 8.500 tỷ đồng, trong đó giá trị xuất khẩu đạt 150 triệu USD, tăng 18% so với năm 2022. Thị trường xuất khẩu chính là các nước Trung Đông, Trung Quốc, Đài Loan (Trung Quốc) và Nhật Bản; riêng thị trường Trung Đông chiếm khoảng 45% kim ngạch.

Về quản lý, đến hết tháng 3/2024, các cơ quan Kiểm lâm đã cấp mã số cho 4.215 cơ sở trồng cây trầm hương theo quy định của Công ước CITES, tăng gấp 1,6 lần so với cuối năm 2021. Năm 2023, lượng gỗ trầm có nguồn gốc gây trồng được cấp phép xuất khẩu là 1.200 tấn và 30.000 lít tinh dầu.

Tuy nhiên, tỷ lệ diện tích được cấy tạo trầm mới đạt khoảng 35%; chỉ khoảng 10% cơ sở chế biến có dây chuyền chưng cất tinh dầu hiện đại. Bộ đặt mục tiêu đến năm 2030, diện tích trầm hương cả nước đạt 70.000 ha, giá trị xuất khẩu đạt 500 triệu USD/năm, trong đó trên 50% sản phẩm xuất khẩu ở dạng chế biến sâu.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M3 = P("đến hết tháng 3/2024", end="2024-03-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("bền vững 52.000 ha", "52.000", 52000, "measure", "ha", "diện tích trầm hương"),
    F("khoảng 52.000 ha", "52.000", 52000, "measure", "ha", "diện tích cây trầm hương (dó bầu, dó trầm)", approx="about"),
    F("tại 40 tỉnh", "40", 40, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng cây trầm hương"),
    F("hơn 50 triệu cây", "50", 50e6, "count", "cây", "cây trầm hương", approx="over"),
    F("khoảng 12.500 ha", "12.500", 12500, "measure", "ha", "diện tích cây trầm hương", approx="about", location="Hà Tĩnh"),
    F("(8.200 ha)", "8.200", 8200, "measure", "ha", "diện tích cây trầm hương", location="Quảng Nam"),
    F("(7.300 ha)", "7.300", 7300, "measure", "ha", "diện tích cây trầm hương", location="Bình Phước"),
    F("(3.215 ha)", "3.215", 3215, "measure", "ha", "diện tích cây trầm hương", location="Khánh Hòa"),
    F("(2.900 ha)", "2.900", 2900, "measure", "ha", "diện tích cây trầm hương", location="Đồng Nai"),
    F("khoảng 8.500 tỷ đồng", "8.500", 8500e9, "money", "đồng", "tổng giá trị các sản phẩm từ trầm hương", Y23,
      approx="about", status="estimate"),
    F("đạt 150 triệu USD", "150", 150e6, "money", "USD", "giá trị xuất khẩu sản phẩm từ trầm hương", Y23,
      change=CH("increase", 18, "%", "năm 2022"), status="estimate"),
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ trọng thị trường Trung Đông trong kim ngạch xuất khẩu trầm hương",
      I(Y23), approx="about"),
    F("cho 4.215 cơ sở", "4.215", 4215, "count", "cơ sở", "cơ sở trồng cây trầm hương được cấp mã số", M3,
      change=CH("increase", 1.6, "lần", "cuối năm 2021")),
    F("là 1.200 tấn", "1.200", 1200, "measure", "tấn", "gỗ trầm có nguồn gốc gây trồng được cấp phép xuất khẩu", Y23),
    F("30.000 lít", "30.000", 30000, "measure", "lít", "tinh dầu trầm được cấp phép xuất khẩu", Y23),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ diện tích được cấy tạo trầm", approx="about"),
    F("khoảng 10%", "10", 10, "percent", "%", "cơ sở chế biến có dây chuyền chưng cất tinh dầu hiện đại", approx="about"),
    F("đạt 70.000 ha", "70.000", 70000, "measure", "ha", "diện tích trầm hương cả nước", T30, status="target"),
    F("500 triệu USD/năm", "500", 500e6, "money", "USD/năm", "giá trị xuất khẩu trầm hương", T30, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "sản phẩm xuất khẩu ở dạng chế biến sâu", T30, approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, 'Ngày đăng … | Lượt xem …'): national agarwood area, provinces, value, exports, CITES registration, 2030 targets.",
    "National figures take Việt Nam; provinces in the bracketed list take their own location ('gồm' follows 'Các địa phương', not a figure: no total).",
    "150 triệu USD after 'trong đó' is not a part of 8.500 tỷ đồng (different unit): no total; it shares the lead's 'ước đạt' (estimate).",
    "Foreign markets (Trung Đông, Trung Quốc, Đài Loan, Nhật Bản) are not places of a figure. 'tăng gấp 1,6 lần so với' after 4.215 is its change.",
    "Not figures: 'Lượt xem: 2.096', 'Số 2 Ngọc Hà', phone, 'Công ước CITES'. The headline's 52.000 ha carries no period ('hiện có').",
]

if __name__ == "__main__":
    emit("p761-4", TEXT, COMMENTS, FIGS, published="2024-04-26", location="Việt Nam")
