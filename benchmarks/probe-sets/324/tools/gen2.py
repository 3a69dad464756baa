from lib import F, P, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN
Cổng thông tin điện tử huyện
Thứ Ba, 08/10/2024 - 14:20

Lý Sơn: Sản lượng khai thác hải sản 9 tháng đạt gần 29 nghìn tấn

Theo báo cáo của Phòng Nông nghiệp và Phát triển nông thôn huyện, 9 tháng năm 2024, tổng sản lượng khai thác hải sản của huyện ước đạt 28.760 tấn, tăng 5,8% so với cùng kỳ năm 2023, đạt 79,9% kế hoạch năm (36.000 tấn). Trong đó, sản lượng khai thác xa bờ ước đạt 26.130 tấn, chiếm 90,9%; sản lượng khai thác ven bờ khoảng 2.630 tấn.

Toàn huyện hiện có 412 tàu cá, trong đó 318 tàu có chiều dài từ 15 m trở lên; 100% tàu thuộc diện phải lắp đã lắp đặt thiết bị giám sát hành trình. Trong 9 tháng, có 163 lượt tàu cá của huyện bị mất kết nối VMS trên 6 giờ, giảm 47 lượt so với cùng kỳ; 5 tàu mất kết nối trên 10 ngày đã được Đồn Biên phòng Lý Sơn phối hợp xác minh, yêu cầu đưa tàu về bờ.

UBND huyện đã ban hành quyết định xử phạt 9 chủ tàu với tổng số tiền 186 triệu đồng, chủ yếu do không duy trì thiết bị VMS và ghi nhật ký khai thác không đầy đủ.

Tại Cảng cá Lý Sơn, 9 tháng qua có 7.940 lượt tàu cập cảng bốc dỡ hàng hóa, sản lượng qua cảng ước 12.450 tấn; tỷ lệ sản lượng được giám sát đạt 85,2%. Hiện cảng chỉ đáp ứng được tàu dưới 24 m, nhiều tàu lớn vẫn phải về cảng Sa Kỳ để bốc dỡ.

Quý IV/2024, huyện phấn đấu sản lượng khai thác đạt trên 7.300 tấn để hoàn thành kế hoạch năm; tiếp tục triển khai Kế hoạch số 86/KH-UBND về chống khai thác IUU, tuyên truyền đến 100% chủ tàu, thuyền trưởng.

Mọi thông tin xin liên hệ: Phòng NN&PTNT huyện Lý Sơn, thôn Đông, xã An Vĩnh; điện thoại 0255.3867.208.

Thanh Nga
"""

N = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("gần 29 nghìn tấn", "29", "measure", "tấn", "sản lượng khai thác hải sản",
      P("9 tháng", "2024-01-01", "2024-09-30"), 1000, approx="nearly"),
    F("ước đạt 28.760 tấn", "28.760", "measure", "tấn", "tổng sản lượng khai thác hải sản", N,
      percent=79.9, change=CH("increase", 5.8, baseline="cùng kỳ năm 2023"), target=TG(36000, unit="tấn"),
      status="estimate"),
    F("ước đạt 26.130 tấn", "26.130", "measure", "tấn", "sản lượng khai thác xa bờ", NI,
      total=28760, percent=90.9, status="estimate"),
    F("khoảng 2.630 tấn", "2.630", "measure", "tấn", "sản lượng khai thác ven bờ", NI,
      approx="about", total=28760, status="estimate"),
    F("có 412 tàu cá", "412", "count", "tàu cá", "tàu cá"),
    F("trong đó 318 tàu", "318", "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=412),
    F("từ 15 m trở lên; 100%", "15", "measure", "m", optional=True),
    F("; 100% tàu", "100", "percent", "%", "tàu thuộc diện phải lắp đã lắp đặt thiết bị giám sát hành trình"),
    F("có 163 lượt tàu", "163", "count", "lượt tàu", "lượt tàu cá bị mất kết nối VMS trên 6 giờ",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"),
      change=CH("decrease", 47, unit="lượt", baseline="cùng kỳ")),
    F("VMS trên 6 giờ", "6", "measure", "giờ", optional=True),
    F("; 5 tàu mất kết nối", "5", "count", "tàu", "tàu mất kết nối trên 10 ngày được xác minh",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("trên 10 ngày đã", "10", "measure", "ngày", optional=True),
    F("phạt 9 chủ tàu", "9", "count", "chủ tàu", "chủ tàu bị xử phạt", NI),
    F("186 triệu đồng", "186", "money", "đồng", "tổng số tiền xử phạt", NI, 10**6),
    F("có 7.940 lượt tàu", "7.940", "count", "lượt tàu", "lượt tàu cập cảng bốc dỡ hàng hóa",
      P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("ước 12.450 tấn", "12.450", "measure", "tấn", "sản lượng qua cảng",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), status="estimate"),
    F("đạt 85,2%", "85,2", "percent", "%", "tỷ lệ sản lượng được giám sát",
      P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("tàu dưới 24 m", "24", "measure", "m", approx="under", optional=True),
    F("trên 7.300 tấn", "7.300", "measure", "tấn", "sản lượng khai thác",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="over", status="target"),
    F("đến 100% chủ tàu", "100", "percent", "%", "chủ tàu, thuyền trưởng được tuyên truyền",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal (UBND huyện Lý Sơn, Quảng Ngãi), 'Thứ Ba, dd/mm/yyyy - hh:mm' dateline, byline at the end; location Lý Sơn throughout.",
    "Headline '9 tháng' has no year: the dateline year 2024. 'ước đạt 28.760 tấn, tăng 5,8% …, đạt 79,9% kế hoạch năm (36.000 tấn)' ->",
    "estimate with change, percent 79.9 and target 36000 tấn (the bracketed plan is an attribute). 'Trong đó' parts take total 28.760;",
    "'khoảng 2.630 tấn' continues the 'ước đạt' clause -> estimate (as h28 'xấp xỉ 127 triệu'). '412 tàu cá' with 'hiện' has no period.",
    "'giảm 47 lượt so với cùng kỳ' is the change of 163 lượt. '85,2%' is a rate with its own subject (a figure, not an attribute).",
    "'phấn đấu … đạt trên 7.300 tấn' and '100% chủ tàu' are targets for Quý IV/2024 (same sentence). Optional: length/threshold labels,",
    "'tàu dưới 24 m' (port capacity). Distractors: Kế hoạch số 86/KH-UBND, 'Đồn Biên phòng Lý Sơn', 'thôn Đông', phone 0255.3867.208, 'cảng Sa Kỳ'.",
]

emit("p324-2", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Lý Sơn")
