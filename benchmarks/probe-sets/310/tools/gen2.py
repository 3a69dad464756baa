from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÊ LINH
Tin tức - Sự kiện | Kinh tế
Thứ Hai, 13/01/2025 - 09:15

Mê Linh: Hơn 520 ha hoa phục vụ thị trường Tết Nguyên đán

Vụ hoa Tết, toàn huyện Mê Linh gieo trồng 526 ha hoa các loại, tăng 18 ha so với vụ Tết trước. Trong đó, hoa hồng 245 ha, hoa cúc 160 ha, hoa ly 48 ha; còn lại là đồng tiền, lay ơn, cát tường và hoa chậu các loại.

Theo khảo sát của Phòng Kinh tế huyện, giá hoa tại ruộng những ngày cận Tết tăng từ 10 đến 20% so với ngày thường. Hoa hồng cổ Sa Pa được thương lái thu mua từ 8.000 đến 12.000 đồng/bông; hoa hồng Pháp khoảng 5.000 đồng/bông; cúc đại đóa 4.500 đồng/cành; hoa ly 30.000 - 45.000 đồng/cành tùy loại. Với mức giá này, doanh thu bình quân của hoa hồng đạt khoảng 450 triệu đồng/ha/vụ, cao hơn 15% so với vụ Tết trước.

Toàn huyện hiện có 2.860 hộ trồng hoa, tập trung tại các xã Mê Linh, Tráng Việt, Văn Khê, Chu Phan; trong đó 312 hộ đã đầu tư nhà màng, hệ thống tưới nhỏ giọt. Mê Linh hiện là vùng hoa lớn thứ hai cả nước, chỉ sau Đà Lạt.

Năm 2024, tổng giá trị sản xuất hoa của huyện đạt 1.150 tỷ đồng, chiếm 38,5% giá trị sản xuất ngành trồng trọt. Huyện phấn đấu năm 2025 nâng diện tích hoa ứng dụng công nghệ cao lên 200 ha, hình thành 3 vùng sản xuất hoa tập trung gắn với du lịch trải nghiệm.

Để bảo đảm an toàn giao thông, Công an huyện bố trí lực lượng phân luồng tại các điểm bán hoa dọc Quốc lộ 23B và đường Mê Linh - Tiền Phong từ 6 giờ đến 22 giờ hằng ngày. Mọi phản ánh về giá cả, chất lượng giống hoa xin liên hệ Phòng Kinh tế huyện qua số điện thoại 024.3816.6238.

Nguyễn Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

d = Doc("p310-2", TEXT, [
    "Cổng TTĐT huyện Mê Linh (district portal, Hà Nội): Tết flower crop, prices per stem, households, 2024 value, 2025 targets.",
    "Dateline 'Thứ Hai, 13/01/2025 - 09:15'; byline at the end. Distractors: 'Quốc lộ 23B', '6 giờ đến 22 giờ' (times), phone 024.3816.6238.",
    "Location traps: 'hồng cổ Sa Pa' (a rose variety), 'chỉ sau Đà Lạt' (comparison), commune names (Mê Linh, Tráng Việt, …): all figures are Mê Linh.",
    "The Tết crop ('vụ hoa Tết', 'vụ Tết trước') has no calendar period: no period in the gold. 'Trong đó' parts take total 526.",
    "'giá hoa … tăng từ 10 đến 20%' is a rate with no base amount: a percent figure with value_max, no change object.",
    "'trong đó 312 hộ' is part of 2.860 hộ. 'vùng hoa lớn thứ hai cả nước' is rank 2. 'chiếm 38,5%' is the percent of 1.150 tỷ đồng.",
    "Targets for 2025 after 'phấn đấu': status target; 'nâng … lên 200 ha' states the level, no change.",
    "revised after the first run: rank subject 'vùng hoa lớn cả nước' → 'vùng hoa lớn' ('cả nước' is the ranking's scope, kept out of the subject as in h04 and p310-7).",
], published="2025-01-13", location="Mê Linh")

P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P25 = P("năm 2025", "2025-01-01", "2025-12-31")

d.f("Hơn 520 ha", "520", 520, "measure", "ha", "hoa phục vụ thị trường Tết Nguyên đán", approx="over")
d.f("trồng 526 ha", "526", 526, "measure", "ha", "diện tích hoa các loại gieo trồng vụ hoa Tết",
    change=C("increase", 18, "ha", "vụ Tết trước"))
d.f("hoa hồng 245 ha", "245", 245, "measure", "ha", "diện tích hoa hồng", total=526)
d.f("hoa cúc 160 ha", "160", 160, "measure", "ha", "diện tích hoa cúc", total=526)
d.f("hoa ly 48 ha", "48", 48, "measure", "ha", "diện tích hoa ly", total=526)
d.f("tăng từ 10 đến 20%", "10", 10, "percent", "%", "giá hoa tại ruộng những ngày cận Tết tăng", value_max=20)
d.f("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/bông", "giá thu mua hoa hồng cổ Sa Pa", value_max=12000)
d.f("khoảng 5.000 đồng/bông", "5.000", 5000, "money", "đồng/bông", "giá hoa hồng Pháp", approx="about")
d.f("4.500 đồng/cành", "4.500", 4500, "money", "đồng/cành", "giá cúc đại đóa")
d.f("30.000 - 45.000", "30.000", 30000, "money", "đồng/cành", "giá hoa ly", value_max=45000)
d.f("khoảng 450 triệu", "450", 450000000, "money", "đồng/ha/vụ", "doanh thu bình quân của hoa hồng", approx="about",
    change=C("increase", 15, "%", "vụ Tết trước"))
d.f("có 2.860 hộ", "2.860", 2860, "count", "hộ", "hộ trồng hoa")
d.f("trong đó 312 hộ", "312", 312, "count", "hộ", "hộ đã đầu tư nhà màng, hệ thống tưới nhỏ giọt", total=2860)
d.f("lớn thứ hai", "hai", 2, "rank", "hạng", "vùng hoa lớn")
d.f("đạt 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng", "tổng giá trị sản xuất hoa", percent=38.5, period=P24)
d.f("lên 200 ha", "200", 200, "measure", "ha", "diện tích hoa ứng dụng công nghệ cao", status="target", period=P25)
d.f("hình thành 3 vùng", "3", 3, "count", "vùng sản xuất hoa tập trung", "vùng sản xuất hoa tập trung gắn với du lịch trải nghiệm",
    status="target", period=P25)
d.write()
