from lib import F, P, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHỤNG HIỆP
Tin tức - Sự kiện

Phụng Hiệp: Tập trung hoàn thành giải phóng mặt bằng cao tốc Châu Đốc – Cần Thơ – Sóc Trăng
Ngày đăng: 22/08/2024

Dự án thành phần 3 (đoạn qua tỉnh Hậu Giang) của tuyến cao tốc Châu Đốc – Cần Thơ – Sóc Trăng đi qua địa bàn huyện Phụng Hiệp dài 21,4 km, ảnh hưởng 6 xã, thị trấn với 1.286 hộ dân, trong đó 214 hộ phải bố trí tái định cư.

Theo Quyết định số 2031/QĐ-UBND, tổng kinh phí bồi thường, hỗ trợ và tái định cư trên địa bàn huyện là 1.247,6 tỷ đồng. Tính đến ngày 15/8, huyện đã chi trả 1.183 tỷ đồng cho 1.241 hộ, đạt 94,8% kinh phí; diện tích đã bàn giao cho chủ đầu tư 128,5/131,2 ha. Hiện còn 45 hộ chưa nhận tiền bồi thường, chủ yếu ở xã Tân Bình.

Huyện đã xây dựng 2 khu tái định cư tại thị trấn Kinh Cùng và xã Hòa An với 245 nền, tổng vốn gần 96 tỷ đồng; đến nay đã bố trí được 158 nền, chiếm 64,5%.

Từ đầu năm đến nay, nhà thầu đã đắp nền được 8,6 km, thi công 12 cầu trên tổng số 19 cầu của đoạn qua huyện. Khối lượng thi công đoạn qua huyện đạt 36,7%, cao hơn mức bình quân toàn dự án thành phần 3 (31,2%).

Huyện phấn đấu đến ngày 30/9 bàn giao 100% mặt bằng còn lại để nhà thầu thi công; quý IV/2024 hoàn thành hạ tầng 2 khu tái định cư.

Mọi phản ánh liên quan đến bồi thường, GPMB xin liên hệ Ban Bồi thường GPMB huyện, điện thoại 0293.3871.219.
Lượt xem: 512
"""

ASOF = P("Tính đến ngày 15/8", None, "2024-08-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")

FIGS = [
    F("dài 21,4 km", "21,4", 21.4, "measure", "km", "chiều dài đoạn qua địa bàn huyện"),
    F("ảnh hưởng 6 xã", "6", 6, "count", "xã, thị trấn", "xã, thị trấn bị ảnh hưởng"),
    F("với 1.286 hộ", "1.286", 1286, "count", "hộ dân", "hộ dân bị ảnh hưởng"),
    F("214 hộ", "214", 214, "count", "hộ", "hộ phải bố trí tái định cư", total=1286),
    F("là 1.247,6 tỷ", "1.247,6", 1247.6e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ và tái định cư"),
    F("chi trả 1.183 tỷ", "1.183", 1.183e12, "money", "đồng", "kinh phí đã chi trả", percent=94.8, period=ASOF),
    F("cho 1.241 hộ", "1.241", 1241, "count", "hộ", "hộ đã được chi trả", period=ASOF),
    F("tư 128,5/131,2 ha", "128,5", 128.5, "measure", "ha", "diện tích đã bàn giao cho chủ đầu tư",
      total=131.2, period=ASOF),
    F("còn 45 hộ", "45", 45, "count", "hộ", "hộ chưa nhận tiền bồi thường",
      period=P("Tính đến ngày 15/8", None, "2024-08-15", inh=True)),
    F("xây dựng 2 khu", "2", 2, "count", "khu tái định cư", "khu tái định cư"),
    F("với 245 nền", "245", 245, "count", "nền", "nền tái định cư"),
    F("gần 96 tỷ", "96", 96e9, "money", "đồng", "tổng vốn khu tái định cư", approx="nearly"),
    F("được 158 nền", "158", 158, "count", "nền", "nền đã bố trí", percent=64.5,
      period=P("đến nay", None, "2024-08-22")),
    F("được 8,6 km", "8,6", 8.6, "measure", "km", "đắp nền", period=YTD),
    F("thi công 12 cầu", "12", 12, "count", "cầu", "cầu đã thi công", total=19, period=YTD),
    F("đạt 36,7%", "36,7", 36.7, "percent", "%", "Khối lượng thi công đoạn qua huyện"),
    F("(31,2%)", "31,2", 31.2, "percent", "%", "khối lượng thi công bình quân toàn dự án thành phần 3",
      location="Hậu Giang"),
    F("bàn giao 100%", "100", 100, "percent", "%", "mặt bằng còn lại bàn giao", status="target",
      period=P("đến ngày 30/9", None, "2024-09-30")),
    F("hạ tầng 2 khu", "2", 2, "count", "khu tái định cư", "khu tái định cư hoàn thành hạ tầng", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31"), optional=True),
]

COMMENTS = [
    "District portal (Phụng Hiệp, Hậu Giang): GPMB and progress of cao tốc Châu Đốc – Cần Thơ – Sóc Trăng, DATP3. 'Ngày đăng: 22/08/2024' (no time).",
    "Default location Phụng Hiệp (communes Kinh Cùng, Hòa An, Tân Bình stay in the district). '(31,2%)' is the average of the whole DATP3,",
    "which the text places in Hậu Giang ('đoạn qua tỉnh Hậu Giang'): location Hậu Giang. It is a level of its own after 'cao hơn mức', not a change.",
    "'1.247,6 tỷ' = 1247.6×10^9 (thousands dot + decimal comma). '128,5/131,2 ha' total 131.2; '12 cầu trên tổng số 19 cầu' total 19;",
    "'trong đó 214 hộ' total 1.286. '1.241 hộ' has no share of its own (94,8% is of the money). Year-less '15/8', '30/9' take 2024 from published.",
    "'Từ đầu năm đến nay' ends at the dateline. The restated '2 khu' in the target clause is optional.",
    "Distractors: 'Dự án thành phần 3', Quyết định số 2031/QĐ-UBND, phone 0293.3871.219, 'Lượt xem: 512', 'quý IV/2024'.",
]

write("p335-6", TEXT, FIGS, COMMENTS, published="2024-08-22", location="Phụng Hiệp")
