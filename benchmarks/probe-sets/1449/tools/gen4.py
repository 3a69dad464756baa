"""p1449-4: ministry site (Bộ Công Thương): national sock exports 2024, markets, provinces."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu tất, vớ năm 2024 lập kỷ lục mới
26/02/2025 | 14:10 | Cục Xuất nhập khẩu

Theo số liệu thống kê, năm 2024 kim ngạch xuất khẩu tất, vớ của Việt Nam ước đạt 1,12 tỷ USD, tăng 14,6% so với năm 2023, chiếm khoảng 2,6% tổng kim ngạch xuất khẩu hàng dệt may. Việt Nam hiện là nhà xuất khẩu tất lớn thứ ba thế giới, sau Trung Quốc và Thổ Nhĩ Kỳ.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 412 triệu USD, tiếp đến là Nhật Bản 236 triệu USD, EU 187 triệu USD và Hàn Quốc 95 triệu USD. Xuất khẩu sang Australia tăng mạnh nhất, gấp 2,3 lần năm trước.

Cả nước có khoảng 320 doanh nghiệp sản xuất tất, vớ, trong đó 85 doanh nghiệp có vốn đầu tư nước ngoài nhưng đóng góp tới 71% kim ngạch xuất khẩu. Các địa phương dẫn đầu về kim ngạch là Đồng Nai (248 triệu USD), Bình Dương (205 triệu USD), Long An (131 triệu USD) và Hà Nội (64 triệu USD).

Sản lượng tất, vớ cả nước năm 2024 ước khoảng 2,4 tỷ đôi. Giá xuất khẩu bình quân đạt 0,48 USD/đôi, giảm 0,03 USD so với năm 2023.

Bộ Công Thương dự báo năm 2025 kim ngạch xuất khẩu tất, vớ có thể đạt từ 1,2 đến 1,3 tỷ USD. Theo Chiến lược phát triển ngành dệt may, da giày đến năm 2030, tỷ lệ nội địa hóa của ngành tất phấn đấu đạt tối thiểu 50%.

Liên hệ: Cục Xuất nhập khẩu, số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội
Bài viết cùng chuyên mục:
- Xuất khẩu dệt may tháng 1/2025 khởi sắc
- Hội nghị giao ban xúc tiến thương mại quý I
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu tất, vớ"

FIGS = [
    F("ước đạt 1,12 tỷ", "1,12", 1.12e9, "money", "USD", percent=2.6, status="estimate",
      change=C("increase", 14.6, "%", "năm 2023"), subject="kim ngạch xuất khẩu tất, vớ của Việt Nam", period=Y24),
    F("lớn thứ ba thế giới", "ba", 3, "rank", "hạng", subject="nhà xuất khẩu tất"),
    F("với 412 triệu", "412", 412e6, "money", "USD", subject=f"{KN} sang thị trường Hoa Kỳ", period=I(Y24)),
    F("Nhật Bản 236 triệu", "236", 236e6, "money", "USD", subject=f"{KN} sang thị trường Nhật Bản", period=I(Y24)),
    F("EU 187 triệu", "187", 187e6, "money", "USD", subject=f"{KN} sang thị trường EU", period=I(Y24)),
    F("Hàn Quốc 95 triệu", "95", 95e6, "money", "USD", subject=f"{KN} sang thị trường Hàn Quốc", period=I(Y24)),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="xuất khẩu sang Australia", period=I(Y24)),
    F("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất tất, vớ"),
    F("trong đó 85 doanh nghiệp", "85", 85, "count", "doanh nghiệp", total=320,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("tới 71%", "71", 71, "percent", "%",
      subject="đóng góp của doanh nghiệp có vốn đầu tư nước ngoài trong kim ngạch xuất khẩu",
      period=I(Y24)),
    F("Đồng Nai (248 triệu", "248", 248e6, "money", "USD", subject=KN, location="Đồng Nai", period=I(Y24)),
    F("Bình Dương (205 triệu", "205", 205e6, "money", "USD", subject=KN, location="Bình Dương", period=I(Y24)),
    F("Long An (131 triệu", "131", 131e6, "money", "USD", subject=KN, location="Long An", period=I(Y24)),
    F("Hà Nội (64 triệu", "64", 64e6, "money", "USD", subject=KN, location="Hà Nội", period=I(Y24)),
    F("ước khoảng 2,4 tỷ", "2,4", 2.4e9, "count", "đôi", approx="about", status="estimate",
      subject="sản lượng tất, vớ cả nước", period=Y24),
    F("đạt 0,48 USD/đôi", "0,48", 0.48, "money", "USD/đôi",
      change=C("decrease", 0.03, "USD", "năm 2023"), subject="giá xuất khẩu bình quân", period=I(Y24)),
    F("từ 1,2 đến 1,3 tỷ", "1,2", 1.2e9, "money", "USD", value_max=1.3e9, status="forecast",
      subject=KN, period=Y25),
    F("tối thiểu 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa của ngành tất", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '26/02/2025 | 14:10 | Cục Xuất nhập khẩu', contact address, related links.",
    "National figures: location Việt Nam; trade partners (Hoa Kỳ, Nhật Bản, EU, Hàn Quốc, Australia) go into the subject, never the location.",
    "Province list 'Đồng Nai (248 triệu USD), ...': each item is a figure of the list's indicator, located in that province; period inherited.",
    "'lớn thứ ba thế giới' → rank 3 (number word). 'gấp 2,3 lần năm trước' standing alone as the claim → multiple.",
    "'trong đó 85 doanh nghiệp' → total 320. 'đóng góp tới 71% kim ngạch' is not a share of the 85 firms' count: a percent figure of its own ('tới' is emphasis, exact).",
    "'giảm 0,03 USD so với năm 2023' → change in USD. The price sentence inherits 'năm 2024' from the sentence before.",
    "'dự báo' → forecast; 'phấn đấu đạt tối thiểu 50%' → target, at_least, period 'đến năm 2030' (start null).",
    "Distractors: 14:10, 'số 25 Ngô Quyền', 'tháng 1/2025' and 'quý I' in related link titles.",
]

if __name__ == "__main__":
    write("p1449-4", TEXT, NOTES, FIGS, published="2025-02-26", location="Việt Nam")
