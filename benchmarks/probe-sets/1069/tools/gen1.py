"""p1069-1: Thanh Hóa province portal, 9 months 2024, medical waste collected and treated, cluster model."""
from lib import fig, write, P, inh, CH, TG

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Y tế - Môi trường
Thanh Hóa xử lý gần 1.900 tấn chất thải y tế nguy hại trong 9 tháng
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Y tế, 9 tháng đầu năm 2024, các cơ sở y tế trên địa bàn tỉnh đã thu gom, xử lý gần 1.900 tấn chất thải y tế nguy hại, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, chất thải lây nhiễm khoảng 1.620 tấn, chiếm 85,3%; chất thải nguy hại không lây nhiễm 278 tấn.

Hiện toàn tỉnh có 612 cơ sở y tế phát sinh chất thải y tế nguy hại, gồm 38 bệnh viện, 27 trung tâm y tế tuyến huyện và 547 trạm y tế xã. Thực hiện Thông tư số 20/2021/TT-BYT của Bộ Y tế, tỉnh duy trì mô hình xử lý theo cụm với 6 cụm xử lý đặt tại các bệnh viện đa khoa, tổng công suất 4.200 kg/ngày, tiếp nhận chất thải của 214 cơ sở lân cận. Bình quân mỗi ngày toàn tỉnh phát sinh khoảng 6,1 tấn chất thải lây nhiễm; riêng Bệnh viện Đa khoa tỉnh trên 1.150 kg/ngày.

Chi phí xử lý tại các cụm dao động từ 9.000 đến 12.000 đồng/kg; ngân sách tỉnh hỗ trợ 100% chi phí vận chuyển cho các trạm y tế xã theo Kế hoạch số 176/KH-UBND. Tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn 9 tháng ước đạt 98,5%, vượt chỉ tiêu đề ra là 95%.

Tuy nhiên, 11 lò đốt một buồng tại các trung tâm y tế huyện đã xuống cấp, trong đó 4 lò đã phải dừng hoạt động. Từ quý II/2024, chất thải của các đơn vị này được chuyển về cụm gần nhất. Mục tiêu đến năm 2025, 100% chất thải y tế nguy hại được thu gom, xử lý đạt quy chuẩn. Sở Y tế dự kiến đầu tư thêm 2 hệ thống hấp vi sóng, mỗi hệ thống công suất 300 kg/ngày, tổng kinh phí khoảng 18,5 tỷ đồng.
"""

Y9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    fig("gần 1.900 tấn chất thải y tế nguy hại trong", "1.900", "measure", "tấn", "chất thải y tế nguy hại được xử lý",
        P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    fig("xử lý gần 1.900 tấn chất thải y tế nguy hại, tăng", "1.900", "measure", "tấn",
        "chất thải y tế nguy hại được thu gom, xử lý", Y9, approx="nearly",
        change=CH("increase", 6.8, "%", "cùng kỳ năm 2023")),
    fig("khoảng 1.620 tấn", "1.620", "measure", "tấn", "chất thải lây nhiễm", inh(Y9), approx="about",
        total=1900, percent=85.3),
    fig("không lây nhiễm 278 tấn", "278", "measure", "tấn", "chất thải nguy hại không lây nhiễm", inh(Y9), total=1900),
    fig("có 612 cơ sở y tế", "612", "count", "cơ sở y tế", "cơ sở y tế phát sinh chất thải y tế nguy hại"),
    fig("gồm 38 bệnh viện", "38", "count", "bệnh viện", "bệnh viện", total=612),
    fig("27 trung tâm y tế", "27", "count", "trung tâm y tế", "trung tâm y tế tuyến huyện", total=612),
    fig("547 trạm y tế xã", "547", "count", "trạm y tế", "trạm y tế xã", total=612),
    fig("với 6 cụm xử lý", "6", "count", "cụm xử lý", "cụm xử lý chất thải y tế"),
    fig("công suất 4.200 kg/ngày", "4.200", "measure", "kg/ngày", "tổng công suất các cụm xử lý"),
    fig("của 214 cơ sở lân cận", "214", "count", "cơ sở", "cơ sở lân cận gửi chất thải về cụm xử lý"),
    fig("khoảng 6,1 tấn chất thải lây nhiễm", "6,1", "measure", "tấn/ngày", "chất thải lây nhiễm phát sinh bình quân mỗi ngày",
        approx="about"),
    fig("trên 1.150 kg/ngày", "1.150", "measure", "kg/ngày", "chất thải lây nhiễm phát sinh của Bệnh viện Đa khoa tỉnh",
        approx="over"),
    fig("từ 9.000 đến 12.000 đồng/kg", "9.000", "money", "đồng/kg", "chi phí xử lý tại các cụm", value_max=12000),
    fig("hỗ trợ 100% chi phí", "100", "percent", "%", "ngân sách tỉnh hỗ trợ chi phí vận chuyển cho các trạm y tế xã"),
    fig("ước đạt 98,5%", "98,5", "percent", "%", "tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn",
        P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", target=TG(95, "%", True)),
    fig("11 lò đốt một buồng", "11", "count", "lò đốt", "lò đốt một buồng xuống cấp tại các trung tâm y tế huyện"),
    fig("trong đó 4 lò", "4", "count", "lò", "lò đốt phải dừng hoạt động", total=11),
    fig("2025, 100% chất thải", "100", "percent", "%", "chất thải y tế nguy hại được thu gom, xử lý đạt quy chuẩn",
        P("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("thêm 2 hệ thống hấp vi sóng", "2", "count", "hệ thống hấp vi sóng", "hệ thống hấp vi sóng đầu tư thêm",
        status="forecast"),
    fig("công suất 300 kg/ngày", "300", "measure", "kg/ngày", "công suất mỗi hệ thống hấp vi sóng", status="forecast"),
    fig("khoảng 18,5 tỷ đồng", "18,5", "money", "đồng", "tổng kinh phí đầu tư hệ thống hấp vi sóng", mult=1e9,
        approx="about", status="forecast"),
]
NOTES = [
    "Thanh Hóa province portal: medical waste collected and treated, 9 months 2024 (invented).",
    "Not figures: Lượt xem 2.316, Thông tư số 20/2021/TT-BYT, Kế hoạch số 176/KH-UBND, quý II/2024 (in a sentence without figures), times and dates.",
    "Headline '9 tháng' takes 2024 (published). 'vượt chỉ tiêu đề ra là 95%' is the target of 98,5% (met).",
    "'Hiện' sentences get no period.",
]
write("p1069-1", TEXT, FIGS, NOTES, published="2024-10-14", location="Thanh Hóa")
