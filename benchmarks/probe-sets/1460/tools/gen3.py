"""p1460-3: ministry site (Bộ Công Thương): national lock industry 2023, electronic locks, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công nghiệp

Khóa điện tử: phân khúc tăng trưởng nhanh nhất của ngành khóa

15/05/2024 | 10:20 | Vụ Công nghiệp

Theo Vụ Công nghiệp, năm 2023 cả nước có khoảng 230 doanh nghiệp sản xuất khóa và phụ kiện cửa, trong đó hơn 40 doanh nghiệp sản xuất khóa điện tử, khóa thông minh. Tổng sản lượng khóa các loại đạt khoảng 96 triệu sản phẩm, đáp ứng khoảng 55% nhu cầu trong nước.

Kim ngạch nhập khẩu khóa và bộ phận của khóa năm 2023 đạt 312 triệu USD, tăng 7,5% so với năm 2022; trong đó nhập khẩu từ Trung Quốc chiếm 68%. Xuất khẩu đạt 145 triệu USD, chủ yếu sang Hoa Kỳ, Nhật Bản và EU.

Khóa điện tử là phân khúc tăng nhanh nhất, tốc độ tăng trưởng bình quân giai đoạn 2019-2023 đạt 25-30%/năm. Giá một bộ khóa điện tử phổ thông hiện từ 2,5 đến 6 triệu đồng, dòng cao cấp trên 15 triệu đồng. Tuy nhiên, chip và cảm biến vân tay vẫn phải nhập khẩu gần như toàn bộ, tỷ lệ nội địa hóa mới đạt khoảng 20%.

Để phát triển ngành, Bộ Công Thương đang phối hợp với Bộ Khoa học và Công nghệ rà soát, sửa đổi tiêu chuẩn TCVN 13612:2022 về khóa cửa điện tử, đồng thời triển khai Quyết định số 1171/QĐ-BCT về chương trình phát triển công nghiệp hỗ trợ. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa của khóa điện tử đạt ít nhất 40%, sản xuất trong nước đáp ứng 70% nhu cầu; phấn đấu có 5 doanh nghiệp Việt Nam làm chủ công nghệ lõi.

Bản quyền thuộc Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 230 doanh nghiệp", "230", 230, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất khóa và phụ kiện cửa", period=Y23),
    F("hơn 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="over", total=230,
      subject="doanh nghiệp sản xuất khóa điện tử, khóa thông minh", period=Y23),
    F("khoảng 96 triệu", "96", 96e6, "count", "sản phẩm", approx="about",
      subject="tổng sản lượng khóa các loại", period=I(Y23)),
    F("khoảng 55%", "55", 55, "percent", "%", approx="about",
      subject="nhu cầu trong nước được đáp ứng", period=I(Y23)),
    F("đạt 312 triệu", "312", 312e6, "money", "USD", change=C("increase", 7.5, "%", "năm 2022"),
      subject="kim ngạch nhập khẩu khóa và bộ phận của khóa", period=Y23),
    F("chiếm 68%", "68", 68, "percent", "%",
      subject="tỷ trọng nhập khẩu từ Trung Quốc trong kim ngạch nhập khẩu khóa", period=Y23),
    F("đạt 145 triệu", "145", 145e6, "money", "USD", subject="xuất khẩu khóa", period=I(Y23)),
    F("đạt 25-30%", "25", 25, "percent", "%", value_max=30,
      subject="tốc độ tăng trưởng bình quân của khóa điện tử", period=GD),
    F("từ 2,5 đến 6 triệu", "2,5", 2.5e6, "money", "đồng/bộ", value_max=6e6,
      subject="giá một bộ khóa điện tử phổ thông"),
    F("trên 15 triệu", "15", 15e6, "money", "đồng/bộ", approx="over",
      subject="giá khóa điện tử dòng cao cấp"),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa"),
    F("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa của khóa điện tử", period=TO30),
    F("đáp ứng 70%", "70", 70, "percent", "%", status="target",
      subject="nhu cầu được sản xuất trong nước đáp ứng", period=TO30),
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", status="target",
      subject="doanh nghiệp Việt Nam làm chủ công nghệ lõi", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): header, breadcrumb, '15/05/2024 | 10:20 | Vụ Công nghiệp', copyright and address footer. National figures: Việt Nam.",
    "Distractors: 10:20, 'giai đoạn 2019-2023' (a period), 'TCVN 13612:2022', 'Quyết định số 1171/QĐ-BCT', '54 Hai Bà Trưng', phone 024.2220.2222.",
    "'đáp ứng khoảng 55% nhu cầu' after an amount: 'đáp ứng' is not one of the share cues (đạt/chiếm/bằng/tương đương), so the 55% is a",
    "percent figure of its own, not the percent of 96 triệu. Period năm 2023 stands in the previous sentence (inherited).",
    "'trong đó nhập khẩu từ Trung Quốc chiếm 68%' is a percent figure of its own; Trung Quốc is a trade partner, location stays Việt Nam.",
    "'25-30%/năm' is a range of growth rates (percent, value_max 30) with the period giai đoạn 2019-2023.",
    "Prices per set ('Giá một bộ') carry unit 'đồng/bộ'; 'hiện' gives no period. 'Mục tiêu đến năm 2030' governs the sentence, and",
    "'phấn đấu' continues it: three target figures, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1460-3", TEXT, NOTES, FIGS, published="2024-05-15", location="Việt Nam")
