from lib import F, P, C, T, write

text = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH THÁI NGUYÊN
Trang chủ > Tin tức > Xúc tiến đầu tư

Thu hút đầu tư quý III/2024: nhiều dự án quy mô lớn vào các khu công nghiệp
Ngày đăng: 22/10/2024 | Lượt xem: 845

Quý III/2024, UBND tỉnh Thái Nguyên đã cấp mới, điều chỉnh chủ trương đầu tư cho 14 dự án, trong đó 9 dự án FDI với tổng vốn đăng ký 386 triệu USD. Tính chung 9 tháng năm 2024, tỉnh thu hút 31 dự án FDI mới, tổng vốn đăng ký trên 1,02 tỷ USD, tăng 2,4 lần so với cùng kỳ năm 2023; vốn đầu tư trong nước đạt 12.560 tỷ đồng.

Hàn Quốc là đối tác dẫn đầu với 17 dự án, vốn đăng ký 642,3 triệu USD (chiếm 63%); Trung Quốc đứng thứ hai với 9 dự án, 215 triệu USD; Nhật Bản, Singapore lần lượt có 3 và 2 dự án. Suất đầu tư bình quân của các dự án mới đạt từ 4,5 đến 6 triệu USD/ha.

Tính đến ngày 30/9/2024, 6 KCN đã được thành lập của tỉnh có tổng diện tích 1.621,6 ha, tỷ lệ lấp đầy đạt 78,2%; trong đó KCN Yên Bình đạt 100%, KCN Điềm Thụy đạt 91,5%, KCN Quyết Thắng đạt 64,7%. Các doanh nghiệp trong KCN đang sử dụng 98.750 lao động, trong đó lao động ngoại tỉnh chiếm 38,6%. Giá trị xuất khẩu 9 tháng đạt 26,4 tỷ USD, chiếm hơn 90% kim ngạch xuất khẩu của tỉnh.

Năm 2024, tỉnh phấn đấu thu hút vốn FDI đạt 1,3 tỷ USD. Như vậy, sau 9 tháng, vốn FDI thu hút đã đạt 78,5% kế hoạch năm. Để tiếp tục cải thiện môi trường đầu tư, Sở đang tham mưu triển khai Nghị định số 35/2022/NĐ-CP về quản lý KCN và khu kinh tế, đồng thời rút ngắn thời gian giải quyết thủ tục đầu tư.

Thông tin hỗ trợ nhà đầu tư: Trung tâm Xúc tiến đầu tư, số 18 đường Nha Trang, TP Thái Nguyên; hotline 0208.3855.692.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
A30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", True)
M9s = P("9 tháng", "2024-01-01", "2024-09-30")

figs = [
    F("cho 14 dự án", "14", 14, "count", "dự án", "dự án cấp mới, điều chỉnh chủ trương đầu tư", Q3),
    F("trong đó 9 dự án FDI", "9", 9, "count", "dự án", "dự án FDI", Q3, total=14),
    F("đăng ký 386 triệu USD", "386", 386e6, "money", "USD", "tổng vốn đăng ký dự án FDI", Q3),
    F("thu hút 31 dự án", "31", 31, "count", "dự án", "dự án FDI mới", M9),
    F("trên 1,02 tỷ USD", "1,02", 1.02e9, "money", "USD", "tổng vốn đăng ký FDI", M9, approx="over",
      change=C("increase", 2.4, "lần", "cùng kỳ năm 2023")),
    F("đạt 12.560 tỷ đồng", "12.560", 12560e9, "money", "đồng", "vốn đầu tư trong nước", M9),
    F("với 17 dự án", "17", 17, "count", "dự án", "dự án FDI của nhà đầu tư Hàn Quốc", M9i),
    F("đăng ký 642,3 triệu USD", "642,3", 642.3e6, "money", "USD", "vốn đăng ký của nhà đầu tư Hàn Quốc", M9i, percent=63),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "đối tác đầu tư Trung Quốc", M9i),
    F("với 9 dự án, 215", "9", 9, "count", "dự án", "dự án FDI của nhà đầu tư Trung Quốc", M9i),
    F("dự án, 215 triệu USD", "215", 215e6, "money", "USD", "vốn đăng ký của nhà đầu tư Trung Quốc", M9i),
    F("lần lượt có 3 và", "3", 3, "count", "dự án", "dự án FDI của nhà đầu tư Nhật Bản", M9i),
    F("3 và 2 dự án", "2", 2, "count", "dự án", "dự án FDI của nhà đầu tư Singapore", M9i),
    F("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "USD/ha", "suất đầu tư bình quân của các dự án mới", M9i,
      value_max=6e6),
    F("30/9/2024, 6 KCN", "6", 6, "count", "KCN", "KCN đã được thành lập", A30),
    F("diện tích 1.621,6 ha", "1.621,6", 1621.6, "measure", "ha", "tổng diện tích các KCN", A30),
    F("đạt 78,2%", "78,2", 78.2, "percent", "%", "tỷ lệ lấp đầy các KCN", A30),
    F("Yên Bình đạt 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy KCN Yên Bình", A30),
    F("đạt 91,5%", "91,5", 91.5, "percent", "%", "tỷ lệ lấp đầy KCN Điềm Thụy", A30),
    F("đạt 64,7%", "64,7", 64.7, "percent", "%", "tỷ lệ lấp đầy KCN Quyết Thắng", A30),
    F("sử dụng 98.750 lao động", "98.750", 98750, "count", "lao động", "lao động trong các doanh nghiệp KCN", A30i),
    F("chiếm 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ lao động ngoại tỉnh", A30i),
    F("đạt 26,4 tỷ USD", "26,4", 26.4e9, "money", "USD", "giá trị xuất khẩu của doanh nghiệp KCN", M9s, percent=90),
    F("đạt 1,3 tỷ USD", "1,3", 1.3e9, "money", "USD", "vốn FDI thu hút", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("đạt 78,5% kế hoạch", "78,5", 78.5, "percent", "%", "vốn FDI thu hút so với kế hoạch năm", M9s),
]

comments = [
    "Department site (Sở KH&ĐT Thái Nguyên) with breadcrumb; 'Ngày đăng: 22/10/2024 | Lượt xem: 845'.",
    "'14 dự án, trong đó 9 dự án FDI' total 14. 'tăng 2,4 lần so với cùng kỳ năm 2023' is the change (lần) of 1,02 tỷ USD.",
    "Investor-country items (Hàn Quốc, Trung Quốc, Nhật Bản, Singapore) keep location Thái Nguyên; 'lần lượt có 3 và 2 dự án' gives two counts;",
    "'đứng thứ hai' is Trung Quốc's rank among partners; '(chiếm 63%)' is the share of 642,3 triệu USD. No totals for investor items (no cue).",
    "'chiếm hơn 90% kim ngạch' is the share of 26,4 tỷ USD (percent 90; approx of the share is not a field).",
    "KCN occupancy after 'trong đó' are percents: no total. 'sau 9 tháng … 78,5% kế hoạch năm' is a percent figure of its own (no base amount in the sentence).",
    "Distractors: dateline, view counter, breadcrumb, 'Nghị định số 35/2022/NĐ-CP', address 'số 18 đường Nha Trang', hotline.",
]
write(4, text, figs, comments, published="2024-10-22", location="Thái Nguyên")
