from lib import F, P, emit

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nghệ An: 87,6% hộ gia đình nông thôn có nhà tiêu hợp vệ sinh
Cập nhật: 18/07/2024 09:42 | Lượt xem: 1.937

Theo báo cáo của Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, tính đến 30/6/2024, toàn tỉnh có 612.450 hộ gia đình nông thôn có nhà tiêu hợp vệ sinh, chiếm 87,6% tổng số hộ nông thôn, tăng 18.240 hộ so với cuối năm 2023. Trong đó, 498.120 hộ sử dụng nhà tiêu tự hoại, 87.300 hộ dùng nhà tiêu thấm dội nước và khoảng 27.000 hộ dùng nhà tiêu hai ngăn.

Một số địa phương có tỷ lệ cao gồm thị xã Cửa Lò (99,2%), huyện Diễn Châu (96,8%), huyện Yên Thành (95,1%). Ngược lại, tỷ lệ hộ có nhà tiêu hợp vệ sinh tại các xã đặc biệt khó khăn vùng miền núi mới đạt từ 52% đến 61%; riêng huyện Kỳ Sơn chỉ đạt 48,7%. Hiện 100% trường học và 458/460 trạm y tế xã đã có công trình vệ sinh đạt chuẩn.

Từ đầu năm đến nay, Ngân hàng Chính sách xã hội Chi nhánh Nghệ An đã giải ngân gần 214,5 tỷ đồng cho vay nước sạch và vệ sinh môi trường nông thôn, giúp 9.870 hộ xây mới, cải tạo nhà tiêu; mức cho vay tối đa 25 triệu đồng/công trình. Sáu tháng đầu năm, các địa phương đã tổ chức 312 buổi truyền thông về vệ sinh cá nhân, rửa tay với xà phòng, thu hút hơn 15 nghìn lượt người tham gia.

Thực hiện Quyết định số 1978/QĐ-UBND của UBND tỉnh, năm 2024 tỉnh phấn đấu tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh đạt 89%; đến năm 2025 đạt trên 90%.

Mọi ý kiến phản ánh xin gửi về Trung tâm Nước sạch và VSMTNT, số 16 đường Trường Thi, TP Vinh; điện thoại: 0238.3844.528.
"""

T = P("tính đến 30/6/2024", None, "2024-06-30")
Ti = P("tính đến 30/6/2024", None, "2024-06-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
SUBJ = "tỷ lệ hộ có nhà tiêu hợp vệ sinh"

FIGS = [
    F("Nghệ An: 87,6% hộ", "87,6", 87.6, "percent", "%", "hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", Ti),
    F("toàn tỉnh có 612.450 hộ", "612.450", 612450, "count", "hộ",
      "hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", T, percent=87.6,
      change={"direction": "increase", "value": 18240, "unit": "hộ", "baseline": "cuối năm 2023"}),
    F("Trong đó, 498.120 hộ", "498.120", 498120, "count", "hộ", "hộ sử dụng nhà tiêu tự hoại", Ti, total=612450),
    F("87.300 hộ dùng", "87.300", 87300, "count", "hộ", "hộ dùng nhà tiêu thấm dội nước", Ti, total=612450),
    F("khoảng 27.000 hộ", "27.000", 27000, "count", "hộ", "hộ dùng nhà tiêu hai ngăn", Ti, total=612450,
      approx="about"),
    F("Cửa Lò (99,2%)", "99,2", 99.2, "percent", "%", SUBJ, Ti, location="Cửa Lò"),
    F("Diễn Châu (96,8%)", "96,8", 96.8, "percent", "%", SUBJ, Ti, location="Diễn Châu"),
    F("Yên Thành (95,1%)", "95,1", 95.1, "percent", "%", SUBJ, Ti, location="Yên Thành"),
    F("từ 52% đến 61%", "52", 52, "percent", "%", "tỷ lệ hộ có nhà tiêu hợp vệ sinh tại các xã đặc biệt khó khăn",
      Ti, value_max=61),
    F("chỉ đạt 48,7%", "48,7", 48.7, "percent", "%", SUBJ, Ti, location="Kỳ Sơn"),
    F("Hiện 100% trường học", "100", 100, "percent", "%", "trường học có công trình vệ sinh đạt chuẩn", Ti),
    F("458/460 trạm", "458", 458, "count", "trạm y tế xã", "trạm y tế xã có công trình vệ sinh đạt chuẩn", Ti,
      total=460),
    F("gần 214,5 tỷ đồng", "214,5", 214500000000, "money", "đồng",
      "vốn cho vay nước sạch và vệ sinh môi trường nông thôn giải ngân", YTD, approx="nearly"),
    F("giúp 9.870 hộ", "9.870", 9870, "count", "hộ", "hộ xây mới, cải tạo nhà tiêu", YTD),
    F("tối đa 25 triệu đồng/công trình", "25", 25000000, "money", "đồng/công trình", "mức cho vay", YTD,
      approx="at_most", optional=True),
    F("tổ chức 312 buổi", "312", 312, "count", "buổi", "buổi truyền thông về vệ sinh cá nhân, rửa tay với xà phòng", H1),
    F("hơn 15 nghìn lượt người", "15", 15000, "count", "lượt người", "lượt người tham gia truyền thông", H1,
      approx="over"),
    F("đạt 89%", "89", 89, "percent", "%", "tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ hộ nông thôn có nhà tiêu hợp vệ sinh",
      P("đến năm 2025", None, "2025-12-31"), status="target", approx="over"),
]

emit("p263-1", TEXT, FIGS, [
    "Provincial portal (Cổng TTĐT tỉnh Nghệ An), 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem' dateline: rural hygienic latrines as of 30/6/2024.",
    "Headline share is a figure (period from the body: inherited). 'chiếm 87,6%' is the count's percent; 'tăng 18.240 hộ' its change.",
    "'Trong đó' parts in the next sentence take total 612.450 and the inherited as-of period. District list items: place -> location.",
    "'từ 52% đến 61%' range; '458/460' total; 'Từ đầu năm đến nay' ends at the dateline; loan cap 'tối đa 25 triệu' optional (a rule).",
    "Distractors: view counter, 30/6/2024, Quyết định số 1978/QĐ-UBND, 'số 16 đường Trường Thi', phone 0238.3844.528.",
], location="Nghệ An", published="2024-07-18")
