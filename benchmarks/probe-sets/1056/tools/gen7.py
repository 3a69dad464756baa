"""p1056-7: department site (Chi cục ATVSTP Bình Dương), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH BÌNH DƯƠNG
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả giám sát thức ăn đường phố năm 2023

Năm 2023, Chi cục An toàn vệ sinh thực phẩm tỉnh đã kiểm tra 2.146 lượt cơ sở kinh doanh thức ăn đường phố tại TP Thủ Dầu Một, TP Thuận An và TP Dĩ An. Tỷ lệ cơ sở đạt yêu cầu về điều kiện an toàn thực phẩm là 91,2%, tăng 3,5 điểm phần trăm so với năm 2022.

Cùng với kiểm tra, Chi cục lấy 3.145 mẫu để xét nghiệm nhanh tại chỗ, kết quả như sau:

Đơn vị tính: mẫu
Chỉ tiêu
Số mẫu xét nghiệm
Số mẫu đạt
Số mẫu không đạt
Hàn the
1.240
1.213
27
Formol
860
851
9
Phẩm màu kiềm
615
598
17
Dầu mỡ ôi khét
430
402
28
Tổng cộng
3.145
3.064
81

Tỷ lệ mẫu không đạt chung là 2,6%, trong đó nhóm dầu mỡ ôi khét có tỷ lệ cao nhất với 6,5%. Các mẫu không đạt chủ yếu lấy quanh khu công nghiệp VSIP và Sóng Thần 2, nơi có khoảng 1.300 xe đẩy, gánh hàng phục vụ hơn 400.000 công nhân.

Năm 2024, Chi cục phấn đấu kiểm tra 2.500 lượt cơ sở và xét nghiệm nhanh khoảng 3.500 mẫu; kinh phí dự kiến khoảng 1,2 tỷ đồng.

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 6, Tháp B, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.615 - Email: ccattp@binhduong.gov.vn
Lượt truy cập: 385.902
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
YI = I(Y)
T24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, subject):
    return F(anchor, number, value, "count", "mẫu", subject, period=YI)


FIGS = [
    F("kiểm tra 2.146 lượt cơ sở", "2.146", 2146, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh thức ăn đường phố được kiểm tra", period=Y),
    F("là 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ cơ sở đạt yêu cầu về điều kiện an toàn thực phẩm",
      change=C("increase", 3.5, "điểm phần trăm", "năm 2022"), period=YI),
    F("lấy 3.145 mẫu", "3.145", 3145, "count", "mẫu", "mẫu xét nghiệm nhanh tại chỗ", period=YI),
    cell("Hàn the\n1.240", "1.240", 1240, "số mẫu xét nghiệm hàn the"),
    cell("1.240\n1.213", "1.213", 1213, "số mẫu đạt hàn the"),
    cell("1.213\n27", "27", 27, "số mẫu không đạt hàn the"),
    cell("Formol\n860", "860", 860, "số mẫu xét nghiệm formol"),
    cell("860\n851", "851", 851, "số mẫu đạt formol"),
    cell("851\n9", "9", 9, "số mẫu không đạt formol"),
    cell("Phẩm màu kiềm\n615", "615", 615, "số mẫu xét nghiệm phẩm màu kiềm"),
    cell("615\n598", "598", 598, "số mẫu đạt phẩm màu kiềm"),
    cell("598\n17", "17", 17, "số mẫu không đạt phẩm màu kiềm"),
    cell("Dầu mỡ ôi khét\n430", "430", 430, "số mẫu xét nghiệm dầu mỡ ôi khét"),
    cell("430\n402", "402", 402, "số mẫu đạt dầu mỡ ôi khét"),
    cell("402\n28", "28", 28, "số mẫu không đạt dầu mỡ ôi khét"),
    cell("Tổng cộng\n3.145", "3.145", 3145, "tổng cộng số mẫu xét nghiệm"),
    cell("3.145\n3.064", "3.064", 3064, "tổng cộng số mẫu đạt"),
    cell("3.064\n81", "81", 81, "tổng cộng số mẫu không đạt"),
    F("chung là 2,6%", "2,6", 2.6, "percent", "%", "tỷ lệ mẫu không đạt chung", period=YI),
    F("với 6,5%", "6,5", 6.5, "percent", "%", "tỷ lệ mẫu không đạt nhóm dầu mỡ ôi khét", period=YI),
    F("khoảng 1.300 xe đẩy", "1.300", 1300, "count", "xe đẩy, gánh hàng",
      "xe đẩy, gánh hàng quanh khu công nghiệp", approx="about"),
    F("hơn 400.000 công nhân", "400.000", 400000, "count", "công nhân", "công nhân", approx="over"),
    F("kiểm tra 2.500 lượt cơ sở", "2.500", 2500, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra",
      status="target", period=T24),
    F("khoảng 3.500 mẫu", "3.500", 3500, "count", "mẫu", "mẫu xét nghiệm nhanh", approx="about",
      status="target", period=T24),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí giám sát", approx="about",
      status="forecast", period=T24),
]

NOTES = [
    "Department site (Chi cục ATVSTP Bình Dương): street food surveillance 2023; no dateline (published absent), footer with",
    "address, phone and visit counter. One-cell-per-line table under 'Đơn vị tính: mẫu': subject = column label + row label,",
    "period inherited from 'Năm 2023' in the text above; the Tổng cộng row is its own figure; table cells carry no totals.",
    "'91,2%, tăng 3,5 điểm phần trăm so với năm 2022' -> change in điểm phần trăm. '2,6%, trong đó ... 6,5%': a percent is not",
    "a whole, so 6,5% is a percent figure without total.",
    "'Năm 2024, Chi cục phấn đấu ...' -> target; 'kinh phí dự kiến' -> forecast (its own clause after ';').",
    "Distractors: Sóng Thần 2, Tầng 6, Tháp B, 0274.3822.615 (contains 615 like a table cell), Lượt truy cập: 385.902.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Bình Dương")
