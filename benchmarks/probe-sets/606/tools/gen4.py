"""p606-4: ministry site (Bộ NN&PTNT) — national tea area, output, exports 2023 by market, provinces, processing, OCOP, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt
Ngày đăng: 26/02/2024 | Lượt xem: 1.957

Xuất khẩu chè năm 2023 đạt 127 nghìn tấn, trị giá 236 triệu USD

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 123.000 ha chè, sản lượng chè búp tươi đạt trên 1,1 triệu tấn. Việt Nam hiện đứng thứ 5 thế giới về sản lượng và thứ 6 về xuất khẩu chè.

Số liệu của Tổng cục Hải quan cho thấy, năm 2023 xuất khẩu chè đạt 127.300 tấn, trị giá 236,4 triệu USD, lần lượt giảm 13,1% và 0,8% so với năm 2022. Giá xuất khẩu bình quân đạt 1.857 USD/tấn, tăng 14,2%. Pakistan tiếp tục là thị trường lớn nhất với 45.600 tấn, chiếm 35,8% tổng lượng; tiếp đến là Đài Loan và Nga với lần lượt 17.900 tấn và 11.200 tấn.

Các tỉnh có diện tích chè lớn là Thái Nguyên 22.450 ha, Hà Giang 21.900 ha, Phú Thọ 15.600 ha và Lâm Đồng 10.230 ha. Cả nước có khoảng 500 cơ sở chế biến chè công nghiệp với tổng công suất trên 5.000 tấn búp tươi/ngày, cùng hàng nghìn cơ sở chế biến quy mô hộ gia đình. Đến nay đã có 892 sản phẩm chè được công nhận OCOP, trong đó 12 sản phẩm đạt 5 sao.

Theo Đề án phát triển ngành chè bền vững ban hành kèm Quyết định số 1746/QĐ-BNN-TT, đến năm 2030 diện tích chè cả nước ổn định khoảng 120.000 ha, kim ngạch xuất khẩu đạt 350 triệu USD, tỷ lệ chè chế biến sâu chiếm trên 40%.

Liên hệ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3845.9670.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NOW = P("Đến nay", None, "2024-02-26")

FIGS = [
    F("đạt 127 nghìn tấn", "127", 127000, "measure", "tấn", "xuất khẩu chè",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("trị giá 236 triệu USD", "236", 236e6, "money", "USD", "trị giá xuất khẩu chè",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 123.000 ha", "123.000", 123000, "measure", "ha", "diện tích chè cả nước", Y23, approx="about"),
    F("trên 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", "sản lượng chè búp tươi", Y23, approx="over"),
    F("đứng thứ 5 thế giới", "5", 5, "rank", "hạng", "thứ hạng thế giới về sản lượng chè"),
    F("thứ 6 về xuất khẩu", "6", 6, "rank", "hạng", "thứ hạng thế giới về xuất khẩu chè"),
    F("đạt 127.300 tấn", "127.300", 127300, "measure", "tấn", "xuất khẩu chè", Y23,
      change=CH("decrease", 13.1, baseline="năm 2022")),
    F("trị giá 236,4 triệu USD", "236,4", 236.4e6, "money", "USD", "trị giá xuất khẩu chè", Y23,
      change=CH("decrease", 0.8, baseline="năm 2022")),
    F("đạt 1.857 USD/tấn", "1.857", 1857, "money", "USD/tấn", "giá xuất khẩu chè bình quân", I(Y23),
      change=CH("increase", 14.2)),
    F("với 45.600 tấn", "45.600", 45600, "measure", "tấn", "lượng chè xuất khẩu sang Pakistan", I(Y23),
      percent=35.8),
    F("17.900 tấn", "17.900", 17900, "measure", "tấn", "lượng chè xuất khẩu sang Đài Loan", I(Y23)),
    F("11.200 tấn", "11.200", 11200, "measure", "tấn", "lượng chè xuất khẩu sang Nga", I(Y23)),
    F("Thái Nguyên 22.450 ha", "22.450", 22450, "measure", "ha", "diện tích chè", location="Thái Nguyên"),
    F("Hà Giang 21.900 ha", "21.900", 21900, "measure", "ha", "diện tích chè", location="Hà Giang"),
    F("Phú Thọ 15.600 ha", "15.600", 15600, "measure", "ha", "diện tích chè", location="Phú Thọ"),
    F("Lâm Đồng 10.230 ha", "10.230", 10230, "measure", "ha", "diện tích chè", location="Lâm Đồng"),
    F("khoảng 500 cơ sở", "500", 500, "count", "cơ sở", "cơ sở chế biến chè công nghiệp", approx="about"),
    F("trên 5.000 tấn búp tươi/ngày", "5.000", 5000, "measure", "tấn búp tươi/ngày",
      "tổng công suất cơ sở chế biến chè công nghiệp", approx="over"),
    F("hàng nghìn cơ sở", "hàng nghìn", 1000, "count", "cơ sở", "cơ sở chế biến quy mô hộ gia đình",
      approx="about", optional=True),
    F("có 892 sản phẩm", "892", 892, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP", NOW),
    F("trong đó 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm chè OCOP đạt 5 sao", NOW, total=892),
    F("khoảng 120.000 ha", "120.000", 120000, "measure", "ha", "diện tích chè cả nước", T30,
      approx="about", status="target"),
    F("đạt 350 triệu USD", "350", 350e6, "money", "USD", "kim ngạch xuất khẩu chè", T30, status="target"),
    F("trên 40%", "40", 40, "percent", "%", "tỷ lệ chè chế biến sâu", T30, approx="over", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site ('Ngày đăng: 26/02/2024 | Lượt xem: 1.957'): ngành chè cả nước 2023 — diện tích, sản lượng, xuất khẩu theo thị trường,",
    "tỉnh, chế biến, OCOP, mục tiêu 2030. Default location Việt Nam; provinces in the list take their own location; trade partners",
    "(Pakistan, Đài Loan, Nga) are not places: they go into the subject, location Việt Nam.",
    "Distractors: 'Lượt xem: 1.957', 'Quyết định số 1746/QĐ-BNN-TT', 'Số 2 Ngọc Hà', phone '024.3845.9670', '5 sao' (OCOP level).",
    "'lần lượt giảm 13,1% và 0,8%' distributes the two changes; 'lần lượt 17.900 tấn và 11.200 tấn' two market figures.",
    "'hàng nghìn cơ sở' is a vague number word: optional. 'Đến nay' ends at the 'Ngày đăng' date.",
]

if __name__ == "__main__":
    emit("p606-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
