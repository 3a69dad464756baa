"""p1456-4: ministry site (Bộ Công Thương): national imports of garment accessories, localisation rate, targets."""
from lib import F, P, inh, CH, TG, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Phụ liệu may mặc: tỷ lệ nội địa hóa mới đạt 35-40%

20/08/2024 | 16:10 | Vụ Công nghiệp

Theo Hiệp hội Dệt May Việt Nam (VITAS), 7 tháng đầu năm 2024, kim ngạch nhập khẩu nguyên phụ liệu dệt may, da giày của cả nước đạt 13,6 tỷ USD, tăng 9,4% so với cùng kỳ năm 2023; trong đó phụ liệu may mặc (cúc, khóa kéo, chỉ, nhãn, mex, băng gai) khoảng 1,9 tỷ USD. Trung Quốc là thị trường cung cấp lớn nhất với 58% kim ngạch, tiếp đến là Hàn Quốc 14% và Đài Loan (Trung Quốc) 9%.

Cả nước hiện có khoảng 1.300 doanh nghiệp sản xuất phụ liệu dệt may, chiếm gần 15% số doanh nghiệp toàn ngành, phần lớn có quy mô nhỏ, công nghệ nhuộm và mạ còn lạc hậu. Tỷ lệ nội địa hóa phụ liệu hiện mới đạt 35-40%, thấp hơn nhiều so với khâu sợi và vải.

Trong 7 tháng, Bộ Công Thương đã phối hợp với VITAS tổ chức 4 hội nghị kết nối cung cầu nguyên phụ liệu, thu hút hơn 250 doanh nghiệp tham gia. Theo Kế hoạch số 118/KH-BCT, tỷ lệ nội địa hóa của ngành dệt may phấn đấu đạt 50% vào năm 2025 và 60% vào năm 2030.

Năm 2023, Việt Nam xếp thứ 3 thế giới về xuất khẩu hàng dệt may, sau Trung Quốc và Bangladesh, với kim ngạch khoảng 40 tỷ USD. Bộ dự báo nhu cầu phụ liệu của ngành năm 2025 vào khoảng 4,5 tỷ USD; đến năm 2030, nhu cầu này sẽ gấp 1,5 lần.

Tin cùng chuyên mục:
- Hội nghị xúc tiến đầu tư công nghiệp hỗ trợ năm 2024
- Triển lãm quốc tế ngành dệt may lần thứ 21

BỘ CÔNG THƯƠNG - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2108
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7s = P("Trong 7 tháng", "2024-01-01", "2024-07-31")
Y25 = P("vào năm 2025", "2025-01-01", "2025-12-31")
Y30 = P("vào năm 2030", "2030-01-01", "2030-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25b = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng trong kim ngạch nhập khẩu nguyên phụ liệu dệt may, da giày của thị trường"

FIGS = [
    F("mới đạt 35-40%\n", "35", 35, "percent", "%", value_max=40,
      subject="tỷ lệ nội địa hóa phụ liệu may mặc"),
    F("đạt 13,6 tỷ", "13,6", 13.6e9, "money", "USD",
      change=CH("increase", 9.4, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch nhập khẩu nguyên phụ liệu dệt may, da giày", period=M7),
    F("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "USD", approx="about", total=13.6e9,
      subject="kim ngạch nhập khẩu phụ liệu may mặc", period=M7),
    F("với 58%", "58", 58, "percent", "%", subject=f"{SHARE} Trung Quốc", period=inh(M7)),
    F("Hàn Quốc 14%", "14", 14, "percent", "%", subject=f"{SHARE} Hàn Quốc", period=inh(M7)),
    F("(Trung Quốc) 9%", "9", 9, "percent", "%", subject=f"{SHARE} Đài Loan (Trung Quốc)", period=inh(M7)),
    F("khoảng 1.300 doanh", "1.300", 1300, "count", "doanh nghiệp", approx="about", percent=15,
      subject="doanh nghiệp sản xuất phụ liệu dệt may"),
    F("hiện mới đạt 35-40%", "35", 35, "percent", "%", value_max=40,
      subject="tỷ lệ nội địa hóa phụ liệu"),
    F("tổ chức 4 hội nghị", "4", 4, "count", "hội nghị",
      subject="hội nghị kết nối cung cầu nguyên phụ liệu", period=M7s),
    F("hơn 250 doanh", "250", 250, "count", "doanh nghiệp", approx="over",
      subject="doanh nghiệp tham gia hội nghị kết nối cung cầu", period=M7s),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ nội địa hóa của ngành dệt may", period=Y25),
    F("và 60%", "60", 60, "percent", "%", status="target",
      subject="tỷ lệ nội địa hóa của ngành dệt may", period=Y30),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      subject="xuất khẩu hàng dệt may", period=Y23),
    F("khoảng 40 tỷ", "40", 40e9, "money", "USD", approx="about",
      subject="kim ngạch xuất khẩu hàng dệt may", period=Y23),
    F("khoảng 4,5 tỷ", "4,5", 4.5e9, "money", "USD", approx="about", status="forecast",
      subject="nhu cầu phụ liệu của ngành", period=Y25b),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", status="forecast",
      subject="nhu cầu phụ liệu của ngành", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national garment-accessory imports, localisation rate; '20/08/2024 | 16:10 | Vụ Công nghiệp'.",
    "Distractors: 16:10, Kế hoạch số 118/KH-BCT, 'lần thứ 21', 'năm 2024' in a link, address '54 Hai Bà Trưng', phone.",
    "Location Việt Nam for all; Trung Quốc, Hàn Quốc, Đài Loan are trade partners (subject, never location).",
    "'trong đó phụ liệu may mặc ... khoảng 1,9 tỷ USD' total 13,6 tỷ USD.",
    "List 'với 58% kim ngạch, tiếp đến là Hàn Quốc 14% và Đài Loan 9%': each a percent figure; period '7 tháng' inherited.",
    "'chiếm gần 15% số doanh nghiệp toàn ngành' = percent attribute of 1.300 (the approx of the share is not a field).",
    "'phấn đấu đạt 50% vào năm 2025 và 60% vào năm 2030': targets, each year a whole-year period.",
    "'nhu cầu này sẽ gấp 1,5 lần' = multiple standing alone as the claim, forecast (the 'dự báo' sentence continues), end 2030-12-31.",
    "Headline range 35-40% has no period (present tense, 'mới đạt').",
]

if __name__ == "__main__":
    write("p1456-4", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
