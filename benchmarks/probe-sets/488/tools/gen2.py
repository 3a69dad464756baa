from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG - TỈNH HẢI DƯƠNG
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Trung tâm Y tế huyện: Tổng thu 6 tháng đầu năm 2024 đạt 38,6 tỷ đồng

Thứ Năm, 18/07/2024 - 14:20

Năm 2024 là năm thứ hai Trung tâm Y tế huyện Cẩm Giàng thực hiện tự chủ chi thường xuyên theo Nghị định số 60/2021/NĐ-CP. 6 tháng đầu năm, đơn vị đã khám bệnh cho 68.415 lượt người, tăng 12,3% so với cùng kỳ năm 2023; điều trị nội trú 5.236 lượt người bệnh, công suất sử dụng giường bệnh đạt 108%.

Tổng thu của Trung tâm đạt 38,6 tỷ đồng, bằng 54,2% kế hoạch năm, tăng 4,1 tỷ đồng so với cùng kỳ. Trong đó, thu từ quỹ bảo hiểm y tế 29,8 tỷ đồng, chiếm 77,2%; thu viện phí trực tiếp từ người bệnh 6,3 tỷ đồng; thu dịch vụ theo yêu cầu và các khoản thu khác 2,5 tỷ đồng.

Sau khi trích lập các quỹ theo quy định, đơn vị chi trả thu nhập tăng thêm cho 186 viên chức, người lao động với mức bình quân 2,4 triệu đồng/người/tháng.

Kết quả khảo sát quý II/2024 cho thấy tỷ lệ hài lòng của người bệnh nội trú đạt 96,2%, ngoại trú đạt 93,5%. Tính đến ngày 30/6/2024, 17/17 trạm y tế xã, thị trấn đã thực hiện khám, chữa bệnh bảo hiểm y tế và kết nối liên thông dữ liệu với Trung tâm.

Cả năm 2024, Trung tâm phấn đấu tổng thu đạt 71,2 tỷ đồng, tỷ lệ hài lòng của người bệnh trên 95%; đồng thời đưa vào sử dụng khu nhà điều trị nội trú mới 5 tầng tại khu 8, thị trấn Lai Cách (cạnh Quốc lộ 5).

Mọi ý kiến góp ý xin gửi về đường dây nóng của Trung tâm Y tế huyện: 0220.3786.115.

Nguyễn Hằng - Trung tâm VH, TT&TT huyện
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("Cả năm 2024", "2024-01-01", "2024-12-31")
TT = "tổng thu của Trung tâm Y tế huyện"  # headline: the entity as the headline names it
TB = "tổng thu của Trung tâm"  # body sentences name only "Trung tâm"

FIGS = [
    F("đạt 38,6 tỷ đồng\n", "38,6", 38600000000, "money", "đồng", TT, H1),
    F("cho 68.415 lượt", "68.415", 68415, "count", "lượt người", "lượt khám bệnh", H1b,
      change=CH("increase", 12.3, "%", "cùng kỳ năm 2023")),
    F("trú 5.236 lượt", "5.236", 5236, "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú", H1b),
    F("đạt 108%", "108", 108, "percent", "%", "công suất sử dụng giường bệnh", H1b),
    F("Trung tâm đạt 38,6 tỷ", "38,6", 38600000000, "money", "đồng", TB, I(H1b), percent=54.2,
      change=CH("increase", 4100000000, "đồng", "cùng kỳ")),
    F("tế 29,8 tỷ", "29,8", 29800000000, "money", "đồng", "thu từ quỹ bảo hiểm y tế", I(H1b),
      total=38600000000, percent=77.2),
    F("bệnh 6,3 tỷ", "6,3", 6300000000, "money", "đồng", "thu viện phí trực tiếp từ người bệnh", I(H1b),
      total=38600000000),
    F("khác 2,5 tỷ", "2,5", 2500000000, "money", "đồng",
      "thu dịch vụ theo yêu cầu và các khoản thu khác", I(H1b), total=38600000000),
    F("cho 186 viên chức", "186", 186, "count", "viên chức, người lao động",
      "viên chức, người lao động được chi trả thu nhập tăng thêm", I(H1b)),
    F("bình quân 2,4 triệu", "2,4", 2400000, "money", "đồng/người/tháng",
      "thu nhập tăng thêm bình quân", I(H1b)),
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ hài lòng của người bệnh nội trú", Q2),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ hài lòng của người bệnh ngoại trú", Q2),
    F("17/17 trạm", "17", 17, "count", "trạm y tế",
      "trạm y tế xã, thị trấn thực hiện khám, chữa bệnh bảo hiểm y tế",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), total=17),
    F("đạt 71,2 tỷ", "71,2", 71200000000, "money", "đồng", TB, Y24, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ hài lòng của người bệnh", Y24,
      approx="over", status="target"),
    F("mới 5 tầng", "5", 5, "measure", "tầng", "khu nhà điều trị nội trú mới", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Cẩm Giàng (district portal, Hải Dương): district health centre under recurrent-spending autonomy, H1/2024 revenue,",
    "patient visits, bed occupancy, revenue breakdown, extra income, Q2 satisfaction, 2024 targets. Dateline 'Thứ Năm, 18/07/2024 - 14:20'.",
    "Location = the district (Cẩm Giàng). Distractors: 'năm thứ hai', 'Nghị định số 60/2021/NĐ-CP', 'khu 8', 'Quốc lộ 5', phone, header 'HẢI DƯƠNG'.",
    "The headline and body state 38,6 tỷ twice: both are figures (headline has its own period). 'bằng 54,2% kế hoạch năm' = percent of 38,6 tỷ,",
    "'tăng 4,1 tỷ đồng so với cùng kỳ' its change. 'Trong đó' parts (add up to 38,6 tỷ) after a sentence break: total 38,6 tỷ; 'chiếm 77,2%' percent.",
    "revised: body and target subjects 'tổng thu của Trung tâm' (as the sentence names it; the headline's 'Y tế huyện' had been carried in).",
    "'Tính đến ngày 30/6/2024, 17/17 trạm' as-of period. 'khu nhà ... 5 tầng' is a building's size (optional). 'Cả năm 2024 ... phấn đấu' targets, period 2024.",
]

emit("p488-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Cẩm Giàng")
