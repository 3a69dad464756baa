from lib import F, P, I, CH, T, emit

TEXT = """Thời sự › Đời sống

Thứ năm, 14/3/2024, 06:30 (GMT+7)

Hơn 1.600 quán karaoke ở TP HCM đóng cửa sau 18 tháng

Sau đợt tổng kiểm tra PCCC, khoảng 76% cơ sở karaoke tại TP HCM vẫn chưa thể mở cửa trở lại, nhiều chủ quán rao bán mặt bằng.

Theo Sở Văn hóa và Thể thao TP HCM, tính đến tháng 8/2022 thành phố có 2.135 cơ sở kinh doanh dịch vụ karaoke với khoảng 18.500 phòng hát. Đến cuối tháng 2/2024, chỉ 512 cơ sở hoạt động trở lại, còn 1.623 cơ sở đóng cửa hoặc chuyển đổi ngành nghề.

Các quận có nhiều cơ sở đóng cửa nhất gồm Tân Bình (142 cơ sở), Gò Vấp (128), Bình Tân (117) và quận 7 (96).

Anh Trần Minh Tuấn, chủ một quán karaoke 20 phòng trên đường 3/2, cho biết để đáp ứng quy chuẩn QCVN 06:2022/BXD, anh phải đầu tư thêm từ 1,5 đến 2 tỷ đồng cho lối thoát nạn, vách ngăn chống cháy. "Tiền thuê mặt bằng mỗi tháng gần 120 triệu đồng, đóng cửa hơn một năm tôi đã lỗ khoảng 1,4 tỷ", anh nói.

Ông Lê Văn Bình, Phó giám đốc Sở Văn hóa và Thể thao, cho biết năm 2023 sở chỉ cấp mới 46 giấy phép kinh doanh karaoke, giảm 78% so với năm 2021. Thành phố đặt mục tiêu đến cuối năm 2024 đưa 1.000 cơ sở đủ điều kiện trở lại hoạt động, tương đương gần 47% tổng số cơ sở trước đây.

Theo ông Bình, khoảng 30-35% cơ sở đang đóng cửa có thể cải tạo được, số còn lại vướng quy định về chiều cao, diện tích hoặc nằm trong hẻm nhỏ dưới 4 m mà xe chữa cháy không vào được.

Lê Tuyết
"""

COMMENTS = [
    "National press (VnExpress style), 'Thứ năm, 14/3/2024, 06:30 (GMT+7)': TP HCM karaoke venues closed since the 2022 inspection drive,",
    "districts with most closures (bracketed, bare numbers after the first), an owner's costs, licences 2023, end-2024 target.",
    "Distractors: '(GMT+7)', 'đường 3/2', 'QCVN 06:2022/BXD', 'quận 7' (a name; its 96 is a figure), 'tháng 8/2022', 'tháng 2/2024'.",
    "'sau 18 tháng' and 'hơn một năm' are durations: optional. 'dưới 4 m' (alley width, a condition) optional.",
    "'tính đến tháng 8/2022' → as-of 2022-08-31; 'Đến cuối tháng 2/2024' → as-of 2024-02-29. 512 and 1.623 get no total (no cue).",
    "District list after 'gồm': the cue follows 'Các quận', not a figure → no total. Owner's figures keep TP HCM (no district named).",
    "'tương đương gần 47% tổng số cơ sở' → percent of the 1.000 target (status target, end 2024-12-31).",
    "'khoảng 30-35%' is a range (about), an estimate by the official without 'ước': actual.",
]

FIGS = [
    F("Hơn 1.600 quán", "1.600", 1600, "count", "quán karaoke", "quán karaoke đóng cửa", approx="over"),
    F("sau 18 tháng", "18", 18, "measure", "tháng", "thời gian đóng cửa", optional=True),
    F("khoảng 76%", "76", 76, "percent", "%", "cơ sở karaoke chưa thể mở cửa trở lại", approx="about"),
    F("có 2.135 cơ sở", "2.135", 2135, "count", "cơ sở", "cơ sở kinh doanh dịch vụ karaoke",
      P("tính đến tháng 8/2022", None, "2022-08-31")),
    F("khoảng 18.500 phòng", "18.500", 18500, "count", "phòng hát", "phòng hát karaoke",
      P("tính đến tháng 8/2022", None, "2022-08-31"), approx="about"),
    F("chỉ 512 cơ sở", "512", 512, "count", "cơ sở", "cơ sở hoạt động trở lại",
      P("Đến cuối tháng 2/2024", None, "2024-02-29")),
    F("còn 1.623 cơ sở", "1.623", 1623, "count", "cơ sở", "cơ sở đóng cửa hoặc chuyển đổi ngành nghề",
      P("Đến cuối tháng 2/2024", None, "2024-02-29")),
    F("(142 cơ sở)", "142", 142, "count", "cơ sở", "cơ sở đóng cửa", location="Tân Bình"),
    F("(128)", "128", 128, "count", "cơ sở", "cơ sở đóng cửa", location="Gò Vấp"),
    F("(117)", "117", 117, "count", "cơ sở", "cơ sở đóng cửa", location="Bình Tân"),
    F("(96)", "96", 96, "count", "cơ sở", "cơ sở đóng cửa", location="Quận 7"),
    F("karaoke 20 phòng", "20", 20, "count", "phòng", "phòng của quán karaoke"),
    F("từ 1,5 đến 2 tỷ", "1,5", 1_500_000_000, "money", "đồng", "chi phí đầu tư thêm cho lối thoát nạn, vách ngăn chống cháy",
      value_max=2_000_000_000),
    F("gần 120 triệu", "120", 120_000_000, "money", "đồng", "tiền thuê mặt bằng mỗi tháng", approx="nearly"),
    F("hơn một năm", "một", 1, "measure", "năm", "thời gian đóng cửa", approx="over", optional=True),
    F("khoảng 1,4 tỷ", "1,4", 1_400_000_000, "money", "đồng", "tiền lỗ", approx="about"),
    F("cấp mới 46 giấy phép", "46", 46, "count", "giấy phép", "giấy phép kinh doanh karaoke cấp mới",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 78, "%", "năm 2021")),
    F("đưa 1.000 cơ sở", "1.000", 1000, "count", "cơ sở", "cơ sở đủ điều kiện trở lại hoạt động",
      P("đến cuối năm 2024", None, "2024-12-31"), percent=47, status="target"),
    F("khoảng 30-35%", "30", 30, "percent", "%", "cơ sở đang đóng cửa có thể cải tạo được", value_max=35, approx="about"),
    F("dưới 4 m", "4", 4, "measure", "m", "chiều rộng hẻm", approx="under", optional=True),
]

if __name__ == "__main__":
    emit("p722-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hồ Chí Minh")
