"""p1273-5: Party/provincial newspaper (Báo Bạc Liêu, tag (BBL)): iodised salt from Đông Hải salt fields."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẠC LIÊU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẠC LIÊU
Kinh tế | Thứ Ba, 18/06/2024 - 10:45

Muối i-ốt Bạc Liêu: Tìm đầu ra ổn định

Dù đã có sản phẩm muối i-ốt đạt chuẩn OCOP 4 sao, sản lượng muối i-ốt của tỉnh mới chiếm chưa đến 5% tổng sản lượng muối, giá muối hạt bán cho thương lái chỉ khoảng 1.500 đồng/kg.

(BBL) - Theo Sở Nông nghiệp và Phát triển nông thôn, vụ muối năm 2024 toàn tỉnh có 1.720 ha diêm nghiệp, tập trung ở huyện Đông Hải và thị xã Giá Rai. Đến cuối tháng 5, sản lượng muối ước đạt 98.000 tấn, bằng 89% kế hoạch, trong đó muối trắng 26.500 tấn.

Tại xã Long Điền Đông (huyện Đông Hải), Công ty TNHH Muối Hạt Ngọc mỗi tháng chế biến khoảng 60 tấn muối i-ốt, gấp 1,5 lần năm 2022. Ông Lâm Hoàng Phúc, Giám đốc công ty cho biết: "Công ty thu mua muối của khoảng 70 hộ diêm dân với giá 1.800 đồng/kg, cao hơn giá thị trường 300 đồng. Muối i-ốt đóng gói được bán tại 3 tỉnh miền Tây với giá từ 6.000 đến 8.000 đồng/kg".

Theo Trung tâm Kiểm soát bệnh tật tỉnh, tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh tại Bạc Liêu năm 2023 đạt 38,6%, xếp thứ 9 trong khu vực Đồng bằng sông Cửu Long. Nhiều hộ vẫn quen dùng muối hột, nước mắm tự làm.

Năm nay, tỉnh phấn đấu hỗ trợ 2 cơ sở đầu tư máy trộn i-ốt, nâng sản lượng muối i-ốt lên khoảng 4.000 tấn/năm. Ông Nguyễn Văn Tư, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, dự kiến đến năm 2025 toàn tỉnh có ít nhất ba sản phẩm muối i-ốt đạt chuẩn OCOP.

HOÀNG LAN

Từ khóa: muối i-ốt, diêm dân, Đông Hải
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
MAY = per("Đến cuối tháng 5", None, "2024-05-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DH = "Đông Hải"

FIGS = [
    fig("chưa đến 5%", "5", 5, "percent", "%", approx="under",
        subject="tỷ trọng sản lượng muối i-ốt trong tổng sản lượng muối"),
    fig("khoảng 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", approx="about",
        subject="giá muối hạt bán cho thương lái"),
    fig("có 1.720 ha", "1.720", 1720, "measure", "ha", subject="diện tích diêm nghiệp vụ muối", period=Y24),
    fig("ước đạt 98.000 tấn", "98.000", 98000, "measure", "tấn", percent=89, status="estimate",
        subject="sản lượng muối", period=MAY),
    fig("trắng 26.500 tấn", "26.500", 26500, "measure", "tấn", total=98000, status="estimate",
        subject="sản lượng muối trắng", period=MAY),
    fig("khoảng 60 tấn", "60", 60, "measure", "tấn/tháng", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2022"),
        subject="muối i-ốt Công ty TNHH Muối Hạt Ngọc chế biến", location=DH),
    fig("khoảng 70 hộ", "70", 70, "count", "hộ diêm dân", approx="about",
        subject="hộ diêm dân công ty thu mua muối", location=DH),
    fig("giá 1.800 đồng/kg", "1.800", 1800, "money", "đồng/kg",
        change=chg("increase", 300, "đồng", "giá thị trường"), subject="giá công ty thu mua muối", location=DH),
    fig("tại 3 tỉnh", "3", 3, "count", "tỉnh", subject="tỉnh miền Tây bán muối i-ốt đóng gói của công ty",
        location="Việt Nam"),
    fig("từ 6.000 đến 8.000", "6.000", 6000, "money", "đồng/kg", value_max=8000,
        subject="giá bán muối i-ốt đóng gói", location=DH),
    fig("đạt 38,6%", "38,6", 38.6, "percent", "%",
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh", period=Y23),
    fig("xếp thứ 9", "9", 9, "rank", "hạng",
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh trong khu vực Đồng bằng sông Cửu Long",
        period=Y23),
    fig("hỗ trợ 2 cơ sở", "2", 2, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ đầu tư máy trộn i-ốt", period=NOW),
    fig("khoảng 4.000 tấn/năm", "4.000", 4000, "measure", "tấn/năm", approx="about", status="target",
        subject="sản lượng muối i-ốt", period=NOW),
    fig("ít nhất ba sản phẩm", "ba", 3, "count", "sản phẩm", approx="at_least", status="forecast",
        subject="sản phẩm muối i-ốt đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "Party newspaper (Báo Bạc Liêu): masthead, 'Kinh tế | Thứ Ba, 18/06/2024 - 10:45', sapo, tag '(BBL) -', byline HOÀNG LAN, keywords.",
    "Distractors: 10:45, 'OCOP 4 sao', 'Công ty TNHH Muối Hạt Ngọc' (no digits), 'xã Long Điền Đông', 'Đồng bằng sông Cửu Long'.",
    "Sapo: 'chưa đến 5%' (under) and 'khoảng 1.500 đồng/kg' are figures without a period.",
    "'Đến cuối tháng 5' (year from the earlier 'năm 2024') → as-of 2024-05-31; 'ước đạt ... bằng 89% kế hoạch' → estimate, percent 89;",
    "'trong đó muối trắng 26.500 tấn' → total 98.000 and the whole's status (estimate).",
    "The company passage (xã Long Điền Đông, huyện Đông Hải) incl. the quote → location Đông Hải (except the province count, see below). 'mỗi tháng ... khoảng 60 tấn' → tấn/tháng,",
    "'gấp 1,5 lần năm 2022' → change 1,5 lần. '1.800 đồng/kg, cao hơn giá thị trường 300 đồng' → change 300 đồng.",
    "revised after the first run: '3 tỉnh miền Tây' location Đông Hải → Việt Nam (spec: 'a count of provinces' is a national figure).",
    "'xếp thứ 9 trong khu vực ĐBSCL' → rank 9 of Bạc Liêu (location Bạc Liêu), period năm 2023.",
    "'Năm nay' → 2024 (published); 'phấn đấu' → target; 'dự kiến đến năm 2025 ... ít nhất ba sản phẩm' → forecast, at_least.",
]

if __name__ == "__main__":
    write("p1273-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Bạc Liêu")
