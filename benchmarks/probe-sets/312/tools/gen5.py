from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Tin tức - Sự kiện
Thứ Tư, 12/06/2024 - 10:20

Công ty Lâm nghiệp Krông Bông bàn giao hơn 2.400 ha đất về địa phương

Thực hiện Phương án sắp xếp, đổi mới công ty nông, lâm nghiệp theo Nghị định số 118/2014/NĐ-CP, sáng 11/6, Công ty TNHH MTV Lâm nghiệp Krông Bông đã bàn giao 2.418,6 ha đất cho UBND huyện quản lý, trong đó 1.356,2 ha đất có rừng và 1.062,4 ha đất sản xuất nông nghiệp đang bị lấn chiếm. Diện tích bàn giao nằm trên địa bàn 4 xã: Cư Pui (812,3 ha), Hòa Phong (704,5 ha), Yang Mao (498,1 ha) và Cư Drăm (403,7 ha).

Theo phương án được UBND tỉnh Đắk Lắk phê duyệt, sau sắp xếp công ty giữ lại quản lý 18.745 ha, giảm 11,4% so với trước; vốn điều lệ giữ nguyên 42,5 tỷ đồng. Hiện công ty có 87 lao động, trong đó 23 lao động hợp đồng; thu nhập bình quân năm 2023 đạt 7,8 triệu đồng/người/tháng.

Năm 2023, công ty khai thác 3.215 m3 gỗ rừng trồng, doanh thu đạt 15,6 tỷ đồng, lợi nhuận 1,2 tỷ đồng, nộp ngân sách 986 triệu đồng. Giai đoạn 2024-2026, công ty dự kiến trồng mới từ 250 đến 300 ha rừng mỗi năm và giao khoán bảo vệ rừng cho khoảng 150 hộ đồng bào dân tộc thiểu số tại chỗ.

Đến nay, toàn tỉnh Đắk Lắk đã hoàn thành sắp xếp 12/15 công ty nông, lâm nghiệp. Phó Chủ tịch UBND huyện đề nghị các xã nhận bàn giao sớm lập phương án sử dụng đất, ưu tiên bố trí đất sản xuất cho hộ nghèo dọc Tỉnh lộ 12.

Hồng Nhung - Trung tâm VH-TT&TT huyện
"""

d = Doc("p312-5", TEXT, [
    "Cổng TTĐT huyện Krông Bông (district portal, Đắk Lắk): the district's state forestry company hands land back under its restructuring plan.",
    "Dateline 'Thứ Tư, 12/06/2024 - 10:20'. Distractors: 'Nghị định số 118/2014/NĐ-CP', 'sáng 11/6' (event date, no period), 'Tỉnh lộ 12', '4 xã' list head (optional).",
    "Default location Krông Bông (district portal, district company). Commune items are not districts: they keep Krông Bông, subject = the list's indicator.",
    "'trong đó 1.356,2 … và 1.062,4 ha' → total 2.418,6. The commune items follow ':' after '4 xã' (a count of communes, not the area): no total.",
    "'giảm 11,4% so với trước' is the change of 18.745 ha. 'Hiện' figures get no period. 'dự kiến' → forecast for the 2024-2026 plan.",
    "'12/15 công ty nông, lâm nghiệp' of the whole province: location Đắk Lắk, total 15, 'Đến nay' ends at the dateline.",
], published="2024-06-12", location="Krông Bông")

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2024-2026", "2024-01-01", "2026-12-31")

d.f("hơn 2.400 ha", "2.400", 2400, "measure", "ha", "đất bàn giao về địa phương", approx="over")
d.f("bàn giao 2.418,6 ha", "2.418,6", 2418.6, "measure", "ha", "đất bàn giao cho UBND huyện quản lý")
d.f("trong đó 1.356,2 ha", "1.356,2", 1356.2, "measure", "ha", "đất có rừng", total=2418.6)
d.f("và 1.062,4 ha", "1.062,4", 1062.4, "measure", "ha", "đất sản xuất nông nghiệp đang bị lấn chiếm", total=2418.6)
d.f("địa bàn 4 xã", "4", 4, "count", "xã", "xã có diện tích bàn giao", optional=True)
d.f("Cư Pui (812,3 ha)", "812,3", 812.3, "measure", "ha", "Diện tích bàn giao")
d.f("Hòa Phong (704,5 ha)", "704,5", 704.5, "measure", "ha", "Diện tích bàn giao")
d.f("Yang Mao (498,1 ha)", "498,1", 498.1, "measure", "ha", "Diện tích bàn giao")
d.f("Cư Drăm (403,7 ha)", "403,7", 403.7, "measure", "ha", "Diện tích bàn giao")
d.f("quản lý 18.745 ha", "18.745", 18745, "measure", "ha", "diện tích công ty giữ lại quản lý",
    change=C("decrease", 11.4, "%", "trước"))
d.f("giữ nguyên 42,5 tỷ đồng", "42,5", 42.5e9, "money", "đồng", "vốn điều lệ")
d.f("có 87 lao động", "87", 87, "count", "lao động", "lao động của công ty")
d.f("trong đó 23 lao động", "23", 23, "count", "lao động", "lao động hợp đồng", total=87)
d.f("đạt 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân",
    period=P("năm 2023", "2023-01-01", "2023-12-31"))
d.f("khai thác 3.215 m3", "3.215", 3215, "measure", "m3", "gỗ rừng trồng khai thác", period=Y23)
d.f("đạt 15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", "doanh thu", period=Y23)
d.f("nhuận 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "lợi nhuận", period=Y23)
d.f("nộp ngân sách 986 triệu đồng", "986", 986e6, "money", "đồng", "nộp ngân sách", period=Y23)
d.f("từ 250 đến 300 ha", "250", 250, "measure", "ha", "rừng trồng mới mỗi năm", value_max=300, status="forecast", period=GD)
d.f("khoảng 150 hộ", "150", 150, "count", "hộ", "hộ đồng bào dân tộc thiểu số được giao khoán bảo vệ rừng",
    approx="about", status="forecast", period=GD)
d.f("sắp xếp 12/15 công ty", "12", 12, "count", "công ty nông, lâm nghiệp", "công ty nông, lâm nghiệp hoàn thành sắp xếp",
    total=15, period=P("Đến nay", None, "2024-06-12"), location="Đắk Lắk")
d.write()
