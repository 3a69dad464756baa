from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp
Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.245

Đồng Nai: Dịch tả lợn châu Phi tái phát, hơn 2.300 con lợn bị tiêu hủy

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, từ đầu năm đến ngày 30/9/2024, dịch tả lợn châu Phi (DTLCP) đã xảy ra tại 38 hộ chăn nuôi thuộc 21 xã, phường của 6 huyện, thành phố. Tổng trọng lượng lợn tiêu hủy là 154.870 kg; tổng số lợn mắc bệnh, chết và buộc phải tiêu hủy là 2.364 con, tăng 27,4% so với cùng kỳ năm 2023. Trong đó, huyện Trảng Bom có số lợn tiêu hủy nhiều nhất với 812 con; tiếp đến là huyện Thống Nhất 545 con, huyện Cẩm Mỹ 431 con và thành phố Long Khánh 298 con.

Hiện toàn tỉnh còn 9 ổ dịch tại 7 xã chưa qua 21 ngày; 29 ổ dịch đã được công bố hết dịch. Tổng đàn lợn của tỉnh hiện có khoảng 2,1 triệu con, trong đó chăn nuôi trang trại chiếm gần 87%.

Để khống chế dịch, các địa phương đã sử dụng 18.500 lít hóa chất và hơn 42 tấn vôi bột để vệ sinh, tiêu độc, khử trùng; duy trì 14 chốt kiểm dịch động vật tạm thời. Ngân sách tỉnh đã chi trên 5,8 tỷ đồng hỗ trợ các hộ có lợn buộc phải tiêu hủy, với mức hỗ trợ 38.000 đồng/kg lợn hơi theo Quyết định số 2156/QĐ-UBND.

Từ đầu năm đến nay, toàn tỉnh đã tiêm 126.400 liều vắc xin phòng DTLCP, đạt 63,2% kế hoạch năm 2024 (200.000 liều).

Thực hiện Chỉ thị số 21/CT-UBND ngày 15/8/2024 của UBND tỉnh, Sở NN&PTNT đề nghị người chăn nuôi khi phát hiện lợn ốm, chết bất thường phải báo ngay cho chính quyền cơ sở hoặc qua đường dây nóng 0251.3822.713.

Minh Hạnh (Trung tâm Truyền thông tỉnh)
"""

d = Doc("p306-1", TEXT, [
    "Cổng TTĐT tỉnh Đồng Nai (province portal): DTLCP from the start of 2024 to 30/9/2024. Dateline 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.245'.",
    "Distractors: view counter, 'ngày 30/9/2024', 'Quyết định số 2156/QĐ-UBND', 'Chỉ thị số 21/CT-UBND ngày 15/8/2024', hotline 0251.3822.713.",
    "'Trong đó' follows 2.364 con (the kg figure before it counts another thing), so the district items take total 2364; districts are their locations.",
    "'trong đó chăn nuôi trang trại chiếm gần 87%': the part has no number of its own, so 87% is a percent figure (no total).",
    "'chưa qua 21 ngày' is the criterion for an active outbreak: optional. 'đạt 63,2% kế hoạch năm 2024 (200.000 liều)': percent 63.2, target 200000.",
    "revised after the first run: the vôi bột subject now carries the whole purpose phrase 'để vệ sinh, tiêu độc, khử trùng' as the sentence names it (was missing 'vệ sinh').",
    "Headline figure has no period. Figures after the first sentence take its period (inherited); 'Hiện …' and the response measures get none.",
], published="2024-10-08", location="Đồng Nai")

PER = P("từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
PERi = P("từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30", inh=True)

d.f("hơn 2.300 con lợn", "2.300", 2300, "count", "con", "lợn bị tiêu hủy", approx="over")
d.f("tại 38 hộ chăn nuôi", "38", 38, "count", "hộ chăn nuôi", "hộ chăn nuôi xảy ra dịch tả lợn châu Phi", period=PER)
d.f("thuộc 21 xã, phường", "21", 21, "count", "xã, phường", "xã, phường có dịch tả lợn châu Phi", period=PER)
d.f("của 6 huyện, thành phố", "6", 6, "count", "huyện, thành phố", "huyện, thành phố có dịch tả lợn châu Phi", period=PER)
d.f("là 154.870 kg", "154.870", 154870, "measure", "kg", "tổng trọng lượng lợn tiêu hủy", period=PERi)
d.f("là 2.364 con", "2.364", 2364, "count", "con", "tổng số lợn mắc bệnh, chết và buộc phải tiêu hủy",
    change=C("increase", 27.4, "%", "cùng kỳ năm 2023"), period=PERi)
d.f("với 812 con", "812", 812, "count", "con", "số lợn tiêu hủy", total=2364, period=PERi, location="Trảng Bom")
d.f("Thống Nhất 545 con", "545", 545, "count", "con", "số lợn tiêu hủy", total=2364, period=PERi, location="Thống Nhất")
d.f("Cẩm Mỹ 431 con", "431", 431, "count", "con", "số lợn tiêu hủy", total=2364, period=PERi, location="Cẩm Mỹ")
d.f("Long Khánh 298 con", "298", 298, "count", "con", "số lợn tiêu hủy", total=2364, period=PERi, location="Long Khánh")
d.f("còn 9 ổ dịch", "9", 9, "count", "ổ dịch", "ổ dịch chưa qua 21 ngày")
d.f("tại 7 xã", "7", 7, "count", "xã", "xã có ổ dịch chưa qua 21 ngày")
d.f("chưa qua 21 ngày", "21", 21, "measure", "ngày", "thời gian ổ dịch chưa qua", optional=True)
d.f("29 ổ dịch", "29", 29, "count", "ổ dịch", "ổ dịch đã được công bố hết dịch")
d.f("khoảng 2,1 triệu con", "2,1", 2100000, "count", "con", "tổng đàn lợn", approx="about")
d.f("chiếm gần 87%", "87", 87, "percent", "%", "chăn nuôi trang trại trong tổng đàn lợn", approx="nearly")
d.f("18.500 lít", "18.500", 18500, "measure", "lít", "hóa chất sử dụng để vệ sinh, tiêu độc, khử trùng")
d.f("hơn 42 tấn", "42", 42, "measure", "tấn", "vôi bột sử dụng để vệ sinh, tiêu độc, khử trùng", approx="over")
d.f("duy trì 14 chốt", "14", 14, "count", "chốt kiểm dịch", "chốt kiểm dịch động vật tạm thời")
d.f("trên 5,8 tỷ đồng", "5,8", 5800000000, "money", "đồng", "ngân sách tỉnh chi hỗ trợ các hộ có lợn buộc phải tiêu hủy", approx="over")
d.f("38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "mức hỗ trợ lợn hơi")
d.f("tiêm 126.400 liều", "126.400", 126400, "count", "liều", "vắc xin phòng DTLCP đã tiêm",
    percent=63.2, target=T(200000, "liều", False), period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08"))
d.write()
