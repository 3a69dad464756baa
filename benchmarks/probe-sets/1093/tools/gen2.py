"""p1093-2: commune portal (xã An Ngãi, huyện Long Điền, Bà Rịa - Vũng Tàu), an asparagus cooperative's Q1/2024."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN NGÃI - HUYỆN LONG ĐIỀN
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

Hợp tác xã măng tây An Ngãi thu hoạch 52 tấn trong quý I
Thứ Ba, 16/04/2024 - 14:10

Quý I/2024, Hợp tác xã Nông nghiệp măng tây An Ngãi thu hoạch 52 tấn măng tây xanh, đạt 27% kế hoạch năm và tăng 9 tấn so với cùng kỳ năm 2023. Toàn bộ sản phẩm được tiêu thụ qua hợp đồng với 3 siêu thị và 2 công ty chế biến tại TP. Hồ Chí Minh, giá thu mua ổn định ở mức 55.000 đồng/kg.

Hợp tác xã hiện có 34 thành viên, canh tác 18,5 ha măng tây dọc Tỉnh lộ 44A, trong đó 12 ha đạt chứng nhận VietGAP và 6,5 ha đang chuyển đổi sang canh tác hữu cơ. Năng suất bình quân khoảng 10-12 tấn/ha/năm; sau khi trừ chi phí, thu nhập bình quân của thành viên từ 9 đến 12 triệu đồng/người/tháng. Toàn xã hiện có 41 ha măng tây với 96 hộ trồng, chủ yếu ở các ấp An Hòa và An Bình.

Thực hiện chính sách khuyến khích liên kết theo Nghị định số 98/2018/NĐ-CP, năm 2023 UBND huyện đã hỗ trợ hợp tác xã 150 triệu đồng xây dựng nhà sơ chế, đóng gói. Năm 2023, hợp tác xã đạt doanh thu gần 4,8 tỷ đồng, lợi nhuận 1,3 tỷ đồng.

Theo ông Lê Văn Bảy, Giám đốc hợp tác xã, năm 2024 đơn vị phấn đấu đạt sản lượng 190 tấn, doanh thu trên 5,5 tỷ đồng và mở rộng thêm 4 ha tại ấp An Hòa. Dự kiến trong quý II, hợp tác xã sẽ kết nạp thêm 6 thành viên mới.

Thanh Tâm - Đài Truyền thanh xã An Ngãi
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("thu hoạch 52 tấn trong quý I", "52", 52, "measure", "tấn", "măng tây Hợp tác xã An Ngãi thu hoạch",
      P("quý I", "2024-01-01", "2024-03-31")),
    F("thu hoạch 52 tấn măng tây xanh", "52", 52, "measure", "tấn", "măng tây xanh hợp tác xã thu hoạch", Q1,
      percent=27, change=C("increase", 9, "tấn", "cùng kỳ năm 2023")),
    F("với 3 siêu thị", "3", 3, "count", "siêu thị", "siêu thị tiêu thụ sản phẩm qua hợp đồng", I(Q1)),
    F("2 công ty chế biến", "2", 2, "count", "công ty chế biến", "công ty chế biến tiêu thụ sản phẩm qua hợp đồng",
      I(Q1)),
    F("mức 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá thu mua măng tây", I(Q1)),
    F("có 34 thành viên", "34", 34, "count", "thành viên", "thành viên hợp tác xã"),
    F("canh tác 18,5 ha", "18,5", 18.5, "measure", "ha", "diện tích măng tây hợp tác xã canh tác"),
    F("trong đó 12 ha", "12", 12, "measure", "ha", "diện tích đạt chứng nhận VietGAP", total=18.5),
    F("và 6,5 ha", "6,5", 6.5, "measure", "ha", "diện tích đang chuyển đổi sang canh tác hữu cơ", total=18.5),
    F("khoảng 10-12 tấn/ha/năm", "10", 10, "measure", "tấn/ha/năm", "năng suất bình quân", value_max=12,
      approx="about"),
    F("từ 9 đến 12 triệu", "9", 9e6, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên",
      value_max=12e6),
    F("có 41 ha măng tây", "41", 41, "measure", "ha", "diện tích măng tây toàn xã"),
    F("với 96 hộ trồng", "96", 96, "count", "hộ", "hộ trồng măng tây"),
    F("hợp tác xã 150 triệu đồng", "150", 150e6, "money", "đồng", "hỗ trợ xây dựng nhà sơ chế, đóng gói", Y23),
    F("gần 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "doanh thu hợp tác xã",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("lợi nhuận 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "lợi nhuận hợp tác xã",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("sản lượng 190 tấn", "190", 190, "measure", "tấn", "sản lượng", Y24, status="target"),
    F("trên 5,5 tỷ đồng", "5,5", 5.5e9, "money", "đồng", "doanh thu", Y24, approx="over", status="target"),
    F("thêm 4 ha", "4", 4, "measure", "ha", "diện tích mở rộng", Y24, status="target"),
    F("thêm 6 thành viên", "6", 6, "count", "thành viên", "thành viên mới kết nạp", Q2, status="forecast"),
]

NOTES = [
    "Commune portal (xã An Ngãi, huyện Long Điền, Bà Rịa - Vũng Tàu): Q1/2024 harvest of an asparagus cooperative, area, income, support, 2024 targets.",
    "Location is the district Long Điền (the commune lies in it). Year-less headline 'quý I' takes the dateline's year 2024.",
    "'đạt 27% kế hoạch năm' is the share of 52 tấn. 'hiện' gives no period.",
    "'quý II' (no year) takes 2024 from 'năm 2024' earlier in the paragraph.",
    "Distractors: Tỉnh lộ 44A, Nghị định số 98/2018/NĐ-CP, Lê Văn Bảy, Thứ Ba, 14:10.",
]

write("p1093-2", TEXT, NOTES, FIGS, published="2024-04-16", location="Long Điền")
