from lib import Doc, per, chg

d = Doc("p890-1", published="2024-08-12", location="Bến Tre", notes=[
    "Cổng TTĐT tỉnh Bến Tre: diện tích, sản lượng, giá, mã số vùng trồng và xuất khẩu bưởi da xanh 6 tháng đầu năm 2024.",
    "Breadcrumb, 'Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316' (dateline + counter). Quyết định số 1563/QĐ-UBND, Quốc lộ 57/60 are not figures.",
    "District list after 'Các huyện có diện tích lớn gồm' does not add up to 10.850 and the cue follows no figure: no total.",
])
d.text = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Bến Tre: Diện tích bưởi da xanh vượt 10.800 ha

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

(Cổng TTĐT Bến Tre) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/6/2024, toàn tỉnh có 10.850 ha bưởi da xanh, tăng 420 ha so với cuối năm 2023, trong đó diện tích cho trái đạt 8.960 ha. Các huyện có diện tích lớn gồm Mỏ Cày Bắc (2.640 ha), Châu Thành (2.180 ha), Chợ Lách (1.530 ha) và Giồng Trôm (1.270 ha).

Sáu tháng đầu năm 2024, sản lượng bưởi da xanh ước đạt 86.500 tấn, tăng 7,8% so với cùng kỳ. Năng suất bình quân đạt khoảng 19,3 tấn/ha. Giá bưởi da xanh loại 1 tại vườn dao động từ 38.000 đến 45.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với đầu năm.

Toàn tỉnh hiện có 46 mã số vùng trồng bưởi phục vụ xuất khẩu với tổng diện tích hơn 1.320 ha, chiếm 12,2% diện tích bưởi da xanh; trong đó có 9 mã số vùng trồng xuất khẩu sang thị trường Hoa Kỳ. Trong 6 tháng, các doanh nghiệp trên địa bàn đã xuất khẩu gần 3.200 tấn bưởi da xanh, chủ yếu sang Hà Lan, Hoa Kỳ và Úc.

Thực hiện Quyết định số 1563/QĐ-UBND ngày 18/7/2023 của UBND tỉnh, Bến Tre phấn đấu đến năm 2025 có 12.000 ha bưởi da xanh, trong đó 30% diện tích đạt chứng nhận VietGAP hoặc tương đương. Hiện ngành nông nghiệp đang hướng dẫn khoảng 2.500 hộ trồng bưởi dọc Quốc lộ 57 và Quốc lộ 60 trữ nước ngọt, phòng chống hạn mặn.

Tin, ảnh: Minh Tâm
"""
P630 = per("tính đến 30/6/2024", end="2024-06-30")
H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
d.add("vượt 10.800 ha", "10.800", 10800, "measure", "ha", approx="over",
      subject="diện tích bưởi da xanh")
d.add("có 10.850 ha bưởi", "10.850", 10850, "measure", "ha",
      change=chg("increase", 420, "ha", "cuối năm 2023"),
      subject="diện tích bưởi da xanh", period=P630)
d.add("cho trái đạt 8.960 ha", "8.960", 8960, "measure", "ha", total=10850,
      subject="diện tích bưởi da xanh cho trái", period=P630)
for place, num in [("Mỏ Cày Bắc", "2.640"), ("Châu Thành", "2.180"), ("Chợ Lách", "1.530"), ("Giồng Trôm", "1.270")]:
    d.add(f"{place} ({num} ha)", num, float(num.replace(".", "")), "measure", "ha",
          subject="diện tích bưởi da xanh", period=per("tính đến 30/6/2024", end="2024-06-30", inherited=True),
          location=place)
d.add("ước đạt 86.500 tấn", "86.500", 86500, "measure", "tấn", status="estimate",
      change=chg("increase", 7.8, "%", "cùng kỳ"),
      subject="sản lượng bưởi da xanh", period=H1)
d.add("khoảng 19,3 tấn/ha", "19,3", 19.3, "measure", "tấn/ha", approx="about",
      subject="năng suất bình quân bưởi da xanh",
      period=per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True))
d.add("từ 38.000 đến 45.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", value_max=45000,
      change=chg("increase", 5000, "đồng/kg", "đầu năm", approx="about"),
      subject="giá bưởi da xanh loại 1 tại vườn")
d.add("có 46 mã số", "46", 46, "count", "mã số vùng trồng",
      subject="mã số vùng trồng bưởi phục vụ xuất khẩu")
d.add("hơn 1.320 ha", "1.320", 1320, "measure", "ha", approx="over", percent=12.2,
      subject="diện tích vùng trồng bưởi được cấp mã số xuất khẩu")
d.add("có 9 mã số", "9", 9, "count", "mã số vùng trồng", total=46,
      subject="mã số vùng trồng xuất khẩu sang thị trường Hoa Kỳ")
d.add("gần 3.200 tấn", "3.200", 3200, "measure", "tấn", approx="nearly",
      subject="bưởi da xanh xuất khẩu", period=per("Trong 6 tháng", "2024-01-01", "2024-06-30"))
T25 = per("đến năm 2025", end="2025-12-31")
d.add("có 12.000 ha", "12.000", 12000, "measure", "ha", status="target",
      subject="diện tích bưởi da xanh", period=T25)
d.add("trong đó 30% diện tích", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ diện tích bưởi da xanh đạt chứng nhận VietGAP hoặc tương đương", period=T25)
d.add("khoảng 2.500 hộ", "2.500", 2500, "count", "hộ", approx="about",
      subject="hộ trồng bưởi được hướng dẫn trữ nước ngọt, phòng chống hạn mặn")
d.write()
