from lib import F, P, CH, TG, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Tin hoạt động ngành

Ngành chè Lâm Đồng: mở rộng diện tích chứng nhận, giữ vững giá xuất khẩu
Ngày đăng: 05/08/2024 | Lượt xem: 614

Toàn tỉnh Lâm Đồng hiện có khoảng 10.450 ha chè, tập trung chủ yếu tại thành phố Bảo Lộc (2.980 ha), huyện Bảo Lâm (5.620 ha) và huyện Di Linh (1.230 ha). Năm 2023, năng suất chè búp tươi bình quân đạt 118,6 tạ/ha. 6 tháng đầu năm 2024, diện tích chè cho thu hoạch đạt 9.870 ha; sản lượng búp tươi ước đạt 62.350 tấn, bằng 52,4% kế hoạch năm và tăng 4,8% so với cùng kỳ năm 2023.

Về chất lượng, toàn tỉnh có 3.865 ha chè được chứng nhận VietGAP, 1.420 ha đạt chứng nhận Rainforest Alliance và 215 ha chè hữu cơ; diện tích chè ứng dụng công nghệ cao chiếm 37,5% tổng diện tích. Từ đầu năm đến nay, nông dân đã thay thế, trồng lại 186 ha chè già cỗi bằng các giống TB14, Kim Tuyên, Tứ Quý, Ô long; chỉ tiêu cả năm là 300 ha.

Trên địa bàn có 146 cơ sở chế biến chè, trong đó 28 doanh nghiệp chế biến chè xanh, chè Ô long xuất khẩu, tổng công suất khoảng 650 tấn búp tươi/ngày. 6 tháng đầu năm, kim ngạch xuất khẩu chè của tỉnh đạt 21,3 triệu USD với 8.940 tấn; giá xuất khẩu bình quân 2.380 USD/tấn, cao hơn 1,3 lần giá bình quân cả nước.

Thông tin liên hệ: Chi cục Trồng trọt và Bảo vệ thực vật, số 14 Trần Phú, phường 3, Đà Lạt. ĐT: 0263.3822.167.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("khoảng 10.450 ha", "10.450", 10450, "measure", "ha", "diện tích chè", approx="about"),
    F("Bảo Lộc (2.980 ha)", "2.980", 2980, "measure", "ha", "diện tích chè", loc="Bảo Lộc"),
    F("Bảo Lâm (5.620 ha)", "5.620", 5620, "measure", "ha", "diện tích chè", loc="Bảo Lâm"),
    F("Di Linh (1.230 ha)", "1.230", 1230, "measure", "ha", "diện tích chè", loc="Di Linh"),
    F("đạt 118,6 tạ/ha", "118,6", 118.6, "measure", "tạ/ha", "năng suất chè búp tươi bình quân",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 9.870 ha", "9.870", 9870, "measure", "ha", "diện tích chè cho thu hoạch", period=H1),
    F("ước đạt 62.350 tấn", "62.350", 62350, "measure", "tấn", "sản lượng chè búp tươi", percent=52.4,
      change=CH("+", 4.8, "%", "cùng kỳ năm 2023"), status="estimate", period=H1),
    F("có 3.865 ha", "3.865", 3865, "measure", "ha", "diện tích chè được chứng nhận VietGAP"),
    F("1.420 ha đạt", "1.420", 1420, "measure", "ha", "diện tích chè đạt chứng nhận Rainforest Alliance"),
    F("và 215 ha", "215", 215, "measure", "ha", "diện tích chè hữu cơ"),
    F("chiếm 37,5%", "37,5", 37.5, "percent", "%", "diện tích chè ứng dụng công nghệ cao trong tổng diện tích"),
    F("trồng lại 186 ha", "186", 186, "measure", "ha", "diện tích chè già cỗi thay thế, trồng lại",
      target=TG(300, "ha"), period=P("Từ đầu năm đến nay", "2024-01-01", "2024-08-05")),
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở chế biến chè"),
    F("trong đó 28 doanh nghiệp", "28", 28, "count", "doanh nghiệp", "doanh nghiệp chế biến chè xanh, chè Ô long xuất khẩu",
      total=146),
    F("khoảng 650 tấn", "650", 650, "measure", "tấn/ngày", "tổng công suất chế biến chè", approx="about"),
    F("đạt 21,3 triệu USD", "21,3", 21300000, "money", "USD", "kim ngạch xuất khẩu chè", period=H1b),
    F("với 8.940 tấn", "8.940", 8940, "measure", "tấn", "lượng chè xuất khẩu", period=H1b),
    F("2.380 USD/tấn", "2.380", 2380, "money", "USD/tấn", "giá chè xuất khẩu bình quân",
      change=CH("+", 1.3, "lần", "giá bình quân cả nước"), period=H1b),
]

COMMENTS = [
    "Sở NN&PTNT Lâm Đồng (department site): tea area by district, yield, output, certified areas, replanting, processing, exports.",
    "Dateline 'Ngày đăng: 05/08/2024 | Lượt xem: 614' (counter is page furniture).",
    "Distractors: 'TB14' (variety name), 'phường 3', 'số 14 Trần Phú', phone 0263.3822.167, 'Đà Lạt' in the contact address",
    "(not the place of any figure), 'cùng kỳ năm 2023' (baseline).",
    "'tập trung chủ yếu tại … (2.980 ha), … (5.620 ha), … (1.230 ha)': the parts do not add up to 10.450 ha, so no total;",
    "each item takes its district/city as location and the list's indicator as subject. 'hiện có' states no period.",
    "'bằng 52,4% kế hoạch năm' is the share of 62.350 tấn; 'tăng 4,8% so với cùng kỳ năm 2023' its change.",
    "'chỉ tiêu cả năm là 300 ha' is the target of 186 ha (not a figure of its own). 'Từ đầu năm đến nay' ends at the dateline.",
    "'6 tháng đầu năm' (no year) takes 2024 from the earlier sentence. 'cao hơn 1,3 lần giá bình quân cả nước' is the change of the price.",
    "Certified areas: no period stated in their sentence, none inherited (state 'toàn tỉnh có'); no whole for them.",
    "'tổng công suất khoảng 650 tấn búp tươi/ngày': unit tấn/ngày (the rate keeps its denominator; the material 'búp tươi' is dropped",
    "as in 'tấn nhân'/'tấn mủ quy khô' elsewhere); whose capacity (146 or 28) is unclear, so no total.",
    "revised after the first run: unit 'tấn búp tươi/ngày' -> 'tấn/ngày' (shortest noun phrase, consistent with the set's other tấn units).",
]

build(3, TEXT, FIGS, COMMENTS, published="2024-08-05", location="Lâm Đồng")
