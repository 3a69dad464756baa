from lib import *

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Tin hoạt động ngành

Hồ tiêu Đắk Nông được mùa, được giá trong 6 tháng đầu năm 2024
Ngày đăng: 05/07/2024 | Lượt xem: 845

Sáng 3/7, tại TP Gia Nghĩa, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết sản xuất hồ tiêu. Theo báo cáo, 6 tháng đầu năm 2024, tổng diện tích hồ tiêu toàn tỉnh Đắk Nông đạt 34.150 ha, giảm 2,3% so với cùng kỳ; diện tích cho sản phẩm 31.870 ha.

Trong 6 tháng đầu năm, năng suất bình quân đạt 2,6 tấn/ha; sản lượng thu hoạch ước đạt khoảng 82.860 tấn, tăng 1.240 tấn so với năm 2023. Những địa phương có sản lượng lớn gồm: huyện Đắk Song 24.300 tấn, Tuy Đức 15.680 tấn, Đắk Mil 13.920 tấn và Cư Jút 8.450 tấn.

Giá hồ tiêu tại vườn tháng 6/2024 đạt 145.000-148.000 đồng/kg, tăng gần 60% so với tháng 12/2023 và cao nhất trong 8 năm trở lại đây. Bình quân mỗi ha hồ tiêu kinh doanh cho lãi từ 180 đến 220 triệu đồng.

Tính đến 30/6/2024, toàn tỉnh có 4.560 ha hồ tiêu được chứng nhận sản xuất theo tiêu chuẩn hữu cơ, Rainforest Alliance, VietGAP, chiếm 13,4% tổng diện tích. Tuy nhiên, bệnh chết nhanh, chết chậm vẫn gây hại khoảng 620 ha, tập trung tại Đắk Song và Đắk Mil.

Kế hoạch năm 2024, tỉnh phấn đấu duy trì diện tích hồ tiêu ổn định ở mức 33.000-34.000 ha và nâng diện tích hồ tiêu sản xuất bền vững lên trên 6.000 ha. Theo Kế hoạch số 112/KH-UBND, các huyện rà soát, chuyển đổi những vườn tiêu già cỗi, bệnh hại sang cây trồng khác; khuyến cáo nông dân không trồng mới tự phát theo giá.

Phòng Trồng trọt - Bảo vệ thực vật, ĐT: 0261.3544.107
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1y = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1yi = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
figs = [
    F("Đắk Nông đạt 34.150 ha", "34.150", 34150, "measure", "ha", "tổng diện tích hồ tiêu", H1,
      change=ch("decrease", 2.3, "%", "cùng kỳ")),
    F("sản phẩm 31.870 ha", "31.870", 31870, "measure", "ha", "diện tích hồ tiêu cho sản phẩm", H1),
    F("đạt 2,6 tấn/ha", "2,6", 2.6, "measure", "tấn/ha", "năng suất hồ tiêu bình quân", H1y),
    F("khoảng 82.860 tấn", "82.860", 82860, "measure", "tấn", "sản lượng hồ tiêu thu hoạch", H1y, approx="about",
      status="estimate", change=ch("increase", 1240, "tấn", "năm 2023")),
    F("Đắk Song 24.300 tấn", "24.300", 24300, "measure", "tấn", "sản lượng hồ tiêu", H1yi, location="Đắk Song"),
    F("Tuy Đức 15.680 tấn", "15.680", 15680, "measure", "tấn", "sản lượng hồ tiêu", H1yi, location="Tuy Đức"),
    F("Đắk Mil 13.920 tấn", "13.920", 13920, "measure", "tấn", "sản lượng hồ tiêu", H1yi, location="Đắk Mil"),
    F("Cư Jút 8.450 tấn", "8.450", 8450, "measure", "tấn", "sản lượng hồ tiêu", H1yi, location="Cư Jút"),
    F("đạt 145.000-148.000 đồng/kg", "145.000", 145000, "money", "đồng/kg", "giá hồ tiêu tại vườn",
      P("tháng 6/2024", "2024-06-01", "2024-06-30"), value_max=148000,
      change=ch("increase", 60, "%", "tháng 12/2023", "nearly")),
    F("trong 8 năm", "8", 8, "count", "năm", optional=True),
    F("từ 180 đến 220 triệu", "180", 180000000, "money", "đồng/ha", "lãi bình quân mỗi ha hồ tiêu kinh doanh",
      value_max=220000000),
    F("có 4.560 ha", "4.560", 4560, "measure", "ha", "diện tích hồ tiêu được chứng nhận sản xuất theo tiêu chuẩn",
      P("Tính đến 30/6/2024", None, "2024-06-30"), percent=13.4),
    F("gây hại khoảng 620 ha", "620", 620, "measure", "ha", "diện tích hồ tiêu bị bệnh chết nhanh, chết chậm gây hại",
      approx="about"),
    F("mức 33.000-34.000 ha", "33.000", 33000, "measure", "ha", "diện tích hồ tiêu duy trì ổn định",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=34000, status="target"),
    F("lên trên 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích hồ tiêu sản xuất bền vững",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]
comments = [
    "Sở NN&PTNT Đắk Nông: hồ tiêu 6 tháng đầu năm 2024 (diện tích, năng suất, sản lượng theo huyện, giá, chứng nhận, bệnh hại, kế hoạch).",
    "'Ngày đăng: 05/07/2024 | Lượt xem: 845' gives published. Distractors: 'Sáng 3/7', 'TP Gia Nghĩa' (venue), 'Kế hoạch số 112/KH-UBND', phone.",
    "'diện tích cho sản phẩm 31.870 ha' follows the total after ';' with no part-of cue: no total. Year-less 'Trong 6 tháng đầu năm' takes 2024.",
    "'tăng 1.240 tấn so với năm 2023' is the change of 82.860 tấn (ước … khoảng: estimate, about). District list: places to location, period inherited.",
    "'cao nhất trong 8 năm' is a duration (optional). 'mỗi ha … lãi từ 180 đến 220 triệu đồng' is money per ha (range).",
    "'620 ha … tập trung tại Đắk Song và Đắk Mil' describes the province (the places only say where). Plan sentence: 'Kế hoạch năm 2024 … phấn đấu' targets.",
]
build(2, text, comments, figs, published="2024-07-05", location="Đắk Nông")
