from lib import Doc, P, C, T

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Trang chủ / Tin hoạt động / Trồng trọt
Ngày đăng: 05/08/2024 | Lượt xem: 846

Cây giống, hoa kiểng Bến Tre 6 tháng đầu năm: doanh thu tăng gần 7%

Theo báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật, đến cuối tháng 6/2024, diện tích cây giống, hoa kiểng toàn tỉnh đạt 13.560 ha, trong đó huyện Chợ Lách 10.480 ha (chiếm 77,3%), huyện Mỏ Cày Bắc 1.620 ha, huyện Mỏ Cày Nam 860 ha và thành phố Bến Tre 600 ha.

Trong 6 tháng đầu năm 2024, doanh thu từ cây giống, hoa kiểng ước đạt 2.350 tỷ đồng, tăng 6,8% so với cùng kỳ, đạt 52% kế hoạch năm. Sản lượng tiêu thụ khoảng 125 triệu cây giống và 9,2 triệu chậu hoa kiểng các loại. Giá kiểng lá, hoa kiểng để bàn dao động từ 25.000 đến 60.000 đồng/chậu; mai vàng ghép bán ra từ 1,5 đến 3 triệu đồng/cây.

Giá trị xuất khẩu cây giống, hoa kiểng sang Campuchia, Lào, Trung Quốc và một số nước châu Âu đạt 4,8 triệu USD; riêng quý II/2024 đạt 2,6 triệu USD, tăng 11,2% so với quý I/2024.

Theo tính toán của ngành nông nghiệp, lợi nhuận từ sản xuất hoa kiểng bình quân đạt 350 triệu đồng/ha/năm. Hiệu quả kinh tế của hoa kiểng gấp 4 lần trồng lúa.

Thời gian tới, Sở tiếp tục triển khai Quyết định số 1380/QĐ-UBND về phát triển làng nghề hoa kiểng Cái Mơn, phấn đấu đến năm 2025 có ít nhất 30 cơ sở được cấp mã số vườn ươm và 100% cây giống lưu thông có nguồn gốc rõ ràng. Thông tin chi tiết liên hệ: ấp Phú Hữu, xã Long Thới, huyện Chợ Lách; ĐT: 0275.3871.024.
"""

d = Doc("p310-5", TEXT, [
    "Sở NN&PTNT Bến Tre (department site): cây giống, hoa kiểng, 6 months 2024. Dateline 'Ngày đăng: 05/08/2024 | Lượt xem: 846'.",
    "'diện tích … 13.560 ha, trong đó huyện Chợ Lách 10.480 ha (chiếm 77,3%), …': district parts with total 13560; districts are locations; 77,3% is Chợ Lách's percent.",
    "'đến cuối tháng 6/2024' is an as-of date (end 2024-06-30). 'ước đạt 2.350 tỷ đồng, tăng 6,8% …, đạt 52% kế hoạch năm': change and percent of the money.",
    "Export partners (Campuchia, Lào, …) are not places; 'riêng quý II/2024 đạt 2,6 triệu USD, tăng 11,2% so với quý I/2024' change of that figure.",
    "The export figure 4,8 triệu USD and the tiêu thụ figures take '6 tháng đầu năm 2024' from earlier sentences (inherited).",
    "'gấp 4 lần trồng lúa' stands alone as the claim: a multiple. Targets 'đến năm 2025': 'ít nhất 30' is at_least; '100%' a percent target.",
    "Distractors: counter, 'Quyết định số 1380/QĐ-UBND', address 'ấp Phú Hữu, xã Long Thới', phone 0275.3871.024; 'Cái Mơn' is a village name.",
], published="2024-08-05", location="Bến Tre")

PA = P("đến cuối tháng 6/2024", None, "2024-06-30")
PAi = P("đến cuối tháng 6/2024", None, "2024-06-30", inh=True)
P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
PQ2 = P("quý II/2024", "2024-04-01", "2024-06-30")
P25 = P("đến năm 2025", None, "2025-12-31")

d.f("tăng gần 7%", "7", 7, "percent", "%", "doanh thu cây giống, hoa kiểng tăng", approx="nearly",
    period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30"))
d.f("đạt 13.560 ha", "13.560", 13560, "measure", "ha", "diện tích cây giống, hoa kiểng", period=PA)
d.f("Chợ Lách 10.480 ha", "10.480", 10480, "measure", "ha", "diện tích cây giống, hoa kiểng", total=13560, percent=77.3,
    period=PAi, location="Chợ Lách")
d.f("Mỏ Cày Bắc 1.620 ha", "1.620", 1620, "measure", "ha", "diện tích cây giống, hoa kiểng", total=13560,
    period=PAi, location="Mỏ Cày Bắc")
d.f("Mỏ Cày Nam 860 ha", "860", 860, "measure", "ha", "diện tích cây giống, hoa kiểng", total=13560,
    period=PAi, location="Mỏ Cày Nam")
d.f("Bến Tre 600 ha", "600", 600, "measure", "ha", "diện tích cây giống, hoa kiểng", total=13560,
    period=PAi, location="thành phố Bến Tre")
d.f("ước đạt 2.350 tỷ đồng", "2.350", 2350000000000, "money", "đồng", "doanh thu từ cây giống, hoa kiểng",
    change=C("increase", 6.8, "%", "cùng kỳ"), percent=52, status="estimate", period=P6)
d.f("khoảng 125 triệu cây", "125", 125000000, "count", "cây giống", "sản lượng cây giống tiêu thụ", approx="about", period=P6i)
d.f("và 9,2 triệu chậu", "9,2", 9200000, "count", "chậu", "sản lượng hoa kiểng các loại tiêu thụ", approx="about", period=P6i)
d.f("từ 25.000 đến 60.000", "25.000", 25000, "money", "đồng/chậu", "giá kiểng lá, hoa kiểng để bàn", value_max=60000)
d.f("từ 1,5 đến 3 triệu", "1,5", 1500000, "money", "đồng/cây", "giá mai vàng ghép", value_max=3000000)
d.f("đạt 4,8 triệu USD", "4,8", 4800000, "money", "USD", "giá trị xuất khẩu cây giống, hoa kiểng", period=P6i)
d.f("đạt 2,6 triệu USD", "2,6", 2600000, "money", "USD", "giá trị xuất khẩu cây giống, hoa kiểng",
    change=C("increase", 11.2, "%", "quý I/2024"), period=PQ2)
d.f("đạt 350 triệu", "350", 350000000, "money", "đồng/ha/năm", "lợi nhuận từ sản xuất hoa kiểng bình quân")
d.f("gấp 4 lần", "4", 4, "multiple", "lần", "hiệu quả kinh tế của hoa kiểng so với trồng lúa")
d.f("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở được cấp mã số vườn ươm", approx="at_least",
    status="target", period=P25)
d.f("và 100% cây giống", "100", 100, "percent", "%", "cây giống lưu thông có nguồn gốc rõ ràng", status="target", period=P25)
d.write()
