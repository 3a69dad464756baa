from lib import Doc, P, C, T

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 15/10/2024, 11:05 (GMT+7)

Xuất khẩu hoa, cây cảnh 9 tháng lập kỷ lục

Kim ngạch xuất khẩu hoa, cây cảnh 9 tháng năm 2024 ước đạt 68,5 triệu USD, tăng 14,2% so với cùng kỳ năm 2023, theo số liệu của Hiệp hội Rau quả Việt Nam (Vinafruit).

Nhật Bản tiếp tục là thị trường nhập khẩu lớn nhất với 24,3 triệu USD (chiếm 35,5%), tiếp đến là Trung Quốc 11,8 triệu USD, Australia 6,2 triệu USD và Hàn Quốc 4,9 triệu USD. Riêng tháng 9/2024, xuất khẩu đạt 7,9 triệu USD, giảm 3,1% so với tháng trước do ảnh hưởng của bão số 3.

Hoa cúc cắt cành là mặt hàng chủ lực, chiếm hơn 50% kim ngạch. Giá cúc xuất khẩu sang Nhật Bản bình quân 0,18 USD/cành, cao gấp 2 lần giá bán trong nước. Theo ông Đặng Phúc Nguyên, Tổng Thư ký Vinafruit, quý III/2024 các doanh nghiệp đã giao khoảng 65 triệu cành cúc, cẩm chướng cho đối tác Nhật Bản.

Cả nước hiện có khoảng 43.000 ha trồng hoa, cây cảnh, trong đó hoa cắt cành chiếm khoảng 60%. Các vùng hoa lớn gồm Lâm Đồng, Hà Nội, Đồng Tháp, Hưng Yên và Lào Cai. Tuy vậy, mới có khoảng 30 doanh nghiệp đủ năng lực xuất khẩu trực tiếp; chi phí logistics chiếm từ 25 đến 30% giá thành sản phẩm.

Vinafruit dự báo kim ngạch cả năm 2024 có thể đạt 90-95 triệu USD. Mục tiêu đến năm 2030, xuất khẩu hoa, cây cảnh đạt 200 triệu USD, Việt Nam lọt vào nhóm 10 nước xuất khẩu hoa hàng đầu thế giới.

Minh Sơn
"""

d = Doc("p310-6", TEXT, [
    "National press (business section, 'Thứ ba, 15/10/2024, 11:05 (GMT+7)'): national exports of flowers and ornamentals, 9 months 2024.",
    "All figures are national (location Việt Nam): Nhật Bản, Trung Quốc, Australia, Hàn Quốc are trade partners, not places;",
    "the list of regions 'Lâm Đồng, Hà Nội, …' carries no number. Distractors: dateline, '(GMT+7)', 'bão số 3' (storm name), 'nhóm 10 nước' (label, optional).",
    "Market list after the first item: no part-of cue, so no total; '(chiếm 35,5%)' is the percent of 24,3 triệu USD.",
    "'chiếm hơn 50% kim ngạch' and 'chiếm khoảng 60%' have no base amount: percent figures. 'cao gấp 2 lần giá bán trong nước' is the change of 0,18 USD/cành.",
    "'chiếm từ 25 đến 30%' range. 'dự báo … có thể đạt 90-95 triệu USD' forecast with value_max. 'Mục tiêu đến năm 2030' target.",
    "The market list and the share sentence take '9 tháng năm 2024' from the first sentence (inherited).",
], published="2024-10-15", location="Việt Nam")

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

d.f("ước đạt 68,5 triệu USD", "68,5", 68500000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh",
    change=C("increase", 14.2, "%", "cùng kỳ năm 2023"), status="estimate", period=P9)
d.f("với 24,3 triệu USD", "24,3", 24300000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang Nhật Bản",
    percent=35.5, period=P9i)
d.f("Trung Quốc 11,8 triệu USD", "11,8", 11800000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang Trung Quốc", period=P9i)
d.f("Australia 6,2 triệu USD", "6,2", 6200000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang Australia", period=P9i)
d.f("Hàn Quốc 4,9 triệu USD", "4,9", 4900000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang Hàn Quốc", period=P9i)
d.f("đạt 7,9 triệu USD", "7,9", 7900000, "money", "USD", "xuất khẩu hoa, cây cảnh",
    change=C("decrease", 3.1, "%", "tháng trước"), period=P("tháng 9/2024", "2024-09-01", "2024-09-30"))
d.f("chiếm hơn 50%", "50", 50, "percent", "%", "hoa cúc cắt cành trong kim ngạch", approx="over", period=P9i)
d.f("bình quân 0,18 USD/cành", "0,18", 0.18, "money", "USD/cành", "giá cúc xuất khẩu sang Nhật Bản bình quân",
    change=C("increase", 2, "lần", "giá bán trong nước"))
d.f("khoảng 65 triệu cành", "65", 65000000, "count", "cành", "cành cúc, cẩm chướng giao cho đối tác Nhật Bản", approx="about",
    period=P("quý III/2024", "2024-07-01", "2024-09-30"))
d.f("khoảng 43.000 ha", "43.000", 43000, "measure", "ha", "diện tích trồng hoa, cây cảnh", approx="about")
d.f("chiếm khoảng 60%", "60", 60, "percent", "%", "hoa cắt cành trong diện tích trồng hoa, cây cảnh", approx="about")
d.f("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp đủ năng lực xuất khẩu trực tiếp", approx="about")
d.f("từ 25 đến 30%", "25", 25, "percent", "%", "chi phí logistics trong giá thành sản phẩm", value_max=30)
d.f("đạt 90-95 triệu USD", "90", 90000000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh cả năm", value_max=95000000,
    status="forecast", period=P("cả năm 2024", "2024-01-01", "2024-12-31"))
d.f("đạt 200 triệu USD", "200", 200000000, "money", "USD", "xuất khẩu hoa, cây cảnh", status="target",
    period=P("đến năm 2030", None, "2030-12-31"))
d.f("nhóm 10 nước", "10", 10, "count", "nước", "nước xuất khẩu hoa hàng đầu thế giới", status="target", optional=True)
d.write()
