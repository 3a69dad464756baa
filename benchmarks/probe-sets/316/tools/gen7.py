from lib import Doc, P, C, T

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH
Tin tức - Sự kiện

Thị trường công nghệ thành phố sôi động trong quý III/2024

Trong quý III/2024, Sở Khoa học và Công nghệ đã cấp giấy chứng nhận đăng ký cho 47 hợp đồng chuyển giao công nghệ, tăng 8 hợp đồng so với quý II/2024, với tổng giá trị 1.284 tỷ đồng. Lũy kế 9 tháng năm 2024, thành phố có 129 hợp đồng được đăng ký, đạt 75,9% kế hoạch năm; giá trị trên 3,6 nghìn tỷ đồng, tăng 23,5% so với cùng kỳ.

Trong số 129 hợp đồng, 82 hợp đồng có bên giao công nghệ từ nước ngoài, chủ yếu từ Nhật Bản (31 hợp đồng), Hàn Quốc (22 hợp đồng) và Singapore (12 hợp đồng). Lĩnh vực công nghiệp chế biến, chế tạo chiếm tỷ trọng lớn nhất với 54 hợp đồng, tiếp theo là y tế - dược phẩm (18 hợp đồng).

Hợp đồng chuyển giao công nghệ được đăng ký theo quý năm 2024
Quý\tSố hợp đồng\tGiá trị (tỷ đồng)
Quý I\t43\t1.105
Quý II\t39\t1.236
Quý III\t47\t1.284

Tại Chợ công nghệ và thiết bị Techmart 2024 diễn ra từ ngày 19 đến 21/9 ở Nhà văn hóa Thanh niên (số 4 Phạm Ngọc Thạch, Quận 1), 160 đơn vị tham gia với 215 gian hàng; các bên ký kết 37 biên bản ghi nhớ và 14 hợp đồng với tổng giá trị khoảng 96 tỷ đồng.

Tính đến 30/9/2024, Sàn giao dịch công nghệ thành phố có 5.870 công nghệ, thiết bị được chào bán và gần 1.300 chuyên gia tư vấn. Năm 2024, thành phố phấn đấu đăng ký 170 hợp đồng chuyển giao công nghệ.
"""

d = Doc("p316-7", TEXT, [
    "Sở KH&CN TP. Hồ Chí Minh (department site): technology-transfer contracts, Q3 and 9 months 2024, Techmart. No dateline at all.",
    "Distractors: 'Techmart 2024' (a name), 'từ ngày 19 đến 21/9' (a date range = the period of the fair, not a figure),",
    "  address 'số 4 Phạm Ngọc Thạch, Quận 1' (a district name with a number), 'Tính đến 30/9/2024'.",
    "'tăng 8 hợp đồng so với quý II/2024' is the change of 47. '129 …, đạt 75,9% kế hoạch năm' percent attribute; the money",
    "  'trên 3,6 nghìn tỷ đồng' carries 'tăng 23,5% so với cùng kỳ'. 'Trong số 129 hợp đồng, 82 …': total 129.",
    "Foreign partner countries are not places (location TP Hồ Chí Minh); their bracketed counts (31+22+12 != 82) give no total.",
    "Tab-separated table: period from the row label (Quý I/II/III, year from the caption 'năm 2024'), scored; '(tỷ đồng)' in the",
    "  column header makes the value column money ×10⁹. Cell subject = column label + row label (FIGURES.md), e.g. 'Số hợp đồng Quý I'. Techmart figures take the fair's dates (year 2024 from earlier in the text).",
], location="TP Hồ Chí Minh")

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
TM = P("từ ngày 19 đến 21/9", "2024-09-19", "2024-09-21")
A30 = P("Tính đến 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
QP = {"I": ("2024-01-01", "2024-03-31"), "II": ("2024-04-01", "2024-06-30"), "III": ("2024-07-01", "2024-09-30")}

d.f("cho 47 hợp đồng", "47", 47, "count", "hợp đồng", "hợp đồng chuyển giao công nghệ được cấp giấy chứng nhận đăng ký",
    change=C("increase", 8, "hợp đồng", "quý II/2024"), period=Q3)
d.f("giá trị 1.284 tỷ đồng", "1.284", 1284e9, "money", "đồng", "tổng giá trị hợp đồng", period=Q3)
d.f("có 129 hợp đồng", "129", 129, "count", "hợp đồng", "hợp đồng được đăng ký", percent=75.9, period=M9)
d.f("trên 3,6 nghìn tỷ đồng", "3,6", 3.6e12, "money", "đồng", "giá trị hợp đồng", approx="over",
    change=C("increase", 23.5, "%", "cùng kỳ"), period=M9)
d.f("Trong số 129 hợp đồng", "129", 129, "count", "hợp đồng", "hợp đồng", optional=True)
d.f("82 hợp đồng", "82", 82, "count", "hợp đồng", "hợp đồng có bên giao công nghệ từ nước ngoài", total=129, period=M9i)
d.f("(31 hợp đồng)", "31", 31, "count", "hợp đồng", "hợp đồng có bên giao công nghệ từ nước ngoài", period=M9i)
d.f("(22 hợp đồng)", "22", 22, "count", "hợp đồng", "hợp đồng có bên giao công nghệ từ nước ngoài", period=M9i)
d.f("(12 hợp đồng)", "12", 12, "count", "hợp đồng", "hợp đồng có bên giao công nghệ từ nước ngoài", period=M9i)
d.f("với 54 hợp đồng", "54", 54, "count", "hợp đồng", "hợp đồng lĩnh vực công nghiệp chế biến, chế tạo", period=M9i)
d.f("(18 hợp đồng)", "18", 18, "count", "hợp đồng", "hợp đồng lĩnh vực y tế - dược phẩm", period=M9i)
for q, n, v in (("I", "43", "1.105"), ("II", "39", "1.236"), ("III", "47", "1.284")):
    per = P(f"Quý {q}", *QP[q])
    d.f(f"Quý {q}\t{n}\t", n, int(n), "count", "hợp đồng", f"Số hợp đồng Quý {q}", period=per)
    d.f(f"\t{n}\t{v}\n", v, int(v.replace(".", "")) * 1e9, "money", "đồng", f"Giá trị Quý {q}", period=per)
d.f("), 160 đơn vị", "160", 160, "count", "đơn vị", "đơn vị tham gia Techmart", period=TM)
d.f("với 215 gian hàng", "215", 215, "count", "gian hàng", "gian hàng", period=TM)
d.f("kết 37 biên bản", "37", 37, "count", "biên bản ghi nhớ", "biên bản ghi nhớ được ký kết", period=TM)
d.f("và 14 hợp đồng", "14", 14, "count", "hợp đồng", "hợp đồng được ký kết", period=TM)
d.f("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng giá trị", approx="about", period=TM)
d.f("có 5.870 công nghệ", "5.870", 5870, "count", "công nghệ, thiết bị", "công nghệ, thiết bị được chào bán trên Sàn giao dịch công nghệ", period=A30)
d.f("gần 1.300 chuyên gia", "1.300", 1300, "count", "chuyên gia", "chuyên gia tư vấn", approx="nearly", period=A30)
d.f("đăng ký 170 hợp đồng", "170", 170, "count", "hợp đồng", "hợp đồng chuyển giao công nghệ đăng ký", status="target", period=Y24)
d.write()
