from lib import F, P, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động | Thị trường
Ngày đăng: 10/10/2024 | Nguồn: Trung tâm Tin học và Thống kê

Xuất khẩu chè 9 tháng năm 2024 tăng cả về lượng và giá trị

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024, cả nước xuất khẩu 107,5 nghìn tấn chè, trị giá 188,3 triệu USD, tăng 22,6% về khối lượng và tăng 25,8% về giá trị so với cùng kỳ năm 2023. Riêng tháng 9/2024, xuất khẩu chè ước đạt 14 nghìn tấn với giá trị 24 triệu USD.

Giá chè xuất khẩu bình quân 9 tháng đạt 1.752 USD/tấn, tăng 2,6% so với cùng kỳ, song vẫn chỉ bằng khoảng 60% giá bình quân thế giới.

Pakistan tiếp tục là thị trường tiêu thụ chè lớn nhất của Việt Nam với 38,2 nghìn tấn, chiếm 35,5% tổng khối lượng xuất khẩu, trị giá 70,5 triệu USD. Tiếp theo là Đài Loan (Trung Quốc) 14,1 nghìn tấn, Nga 11,6 nghìn tấn và Trung Quốc 9,8 nghìn tấn. Xuất khẩu chè sang Indonesia tăng gấp 3,2 lần so với cùng kỳ.

Hiện cả nước có khoảng 123.000 ha chè, sản lượng chè búp tươi đạt trên 1,1 triệu tấn/năm; Việt Nam đứng thứ 5 thế giới về sản lượng và thứ 7 về xuất khẩu chè. Cả nước có gần 500 cơ sở chế biến chè công nghiệp với tổng công suất khoảng 5.000 tấn búp tươi/ngày, chưa kể hàng nghìn cơ sở chế biến quy mô hộ gia đình.

Theo Quyết định số 4136/QĐ-BNN-TT về phát triển ngành chè, đến năm 2030 diện tích chè cả nước duy trì ổn định khoảng 120-125 nghìn ha; kim ngạch xuất khẩu chè đạt 400-500 triệu USD.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("xuất khẩu 107,5 nghìn tấn", "107,5", 107500, "measure", "tấn", "khối lượng chè xuất khẩu", M9,
      change=C("increase", 22.6, "%", "cùng kỳ năm 2023")),
    F("trị giá 188,3 triệu USD", "188,3", 188.3e6, "money", "USD", "giá trị chè xuất khẩu", M9,
      change=C("increase", 25.8, "%", "cùng kỳ năm 2023")),
    F("ước đạt 14 nghìn tấn", "14", 14000, "measure", "tấn", "khối lượng chè xuất khẩu", T9, status="estimate"),
    F("giá trị 24 triệu USD", "24", 24e6, "money", "USD", "giá trị chè xuất khẩu", T9, status="estimate"),
    F("đạt 1.752 USD/tấn", "1.752", 1752, "money", "USD/tấn", "giá chè xuất khẩu bình quân", M9b,
      percent=60, change=C("increase", 2.6, "%", "cùng kỳ")),
    F("với 38,2 nghìn tấn", "38,2", 38200, "measure", "tấn", "khối lượng chè xuất khẩu sang Pakistan", M9i,
      percent=35.5),
    F("trị giá 70,5 triệu USD", "70,5", 70.5e6, "money", "USD", "giá trị chè xuất khẩu sang Pakistan", M9i),
    F("(Trung Quốc) 14,1 nghìn tấn", "14,1", 14100, "measure", "tấn", "khối lượng chè xuất khẩu sang Đài Loan (Trung Quốc)", M9i),
    F("Nga 11,6 nghìn tấn", "11,6", 11600, "measure", "tấn", "khối lượng chè xuất khẩu sang Nga", M9i),
    F("Trung Quốc 9,8 nghìn tấn", "9,8", 9800, "measure", "tấn", "khối lượng chè xuất khẩu sang Trung Quốc", M9i),
    F("gấp 3,2 lần", "3,2", 3.2, "multiple", "lần", "xuất khẩu chè sang Indonesia so với cùng kỳ", M9i),
    F("khoảng 123.000 ha", "123.000", 123000, "measure", "ha", "diện tích chè", approx="about"),
    F("trên 1,1 triệu tấn/năm", "1,1", 1.1e6, "measure", "tấn/năm", "sản lượng chè búp tươi", approx="over"),
    F("đứng thứ 5 thế giới", "5", 5, "rank", "hạng", "sản lượng chè"),
    F("thứ 7 về xuất khẩu", "7", 7, "rank", "hạng", "xuất khẩu chè"),
    F("gần 500 cơ sở", "500", 500, "count", "cơ sở", "cơ sở chế biến chè công nghiệp", approx="nearly"),
    F("khoảng 5.000 tấn", "5.000", 5000, "measure", "tấn/ngày", "tổng công suất chế biến chè công nghiệp",
      approx="about"),
    F("hàng nghìn cơ sở", "nghìn", 1000, "count", "cơ sở", "cơ sở chế biến chè quy mô hộ gia đình", approx="about",
      optional=True),
    F("khoảng 120-125 nghìn ha", "120", 120000, "measure", "ha", "diện tích chè", Y30, value_max=125000,
      approx="about", status="target"),
    F("đạt 400-500 triệu USD", "400", 400e6, "money", "USD", "kim ngạch xuất khẩu chè", Y30, value_max=500e6,
      status="target"),
]

emit("p382-3", TEXT, [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng:' dateline: national tea exports 9 months 2024, markets, industry size, 2030 targets.",
    "Trade partners (Pakistan, Đài Loan, Nga, Trung Quốc, Indonesia) are not places of the figure: location stays Việt Nam.",
    "'bằng khoảng 60% giá bình quân thế giới' is the share attribute of the average price. 'gấp 3,2 lần' alone is a multiple figure.",
    "'hàng nghìn cơ sở' is a vague number word (optional). 'Quyết định số 4136/QĐ-BNN-TT' is a distractor.",
    "revised after first run: unit of '5.000 tấn búp tươi/ngày' is 'tấn/ngày' (material goes to the subject, as in h19).",
], FIGS, published="2024-10-10", location="Việt Nam")
