from lib import Doc, P, C, T

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH NGHỆ AN
Tin tức - Hoạt động | Ngày đăng: 12/06/2024 | Lượt xem: 687

Kết quả tiêm phòng vắc xin cho gia súc, gia cầm đợt 1 năm 2024

Thực hiện Quyết định số 4521/QĐ-UBND ngày 29/12/2023 của UBND tỉnh, đợt tiêm phòng vụ Xuân được triển khai từ ngày 15/3 đến ngày 30/5/2024 tại 21/21 huyện, thành phố, thị xã. Kết quả, toàn tỉnh đã tiêm được hơn 3,46 triệu liều vắc xin các loại, đạt 91,8% kế hoạch, tăng 6,5% so với đợt 1 năm 2023.

Cụ thể: vắc xin lở mồm long móng (LMLM) tiêm 512.300 liều, đạt 88,4%; vắc xin tụ huyết trùng trâu bò 486.750 liều, đạt 85,1%; vắc xin viêm da nổi cục 203.400 liều; vắc xin dịch tả lợn 645.200 liều; vắc xin cúm gia cầm 1,52 triệu liều, đạt 97,3%; vắc xin dại chó, mèo 96.870 liều, đạt 79,6%.

Tỷ lệ tiêm phòng so với tổng đàn trong diện tiêm lần lượt là: trâu, bò 82,5%; lợn 71,3%; gia cầm 68%. Riêng bệnh dại, 7 huyện có nguy cơ cao gồm Quế Phong, Kỳ Sơn, Tương Dương, Con Cuông, Anh Sơn, Thanh Chương và Nghĩa Đàn đã tiêm cho 100% đàn chó trong diện quản lý.

Theo kế hoạch, đợt 2 dự kiến triển khai từ ngày 15/9 đến 30/10/2024 với khoảng 3,8 triệu liều vắc xin. Tỉnh đã phân bổ 4,25 tỷ đồng mua vắc xin cho cả năm, trong đó ngân sách tỉnh 2,9 tỷ đồng, còn lại do các huyện bố trí.

Chi cục đề nghị các địa phương rà soát đàn vật nuôi, tiêm bổ sung cho gia súc mới nhập đàn, gia súc non đủ tuổi; báo cáo kết quả về Chi cục theo Công văn số 1035/CCCNTY-TY trước ngày 20 hằng tháng. Mọi thông tin phản ánh xin liên hệ Phòng Dịch tễ, số 8 đường Trường Thi, TP Vinh; điện thoại 0238.3844.297.
"""

d = Doc("p306-2", TEXT, [
    "Department site (Chi cục Chăn nuôi và Thú y Nghệ An): spring vaccination round 1 of 2024. 'Ngày đăng: 12/06/2024 | Lượt xem: 687'.",
    "Distractors: 'Quyết định số 4521/QĐ-UBND ngày 29/12/2023', 'Công văn số 1035/CCCNTY-TY', 'trước ngày 20 hằng tháng', 'số 8 đường Trường Thi', phone, view counter.",
    "'từ ngày 15/3 đến ngày 30/5/2024' is the round's period (2024-03-15..2024-05-30), stated in the first sentence; later sentences inherit it.",
    "'Cụ thể:' after 'hơn 3,46 triệu liều' introduces its parts (colon after the whole): each vaccine's doses take total 3460000; 'đạt x%' is their percent.",
    "'lần lượt là' list of coverage rates: subject indicator + species. '7 huyện' is a provincial count (the listed districts do not make it district-level).",
    "Round 2 'dự kiến … khoảng 3,8 triệu liều' is a forecast; '4,25 tỷ đồng … trong đó ngân sách tỉnh 2,9 tỷ đồng' gives total.",
], published="2024-06-12", location="Nghệ An")

PER = P("từ ngày 15/3 đến ngày 30/5/2024", "2024-03-15", "2024-05-30")
PERi = dict(PER, inherited=True)

d.f("21/21 huyện", "21", 21, "count", "huyện, thành phố, thị xã", "huyện, thành phố, thị xã triển khai tiêm phòng", total=21, period=PER)
d.f("hơn 3,46 triệu liều", "3,46", 3460000, "count", "liều", "vắc xin các loại đã tiêm", approx="over", percent=91.8,
    change=C("increase", 6.5, "%", "đợt 1 năm 2023"), period=PERi)
d.f("tiêm 512.300 liều", "512.300", 512300, "count", "liều", "vắc xin lở mồm long móng (LMLM)", total=3460000, percent=88.4, period=PERi)
d.f("486.750 liều", "486.750", 486750, "count", "liều", "vắc xin tụ huyết trùng trâu bò", total=3460000, percent=85.1, period=PERi)
d.f("203.400 liều", "203.400", 203400, "count", "liều", "vắc xin viêm da nổi cục", total=3460000, period=PERi)
d.f("645.200 liều", "645.200", 645200, "count", "liều", "vắc xin dịch tả lợn", total=3460000, period=PERi)
d.f("1,52 triệu liều", "1,52", 1520000, "count", "liều", "vắc xin cúm gia cầm", total=3460000, percent=97.3, period=PERi)
d.f("96.870 liều", "96.870", 96870, "count", "liều", "vắc xin dại chó, mèo", total=3460000, percent=79.6, period=PERi)
d.f("trâu, bò 82,5%", "82,5", 82.5, "percent", "%", "tỷ lệ tiêm phòng so với tổng đàn trong diện tiêm trâu, bò", period=PERi)
d.f("lợn 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ tiêm phòng so với tổng đàn trong diện tiêm lợn", period=PERi)
d.f("gia cầm 68%", "68", 68, "percent", "%", "tỷ lệ tiêm phòng so với tổng đàn trong diện tiêm gia cầm", period=PERi)
d.f("7 huyện có nguy cơ cao", "7", 7, "count", "huyện", "huyện có nguy cơ cao về bệnh dại", period=PERi)
d.f("cho 100% đàn chó", "100", 100, "percent", "%", "đàn chó trong diện quản lý được tiêm phòng dại", period=PERi)
d.f("khoảng 3,8 triệu liều", "3,8", 3800000, "count", "liều", "vắc xin tiêm phòng đợt 2", approx="about", status="forecast",
    period=P("từ ngày 15/9 đến 30/10/2024", "2024-09-15", "2024-10-30"))
d.f("phân bổ 4,25 tỷ đồng", "4,25", 4250000000, "money", "đồng", "kinh phí mua vắc xin cho cả năm")
d.f("ngân sách tỉnh 2,9 tỷ đồng", "2,9", 2900000000, "money", "đồng", "kinh phí mua vắc xin từ ngân sách tỉnh", total=4250000000)
d.write()
