from lib import Doc, P, C, T

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu
Xuất khẩu dược phẩm 6 tháng đầu năm 2024 tăng trưởng khả quan
Ngày đăng: 22/07/2024

(MOIT) - Theo số liệu thống kê của Tổng cục Hải quan, 6 tháng đầu năm 2024, kim ngạch xuất khẩu dược phẩm của Việt Nam đạt 136,8 triệu USD, tăng 15,2% so với cùng kỳ năm 2023. Riêng tháng 6/2024, xuất khẩu dược phẩm đạt 24,7 triệu USD, tăng 8,6% so với tháng trước và tăng 21,3% so với tháng 6/2023.

Về thị trường, Nhật Bản là thị trường xuất khẩu dược phẩm lớn nhất của Việt Nam với 29,4 triệu USD, chiếm 21,5% tổng kim ngạch; tiếp theo là Trung Quốc 17,9 triệu USD, Campuchia 12,6 triệu USD và Myanmar 9,8 triệu USD. Xuất khẩu sang thị trường EU đạt 11,2 triệu USD, giảm 3,4%.

Ở chiều ngược lại, nhập khẩu dược phẩm 6 tháng đầu năm đạt 1,79 tỷ USD, tăng 4,1%; nhập siêu mặt hàng này khoảng 1,65 tỷ USD. Hiện cả nước có 238 nhà máy sản xuất thuốc đạt tiêu chuẩn GMP, trong đó 18 nhà máy đạt tiêu chuẩn EU-GMP hoặc tương đương; thuốc sản xuất trong nước đáp ứng khoảng 46% nhu cầu sử dụng về giá trị.

Theo Chiến lược quốc gia phát triển ngành Dược Việt Nam giai đoạn đến năm 2030 và tầm nhìn đến năm 2045 (Quyết định số 1165/QĐ-TTg), đến năm 2030 thuốc sản xuất trong nước đáp ứng 80% nhu cầu sử dụng và 70% giá trị thị trường; giá trị xuất khẩu dược phẩm đạt 1 tỷ USD. Để đạt mục tiêu này, cần duy trì tốc độ tăng trưởng xuất khẩu bình quân từ 25 đến 30%/năm trong giai đoạn 2025-2030.

Thông tin chi tiết liên hệ: Cục Xuất nhập khẩu, 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

d = Doc("p241-6", TEXT, [
    "Ministry site (Bộ Công Thương), 'Ngày đăng: 22/07/2024': xuất, nhập khẩu dược phẩm 6 tháng đầu năm 2024, thị trường, nhà máy GMP, mục tiêu 2030.",
    "National figures: location Việt Nam; partner countries (Nhật Bản, Trung Quốc, …, EU) are not places of the figure: they stay in the subject.",
    "24,7 triệu USD has two changes: the first (8,6% vs tháng trước) is its change, the second (21,3%) an optional percent figure of its own.",
    "Market list: period '6 tháng đầu năm 2024' inherited from the first paragraph. 29,4: percent 21,5. 'giảm 3,4%' with no baseline is 11,2's change.",
    "'6 tháng đầu năm' (no year) in the import sentence takes 2024; it also covers '1,65 tỷ USD' in the same sentence. 18 nhà máy is part of 238 ('trong đó').",
    "'đến năm 2030': targets 80%, 70%, 1 tỷ USD (end-only period); 'từ 25 đến 30%/năm' is a required rate for 'giai đoạn 2025-2030' (target, range).",
    "Distractors: 'Quyết định số 1165/QĐ-TTg', 'tầm nhìn đến năm 2045', 'EU-GMP', 'tháng 6/2023' (baseline), address '54 Hai Bà Trưng', '(MOIT)'.",
], published="2024-07-22", location="Việt Nam")

p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
p6b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
p30 = P("đến năm 2030", None, "2030-12-31")
d.f("đạt 136,8 triệu USD", "136,8", 136.8e6, "money", "USD",
    change=C("increase", 15.2, "%", "cùng kỳ năm 2023"),
    subject="kim ngạch xuất khẩu dược phẩm", period=p6)
d.f("đạt 24,7 triệu USD", "24,7", 24.7e6, "money", "USD",
    change=C("increase", 8.6, "%", "tháng trước"),
    subject="xuất khẩu dược phẩm", period=P("tháng 6/2024", "2024-06-01", "2024-06-30"))
d.f("tăng 21,3%", "21,3", 21.3, "percent", "%", optional=True,
    subject="tăng xuất khẩu dược phẩm so với tháng 6/2023")
d.f("với 29,4 triệu USD", "29,4", 29.4e6, "money", "USD", percent=21.5,
    subject="kim ngạch xuất khẩu dược phẩm sang Nhật Bản", period=p6i)
d.f("Trung Quốc 17,9 triệu USD", "17,9", 17.9e6, "money", "USD",
    subject="kim ngạch xuất khẩu dược phẩm sang Trung Quốc", period=p6i)
d.f("Campuchia 12,6 triệu USD", "12,6", 12.6e6, "money", "USD",
    subject="kim ngạch xuất khẩu dược phẩm sang Campuchia", period=p6i)
d.f("Myanmar 9,8 triệu USD", "9,8", 9.8e6, "money", "USD",
    subject="kim ngạch xuất khẩu dược phẩm sang Myanmar", period=p6i)
d.f("đạt 11,2 triệu USD", "11,2", 11.2e6, "money", "USD",
    change=C("decrease", 3.4, "%"),
    subject="xuất khẩu dược phẩm sang thị trường EU", period=p6i)
d.f("đạt 1,79 tỷ USD", "1,79", 1.79e9, "money", "USD",
    change=C("increase", 4.1, "%"), subject="nhập khẩu dược phẩm", period=p6b)
d.f("khoảng 1,65 tỷ USD", "1,65", 1.65e9, "money", "USD", approx="about",
    subject="nhập siêu dược phẩm", period=p6b)
d.f("có 238 nhà máy", "238", 238, "count", "nhà máy",
    subject="nhà máy sản xuất thuốc đạt tiêu chuẩn GMP")
d.f("trong đó 18 nhà máy", "18", 18, "count", "nhà máy", total=238,
    subject="nhà máy đạt tiêu chuẩn EU-GMP hoặc tương đương")
d.f("khoảng 46%", "46", 46, "percent", "%", approx="about",
    subject="thuốc sản xuất trong nước đáp ứng nhu cầu sử dụng về giá trị")
d.f("đáp ứng 80%", "80", 80, "percent", "%", status="target",
    subject="thuốc sản xuất trong nước đáp ứng nhu cầu sử dụng", period=p30)
d.f("và 70%", "70", 70, "percent", "%", status="target",
    subject="thuốc sản xuất trong nước trong giá trị thị trường", period=p30)
d.f("đạt 1 tỷ USD", "1", 1e9, "money", "USD", status="target",
    subject="giá trị xuất khẩu dược phẩm", period=p30)
d.f("từ 25 đến 30%/năm", "25", 25, "percent", "%", value_max=30, status="target",
    subject="tốc độ tăng trưởng xuất khẩu bình quân",
    period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31"))
d.write()
