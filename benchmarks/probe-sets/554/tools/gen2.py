"""p554-2: huyện Yên Phong (Bắc Ninh) district portal: KCN investment 2023, land, workers, 2024 plan."""
from lib import *

TEXT = """UBND HUYỆN YÊN PHONG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Kinh tế / Công nghiệp

Các KCN trên địa bàn huyện thu hút hơn 1,2 tỷ USD vốn đầu tư trong năm 2023

Thứ Năm, 14/03/2024 - 15:30

Năm 2023, các KCN trên địa bàn huyện Yên Phong thu hút 27 dự án FDI cấp mới và 41 lượt dự án điều chỉnh vốn, với tổng vốn đăng ký mới và tăng thêm hơn 1,2 tỷ USD, tăng 18,6% so với năm 2022. Trong đó, vốn cấp mới đạt 486,2 triệu USD, vốn điều chỉnh đạt 725,4 triệu USD.

Hiện huyện có 3 KCN đi vào hoạt động là Yên Phong, Yên Phong II-C và Yên Phong mở rộng với tổng diện tích đất công nghiệp 1.162 ha, trong đó đã cho thuê 958,4 ha, tỷ lệ lấp đầy đạt 82,5%. Riêng KCN Yên Phong (giai đoạn 1) đã lấp đầy 100%.

Tổng số lao động đang làm việc tại các KCN trên địa bàn là 78.350 người, trong đó lao động người địa phương khoảng 21.400 người, lao động nước ngoài 1.285 người (chủ yếu là chuyên gia Hàn Quốc). Thu nhập bình quân của người lao động đạt 9,8 triệu đồng/người/tháng, tăng 5,4% so với năm 2022. Năm 2023, kim ngạch xuất khẩu của các doanh nghiệp trong KCN đạt 29,6 tỷ USD, chiếm khoảng 53% tổng kim ngạch xuất khẩu toàn tỉnh.

Trong 2 tháng đầu năm 2024, các KCN đã thu hút thêm 4 dự án mới với vốn đăng ký 57,3 triệu USD. Năm 2024, huyện đề ra mục tiêu thu hút từ 800 triệu đến 1 tỷ USD vốn FDI vào các KCN. Huyện cũng đang phối hợp giải phóng mặt bằng KCN Yên Phong II-A có diện tích 313 ha, đến nay đã bàn giao 196,5 ha cho chủ đầu tư; dự án nằm giáp Quốc lộ 18 và đường tỉnh 295.

Nguyễn Hương - Phòng Kinh tế và Hạ tầng
Địa chỉ: Số 1 đường Lý Thường Kiệt, thị trấn Chờ, huyện Yên Phong. Hotline: 0222.3860.248
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("Trong 2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2024-03-14")

FIGS = [
    F("hơn 1,2 tỷ USD vốn đầu tư", "1,2", 1.2e9, "money", "USD", "vốn đầu tư các KCN thu hút", Y23h, approx="over"),
    F("thu hút 27 dự án", "27", 27, "count", "dự án", "dự án FDI cấp mới", Y23),
    F("và 41 lượt dự án", "41", 41, "count", "lượt dự án", "lượt dự án điều chỉnh vốn", Y23),
    F("tăng thêm hơn 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", "tổng vốn đăng ký mới và tăng thêm", Y23,
      approx="over", change=CH("increase", 18.6, baseline="năm 2022")),
    F("đạt 486,2 triệu USD", "486,2", 486.2e6, "money", "USD", "vốn cấp mới", I(Y23), total=1.2e9),
    F("đạt 725,4 triệu USD", "725,4", 725.4e6, "money", "USD", "vốn điều chỉnh", I(Y23), total=1.2e9),
    F("có 3 KCN", "3", 3, "count", "KCN", "KCN đi vào hoạt động"),
    F("công nghiệp 1.162 ha", "1.162", 1162, "measure", "ha", "tổng diện tích đất công nghiệp"),
    F("cho thuê 958,4 ha", "958,4", 958.4, "measure", "ha", "diện tích đất công nghiệp đã cho thuê", total=1162,
      percent=82.5),
    F("lấp đầy 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy KCN Yên Phong (giai đoạn 1)"),
    F("là 78.350 người", "78.350", 78350, "count", "người", "lao động đang làm việc tại các KCN"),
    F("khoảng 21.400 người", "21.400", 21400, "count", "người", "lao động người địa phương", approx="about", total=78350),
    F("ngoài 1.285 người", "1.285", 1285, "count", "người", "lao động nước ngoài", total=78350),
    F("đạt 9,8 triệu đồng", "9,8", 9.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động",
      change=CH("increase", 5.4, baseline="năm 2022")),
    F("đạt 29,6 tỷ USD", "29,6", 29.6e9, "money", "USD", "kim ngạch xuất khẩu của các doanh nghiệp trong KCN", Y23,
      percent=53),
    F("thêm 4 dự án", "4", 4, "count", "dự án", "dự án mới các KCN thu hút thêm", M2),
    F("đăng ký 57,3 triệu USD", "57,3", 57.3e6, "money", "USD", "vốn đăng ký dự án mới", M2),
    F("từ 800 triệu đến 1 tỷ USD", "800", 800e6, "money", "USD", "vốn FDI thu hút vào các KCN", Y24,
      value_max=1e9, status="target"),
    F("diện tích 313 ha", "313", 313, "measure", "ha", "diện tích KCN Yên Phong II-A"),
    F("bàn giao 196,5 ha", "196,5", 196.5, "measure", "ha", "diện tích KCN Yên Phong II-A đã bàn giao cho chủ đầu tư", NOW),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Phong (Bắc Ninh): KCN thu hút đầu tư năm 2023, đất công nghiệp, lao động, xuất khẩu, 2 tháng đầu năm 2024, mục tiêu 2024.",
    "District portal: every figure is the district's (Yên Phong), also the export share of the province's total.",
    "'Trong đó' after a sentence break: the two capital parts get the whole 'hơn 1,2 tỷ USD' (1,2e9 as written).",
    "'trong đó đã cho thuê 958,4 ha' is a part of the 1.162 ha; '196,5 ha' handed over has no cue: no total.",
    "revised after the first run: 'tỷ lệ lấp đầy đạt 82,5%' right after '958,4 ha' is that figure's share (958,4/1.162 = 82,5%;",
    "FIGURES.md: the share after 'đạt' is an attribute, as in h12 '904.225 hồ sơ, đạt tỷ lệ 99,99%'): percent 82.5 on 958,4 ha, no figure of its own.",
    "'Hiện'/'đang' sentences and the income sentence (only a baseline year) carry no period. 'đến nay' ends at the dateline.",
    "Range 'từ 800 triệu đến 1 tỷ USD' mixes multipliers. 2 tháng đầu năm 2024 ends 2024-02-29.",
    "Distractors: KCN Yên Phong II-C / II-A, giai đoạn 1, Quốc lộ 18, đường tỉnh 295, Số 1 đường Lý Thường Kiệt, 0222.3860.248, dateline.",
]

emit("p554-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Yên Phong")
