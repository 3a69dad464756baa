"""p1527-1: province portal (Bến Tre): 9-month exports of coconut handicrafts, coconut-shell products."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàng thủ công mỹ nghệ từ dừa: 9 tháng xuất khẩu hơn 38 triệu USD

Cập nhật: 15/10/2024 10:25 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ dừa của tỉnh ước đạt 38,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 72,8% kế hoạch năm. Trong đó, nhóm sản phẩm từ gáo dừa như bát, muỗng, đĩa, cốc đạt 21,3 triệu USD, chiếm 55,2%.

Toàn tỉnh hiện có 642 cơ sở sản xuất, kinh doanh sản phẩm từ dừa, trong đó khoảng 180 cơ sở chuyên chế biến gáo dừa. Các cơ sở thu hút trên 4.500 lao động, thu nhập bình quân từ 5 đến 7 triệu đồng/người/tháng. Năm 2023, ngành này đã tiêu thụ gần 120 triệu gáo dừa, loại phế phẩm trước đây thường bị đốt bỏ. Giá gáo dừa khô hiện dao động 300-500 đồng/gáo.

Tại huyện Mỏ Cày Bắc, nơi tập trung nhiều cơ sở nhất với 96 cơ sở, Hợp tác xã Thủ công mỹ nghệ Dừa Xanh mỗi tháng xuất đi 150.000 chiếc muỗng và khoảng 40.000 bát gáo dừa sang châu Âu, Úc. Ông Lê Văn Tám, Giám đốc HTX, cho biết giá bán một bộ bát kèm muỗng từ 45.000 đến 60.000 đồng, cao gấp ba lần so với năm 2018.

Trong quý IV năm nay, Sở Công Thương phấn đấu hỗ trợ ít nhất 10 cơ sở tham gia hội chợ tại TP Hồ Chí Minh và Hà Nội, đưa kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ dừa cả năm 2024 đạt trên 53 triệu USD.

Tin liên quan:
- Khai mạc Hội chợ OCOP Bến Tre lần thứ 3 năm 2024
- Triển khai Quyết định số 1048/QĐ-UBND về phát triển ngành hàng dừa
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y23 = year("Năm 2023", 2023)
Q4 = P("quý IV năm nay", "2024-10-01", "2024-12-31")
Y24 = year("cả năm 2024", 2024)
MCB = "Mỏ Cày Bắc"

FIGS = [
    F("xuất khẩu hơn 38 triệu", "38", 38e6, "money", "USD", approx="over",
      subject="xuất khẩu hàng thủ công mỹ nghệ từ dừa", period=H9),
    F("ước đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", status="estimate", percent=72.8,
      change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ dừa", period=M9),
    F("đạt 21,3 triệu", "21,3", 21.3e6, "money", "USD", status="estimate", total=38.6e6, percent=55.2,
      subject="kim ngạch xuất khẩu nhóm sản phẩm từ gáo dừa", period=inh(M9)),
    F("có 642 cơ sở", "642", 642, "count", "cơ sở", subject="cơ sở sản xuất, kinh doanh sản phẩm từ dừa"),
    F("khoảng 180 cơ sở", "180", 180, "count", "cơ sở", approx="about", total=642,
      subject="cơ sở chuyên chế biến gáo dừa"),
    F("trên 4.500 lao động", "4.500", 4500, "count", "lao động", approx="over",
      subject="lao động các cơ sở thu hút"),
    F("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=7e6,
      subject="thu nhập bình quân của lao động"),
    F("gần 120 triệu", "120", 120e6, "count", "gáo dừa", approx="nearly",
      subject="gáo dừa ngành này đã tiêu thụ", period=Y23),
    F("động 300-500", "300", 300, "money", "đồng/gáo", value_max=500, subject="giá gáo dừa khô"),
    F("với 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở sản xuất, kinh doanh sản phẩm từ dừa",
      location=MCB),
    F("150.000 chiếc muỗng", "150.000", 150000, "count", "chiếc muỗng",
      subject="muỗng Hợp tác xã Dừa Xanh xuất đi mỗi tháng", location=MCB),
    F("khoảng 40.000 bát", "40.000", 40000, "count", "bát", approx="about",
      subject="bát gáo dừa Hợp tác xã Dừa Xanh xuất đi mỗi tháng", location=MCB),
    F("từ 45.000 đến 60.000", "45.000", 45000, "money", "đồng", value_max=60000,
      change=chg("increase", 3, "lần", "năm 2018"), subject="giá bán một bộ bát kèm muỗng", location=MCB),
    F("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được hỗ trợ tham gia hội chợ", period=Q4),
    F("trên 53 triệu", "53", 53e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ dừa", period=Y24),
]

NOTES = [
    "Province portal (Bến Tre): breadcrumb, 'Cập nhật: 15/10/2024 10:25 | Lượt xem: 1.386' (published), related links.",
    "Headline '9 tháng xuất khẩu hơn 38 triệu USD': a figure (over), period 9 tháng 2024 (year of published), status actual (no cue in the headline).",
    "'bằng 72,8% kế hoạch năm' → percent attribute; 'Trong đó ... 21,3 triệu USD, chiếm 55,2%' after a sentence break → total 38,6 triệu, percent 55,2, status estimate of the whole.",
    "'mỗi tháng' amounts stay counts with 'mỗi tháng' in the subject (shared-gold habit); slash rates keep the denominator in the unit.",
    "'giá bán một bộ ... 45.000 đến 60.000 đồng': 'một bộ' is the price's denominator, not a figure; 'gấp ba lần so với năm 2018' → change 3 lần.",
    "HTX passage in huyện Mỏ Cày Bắc → location Mỏ Cày Bắc. Fairs 'tại TP Hồ Chí Minh và Hà Nội' do not move the Bến Tre target.",
    "Distractors: 15/10/2024 10:25, Lượt xem: 1.386, 'Ông Lê Văn Tám' (name), 'lần thứ 3', 'Quyết định số 1048/QĐ-UBND', baseline years 2018/2023.",
]

if __name__ == "__main__":
    write("p1527-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bến Tre")
