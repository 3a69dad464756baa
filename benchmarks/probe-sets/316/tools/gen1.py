from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Trang chủ > Khoa học - Công nghệ
Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.206

Đơn đăng ký sở hữu công nghiệp 9 tháng tăng 18,6%

Theo Sở Khoa học và Công nghệ, 9 tháng năm 2024, các tổ chức, cá nhân trên địa bàn tỉnh đã nộp 412 đơn đăng ký quyền sở hữu công nghiệp, tăng 18,6% so với cùng kỳ năm 2023. Trong đó có 371 đơn đăng ký nhãn hiệu, 29 đơn kiểu dáng công nghiệp, 9 đơn sáng chế và 3 đơn giải pháp hữu ích.

Cũng trong 9 tháng, Cục Sở hữu trí tuệ đã cấp 236 văn bằng bảo hộ cho các chủ thể của tỉnh, đạt 78,7% kế hoạch năm; riêng nhãn hiệu chiếm 92,4% số văn bằng được cấp. Huyện Lục Ngạn dẫn đầu với 64 văn bằng, tiếp đến là thành phố Bắc Giang 58 văn bằng và huyện Yên Thế 21 văn bằng.

Tính đến 30/9/2024, toàn tỉnh có 2 chỉ dẫn địa lý và 38 nhãn hiệu tập thể, nhãn hiệu chứng nhận được bảo hộ cho đặc sản địa phương; khoảng 45% sản phẩm OCOP đã được đăng ký nhãn hiệu. Riêng Vải thiều Lục Ngạn hiện được bảo hộ tại 9 quốc gia, trong đó có Nhật Bản, Hoa Kỳ và Australia.

Năm 2024, tỉnh bố trí 3,25 tỷ đồng từ ngân sách sự nghiệp khoa học để hỗ trợ xác lập quyền sở hữu trí tuệ theo Nghị quyết số 18/2021/NQ-HĐND. Mức hỗ trợ từ 5 đến 30 triệu đồng/đơn tùy loại đối tượng. Đến nay đã có 87 tổ chức, cá nhân được hỗ trợ với tổng kinh phí gần 1,9 tỷ đồng.

Phấn đấu cả năm 2024, số đơn đăng ký của tỉnh đạt trên 550 đơn, số văn bằng được cấp đạt 300 văn bằng.

Chi tiết liên hệ: Phòng Quản lý chuyên ngành, Sở KH&CN, số 3 đường Nguyễn Văn Cừ, TP Bắc Giang; điện thoại 0204.3854.719.
"""

d = Doc("p316-1", TEXT, [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): industrial-property applications and titles, 9 months 2024. Dateline 'Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.206'.",
    "Distractors: view counter, 'Nghị quyết số 18/2021/NQ-HĐND', address 'số 3 đường Nguyễn Văn Cừ, TP Bắc Giang', phone 0204.3854.719, 'Tính đến 30/9/2024' (period).",
    "Headline '9 tháng tăng 18,6%' is a growth rate standing as the claim (percent figure, no change); year from the dateline (2024).",
    "In the body '18,6%' is the change of 412 đơn. 'Trong đó có 371 …, 29 …, 9 …, 3 …' parts of 412 (they add up).",
    "'236 văn bằng …, đạt 78,7% kế hoạch năm': percent attribute. 'nhãn hiệu chiếm 92,4%' a percent figure of its own (no base amount).",
    "District list (Lục Ngạn, TP Bắc Giang, Yên Thế) shares the indicator 'văn bằng bảo hộ được cấp'; places go to location; period inherited.",
    "'Vải thiều Lục Ngạn' is a product name: the 9 countries figure keeps the province as location. Countries listed after are not places of a figure.",
    "'Mức hỗ trợ từ 5 đến 30 triệu đồng/đơn' a range (rule; no period). 'Đến nay' runs to the dateline. 'Phấn đấu cả năm 2024' -> targets.",
], published="2024-10-15", location="Bắc Giang")

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
M9bi = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30", inh=True)
A30 = P("Tính đến 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DN = P("Đến nay", None, "2024-10-15")
Y24t = P("cả năm 2024", "2024-01-01", "2024-12-31")

d.f("9 tháng tăng 18,6%", "18,6", 18.6, "percent", "%", "đơn đăng ký sở hữu công nghiệp",
    period=P("9 tháng", "2024-01-01", "2024-09-30"))
d.f("đã nộp 412 đơn", "412", 412, "count", "đơn", "đơn đăng ký quyền sở hữu công nghiệp",
    change=C("increase", 18.6, "%", "cùng kỳ năm 2023"), period=M9)
d.f("có 371 đơn", "371", 371, "count", "đơn", "đơn đăng ký nhãn hiệu", total=412, period=M9i)
d.f("29 đơn kiểu dáng", "29", 29, "count", "đơn", "đơn kiểu dáng công nghiệp", total=412, period=M9i)
d.f("9 đơn sáng chế", "9", 9, "count", "đơn", "đơn sáng chế", total=412, period=M9i)
d.f("3 đơn giải pháp", "3", 3, "count", "đơn", "đơn giải pháp hữu ích", total=412, period=M9i)
d.f("cấp 236 văn bằng", "236", 236, "count", "văn bằng", "văn bằng bảo hộ được cấp cho các chủ thể của tỉnh",
    percent=78.7, period=M9b)
d.f("chiếm 92,4%", "92,4", 92.4, "percent", "%", "nhãn hiệu trong số văn bằng được cấp", period=M9b)
d.f("với 64 văn bằng", "64", 64, "count", "văn bằng", "văn bằng được cấp", location="Lục Ngạn", period=M9bi)
d.f("Bắc Giang 58 văn bằng", "58", 58, "count", "văn bằng", "văn bằng được cấp", location="Bắc Giang", period=M9bi)
d.f("Yên Thế 21 văn bằng", "21", 21, "count", "văn bằng", "văn bằng được cấp", location="Yên Thế", period=M9bi)
d.f("có 2 chỉ dẫn địa lý", "2", 2, "count", "chỉ dẫn địa lý", "chỉ dẫn địa lý được bảo hộ", period=A30)
d.f("và 38 nhãn hiệu", "38", 38, "count", "nhãn hiệu tập thể, nhãn hiệu chứng nhận",
    "nhãn hiệu tập thể, nhãn hiệu chứng nhận được bảo hộ cho đặc sản địa phương", period=A30)
d.f("khoảng 45%", "45", 45, "percent", "%", "sản phẩm OCOP đã được đăng ký nhãn hiệu", approx="about", period=A30)
d.f("tại 9 quốc gia", "9", 9, "count", "quốc gia", "quốc gia bảo hộ Vải thiều Lục Ngạn", period=A30 | {"inherited": True})
d.f("bố trí 3,25 tỷ đồng", "3,25", 3.25e9, "money", "đồng", "ngân sách hỗ trợ xác lập quyền sở hữu trí tuệ", period=Y24)
d.f("từ 5 đến 30 triệu", "5", 5e6, "money", "đồng/đơn", "mức hỗ trợ", value_max=30e6)
d.f("có 87 tổ chức", "87", 87, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được hỗ trợ", period=DN)
d.f("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tổng kinh phí hỗ trợ", approx="nearly", period=DN)
d.f("trên 550 đơn", "550", 550, "count", "đơn", "số đơn đăng ký của tỉnh", approx="over", status="target", period=Y24t)
d.f("đạt 300 văn bằng", "300", 300, "count", "văn bằng", "số văn bằng được cấp", status="target", period=Y24t)
d.write()
