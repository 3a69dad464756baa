"""p593-5: Party newspaper (Báo Đà Nẵng) — sông Phú Lộc dredging, regulating lakes WQI, fish deaths at hồ Bàu Trảng; byline + date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Cải thiện chất lượng nước hồ điều hòa, sông nội thành

Sau hơn 2 năm triển khai, dự án cải thiện môi trường nước lưu vực sông Phú Lộc đã hoàn thành nạo vét 3,4 km lòng sông với khối lượng 128.600 m³ bùn, xây dựng 5,7 km kè hai bên bờ. Tổng vốn đầu tư của dự án là 432 tỷ đồng, trong đó vốn vay ODA chiếm 68%.

Theo Sở Tài nguyên và Môi trường TP. Đà Nẵng, trong 22 hồ điều hòa được quan trắc tháng 4/2024, có 15 hồ có WQI từ 51 điểm trở lên, tăng 4 hồ so với cùng kỳ; các hồ Thạc Gián - Vĩnh Trung, Bàu Trảng và hồ Công viên 29/3 vẫn ô nhiễm hữu cơ, WQI lần lượt là 38, 42 và 45 điểm.

Đáng chú ý, ngày 16/5, tại hồ Bàu Trảng (quận Thanh Khê) xảy ra hiện tượng cá chết, lực lượng chức năng đã thu gom gần 3,5 tấn cá; mẫu nước tại hồ có hàm lượng DO chỉ 0,9 mg/l, COD vượt quy chuẩn từ 1,8 đến 2,6 lần. Theo ông Lê Văn Thọ, Phó Giám đốc Sở, toàn thành phố hiện còn 34 cửa xả nước thải chưa được tách khỏi các hồ điều hòa.

Năm 2024, thành phố bố trí 95 tỷ đồng để nạo vét 6 hồ điều hòa với tổng khối lượng dự kiến khoảng 210.000 m³. Phấn đấu đến năm 2025, tỷ lệ nước thải đô thị được thu gom, xử lý đạt 80% và 100% hồ điều hòa không còn tiếp nhận nước thải chưa qua xử lý.

Để giữ nước hồ sạch lâu dài, cần tách triệt để nước thải ra khỏi hồ và tăng cường kiểm tra các hộ dân, cơ sở kinh doanh ven hồ. Người dân phát hiện hành vi xả thải có thể phản ánh qua ứng dụng Danang Smart City hoặc tổng đài 1022.

HOÀNG HIỆP
07/06/2024
"""

A4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("vét 3,4 km", "3,4", 3.4, "measure", "km", subject="lòng sông Phú Lộc được nạo vét"),
    F("lượng 128.600 m³", "128.600", 128600, "measure", "m³", subject="khối lượng bùn nạo vét"),
    F("dựng 5,7 km kè", "5,7", 5.7, "measure", "km", subject="kè hai bên bờ xây dựng"),
    F("là 432 tỷ đồng", "432", 432e9, "money", "đồng", subject="tổng vốn đầu tư của dự án"),
    F("chiếm 68%", "68", 68, "percent", "%", subject="vốn vay ODA trong tổng vốn đầu tư của dự án"),
    F("trong 22 hồ", "22", 22, "count", "hồ điều hòa", subject="hồ điều hòa được quan trắc", period=A4),
    F("có 15 hồ", "15", 15, "count", "hồ", total=22, change=CH("increase", 4, "hồ", "cùng kỳ"),
      subject="hồ có WQI từ 51 điểm trở lên", period=A4),
    F("từ 51 điểm trở lên", "51", 51, "measure", "điểm", approx="at_least", optional=True),
    F("lần lượt là 38", "38", 38, "measure", "điểm", subject="WQI hồ Thạc Gián - Vĩnh Trung", period=A4),
    F("38, 42", "42", 42, "measure", "điểm", subject="WQI hồ Bàu Trảng", period=A4),
    F("42 và 45 điểm", "45", 45, "measure", "điểm", subject="WQI hồ Công viên 29/3", period=A4),
    F("gần 3,5 tấn", "3,5", 3.5, "measure", "tấn", approx="nearly",
      subject="cá chết được thu gom tại hồ Bàu Trảng", location="Thanh Khê"),
    F("chỉ 0,9 mg/l", "0,9", 0.9, "measure", "mg/l", subject="hàm lượng DO trong mẫu nước tại hồ Bàu Trảng",
      location="Thanh Khê"),
    F("từ 1,8 đến 2,6 lần", "1,8", 1.8, "multiple", "lần", value_max=2.6,
      subject="COD vượt quy chuẩn", location="Thanh Khê"),
    F("còn 34 cửa xả", "34", 34, "count", "cửa xả", subject="cửa xả nước thải chưa được tách khỏi các hồ điều hòa"),
    F("bố trí 95 tỷ đồng", "95", 95e9, "money", "đồng", subject="kinh phí nạo vét hồ điều hòa", period=Y24),
    F("vét 6 hồ", "6", 6, "count", "hồ điều hòa", subject="hồ điều hòa được nạo vét", period=Y24),
    F("khoảng 210.000 m³", "210.000", 210000, "measure", "m³", approx="about", status="forecast",
      subject="tổng khối lượng nạo vét", period=Y24),
    F("đạt 80%", "80", 80, "percent", "%", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=T25),
    F("và 100% hồ", "100", 100, "percent", "%", status="target",
      subject="hồ điều hòa không còn tiếp nhận nước thải chưa qua xử lý", period=T25),
]

COMMENTS = [
    "Báo Đà Nẵng (Party newspaper), byline and bare date at the end: sông Phú Lộc, hồ điều hòa WQI tháng 4/2024, cá chết hồ Bàu Trảng.",
    "Distractors: 'hơn 2 năm triển khai' (duration), 'hồ Công viên 29/3' (name), 'ngày 16/5', 'Danang Smart City', 'tổng đài 1022'.",
    "'trong đó vốn vay ODA chiếm 68%' is a share of a part, not of 432 tỷ: a percent figure of its own.",
    "'trong 22 hồ …, có 15 hồ' -> total 22 (cue 'Trong N …, có M'); 'tăng 4 hồ so với cùng kỳ' its change; 'từ 51 điểm trở lên' is a class threshold (optional).",
    "Lake names stay in the subject. The fish-death sentence names 'quận Thanh Khê': its three figures take location Thanh Khê.",
    "'bố trí 95 tỷ đồng để nạo vét 6 hồ' is actual (allocated); 'khối lượng dự kiến khoảng 210.000 m³' -> forecast.",
]

if __name__ == "__main__":
    emit("p593-5", TEXT, COMMENTS, FIGS, published="2024-06-07", location="Đà Nẵng")
