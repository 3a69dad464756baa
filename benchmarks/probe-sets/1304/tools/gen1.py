"""p1304-1: province portal (Tiền Giang): soursop output 9 months 2024, Tân Phú Đông district, a cooperative."""
from lib import F, P, I, C, T, year, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Tân Phú Đông: 9 tháng thu hoạch gần 9.000 tấn mãng cầu xiêm

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.986

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Tiền Giang, 9 tháng đầu năm 2024, sản lượng mãng cầu xiêm toàn tỉnh ước đạt 31.450 tấn, tăng 7,3% so với cùng kỳ năm 2023, bằng 78,6% kế hoạch năm. Diện tích mãng cầu xiêm hiện có 2.860 ha, trong đó 2.410 ha đang cho trái, tập trung ở các huyện Tân Phú Đông, Tân Phước và Gò Công Đông.

Riêng huyện Tân Phú Đông có 1.240 ha, chiếm 43,4% diện tích toàn tỉnh; 9 tháng qua nông dân trong huyện thu hoạch 8.870 tấn trái. Năng suất bình quân của huyện đạt khoảng 14,5 tấn/ha, cao hơn 1,2 tấn/ha so với năm 2023. Giá mãng cầu xiêm loại 1 tại vườn dao động từ 25.000 đến 32.000 đồng/kg, loại 2 khoảng 15.000 đồng/kg; mỗi héc-ta cho lợi nhuận hơn 300 triệu đồng/năm, gấp 3 lần trồng lúa.

Hợp tác xã Mãng cầu xiêm Phú Thạnh (xã Phú Thạnh, huyện Tân Phú Đông) hiện có 126 thành viên với 185 ha, trong đó 62 ha đạt chứng nhận VietGAP; tổ hợp tác số 4 của hợp tác xã vừa được cấp mã số vùng trồng. Từ đầu năm đến nay, hợp tác xã tiêu thụ 1.350 tấn trái, doanh thu khoảng 38 tỷ đồng; ký hợp đồng bao tiêu với 2 doanh nghiệp chế biến nước ép và mứt.

Quý IV, ngành nông nghiệp phấn đấu thu hoạch thêm khoảng 8.500 tấn, đưa sản lượng cả năm lên 40.000 tấn. Mục tiêu đến năm 2025, diện tích mãng cầu xiêm đạt chứng nhận VietGAP chiếm ít nhất 30%.

Tin liên quan:
- Tiền Giang: Khai mạc Lễ hội trái cây Tân Phú Đông lần thứ 2
- Kỳ họp thứ 18 HĐND tỉnh khóa X thông qua nhiều nghị quyết
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE_Q = P("9 tháng qua", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TPD = "Tân Phú Đông"

FIGS = [
    F("gần 9.000 tấn", "9.000", 9000, "measure", "tấn", approx="nearly",
      subject="mãng cầu xiêm thu hoạch", period=NINE_H, location=TPD),
    F("ước đạt 31.450 tấn", "31.450", 31450, "measure", "tấn", status="estimate", percent=78.6,
      change=C("increase", 7.3, "%", "cùng kỳ năm 2023"),
      subject="sản lượng mãng cầu xiêm toàn tỉnh", period=NINE),
    F("hiện có 2.860 ha", "2.860", 2860, "measure", "ha", subject="diện tích mãng cầu xiêm"),
    F("2.410 ha đang cho trái", "2.410", 2410, "measure", "ha", total=2860,
      subject="diện tích mãng cầu xiêm đang cho trái"),
    F("có 1.240 ha", "1.240", 1240, "measure", "ha", percent=43.4,
      subject="diện tích mãng cầu xiêm", location=TPD),
    F("thu hoạch 8.870 tấn", "8.870", 8870, "measure", "tấn",
      subject="sản lượng mãng cầu xiêm nông dân trong huyện thu hoạch", period=NINE_Q, location=TPD),
    F("khoảng 14,5 tấn/ha", "14,5", 14.5, "measure", "tấn/ha", approx="about",
      change=C("increase", 1.2, "tấn/ha", "năm 2023"),
      subject="năng suất bình quân của huyện", location=TPD),
    F("từ 25.000 đến 32.000", "25.000", 25000, "money", "đồng/kg", value_max=32000,
      subject="giá mãng cầu xiêm loại 1 tại vườn", location=TPD),
    F("khoảng 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", approx="about",
      subject="giá mãng cầu xiêm loại 2 tại vườn", location=TPD),
    F("hơn 300 triệu", "300", 300e6, "money", "đồng/ha/năm", approx="over",
      change=C("increase", 3, "lần", "trồng lúa"),
      subject="lợi nhuận mỗi héc-ta mãng cầu xiêm", location=TPD),
    F("có 126 thành viên", "126", 126, "count", "thành viên",
      subject="thành viên Hợp tác xã Mãng cầu xiêm Phú Thạnh", location=TPD),
    F("với 185 ha", "185", 185, "measure", "ha",
      subject="diện tích mãng cầu xiêm của hợp tác xã", location=TPD),
    F("62 ha đạt chứng nhận", "62", 62, "measure", "ha", total=185,
      subject="diện tích đạt chứng nhận VietGAP của hợp tác xã", location=TPD),
    F("tiêu thụ 1.350 tấn", "1.350", 1350, "measure", "tấn",
      subject="mãng cầu xiêm hợp tác xã tiêu thụ", period=YTD, location=TPD),
    F("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about",
      subject="doanh thu của hợp tác xã", period=YTD, location=TPD),
    F("với 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến nước ép và mứt ký hợp đồng bao tiêu với hợp tác xã", period=YTD, location=TPD),
    F("khoảng 8.500 tấn", "8.500", 8500, "measure", "tấn", approx="about", status="target",
      subject="sản lượng mãng cầu xiêm thu hoạch thêm", period=Q4),
    F("lên 40.000 tấn", "40.000", 40000, "measure", "tấn", status="target",
      subject="sản lượng mãng cầu xiêm cả năm", period=YR),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="diện tích mãng cầu xiêm đạt chứng nhận VietGAP", period=TO25),
]

NOTES = [
    "Province portal (Tiền Giang): soursop 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.986', related links.",
    "Distractors: 08:35, Lượt xem 1.986, 'tổ hợp tác số 4', 'lần thứ 2', 'Kỳ họp thứ 18', 'khóa X', 'năm 2023' baselines.",
    "'bằng 78,6% kế hoạch năm' → percent attribute; 'gấp 3 lần trồng lúa' after the profit → change 3 lần (baseline trồng lúa).",
    "The 'Riêng huyện Tân Phú Đông' paragraph (yield, prices, profit) and the cooperative (in Tân Phú Đông) are located in the district.",
    "'hiện có' area figures and the prices carry no period; 'Từ đầu năm đến nay' ends at the dateline.",
    "revised after the first run: '2 doanh nghiệp' subject now keeps the noun phrase's own complement 'nước ép và mứt'.",
]

if __name__ == "__main__":
    write("p1304-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Tiền Giang")
