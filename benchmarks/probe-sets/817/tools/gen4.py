"""p817-4: ministry site (Bộ Công Thương), national wood-pellet exports 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Thị trường trong nước > Xuất nhập khẩu
Ngày đăng: 06/02/2024 | 15:30

Xuất khẩu viên nén gỗ năm 2023: lượng giảm nhẹ, trị giá giảm mạnh

Theo số liệu thống kê của Tổng cục Hải quan, năm 2023 Việt Nam xuất khẩu 4,87 triệu tấn viên nén gỗ, trị giá 761,4 triệu USD, giảm 2,3% về lượng và giảm 11,6% về trị giá so với năm 2022. Giá xuất khẩu bình quân đạt 156,3 USD/tấn, giảm 9,5%.

Hàn Quốc và Nhật Bản tiếp tục là hai thị trường chủ lực, lần lượt chiếm 51,8% và 44,1% tổng lượng viên nén gỗ xuất khẩu. Riêng thị trường Nhật Bản đạt 2,15 triệu tấn, trị giá 382,6 triệu USD, tăng 18,4% về trị giá. Trong tháng 12/2023, xuất khẩu viên nén gỗ đạt 412.500 tấn, tăng 7,8% so với tháng 11/2023; trị giá 61,2 triệu USD.

Hiện cả nước có khoảng 500 doanh nghiệp sản xuất viên nén gỗ, tổng công suất trên 7 triệu tấn/năm; trong đó khoảng 80% doanh nghiệp tập trung ở các tỉnh miền Trung và Đông Nam Bộ. Nguyên liệu chủ yếu là cành ngọn, mùn cưa, dăm gỗ từ rừng trồng keo, bạch đàn.

Bộ Công Thương dự báo năm 2024 nhu cầu nhập khẩu viên nén của Nhật Bản tăng 10-15%, kim ngạch xuất khẩu viên nén gỗ của Việt Nam có thể đạt 800-850 triệu USD. Theo Quyết định số 327/QĐ-BNN-LN, đến năm 2030 giá trị xuất khẩu sản phẩm năng lượng sinh khối từ gỗ phấn đấu đạt 1,5 tỷ USD.

Cục Xuất nhập khẩu
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xuất khẩu 4,87 triệu tấn", "4,87", 4870000, "measure", "tấn", "viên nén gỗ xuất khẩu", Y23,
      change=C("decrease", 2.3, baseline="năm 2022")),
    F("trị giá 761,4 triệu USD", "761,4", 761400000, "money", "USD", "trị giá xuất khẩu viên nén gỗ", Y23,
      change=C("decrease", 11.6, baseline="năm 2022")),
    F("đạt 156,3 USD/tấn", "156,3", 156.3, "money", "USD/tấn", "giá xuất khẩu bình quân viên nén gỗ", I(Y23),
      change=C("decrease", 9.5)),
    F("là hai thị trường chủ lực", "hai", 2, "count", "thị trường", "thị trường chủ lực", optional=True),
    F("chiếm 51,8%", "51,8", 51.8, "percent", "%", "tỷ trọng thị trường Hàn Quốc trong tổng lượng viên nén gỗ xuất khẩu",
      I(Y23)),
    F("và 44,1%", "44,1", 44.1, "percent", "%", "tỷ trọng thị trường Nhật Bản trong tổng lượng viên nén gỗ xuất khẩu",
      I(Y23)),
    F("đạt 2,15 triệu tấn", "2,15", 2150000, "measure", "tấn", "viên nén gỗ xuất khẩu sang thị trường Nhật Bản", I(Y23)),
    F("trị giá 382,6 triệu USD", "382,6", 382600000, "money", "USD", "trị giá xuất khẩu viên nén gỗ sang Nhật Bản", I(Y23),
      change=C("increase", 18.4)),
    F("đạt 412.500 tấn", "412.500", 412500, "measure", "tấn", "viên nén gỗ xuất khẩu",
      P("tháng 12/2023", "2023-12-01", "2023-12-31"), change=C("increase", 7.8, baseline="tháng 11/2023")),
    F("trị giá 61,2 triệu USD", "61,2", 61200000, "money", "USD", "trị giá xuất khẩu viên nén gỗ",
      P("tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("khoảng 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp", "doanh nghiệp sản xuất viên nén gỗ", approx="about"),
    F("trên 7 triệu tấn/năm", "7", 7000000, "measure", "tấn/năm", "tổng công suất sản xuất viên nén gỗ", approx="over"),
    F("khoảng 80% doanh nghiệp", "80", 80, "percent", "%", "doanh nghiệp tập trung ở các tỉnh miền Trung và Đông Nam Bộ",
      approx="about"),
    F("tăng 10-15%", "10", 10, "percent", "%", "nhu cầu nhập khẩu viên nén của Nhật Bản", Y24, value_max=15,
      status="forecast"),
    F("đạt 800-850 triệu USD", "800", 800000000, "money", "USD", "kim ngạch xuất khẩu viên nén gỗ", Y24,
      value_max=850000000, status="forecast"),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", "giá trị xuất khẩu sản phẩm năng lượng sinh khối từ gỗ",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ Công Thương: xuất khẩu viên nén gỗ năm 2023 (lượng, trị giá, giá bình quân, thị trường, tháng 12), năng lực sản xuất, dự báo 2024, mục tiêu 2030.",
    "National article: every figure is Việt Nam (Hàn Quốc, Nhật Bản are trade partners, not places of the figure).",
    "'giảm 2,3% về lượng và giảm 11,6% về trị giá' pairs each change with its figure (lượng → 4,87 triệu tấn, trị giá → 761,4 triệu USD).",
    "'lần lượt chiếm 51,8% và 44,1%' are percent figures of their own (no base amount in the clause). 'khoảng 80% doanh nghiệp' is a share",
    "  of the enterprises standing as its own percent figure. 'tăng 10-15%' (Japan's demand, forecast) is a growth rate as the claim: no change object.",
    "revised after the first run: added 'là hai thị trường chủ lực' (number word, the count of the two markets just named) as optional,",
    "  like '2 giai đoạn' in h03 — missed when annotating (FIGURES.md §2: number words are numbers).",
    "Distractors: Quyết định số 327/QĐ-BNN-LN, '54 Hai Bà Trưng', phone 024.2220.2108, 'Ngày đăng: 06/02/2024 | 15:30', 'tháng 11/2023' (baseline).",
]

write("p817-4", TEXT, NOTES, FIGS, published="2024-02-06", location="Việt Nam")
