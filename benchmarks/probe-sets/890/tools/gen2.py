from lib import Doc, per, chg

d = Doc("p890-2", published="2025-01-10", location="Chương Mỹ", notes=[
    "Cổng TTĐT huyện Chương Mỹ (Hà Nội): bưởi Diễn vào vụ Tết Ất Tỵ; năm 2024 diện tích, sản lượng, giá, HTX, hộ điển hình, mục tiêu 2025.",
    "Dateline 'Thứ Sáu, 10/01/2025 - 14:20'. Figures of xã Thủy Xuân Tiên and xóm 7 take the district (a commune is not a location level of the spec).",
    "'ông Nguyễn Văn Hai', 'xóm 7', 'Tết Ất Tỵ', the phone 024.3386.6120 are not figures. 'từ 1 kg/quả trở lên' is a grade threshold (optional).",
    "'cao gấp 3 lần so với trồng lúa' stands as its own sentence: a multiple.",
])
d.text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ
Trang chủ / Tin tức - Sự kiện / Kinh tế

Bưởi Diễn Chương Mỹ vào vụ Tết, giá bán tăng nhẹ

Thứ Sáu, 10/01/2025 - 14:20

Theo Phòng Kinh tế huyện, năm 2024 toàn huyện có khoảng 1.450 ha bưởi, trong đó bưởi Diễn chiếm gần 75%, tập trung tại các xã Thủy Xuân Tiên, Tân Tiến, Nam Phương Tiến và Trần Phú. Sản lượng bưởi cả năm đạt 21.600 tấn, tăng 6% so với năm 2023; giá trị sản xuất ước đạt 432 tỷ đồng.

Vụ bưởi Tết Ất Tỵ, bưởi Diễn loại đẹp (trọng lượng từ 1 kg/quả trở lên) được thương lái thu mua tại vườn từ 25.000 đến 35.000 đồng/quả, tăng khoảng 3.000 đồng/quả so với vụ trước. Bưởi tỉa tạo hình, đóng hộp quà Tết có giá 60.000-80.000 đồng/quả.

Tại xã Thủy Xuân Tiên, Hợp tác xã Nông nghiệp Xuân Thủy hiện có 42 thành viên với 65 ha bưởi Diễn đạt tiêu chuẩn VietGAP. Năm 2024, hợp tác xã tiêu thụ hơn 1.100 tấn bưởi, doanh thu đạt trên 24 tỷ đồng; mỗi ha bưởi cho thu nhập bình quân 350-400 triệu đồng/năm. Thu nhập từ bưởi Diễn cao gấp 3 lần so với trồng lúa.

Gia đình ông Nguyễn Văn Hai ở xóm 7, xã Thủy Xuân Tiên có 1,2 ha bưởi Diễn với khoảng 600 gốc, vụ này thu hoạch gần 18.000 quả.

Năm 2025, huyện phấn đấu mở rộng diện tích bưởi Diễn đạt VietGAP lên 300 ha, xây dựng thêm 2 chuỗi liên kết tiêu thụ và hỗ trợ 100% hộ trồng bưởi tham gia truy xuất nguồn gốc.

Phòng Kinh tế huyện Chương Mỹ - ĐT: 024.3386.6120
"""
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
d.add("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", approx="about",
      subject="diện tích bưởi", period=Y24)
d.add("chiếm gần 75%", "75", 75, "percent", "%", approx="nearly",
      subject="tỷ lệ diện tích bưởi Diễn", period=Y24)
d.add("đạt 21.600 tấn", "21.600", 21600, "measure", "tấn",
      change=chg("increase", 6, "%", "năm 2023"),
      subject="sản lượng bưởi", period=per("cả năm", "2024-01-01", "2024-12-31"))
d.add("ước đạt 432 tỷ đồng", "432", 432e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất bưởi", period=per("cả năm", "2024-01-01", "2024-12-31"))
d.add("từ 1 kg/quả", "1", 1, "measure", "kg/quả", approx="at_least", optional=True,
      subject="trọng lượng bưởi Diễn loại đẹp")
d.add("từ 25.000 đến 35.000 đồng/quả", "25.000", 25000, "money", "đồng/quả", value_max=35000,
      change=chg("increase", 3000, "đồng/quả", "vụ trước", approx="about"),
      subject="giá thu mua bưởi Diễn loại đẹp tại vườn")
d.add("giá 60.000-80.000 đồng/quả", "60.000", 60000, "money", "đồng/quả", value_max=80000,
      subject="giá bưởi tỉa tạo hình, đóng hộp quà Tết")
d.add("có 42 thành viên", "42", 42, "count", "thành viên",
      subject="thành viên Hợp tác xã Nông nghiệp Xuân Thủy")
d.add("với 65 ha", "65", 65, "measure", "ha",
      subject="diện tích bưởi Diễn đạt tiêu chuẩn VietGAP của hợp tác xã")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
d.add("hơn 1.100 tấn", "1.100", 1100, "measure", "tấn", approx="over",
      subject="bưởi hợp tác xã tiêu thụ", period=Y24b)
d.add("trên 24 tỷ đồng", "24", 24e9, "money", "đồng", approx="over",
      subject="doanh thu của hợp tác xã", period=Y24b)
d.add("350-400 triệu đồng/năm", "350", 350e6, "money", "đồng/ha/năm", value_max=400e6,
      subject="thu nhập bình quân mỗi ha bưởi", period=Y24b)
d.add("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="thu nhập từ bưởi Diễn so với trồng lúa")
d.add("có 1,2 ha", "1,2", 1.2, "measure", "ha",
      subject="diện tích bưởi Diễn của gia đình ông Nguyễn Văn Hai")
d.add("khoảng 600 gốc", "600", 600, "count", "gốc", approx="about",
      subject="gốc bưởi Diễn của gia đình ông Nguyễn Văn Hai")
d.add("gần 18.000 quả", "18.000", 18000, "count", "quả", approx="nearly",
      subject="bưởi thu hoạch vụ này của gia đình ông Nguyễn Văn Hai")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
d.add("lên 300 ha", "300", 300, "measure", "ha", status="target",
      subject="diện tích bưởi Diễn đạt VietGAP", period=Y25)
d.add("thêm 2 chuỗi", "2", 2, "count", "chuỗi liên kết", status="target",
      subject="chuỗi liên kết tiêu thụ xây dựng thêm", period=Y25)
d.add("hỗ trợ 100% hộ", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hộ trồng bưởi tham gia truy xuất nguồn gốc", period=Y25)
d.write()
