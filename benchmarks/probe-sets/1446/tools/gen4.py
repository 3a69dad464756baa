"""p1446-4: ministry site (Bộ Công Thương): national trade in umbrellas and raincoats, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu ô dù, áo mưa tăng trưởng khá trong 6 tháng đầu năm

11/07/2024 | 09:20 | Cục Xuất nhập khẩu

Theo số liệu thống kê, 6 tháng đầu năm 2024, kim ngạch xuất khẩu ô dù, batoong, gậy chống (mã HS 6601, 6602) của Việt Nam đạt 28,7 triệu USD, tăng 15,2% so với cùng kỳ năm 2023. Xuất khẩu áo mưa và quần áo chống thấm ước đạt 412 triệu USD, tăng 7,9%, chiếm khoảng 2,8% kim ngạch xuất khẩu hàng dệt may.

Nhật Bản tiếp tục là thị trường lớn nhất của áo mưa Việt Nam với 126,4 triệu USD, tiếp đến là Hoa Kỳ 98,2 triệu USD và Hàn Quốc 51,7 triệu USD. Việt Nam hiện đứng thứ 2 trong khu vực ASEAN về xuất khẩu áo mưa.

Ở chiều ngược lại, nhập khẩu ô dù thành phẩm 6 tháng đạt 19,3 triệu USD, giảm 4,6%, trong đó từ Trung Quốc chiếm tới 93%.

Cả nước hiện có khoảng 320 doanh nghiệp sản xuất áo mưa, ô dù, tập trung tại Hà Nội, Hà Nam, Bắc Giang, Thái Bình và Bình Dương; trong đó doanh nghiệp FDI chiếm gần 40% về số lượng nhưng đóng góp trên 75% kim ngạch xuất khẩu.

Bộ Công Thương dự báo kim ngạch xuất khẩu áo mưa cả năm 2024 có thể đạt 850-900 triệu USD. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa nguyên phụ liệu của ngành đạt ít nhất 50%. Hiện tỷ lệ này mới đạt khoảng 30%.

Tin cùng chuyên mục:
- Thông tư số 12/2024/TT-BCT về quy tắc xuất xứ hàng hóa
- Hội nghị giao ban xúc tiến thương mại quý II/2024

BỘ CÔNG THƯƠNG - Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Giấy phép số 71/GP-TTĐT
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1S = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt 28,7 triệu", "28,7", 28.7e6, "money", "USD", change=C("increase", 15.2, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu ô dù, batoong, gậy chống", period=H1),
    F("ước đạt 412 triệu", "412", 412e6, "money", "USD", status="estimate", percent=2.8,
      change=C("increase", 7.9), subject="xuất khẩu áo mưa và quần áo chống thấm", period=I(H1)),
    F("với 126,4 triệu", "126,4", 126.4e6, "money", "USD",
      subject="xuất khẩu áo mưa sang thị trường Nhật Bản", period=I(H1)),
    F("Hoa Kỳ 98,2 triệu", "98,2", 98.2e6, "money", "USD",
      subject="xuất khẩu áo mưa sang thị trường Hoa Kỳ", period=I(H1)),
    F("Hàn Quốc 51,7 triệu", "51,7", 51.7e6, "money", "USD",
      subject="xuất khẩu áo mưa sang thị trường Hàn Quốc", period=I(H1)),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="xuất khẩu áo mưa trong khu vực ASEAN"),
    F("đạt 19,3 triệu", "19,3", 19.3e6, "money", "USD", change=C("decrease", 4.6),
      subject="nhập khẩu ô dù thành phẩm", period=H1S),
    F("chiếm tới 93%", "93", 93, "percent", "%",
      subject="tỷ trọng nhập khẩu ô dù từ Trung Quốc", period=H1S),
    F("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất áo mưa, ô dù"),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="tỷ trọng doanh nghiệp FDI về số lượng"),
    F("trên 75%", "75", 75, "percent", "%", approx="over",
      subject="tỷ trọng đóng góp của doanh nghiệp FDI trong kim ngạch xuất khẩu"),
    F("đạt 850-900", "850", 850e6, "money", "USD", value_max=900e6, status="forecast",
      subject="kim ngạch xuất khẩu áo mưa", period=Y24),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa nguyên phụ liệu của ngành", period=TO30),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ nội địa hóa nguyên phụ liệu của ngành"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '11/07/2024 | 09:20 | Cục Xuất nhập khẩu', related links, footer address and licence.",
    "Distractors: 'mã HS 6601, 6602' (product codes), 09:20, Thông tư số 12/2024/TT-BCT, 'quý II/2024', '54 Hai Bà Trưng',",
    "'Giấy phép số 71/GP-TTĐT'. All figures are national: location Việt Nam. The province list after 'Cả nước ... 320 doanh nghiệp'",
    "does not make figures provincial; trade partners (Nhật Bản, Hoa Kỳ, Hàn Quốc, Trung Quốc) are not places of the figures.",
    "Market list: every item is a figure of 'xuất khẩu áo mưa' to that market (subject names the partner, it is no location).",
    "'chiếm khoảng 2,8% kim ngạch xuất khẩu hàng dệt may' → percent attribute of 412 triệu USD. 'trong đó từ Trung Quốc chiếm tới 93%'",
    "and the FDI shares 'gần 40%', 'trên 75%' are percent figures of their own (a percent after 'trong đó'; no total for percents).",
    "'dự báo ... có thể đạt 850-900 triệu USD' → forecast range. 'Mục tiêu đến năm 2030 ... ít nhất 50%' → target, end 2030-12-31.",
    "'Hiện tỷ lệ này mới đạt khoảng 30%': actual, subject = the referent of 'tỷ lệ này'. '6 tháng' (year-less) → 2024.",
    "Second sentence (412 triệu) inherits '6 tháng đầu năm 2024' from the first (not scored).",
]

if __name__ == "__main__":
    write("p1446-4", TEXT, NOTES, FIGS, published="2024-07-11", location="Việt Nam")
