"""p829-1: province portal (Bà Rịa - Vũng Tàu), float glass output, 9 months 2024."""
from lib import C, F, I, P, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản xuất kính nổi 9 tháng tăng trưởng khá
Cập nhật: 08/10/2024 15:42 | Lượt xem: 2.316

(Cổng TTĐT) - Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng kính nổi của các doanh nghiệp trên địa bàn tỉnh ước đạt 38,6 triệu m2 quy chuẩn, tăng 11,4% so với cùng kỳ và đạt 76,2% kế hoạch năm. Trong đó, kính tiết kiệm năng lượng (kính Low-E, kính phản quang) ước đạt 9,3 triệu m2, chiếm 24,1% tổng sản lượng.

Hiện toàn tỉnh có 3 dây chuyền kính nổi đang hoạt động tại thị xã Phú Mỹ với tổng công suất thiết kế 2.100 tấn/ngày. Dây chuyền lớn nhất có công suất 900 tấn/ngày, đặt tại Khu công nghiệp Phú Mỹ 2, sát Quốc lộ 51.

Giá trị xuất khẩu kính 9 tháng ước đạt 126,8 triệu USD, tăng 18,7% so với cùng kỳ; thị trường chính là Úc, Hàn Quốc và Philippines. Giá bán kính nổi trắng loại 5 ly tại nhà máy dao động từ 68.000 đến 75.000 đồng/m2, giảm khoảng 6% so với đầu năm do nguồn cung trong nước dư thừa.

Các doanh nghiệp ngành kính đang sử dụng 2.450 lao động, thu nhập bình quân 11,8 triệu đồng/người/tháng. Trong 9 tháng, các doanh nghiệp nộp ngân sách nhà nước 214 tỷ đồng.

Ông Nguyễn Văn Thắng, Phó Giám đốc Sở Công Thương cho biết, năm 2024 tỉnh phấn đấu sản lượng kính nổi đạt 50,7 triệu m2 quy chuẩn, giá trị xuất khẩu đạt 170 triệu USD. Theo Kế hoạch số 156/KH-UBND ngày 14/6/2023, đến năm 2030 tỷ lệ thủy tinh tái chế đưa vào phối liệu nấu kính phấn đấu đạt 30%, góp phần giảm phát thải khí nhà kính.

Tin, ảnh: Minh Châu
"""

Y9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("ước đạt 38,6 triệu m2", "38,6", 38.6e6, "measure", "m2", "sản lượng kính nổi", Y9,
      change=C("increase", 11.4, baseline="cùng kỳ"), percent=76.2, status="estimate"),
    F("ước đạt 9,3 triệu m2", "9,3", 9.3e6, "measure", "m2", "kính tiết kiệm năng lượng", I(Y9),
      total=38.6e6, percent=24.1, status="estimate"),
    F("có 3 dây chuyền", "3", 3, "count", "dây chuyền", "dây chuyền kính nổi đang hoạt động"),
    F("thiết kế 2.100 tấn/ngày", "2.100", 2100, "measure", "tấn/ngày", "tổng công suất thiết kế dây chuyền kính nổi"),
    F("công suất 900 tấn/ngày", "900", 900, "measure", "tấn/ngày", "công suất dây chuyền lớn nhất"),
    F("ước đạt 126,8 triệu USD", "126,8", 126.8e6, "money", "USD", "giá trị xuất khẩu kính", N9,
      change=C("increase", 18.7, baseline="cùng kỳ"), status="estimate"),
    F("loại 5 ly", "5", 5, "measure", "ly", "độ dày kính nổi trắng", optional=True),
    F("từ 68.000 đến 75.000 đồng/m2", "68.000", 68000, "money", "đồng/m2", "giá bán kính nổi trắng tại nhà máy",
      value_max=75000, change=C("decrease", 6, baseline="đầu năm", approx="about")),
    F("sử dụng 2.450 lao động", "2.450", 2450, "count", "lao động", "lao động các doanh nghiệp ngành kính"),
    F("11,8 triệu đồng/người/tháng", "11,8", 11.8e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành kính"),
    F("nước 214 tỷ đồng", "214", 214e9, "money", "đồng", "nộp ngân sách nhà nước của doanh nghiệp ngành kính",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 50,7 triệu m2", "50,7", 50.7e6, "measure", "m2", "sản lượng kính nổi", Y, status="target"),
    F("đạt 170 triệu USD", "170", 170e6, "money", "USD", "giá trị xuất khẩu", Y, status="target"),
    F("phấn đấu đạt 30%", "30", 30, "percent", "%", "tỷ lệ thủy tinh tái chế đưa vào phối liệu nấu kính", T30,
      status="target"),
]

write("p829-1", TEXT, FIGS, published="2024-10-08", location="Bà Rịa - Vũng Tàu", comments=[
    "Province portal (Bà Rịa - Vũng Tàu): float glass output, exports, prices, labour, 9 months of 2024 and 2024/2030 targets.",
    "Distractors: Lượt xem 2.316, Khu công nghiệp Phú Mỹ 2, Quốc lộ 51, Kế hoạch số 156/KH-UBND ngày 14/6/2023, the dateline.",
    "'đạt 76,2% kế hoạch năm' is the share (percent) of 38,6 triệu m2; 'chiếm 24,1% tổng sản lượng' the share of 9,3 triệu (part of 38,6 triệu after 'Trong đó').",
    "'5 ly' is the thickness naming the product class: optional. 'giảm khoảng 6% so với đầu năm' is the change of the price range.",
    "'3 dây chuyền ... tại thị xã Phú Mỹ': counted for the province ('toàn tỉnh'), location Bà Rịa - Vũng Tàu.",
])
