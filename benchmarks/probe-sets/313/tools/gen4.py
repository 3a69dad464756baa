from lib import *

text = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Trang chủ » Tin hoạt động » Chăn nuôi - Thú y

Lâm Đồng: Chăn nuôi bò sữa phát triển theo hướng trang trại, liên kết

Ngày đăng: 28/08/2024 | Lượt xem: 1.046

Theo Chi cục Chăn nuôi, Thú y và Thủy sản, tính đến ngày 31/7/2024, tổng đàn bò sữa của tỉnh đạt 26.800 con, đạt 97,5% kế hoạch năm (27.500 con). Đàn bò sữa phân bố chủ yếu tại các huyện: Đơn Dương 17.120 con, Đức Trọng 7.540 con, Lâm Hà 1.380 con; số còn lại nuôi ở thành phố Đà Lạt và huyện Lạc Dương.

Sản lượng sữa tươi 7 tháng đầu năm ước đạt 78.450 tấn, bằng 57,2% kế hoạch năm, tăng 5,3% so với cùng kỳ. Năng suất sữa bình quân đạt 20-22 kg/con/ngày, riêng các trang trại ứng dụng công nghệ cao đạt trên 28 kg/con/ngày.

Toàn tỉnh hiện có 1.850 hộ chăn nuôi bò sữa và 14 trang trại quy mô lớn; khoảng 85% sản lượng sữa được tiêu thụ qua hợp đồng liên kết với 3 doanh nghiệp thu mua (Vinamilk, Dalatmilk, Long Thành). Giá thu mua bình quân tháng 7/2024 khoảng 14.200 đồng/kg, tăng 4,4% so với tháng 7/2023.

Diện tích trồng cỏ phục vụ chăn nuôi bò sữa là 3.960 ha, trong đó cỏ voi, cỏ VA06 2.740 ha và ngô sinh khối 1.220 ha. Mỗi hecta cỏ voi cho năng suất 250-300 tấn/năm.

Thực hiện Quyết định số 1520/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ và Nghị định số 13/2020/NĐ-CP, tỉnh phấn đấu đến năm 2025 đàn bò sữa đạt 30.000 con, sản lượng sữa 150.000 tấn/năm, tỷ lệ bò sữa nuôi trong trang trại chiếm 35%.

Phòng Chăn nuôi
Địa chỉ: Số 06 Hoàng Văn Thụ, Phường 4, TP. Đà Lạt | ĐT: 0263.3822.064
"""

D31 = P("tính đến ngày 31/7/2024", None, "2024-07-31")
D31i = P("tính đến ngày 31/7/2024", None, "2024-07-31", inherited=True)
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
M7i = P("7 tháng đầu năm", "2024-01-01", "2024-07-31", inherited=True)
T7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("đạt 26.800 con", "26.800", 26800, "count", "con", "tổng đàn bò sữa", percent=97.5,
      target=T(27500, "con"), period=D31),
    F("Đơn Dương 17.120 con", "17.120", 17120, "count", "con", "đàn bò sữa", total=26800, location="Đơn Dương", period=D31i),
    F("Đức Trọng 7.540 con", "7.540", 7540, "count", "con", "đàn bò sữa", total=26800, location="Đức Trọng", period=D31i),
    F("Lâm Hà 1.380 con", "1.380", 1380, "count", "con", "đàn bò sữa", total=26800, location="Lâm Hà", period=D31i),
    F("đạt 78.450 tấn", "78.450", 78450, "measure", "tấn", "sản lượng sữa tươi", percent=57.2,
      change=C("increase", 5.3, "%", "cùng kỳ"), status="estimate", period=M7),
    F("20-22 kg/con/ngày", "20", 20, "measure", "kg/con/ngày", "năng suất sữa bình quân", value_max=22, period=M7i),
    F("trên 28 kg/con/ngày", "28", 28, "measure", "kg/con/ngày", "năng suất sữa các trang trại ứng dụng công nghệ cao",
      approx="over", period=M7i),
    F("có 1.850 hộ", "1.850", 1850, "count", "hộ", "hộ chăn nuôi bò sữa"),
    F("14 trang trại", "14", 14, "count", "trang trại", "trang trại quy mô lớn"),
    F("khoảng 85%", "85", 85, "percent", "%", "sản lượng sữa được tiêu thụ qua hợp đồng liên kết", approx="about"),
    F("3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thu mua"),
    F("khoảng 14.200 đồng/kg", "14.200", 14200, "money", "đồng/kg", "giá thu mua bình quân", approx="about",
      change=C("increase", 4.4, "%", "tháng 7/2023"), period=T7),
    F("là 3.960 ha", "3.960", 3960, "measure", "ha", "diện tích trồng cỏ phục vụ chăn nuôi bò sữa"),
    F("VA06 2.740 ha", "2.740", 2740, "measure", "ha", "cỏ voi, cỏ VA06", total=3960),
    F("1.220 ha", "1.220", 1220, "measure", "ha", "ngô sinh khối", total=3960),
    F("250-300 tấn/năm", "250", 250, "measure", "tấn/năm", "năng suất cỏ voi mỗi hecta", value_max=300),
    F("đạt 30.000 con", "30.000", 30000, "count", "con", "đàn bò sữa", status="target", period=Y25),
    F("150.000 tấn/năm", "150.000", 150000, "measure", "tấn/năm", "sản lượng sữa", status="target", period=Y25),
    F("chiếm 35%", "35", 35, "percent", "%", "tỷ lệ bò sữa nuôi trong trang trại", status="target", period=Y25),
]

build("p313-4", [
    "Sở NN&PTNT Lâm Đồng (department site): dairy herd vs plan, district list, 7-month milk output, yields, households, farms, contracts, price,",
    "grass area breakdown, 2025 targets. 'Ngày đăng: 28/08/2024 | Lượt xem: 1.046'. Distractors: Quyết định số 1520/QĐ-TTg ngày 06/10/2020,",
    "Nghị định số 13/2020/NĐ-CP, 'cỏ VA06', address 'Số 06 Hoàng Văn Thụ, Phường 4', phone 0263.3822.064, view counter.",
    "'đạt 97,5% kế hoạch năm (27.500 con)' → percent 97,5 and target 27.500 on the herd. The district list after 'các huyện:' in the next",
    "sentence is a part-of breakdown of the 26.800 herd (':' after a sentence break): total 26800, location = district.",
    "'7 tháng đầu năm' takes 2024 from 31/7/2024. 'trong đó cỏ voi … 2.740 ha và ngô sinh khối 1.220 ha' add up to 3.960 (total).",
], text, figs, location="Lâm Đồng", published="2024-08-28")
