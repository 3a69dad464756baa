"""p665-4: Bộ Y tế ministry site — 10 years of the Tobacco Harm Prevention Fund, GATS prevalence, pupils' e-cigarette use, 2024 allocation."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 22/04/2024 | Lượt xem: 1.985

Quỹ Phòng, chống tác hại của thuốc lá đã cấp hơn 1.100 tỷ đồng cho công tác kiểm soát thuốc lá

Ngày 19/4, tại Hà Nội, Bộ Y tế tổ chức Hội nghị tổng kết 10 năm hoạt động của Quỹ Phòng, chống tác hại của thuốc lá giai đoạn 2013-2023.

Theo báo cáo, từ khi thành lập đến hết năm 2023, Quỹ đã tiếp nhận khoản đóng góp bắt buộc của các doanh nghiệp sản xuất, nhập khẩu thuốc lá với tổng số tiền hơn 1.470 tỷ đồng; đã cấp kinh phí hơn 1.100 tỷ đồng cho 63/63 tỉnh, thành phố, 23 bộ, ngành, đoàn thể và 40 bệnh viện. Mức đóng góp bắt buộc hiện nay là 2% trên giá tính thuế tiêu thụ đặc biệt.

Theo Điều tra toàn cầu về sử dụng thuốc lá ở người trưởng thành (GATS), tỷ lệ hút thuốc ở nam giới từ 15 tuổi trở lên đã giảm từ 47,4% năm 2010 xuống 42,3% năm 2020; ở nữ giới giảm từ 1,4% xuống 1,1%. Tỷ lệ người không hút thuốc phải hít khói thuốc thụ động tại nơi làm việc giảm từ 49% xuống 30,7%.

Tuy nhiên, tình trạng sử dụng thuốc lá điện tử ở giới trẻ gia tăng nhanh. Điều tra năm 2022 cho thấy 8,1% học sinh 13-17 tuổi sử dụng thuốc lá điện tử; riêng nhóm 13-15 tuổi là 3,5%, tăng gần 1,5 lần so với năm 2019 (2,6%).

Năm 2024, Quỹ dự kiến phân bổ 145 tỷ đồng, trong đó 38 tỷ đồng cho các bộ, ngành và 62 tỷ đồng cho các địa phương. Mục tiêu đến năm 2025, tỷ lệ hút thuốc ở nam giới trưởng thành giảm xuống dưới 39%, ở thanh thiếu niên 15-24 tuổi dưới 11%.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội."""

H23 = per("từ khi thành lập đến hết năm 2023", None, "2023-12-31")
Y10 = per("năm 2010", "2010-01-01", "2010-12-31")
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
N24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
ECIG = "tỷ lệ học sinh 13-15 tuổi sử dụng thuốc lá điện tử"

FIGS = [
    fig("cấp hơn 1.100 tỷ đồng cho công tác", "1.100", 1.1e12, "money", "đồng",
        "kinh phí Quỹ Phòng, chống tác hại của thuốc lá đã cấp", inh(H23), approx="over"),
    fig("hơn 1.470 tỷ đồng", "1.470", 1.47e12, "money", "đồng", "khoản đóng góp bắt buộc Quỹ đã tiếp nhận", H23, approx="over"),
    fig("kinh phí hơn 1.100 tỷ", "1.100", 1.1e12, "money", "đồng", "kinh phí Quỹ đã cấp", H23, approx="over"),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được Quỹ cấp kinh phí", H23, total=63),
    fig("23 bộ, ngành", "23", 23, "count", "bộ, ngành, đoàn thể", "bộ, ngành, đoàn thể được Quỹ cấp kinh phí", H23),
    fig("40 bệnh viện", "40", 40, "count", "bệnh viện", "bệnh viện được Quỹ cấp kinh phí", H23),
    fig("là 2% trên", "2", 2, "percent", "%", "Mức đóng góp bắt buộc trên giá tính thuế tiêu thụ đặc biệt"),
    fig("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    fig("47,4%", "47,4", 47.4, "percent", "%", "tỷ lệ hút thuốc ở nam giới từ 15 tuổi trở lên", Y10),
    fig("42,3%", "42,3", 42.3, "percent", "%", "tỷ lệ hút thuốc ở nam giới từ 15 tuổi trở lên", Y20),
    fig("từ 1,4%", "1,4", 1.4, "percent", "%", "tỷ lệ hút thuốc ở nữ giới", Y10),
    fig("xuống 1,1%", "1,1", 1.1, "percent", "%", "tỷ lệ hút thuốc ở nữ giới", Y20),
    fig("từ 49%", "49", 49, "percent", "%", "Tỷ lệ người không hút thuốc phải hít khói thuốc thụ động tại nơi làm việc", inh(Y10)),
    fig("xuống 30,7%", "30,7", 30.7, "percent", "%", "Tỷ lệ người không hút thuốc phải hít khói thuốc thụ động tại nơi làm việc", inh(Y20)),
    fig("8,1%", "8,1", 8.1, "percent", "%", "học sinh 13-17 tuổi sử dụng thuốc lá điện tử", Y22),
    fig("học sinh 13-17 tuổi", "13", 13, "measure", "tuổi", value_max=17, optional=True),
    fig("nhóm 13-15 tuổi", "13", 13, "measure", "tuổi", value_max=15, optional=True),
    fig("là 3,5%", "3,5", 3.5, "percent", "%", ECIG, Y22, change=chg("increase", 1.5, "lần", "năm 2019", approx="nearly")),
    fig("(2,6%)", "2,6", 2.6, "percent", "%", ECIG, Y19),
    fig("phân bổ 145 tỷ", "145", 145e9, "money", "đồng", "kinh phí Quỹ phân bổ", N24, status="forecast"),
    fig("trong đó 38 tỷ", "38", 38e9, "money", "đồng", "kinh phí phân bổ cho các bộ, ngành", N24, total=145e9, status="forecast"),
    fig("và 62 tỷ", "62", 62e9, "money", "đồng", "kinh phí phân bổ cho các địa phương", N24, total=145e9, status="forecast"),
    fig("dưới 39%", "39", 39, "percent", "%", "tỷ lệ hút thuốc ở nam giới trưởng thành", T25, approx="under", status="target"),
    fig("15-24 tuổi", "15", 15, "measure", "tuổi", value_max=24, optional=True),
    fig("dưới 11%", "11", 11, "percent", "%", "tỷ lệ hút thuốc ở thanh thiếu niên 15-24 tuổi", T25, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế (invented): tổng kết 10 năm Quỹ Phòng, chống tác hại của thuốc lá; GATS 2010/2020; thuốc lá điện tử ở học sinh; phân bổ 2024.",
    "Distractors: 'Lượt xem: 1.985', 'Ngày 19/4', '10 năm' (duration), 'giai đoạn 2013-2023', '138A Giảng Võ'. Age ranges are optional.",
    "'giảm từ 47,4% năm 2010 xuống 42,3% năm 2020': two percent figures, each with its year; the women's pair in the same sentence takes the",
    "same years (scored); the passive-smoking pair stands in the next sentence (inherited). '(2,6%)' after 'so với năm 2019' is a baseline figure",
    "of its own (as shared h06); 'tăng gần 1,5 lần so với năm 2019' is the change of 3,5%. All figures are national: location Việt Nam.",
]

if __name__ == "__main__":
    emit("p665-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
