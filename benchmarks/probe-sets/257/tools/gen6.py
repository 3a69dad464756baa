from lib import *

text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Quyết tâm gỡ cảnh báo “thẻ vàng” IUU trước đợt thanh tra lần thứ 5 của EC

Sau gần 7 năm Ủy ban châu Âu (EC) áp dụng cảnh báo “thẻ vàng” đối với thủy sản khai thác của Việt Nam (từ tháng 10/2017), công tác chống khai thác IUU đã có nhiều chuyển biến. Theo báo cáo của Cục Thủy sản, đến hết tháng 8/2024, cả nước có 86.820 tàu cá đã đăng ký, trong đó 29.482 tàu có chiều dài từ 15 m trở lên; 98,5% số tàu này đã lắp thiết bị giám sát hành trình.

Toàn bộ 28 tỉnh, thành phố ven biển đã cập nhật dữ liệu lên hệ thống VNFishbase; 26/28 địa phương đã cấp giấy phép khai thác cho trên 95% tàu cá. Năm 2023, các cơ quan chức năng xử phạt 1.150 vụ vi phạm với tổng số tiền hơn 27 tỷ đồng, tăng 38% so với năm 2022.

Tuy nhiên, vẫn còn tình trạng tàu cá vi phạm vùng biển nước ngoài: 8 tháng đầu năm 2024 có 14 tàu với 105 ngư dân bị bắt giữ, xử lý, giảm 9 tàu so với cùng kỳ. Tính đến 31/8/2024, số tàu mất kết nối VMS trên 10 ngày chưa đưa về bờ còn khoảng 1.200 chiếc, tập trung tại Bình Định, Kiên Giang và Cà Mau.

“Thẻ vàng” khiến xuất khẩu hải sản khai thác sang EU sụt giảm: năm 2023 chỉ đạt 378 triệu USD, giảm 6,1% so với năm 2022, bằng khoảng 60% so với năm 2017. Hiện chỉ còn khoảng 30 doanh nghiệp xuất khẩu cá ngừ sang thị trường này.

Theo Quyết định số 81/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025, 100% tàu cá được cấp phép, giám sát hoạt động qua VMS và 100% sản lượng hải sản khai thác được giám sát tại cảng. Giai đoạn 2021-2025, ngân sách trung ương đã bố trí khoảng 1.900 tỷ đồng để đầu tư 25 cảng cá, khu neo đậu tránh trú bão. Bộ đề nghị các địa phương xử lý nghiêm theo Nghị định số 42/2019/NĐ-CP, ngăn chặn dứt điểm tàu cá vi phạm trước khi Đoàn thanh tra EC sang làm việc."""

p8 = P("đến hết tháng 8/2024", None, "2024-08-31")
p8i = P("đến hết tháng 8/2024", None, "2024-08-31", inh=True)
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
t25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("lần thứ 5 của EC", "5", 5, "count", "lần", "đợt thanh tra của EC", optional=True),
    F("gần 7 năm", "7", 7, "measure", "năm", "thời gian áp dụng thẻ vàng", approx="nearly", optional=True),
    F("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", "tàu cá đã đăng ký", period=p8),
    F("trong đó 29.482 tàu", "29.482", 29482, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=86820, period=p8),
    F("chiều dài từ 15 m trở lên; 98,5%", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("lên; 98,5% số tàu", "98,5", 98.5, "percent", "%", "tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình", period=p8),
    F("Toàn bộ 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển đã cập nhật dữ liệu lên VNFishbase", period=p8i),
    F("26/28 địa phương", "26", 26, "count", "địa phương", "địa phương đã cấp giấy phép khai thác cho trên 95% tàu cá", total=28, period=p8i),
    F("cho trên 95% tàu cá", "95", 95, "percent", "%", "tàu cá được cấp giấy phép khai thác", approx="over", optional=True),
    F("xử phạt 1.150 vụ", "1.150", 1150, "count", "vụ", "vụ vi phạm bị xử phạt", period=y23),
    F("hơn 27 tỷ đồng", "27", 27e9, "money", "đồng", "tổng số tiền xử phạt", approx="over",
      change=C("increase", 38, baseline="năm 2022"), period=y23),
    F("có 14 tàu với", "14", 14, "count", "tàu", "tàu cá vi phạm vùng biển nước ngoài bị bắt giữ, xử lý",
      change=C("decrease", 9, unit="tàu", baseline="cùng kỳ"), period=P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")),
    F("với 105 ngư dân", "105", 105, "count", "ngư dân", "ngư dân bị bắt giữ, xử lý",
      period=P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")),
    F("trên 10 ngày", "10", 10, "measure", "ngày", "thời gian mất kết nối VMS", approx="over", optional=True),
    F("khoảng 1.200 chiếc", "1.200", 1200, "count", "chiếc", "tàu mất kết nối VMS trên 10 ngày chưa đưa về bờ", approx="about",
      period=P("Tính đến 31/8/2024", None, "2024-08-31")),
    F("đạt 378 triệu USD", "378", 378e6, "money", "USD", "xuất khẩu hải sản khai thác sang EU",
      change=C("decrease", 6.1, baseline="năm 2022"), percent=60, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu cá ngừ sang EU", approx="about"),
    F("2025, 100% tàu cá", "100", 100, "percent", "%", "tàu cá được cấp phép, giám sát hoạt động qua VMS", status="target", period=t25),
    F("và 100% sản lượng", "100", 100, "percent", "%", "sản lượng hải sản khai thác được giám sát tại cảng", status="target", period=t25),
    F("khoảng 1.900 tỷ đồng", "1.900", 1.9e12, "money", "đồng", "ngân sách trung ương bố trí đầu tư cảng cá, khu neo đậu tránh trú bão",
      approx="about", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("đầu tư 25 cảng cá", "25", 25, "count", "cảng cá", "cảng cá, khu neo đậu tránh trú bão được đầu tư",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]
header = """Ministry site (Bộ NN&PTNT, breadcrumb 'Trang chủ > Tin tức > Thủy sản'): national IUU 'yellow card' situation; no dateline at all (no published).
Location Việt Nam throughout; 'Bình Định, Kiên Giang và Cà Mau' named after a national count do not make it provincial; EU is a market.
Distractors: 'từ tháng 10/2017', 'năm 2017' (baseline), 'Quyết định số 81/QĐ-TTg', 'Nghị định số 42/2019/NĐ-CP'.
Optional: 'lần thứ 5' (edition), 'gần 7 năm' (a duration that only locates the story in time), thresholds 'từ 15 m trở lên', 'trên 10 ngày',
and 'trên 95% tàu cá' (a criterion inside the definition of the 26 localities).
'26/28 địa phương' total 28; '29.482 tàu' after 'trong đó' total 86.820; 98,5% after ';' is a percent figure of its own (no base amount).
'hơn 27 tỷ đồng, tăng 38% so với năm 2022' change on the money; '14 tàu …, giảm 9 tàu so với cùng kỳ' change in tàu;
'378 triệu USD, giảm 6,1% …, bằng khoảng 60% so với năm 2017' one change and one share (percent attribute 60).
'Hiện … khoảng 30 doanh nghiệp' has no period and no dateline: null. '100%' targets 'đến năm 2025'; 1.900 tỷ and 25 cảng cá take 'Giai đoạn 2021-2025'."""
write(6, text, figs, header, location="Việt Nam")
