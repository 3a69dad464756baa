"""p1190-4: ministry site (Bộ Công Thương), national exports of rattan, bamboo, sedge and carpets, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu mây, tre, cói và thảm năm 2024 đạt hơn 936 triệu USD

Ngày đăng: 20/01/2025 | Lượt xem: 2.318

Theo số liệu của Cục Xuất nhập khẩu, năm 2024 kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm của Việt Nam đạt 936,4 triệu USD, tăng 18,2% so với năm 2023; trong đó sản phẩm từ cói và đay đạt khoảng 365 triệu USD, chiếm gần 39%. Riêng tháng 12/2024 đạt 92,7 triệu USD, tăng 24,5% so với cùng kỳ.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 298,6 triệu USD, chiếm 31,9% tổng kim ngạch; tiếp đến là Nhật Bản, Đức và Hà Lan với lần lượt 121,3 triệu USD, 74,8 triệu USD và 52,1 triệu USD.

Cả nước hiện có 41/63 tỉnh, thành phố có làng nghề mây tre đan, cói, đay với trên 350.000 lao động; các địa phương có kim ngạch cao là Ninh Bình, Thanh Hóa, Thái Bình và Hà Nội.

Theo Bộ Công Thương, giá nguyên liệu cói năm 2024 tăng khoảng 10-15%, cước vận tải biển đi châu Âu có thời điểm gấp 2,5 lần đầu năm. Năm 2025, ngành hàng phấn đấu kim ngạch xuất khẩu đạt 1,05 tỷ USD; dự báo quý I/2025 đạt khoảng 230 triệu USD.

Bộ Công Thương khuyến nghị doanh nghiệp đáp ứng các tiêu chuẩn FSC, BSCI và chủ động khai thác 16 hiệp định thương mại tự do (FTA) đã có hiệu lực.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2108
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
GRP = "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm"

FIGS = [
    F("đạt hơn 936 triệu", "936", 936e6, "money", "USD", approx="over",
      subject="xuất khẩu mây, tre, cói và thảm", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 936,4 triệu", "936,4", 936.4e6, "money", "USD", change=C("increase", 18.2, "%", "năm 2023"),
      subject=GRP, period=Y24),
    F("khoảng 365 triệu", "365", 365e6, "money", "USD", approx="about", total=936.4e6, percent=39,
      subject="kim ngạch xuất khẩu sản phẩm từ cói và đay", period=Y24),
    F("đạt 92,7 triệu", "92,7", 92.7e6, "money", "USD", change=C("increase", 24.5, "%", "cùng kỳ"),
      subject=GRP, period=P("tháng 12/2024", "2024-12-01", "2024-12-31")),
    F("với 298,6 triệu", "298,6", 298.6e6, "money", "USD", percent=31.9,
      subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=I(Y24)),
    F("lần lượt 121,3 triệu", "121,3", 121.3e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=I(Y24)),
    F("74,8 triệu", "74,8", 74.8e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Đức", period=I(Y24)),
    F("và 52,1 triệu", "52,1", 52.1e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Hà Lan", period=I(Y24)),
    F("có 41/63", "41", 41, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có làng nghề mây tre đan, cói, đay"),
    F("trên 350.000 lao động", "350.000", 350000, "count", "lao động", approx="over",
      subject="lao động làng nghề mây tre đan, cói, đay"),
    F("khoảng 10-15%", "10", 10, "percent", "%", value_max=15, approx="about",
      subject="giá nguyên liệu cói tăng", period=Y24),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      subject="cước vận tải biển đi châu Âu so với đầu năm", period=Y24),
    F("đạt 1,05 tỷ", "1,05", 1.05e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu ngành hàng", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 230 triệu", "230", 230e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch xuất khẩu ngành hàng", period=P("quý I/2025", "2025-01-01", "2025-03-31")),
    F("16 hiệp định", "16", 16, "count", "hiệp định",
      subject="hiệp định thương mại tự do (FTA) đã có hiệu lực"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): 'Ngày đăng: 20/01/2025 | Lượt xem: 2.318', address and phone footer (distractors).",
    "National figures: location Việt Nam throughout; trade partners (Hoa Kỳ, Nhật Bản, Đức, Hà Lan) are not places of the figure,",
    "and the provinces named after 'các địa phương có kim ngạch cao là' carry no figure. '41/63' → total 63.",
    "'trong đó … khoảng 365 triệu USD, chiếm gần 39%' → total 936,4 triệu and percent 39. Market list items inherit 'năm 2024'.",
    "'gấp 2,5 lần đầu năm' stands as the claim (multiple). 'khoảng 10-15%' is a growth rate as the claim (percent, no change).",
    "Headline 'đạt hơn 936 triệu USD' is a figure of its own.",
]

if __name__ == "__main__":
    write("p1190-4", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
