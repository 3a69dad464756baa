"""p1412-4: ministry site (Bộ NN&PTNT, news from Cục Bảo vệ thực vật): national fall armyworm situation, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt - Bảo vệ thực vật

Sâu keo mùa thu gây hại gần 27.600 ha ngô

18/09/2024 | 09:20 | Cục Bảo vệ thực vật

Theo Cục Bảo vệ thực vật, từ đầu năm 2024 đến ngày 15/9/2024, sâu keo mùa thu đã gây hại 27.580 ha ngô trên cả nước, giảm 12,4% so với cùng kỳ năm 2023; trong đó diện tích nhiễm nặng hơn 3.100 ha, diện tích mất trắng 214 ha. Sâu gây hại tại 48/63 tỉnh, thành phố, tập trung ở các tỉnh miền núi phía Bắc, Bắc Trung Bộ và Tây Nguyên. Các địa phương có diện tích nhiễm lớn nhất lần lượt là Sơn La (4.850 ha), Gia Lai (3.620 ha), Đắk Lắk (2.940 ha) và Nghệ An (2.110 ha).

Diện tích ngô cả nước năm 2024 ước đạt 880 nghìn ha, tăng khoảng 1% so với năm 2023. So với năm 2019, khi sâu keo mùa thu mới xâm nhập vào Việt Nam và gây hại trên 55.000 ha ngô tại 59 tỉnh, diện tích nhiễm đã giảm gần 50%.

Hiện có 76 hoạt chất với 412 tên thương phẩm thuốc trừ sâu được đăng ký phòng trừ sâu keo mùa thu trên ngô, trong đó 29 sản phẩm có nguồn gốc sinh học.

Dự báo trong vụ thu đông và vụ đông năm 2024, diện tích ngô khoảng 250 nghìn ha; sâu keo mùa thu có thể gây hại 8.000-10.000 ha, tập trung ở giai đoạn cây con.

Cục Bảo vệ thực vật đã ban hành Công văn số 2156/BVTV-TV ngày 10/9/2024 đề nghị Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố chỉ đạo điều tra, phát hiện sớm, hướng dẫn nông dân ưu tiên sử dụng thuốc sinh học, bảo vệ thiên địch; phấn đấu đến năm 2025 giảm ít nhất 30% lượng thuốc hóa học sử dụng trên ngô so với năm 2020.

Tin cùng chuyên mục:
- Hội nghị sơ kết sản xuất vụ hè thu năm 2024 các tỉnh phía Nam
- Ban hành Danh mục thuốc bảo vệ thực vật được phép sử dụng tại Việt Nam

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

YTD = per("từ đầu năm 2024 đến ngày 15/9/2024", "2024-01-01", "2024-09-15")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
LIST = "diện tích nhiễm"

FIGS = [
    fig("gần 27.600 ha", "27.600", 27600, "measure", "ha", approx="nearly",
        subject="diện tích ngô bị sâu keo mùa thu gây hại"),
    fig("gây hại 27.580 ha", "27.580", 27580, "measure", "ha",
        change=chg("decrease", 12.4, "%", "cùng kỳ năm 2023"),
        subject="diện tích ngô bị sâu keo mùa thu gây hại", period=YTD),
    fig("hơn 3.100 ha", "3.100", 3100, "measure", "ha", approx="over", total=27580,
        subject="diện tích nhiễm nặng", period=YTD),
    fig("mất trắng 214 ha", "214", 214, "measure", "ha", total=27580, subject="diện tích mất trắng", period=YTD),
    fig("tại 48/63 tỉnh", "48", 48, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có sâu keo mùa thu gây hại", period=inh(YTD)),
    fig("Sơn La (4.850 ha)", "4.850", 4850, "measure", "ha", subject=LIST, period=inh(YTD), location="Sơn La"),
    fig("Gia Lai (3.620 ha)", "3.620", 3620, "measure", "ha", subject=LIST, period=inh(YTD), location="Gia Lai"),
    fig("Đắk Lắk (2.940 ha)", "2.940", 2940, "measure", "ha", subject=LIST, period=inh(YTD), location="Đắk Lắk"),
    fig("Nghệ An (2.110 ha)", "2.110", 2110, "measure", "ha", subject=LIST, period=inh(YTD), location="Nghệ An"),
    fig("ước đạt 880 nghìn ha", "880", 880000, "measure", "ha", status="estimate",
        change=chg("increase", 1, "%", "năm 2023", approx="about"), subject="diện tích ngô cả nước", period=Y24),
    fig("trên 55.000 ha", "55.000", 55000, "measure", "ha", approx="over",
        subject="diện tích ngô bị sâu keo mùa thu gây hại", period=Y19),
    fig("tại 59 tỉnh", "59", 59, "count", "tỉnh", subject="tỉnh có sâu keo mùa thu gây hại", period=Y19),
    fig("giảm gần 50%", "50", 50, "percent", "%", approx="nearly", subject="diện tích nhiễm"),
    fig("có 76 hoạt chất", "76", 76, "count", "hoạt chất",
        subject="hoạt chất thuốc trừ sâu được đăng ký phòng trừ sâu keo mùa thu trên ngô"),
    fig("với 412 tên", "412", 412, "count", "tên thương phẩm",
        subject="tên thương phẩm thuốc trừ sâu được đăng ký phòng trừ sâu keo mùa thu trên ngô"),
    fig("trong đó 29 sản phẩm", "29", 29, "count", "sản phẩm", total=412,
        subject="sản phẩm có nguồn gốc sinh học"),
    fig("khoảng 250 nghìn ha", "250", 250000, "measure", "ha", approx="about", status="forecast",
        subject="diện tích ngô vụ thu đông và vụ đông năm 2024"),
    fig("gây hại 8.000-10.000 ha", "8.000", 8000, "measure", "ha", value_max=10000, status="forecast",
        subject="diện tích sâu keo mùa thu có thể gây hại"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="lượng thuốc hóa học sử dụng trên ngô",
        period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '18/09/2024 | 09:20 | Cục Bảo vệ thực vật', 'Tin cùng chuyên mục', address footer.",
    "National figures → location Việt Nam; the 'lần lượt là Sơn La (4.850 ha), ...' list: subject = the list's indicator, place → location.",
    "Distractors: Công văn số 2156/BVTV-TV ngày 10/9/2024, '09:20', 'Số 2 Ngọc Hà', baselines năm 2019/2020/2023, 'vụ hè thu năm 2024' in a link.",
    "Headline 'gần 27.600 ha' has no period phrase: no period. 'từ đầu năm 2024 đến ngày 15/9/2024' = 2024-01-01..2024-09-15.",
    "'trong đó diện tích nhiễm nặng hơn 3.100 ha, diện tích mất trắng 214 ha' → both parts total 27580.",
    "'48/63 tỉnh, thành phố' → total 63. The next sentence's list inherits the period (not scored).",
    "'ước đạt 880 nghìn ha, tăng khoảng 1%' → estimate, change with approx about. 'năm 2019' is the period of 55.000 ha and 59 tỉnh.",
    "'diện tích nhiễm đã giảm gần 50%' compares now with 2019: a percent figure (rate as the claim), no period (2019 is its baseline).",
    "'trong đó 29 sản phẩm' → total 412 (products = trade names). 'Hiện' gives no period.",
    "'Dự báo trong vụ thu đông và vụ đông năm 2024' → forecast; a season: no period, season in the subject.",
    "'phấn đấu đến năm 2025 giảm ít nhất 30% ...' → target, at_least, period end 2025-12-31, no change object.",
]

if __name__ == "__main__":
    write("p1412-4", TEXT, NOTES, FIGS, published="2024-09-18", location="Việt Nam")
