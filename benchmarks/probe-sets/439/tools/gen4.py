from lib import *

T = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Trang chủ | Tin hoạt động | Văn bản | Liên hệ
Ngành muối năm 2023: sản lượng đạt hơn 1,1 triệu tấn
Thứ Hai, 08/01/2024 15:12

Theo báo cáo tổng kết của Cục Kinh tế hợp tác và Phát triển nông thôn, năm 2023 cả nước có 11.876 ha diện tích sản xuất muối tại 21 tỉnh, thành phố ven biển, giảm 2,4% so với năm 2022. Sản lượng muối đạt hơn 1,1 triệu tấn, trong đó muối công nghiệp 592.000 tấn, muối thủ công 518.000 tấn.

Các địa phương có diện tích sản xuất muối lớn gồm: Ninh Thuận 3.546 ha, Bạc Liêu 1.795 ha, Khánh Hòa 1.120 ha, Bến Tre 1.032 ha, Nam Định 826 ha.

Giá muối bình quân năm 2023 dao động 1.500-3.000 đồng/kg, cao hơn 20-30% so với năm 2022; riêng muối tinh sấy i-ốt có giá bán lẻ 6.000-8.000 đồng/kg. Thu nhập bình quân của diêm dân đạt khoảng 3,5 triệu đồng/người/tháng. Cả nước hiện có khoảng 14.500 hộ với gần 31.000 lao động làm muối, giảm hơn 5.000 lao động so với năm 2020.

Theo Đề án phát triển ngành muối giai đoạn 2021-2030 ban hành kèm theo Quyết định số 1325/QĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ, đến năm 2025 diện tích sản xuất muối đạt khoảng 14.000 ha, sản lượng 2 triệu tấn; đến năm 2030 đạt 15.000 ha, sản lượng 2,8 triệu tấn, trong đó muối công nghiệp chiếm 70%. Năm 2023, sản lượng muối mới đạt 55,5% mục tiêu năm 2025.

Cục đề nghị các địa phương tiếp tục hỗ trợ diêm dân chuyển đổi sang sản xuất muối trải bạt, liên kết tiêu thụ muối theo chuỗi giá trị. Mọi ý kiến xin gửi về Phòng Kinh tế hợp tác, số 2 Ngọc Hà, Ba Đình, Hà Nội.

Tổng lượt truy cập: 3.482.915
"""

a = Article("p439-4", T, [
    "Ministry department site (Cục Kinh tế hợp tác và PTNT, Bộ NN&PTNT), 'Thứ Hai, 08/01/2024 15:12'. National salt sector 2023 and 2025/2030 targets.",
    "National figures default to Việt Nam; the province list after 'gồm:' shares 'diện tích sản xuất muối' and each province is the location (no total:",
    "the head names no figure). 'trong đó' parts of 'hơn 1,1 triệu tấn' take total 1100000. Ranges with '-'; change range 'cao hơn 20-30%' → change 20.",
    "'đến năm 2025/2030' targets: start null, end 2025-12-31 / 2030-12-31, status target; 'muối công nghiệp chiếm 70%' is a target percent figure.",
    "Distractors: decision number and date, 'giai đoạn 2021-2030', 'số 2 Ngọc Hà', visitor counter, 'i-ốt'. 'Cả nước hiện có' has no period.",
    "The headline figure 'hơn 1,1 triệu tấn' is a figure (as headline ranks in earlier sets).",
], published="2024-01-08", location="Việt Nam")

P = Y("năm 2023", 2023)
Pi = Y("năm 2023", 2023, inh=True)
a.f("sản lượng đạt hơn 1,1 triệu tấn\n", "1,1", 1100000, "measure", "tấn", "sản lượng muối", Y("năm 2023", 2023), approx="over")
a.f("có 11.876 ha", "11.876", 11876, "measure", "ha", "diện tích sản xuất muối", P, change=CH("-", 2.4, "%", "năm 2022"))
a.f("tại 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển sản xuất muối", P)
a.f("hơn 1,1 triệu tấn, trong", "1,1", 1100000, "measure", "tấn", "sản lượng muối", Pi, approx="over")
a.f("muối công nghiệp 592.000 tấn", "592.000", 592000, "measure", "tấn", "sản lượng muối công nghiệp", Pi, total=1100000)
a.f("muối thủ công 518.000 tấn", "518.000", 518000, "measure", "tấn", "sản lượng muối thủ công", Pi, total=1100000)
for prov, n, v in [("Ninh Thuận", "3.546", 3546), ("Bạc Liêu", "1.795", 1795), ("Khánh Hòa", "1.120", 1120),
                   ("Bến Tre", "1.032", 1032), ("Nam Định", "826", 826)]:
    a.f(f"{prov} {n} ha", n, v, "measure", "ha", "diện tích sản xuất muối", Pi, location=prov)
a.f("dao động 1.500-3.000 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá muối bình quân", P, value_max=3000,
    change=CH("+", 20, "%", "năm 2022"))
a.f("6.000-8.000 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá bán lẻ muối tinh sấy i-ốt", P, value_max=8000)
a.f("khoảng 3,5 triệu đồng/người/tháng", "3,5", 3500000, "money", "đồng/người/tháng", "thu nhập bình quân của diêm dân",
    Pi, approx="about")
a.f("khoảng 14.500 hộ", "14.500", 14500, "count", "hộ", "hộ làm muối", approx="about")
a.f("gần 31.000 lao động", "31.000", 31000, "count", "lao động", "lao động làm muối", approx="nearly",
    change=CH("-", 5000, "lao động", "năm 2020", approx="over"))
P25 = ASOF("đến năm 2025", "2025-12-31")
P30 = ASOF("đến năm 2030", "2030-12-31")
a.f("khoảng 14.000 ha", "14.000", 14000, "measure", "ha", "diện tích sản xuất muối", P25, approx="about", status="target")
a.f("sản lượng 2 triệu tấn", "2", 2000000, "measure", "tấn", "sản lượng muối", P25, status="target")
a.f("đạt 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích sản xuất muối", P30, status="target")
a.f("sản lượng 2,8 triệu tấn", "2,8", 2800000, "measure", "tấn", "sản lượng muối", P30, status="target")
a.f("chiếm 70%", "70", 70, "percent", "%", "tỷ trọng muối công nghiệp trong sản lượng muối", P30, status="target")
a.f("đạt 55,5% mục tiêu", "55,5", 55.5, "percent", "%", "sản lượng muối so với mục tiêu năm 2025", Y("Năm 2023", 2023))
a.write()
