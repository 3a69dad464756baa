from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẾ PHONG
Trang chủ » Kinh tế » Công nghiệp - Tiểu thủ công nghiệp
Ngày cập nhật 08/10/2024

Quế Phong: 9 tháng, giá trị sản xuất tăm hương ước đạt 103,7 tỷ đồng

9 tháng năm 2024, các cơ sở chế biến tăm hương trên địa bàn huyện đã thu mua 18.500 tấn nứa, luồng nguyên liệu, đạt 77% kế hoạch năm. Toàn huyện hiện có 23 cơ sở chế biến tăm hương, gồm 4 doanh nghiệp, 6 hợp tác xã và 13 hộ kinh doanh, tập trung tại các xã Tiền Phong, Hạnh Dịch, Châu Kim và dọc Quốc lộ 48.

Sản lượng tăm hương thành phẩm ước đạt 4.150 tấn, tăng 8,4% so với cùng kỳ; giá trị sản xuất ước đạt 103,7 tỷ đồng (quý III đạt 36,2 tỷ đồng), tăng 10,2% so với cùng kỳ. Các cơ sở giải quyết việc làm cho 1.150 lao động, chủ yếu là đồng bào Thái, thu nhập bình quân 4,2 triệu đồng/người/tháng.

Giá nứa nguyên liệu hiện khoảng 900.000 đồng/tấn, tăng 100.000 đồng/tấn so với đầu năm. Tính đến 30/9/2024, diện tích rừng nứa, luồng trên địa bàn đạt 9.870 ha, trong đó trồng mới 420 ha.

Quý IV, huyện dự kiến thu hút thêm 2 dự án chế biến tăm hương với tổng vốn khoảng 35 tỷ đồng. Phấn đấu năm 2024, giá trị sản xuất ngành tăm hương đạt 140 tỷ đồng, tạo việc làm cho 1.300 lao động.

Thực hiện Nghị quyết số 15-NQ/HU ngày 20/7/2021 của Huyện ủy về phát triển kinh tế rừng gắn với chế biến lâm sản, huyện tiếp tục hỗ trợ các cơ sở đầu tư dây chuyền sản xuất hương thành phẩm.

Phòng Kinh tế - Hạ tầng huyện Quế Phong. ĐT: 0238.3885.226
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
GT = "giá trị sản xuất tăm hương"

FIGS = [
    F("ước đạt 103,7 tỷ đồng\n", "103,7", 103.7e9, "money", "đồng", GT, P("9 tháng", "2024-01-01", "2024-09-30"),
      status="estimate"),
    F("mua 18.500 tấn", "18.500", 18500, "measure", "tấn", "nứa, luồng nguyên liệu thu mua", M9, percent=77),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở chế biến tăm hương"),
    F("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp chế biến tăm hương", total=23),
    F("6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã chế biến tăm hương", total=23),
    F("13 hộ kinh doanh", "13", 13, "count", "hộ kinh doanh", "hộ kinh doanh chế biến tăm hương", total=23),
    F("ước đạt 4.150 tấn", "4.150", 4150, "measure", "tấn", "sản lượng tăm hương thành phẩm", inh(M9),
      status="estimate", change=CH("increase", 8.4, "%", "cùng kỳ")),
    F("ước đạt 103,7 tỷ đồng (", "103,7", 103.7e9, "money", "đồng", GT, inh(M9),
      status="estimate", change=CH("increase", 10.2, "%", "cùng kỳ")),
    F("đạt 36,2 tỷ", "36,2", 36.2e9, "money", "đồng", GT + " quý III",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("cho 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động được giải quyết việc làm tại các cơ sở"),
    F("bình quân 4,2 triệu", "4,2", 4.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("khoảng 900.000 đồng/tấn", "900.000", 900000, "money", "đồng/tấn", "giá nứa nguyên liệu", approx="about",
      change=CH("increase", 100000, "đồng/tấn", "đầu năm")),
    F("đạt 9.870 ha", "9.870", 9870, "measure", "ha", "diện tích rừng nứa, luồng", AS),
    F("trồng mới 420 ha", "420", 420, "measure", "ha", "diện tích rừng nứa, luồng trồng mới", AS, total=9870),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án chế biến tăm hương thu hút thêm",
      P("Quý IV", "2024-10-01", "2024-12-31"), status="forecast"),
    F("khoảng 35 tỷ", "35", 35e9, "money", "đồng", "tổng vốn các dự án chế biến tăm hương",
      P("Quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt 140 tỷ", "140", 140e9, "money", "đồng", "giá trị sản xuất ngành tăm hương", Y24, status="target"),
    F("cho 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động có việc làm trong ngành tăm hương", Y24,
      status="target"),
]

emit("p780-8", TEXT, [
    "District portal (huyện Quế Phong, Nghệ An), 'Ngày cập nhật 08/10/2024': tăm hương production, 9 months of 2024.",
    "Headline '9 tháng' takes 2024 from the dateline. 'gồm' parts add up to 23 establishments. The bracketed 'quý III' figure",
    "has its own verb: actual, and the change after the bracket belongs to the 9-month 103,7 tỷ. 'ước' continues into the",
    "second clause of the same sentence. 'đạt 77% kế hoạch năm' is the percent of 18.500 tấn.",
    "Distractors: Quốc lộ 48, Nghị quyết số 15-NQ/HU ngày 20/7/2021, phone 0238.3885.226, dateline.",
], FIGS, published="2024-10-08", location="Quế Phong")
