"""p1568-4: ministry site (Bộ Công Thương): instant-noodle exports and consumption, national."""
from lib import F, P, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu mì ăn liền năm 2023 đạt trên 320 triệu USD

18/03/2024 | 09:30 | Cục Xuất nhập khẩu

Theo số liệu của Cục Xuất nhập khẩu, năm 2023 kim ngạch xuất khẩu mì, bún, phở, miến ăn liền của Việt Nam đạt 327,6 triệu USD, tăng 9,2% so với năm 2022. Trong đó, xuất khẩu sang Hoa Kỳ đạt 58,4 triệu USD, chiếm 17,8%; Hàn Quốc 41,2 triệu USD; Australia 33,9 triệu USD. Sản phẩm mì ăn liền của Việt Nam hiện có mặt tại gần 50 quốc gia và vùng lãnh thổ. Quý I/2024, xuất khẩu ước đạt khoảng 86 triệu USD, tăng 12% so với cùng kỳ năm trước.

Về tiêu dùng trong nước, theo Hiệp hội Mì ăn liền Thế giới (WINA), năm 2023 Việt Nam tiêu thụ 8,13 tỷ gói mì, tăng 7,6% so với năm 2022, đứng thứ 3 thế giới sau Trung Quốc và Indonesia; bình quân 81 gói/người/năm, cao nhất thế giới.

Cả nước hiện có khoảng 50 doanh nghiệp sản xuất mì ăn liền với tổng công suất trên 10 tỷ gói/năm; các doanh nghiệp có vốn đầu tư nước ngoài chiếm gần 60% sản lượng. Nguyên liệu chính là bột mì, chủ yếu chế biến từ lúa mì nhập khẩu: năm 2023 cả nước nhập khẩu 4,87 triệu tấn lúa mì, trị giá 1,52 tỷ USD.

Bộ Công Thương dự báo năm 2024 kim ngạch xuất khẩu mì ăn liền có thể đạt 350-370 triệu USD. Theo Chiến lược phát triển ngành công nghiệp chế biến thực phẩm (Quyết định số 1520/QĐ-TTg), mục tiêu đến năm 2030 kim ngạch xuất khẩu nhóm sản phẩm này đạt 600 triệu USD.

Bản quyền thuộc Bộ Công Thương. Giấy phép số 115/GP-TTĐT. Điện thoại: 024.22202222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
EXP = 327.6e6

FIGS = [
    F("trên 320 triệu", "320", 320e6, "money", "USD", approx="over",
      subject="xuất khẩu mì ăn liền", period=Y23),
    F("đạt 327,6 triệu", "327,6", 327.6e6, "money", "USD", change=chg("increase", 9.2, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu mì, bún, phở, miến ăn liền", period=Y23),
    F("đạt 58,4 triệu", "58,4", 58.4e6, "money", "USD", total=EXP, percent=17.8,
      subject="xuất khẩu sang Hoa Kỳ", period=inh(Y23)),
    F("Hàn Quốc 41,2 triệu", "41,2", 41.2e6, "money", "USD", total=EXP,
      subject="xuất khẩu sang Hàn Quốc", period=inh(Y23)),
    F("Australia 33,9 triệu", "33,9", 33.9e6, "money", "USD", total=EXP,
      subject="xuất khẩu sang Australia", period=inh(Y23)),
    F("gần 50 quốc gia", "50", 50, "count", "quốc gia", approx="nearly",
      subject="quốc gia và vùng lãnh thổ có sản phẩm mì ăn liền của Việt Nam"),
    F("khoảng 86 triệu", "86", 86e6, "money", "USD", approx="about", status="estimate",
      change=chg("increase", 12, "%", "cùng kỳ năm trước"), subject="xuất khẩu", period=Q1),
    F("thụ 8,13 tỷ", "8,13", 8.13e9, "count", "gói", change=chg("increase", 7.6, "%", "năm 2022"),
      subject="gói mì Việt Nam tiêu thụ", period=Y23),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="tiêu thụ mì ăn liền của Việt Nam trên thế giới",
      period=Y23),
    F("bình quân 81 gói", "81", 81, "measure", "gói/người/năm", subject="tiêu thụ bình quân", period=Y23),
    F("khoảng 50 doanh nghiệp", "50", 50, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất mì ăn liền"),
    F("trên 10 tỷ", "10", 10e9, "measure", "gói/năm", approx="over",
      subject="tổng công suất của các doanh nghiệp sản xuất mì ăn liền"),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="sản lượng của các doanh nghiệp có vốn đầu tư nước ngoài"),
    F("4,87 triệu tấn", "4,87", 4.87e6, "measure", "tấn", subject="lúa mì nhập khẩu", period=Y23),
    F("trị giá 1,52 tỷ", "1,52", 1.52e9, "money", "USD", subject="trị giá lúa mì nhập khẩu", period=Y23),
    F("đạt 350-370 triệu", "350", 350e6, "money", "USD", value_max=370e6, status="forecast",
      subject="kim ngạch xuất khẩu mì ăn liền", period=Y24),
    F("đạt 600 triệu", "600", 600e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu nhóm sản phẩm mì, bún, phở, miến ăn liền", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '18/03/2024 | 09:30 | Cục Xuất nhập khẩu', copyright footer with licence and phone.",
    "Distractors: 09:30, 'Quyết định số 1520/QĐ-TTg', 'Giấy phép số 115/GP-TTĐT', phone 024.22202222, 'Quý I/2024' as a period.",
    "National figures: location Việt Nam throughout; trade partners (Hoa Kỳ, Hàn Quốc, Australia) are not places of the figure.",
    "'Trong đó, xuất khẩu sang Hoa Kỳ ..., chiếm 17,8%; Hàn Quốc ...; Australia ...' → total 327,6 triệu USD each, period inherited.",
    "'đứng thứ 3 thế giới' is a rank (3, hạng), same sentence as 'năm 2023'. '81 gói/người/năm' is a rate: measure.",
    "'các doanh nghiệp có vốn đầu tư nước ngoài chiếm gần 60% sản lượng' has no base amount: a percent figure of its own.",
    "'dự báo' → forecast (350-370 triệu, a range); 'mục tiêu đến năm 2030' → target, start null, end 2030-12-31.",
    "'Quý I/2024 ... ước đạt khoảng 86 triệu USD' → estimate and about.",
]

if __name__ == "__main__":
    write("p1568-4", TEXT, NOTES, FIGS, published="2024-03-18", location="Việt Nam")
