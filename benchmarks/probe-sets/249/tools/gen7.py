from lib import F, P, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG HẢI
Tin tức - Sự kiện / Kinh tế

Đông Hải: Nuôi tôm siêu thâm canh tiếp tục phát triển
Thứ Năm, 03/10/2024 - 15:40

Trong quý III/2024, nông dân huyện Đông Hải thả nuôi mới 1.265 ha tôm thâm canh, siêu thâm canh, nâng tổng diện tích nuôi ứng dụng công nghệ cao từ đầu năm đến nay lên 3.480 ha, đạt 87% kế hoạch năm 2024 (4.000 ha). Trong đó, mô hình siêu thâm canh 2 - 3 giai đoạn trong ao lót bạt, nhà lưới đạt 1.150 ha, tăng 215 ha so với cùng kỳ năm 2023.

Năng suất tôm siêu thâm canh bình quân đạt 28 tấn/ha/vụ, có hộ đạt trên 40 tấn/ha/vụ. Sản lượng tôm thu hoạch 9 tháng ước đạt 21.460 tấn, tăng 12,4% so với cùng kỳ.

Các xã có diện tích nuôi công nghệ cao lớn là Long Điền Đông 612 ha, Điền Hải 548 ha, Long Điền Tây 430 ha.

Với giá bán bình quân 110.000 đồng/kg (loại 60 con/kg), mỗi ha siêu thâm canh cho lợi nhuận từ 700 triệu đến 1,2 tỷ đồng/vụ. Toàn huyện hiện có 2 doanh nghiệp và 5 hợp tác xã liên kết bao tiêu sản phẩm cho 356 hộ nuôi.

Ông Phạm Văn Mười, ấp 4, xã Long Điền Đông, cho biết gia đình có 8 ao nuôi với diện tích 1,2 ha, vụ vừa qua thu 34 tấn tôm.

Thực hiện Nghị quyết số 09-NQ/HU của Huyện ủy, giai đoạn 2021 - 2025 huyện phấn đấu phát triển 5.000 ha nuôi tôm ứng dụng công nghệ cao, năng suất bình quân từ 30 tấn/ha/vụ trở lên, 100% cơ sở nuôi được cấp mã số nhận diện.

Minh Khôi (Trung tâm VH-TT&TT huyện)
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-03")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-03", inh=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
G25 = P("giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31")
HT = "diện tích nuôi tôm ứng dụng công nghệ cao"

FIGS = [
    F("mới 1.265 ha", "1.265", "measure", "ha", "diện tích thả nuôi mới tôm thâm canh, siêu thâm canh", period=Q3),
    F("lên 3.480 ha", "3.480", "measure", "ha", "tổng diện tích nuôi ứng dụng công nghệ cao", percent=87,
      target=T(4000, "ha"), period=YTD),
    F("siêu thâm canh 2 - 3 giai đoạn", "2", "count", "giai đoạn", "giai đoạn nuôi", value_max=3, optional=True),
    F("đạt 1.150 ha", "1.150", "measure", "ha", "diện tích mô hình siêu thâm canh 2 - 3 giai đoạn trong ao lót bạt, nhà lưới",
      total=3480, change=C("increase", 215, "ha", "cùng kỳ năm 2023"), period=YTDi),
    F("đạt 28 tấn/ha/vụ", "28", "measure", "tấn/ha/vụ", "năng suất tôm siêu thâm canh bình quân", period=YTDi),
    F("trên 40 tấn/ha/vụ", "40", "measure", "tấn/ha/vụ", "năng suất tôm siêu thâm canh của hộ cao nhất", approx="over", period=YTDi),
    F("ước đạt 21.460 tấn", "21.460", "measure", "tấn", "sản lượng tôm thu hoạch", status="estimate",
      change=C("increase", 12.4, "%", "cùng kỳ"), period=M9),
    F("Long Điền Đông 612 ha", "612", "measure", "ha", HT + " xã Long Điền Đông", period=YTDi),
    F("Điền Hải 548 ha", "548", "measure", "ha", HT + " xã Điền Hải", period=YTDi),
    F("Long Điền Tây 430 ha", "430", "measure", "ha", HT + " xã Long Điền Tây", period=YTDi),
    F("110.000 đồng/kg", "110.000", "money", "đồng/kg", "giá bán tôm bình quân"),
    F("loại 60 con/kg", "60", "measure", "con/kg", "cỡ tôm", optional=True),
    F("từ 700 triệu đến 1,2 tỷ đồng/vụ", "700", "money", "đồng/vụ", "lợi nhuận mỗi ha siêu thâm canh", mult="triệu",
      value_max=1.2e9),
    F("có 2 doanh nghiệp", "2", "count", "doanh nghiệp", "doanh nghiệp liên kết bao tiêu sản phẩm"),
    F("5 hợp tác xã", "5", "count", "hợp tác xã", "hợp tác xã liên kết bao tiêu sản phẩm"),
    F("cho 356 hộ", "356", "count", "hộ", "hộ nuôi được liên kết bao tiêu sản phẩm"),
    F("có 8 ao", "8", "count", "ao", "ao nuôi"),
    F("diện tích 1,2 ha", "1,2", "measure", "ha", "diện tích ao nuôi"),
    F("thu 34 tấn", "34", "measure", "tấn", "sản lượng tôm thu vụ vừa qua"),
    F("phát triển 5.000 ha", "5.000", "measure", "ha", HT, status="target", period=G25),
    F("từ 30 tấn/ha/vụ trở lên", "30", "measure", "tấn/ha/vụ", "năng suất bình quân", approx="at_least",
      status="target", period=G25),
    F("100% cơ sở", "100", "percent", "%", "cơ sở nuôi được cấp mã số nhận diện", status="target", period=G25),
]

COMMENTS = [
    "District portal (huyện Đông Hải, Bạc Liêu): nuôi tôm siêu thâm canh quý III/2024; 'Thứ Năm, 03/10/2024 - 15:40' -> published 2024-10-03.",
    "'lên 3.480 ha' states the new level (no change); 'đạt 87% kế hoạch năm 2024 (4.000 ha)' gives percent 87 and target 4000 (the plan);",
    "the bracketed plan is an attribute only, not a figure of its own (as the shared gold removed the 76 that was a total).",
    "'Trong đó … 1.150 ha' takes total 3480, change +215 ha. '2 - 3 giai đoạn' names the model (optional). '9 tháng' takes 2024 from quý III/2024.",
    "Commune list: communes are not province/city/district, so the location stays Đông Hải and the commune goes into the subject.",
    "'từ 30 tấn/ha/vụ trở lên' is a target with approx at_least. Distractors: Nghị quyết số 09-NQ/HU, 'ấp 4', 'Điền Hải' (a commune, not Đông Hải),",
    "'Trung tâm VH-TT&TT', the dateline time.",
    "revised after the first run: the family's 8 ao / 1,2 ha / 34 tấn lose the owner's name in the subject (indicator as the sentence names it).",
]

build(7, TEXT, COMMENTS, FIGS, published="2024-10-03", location="Đông Hải")
