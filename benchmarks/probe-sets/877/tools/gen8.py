"""p877-8: Báo Cà Mau online (CMO) — jellyfish season 2025 on the west coast, headline figure."""
from lib import F, P, I, C, T, emit

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Ngư dân Cà Mau thu gần 60 tỷ đồng từ mùa sứa

Cập nhật lúc 10:05, Thứ tư, 16/07/2025

(CMO) - Từ đầu tháng 6 đến nay, ngư dân các huyện Trần Văn Thời, U Minh và Phú Tân khai thác được khoảng 14.700 tấn sứa, ước thu gần 60 tỷ đồng. Trong đó, huyện Trần Văn Thời chiếm hơn 60% sản lượng với 8.900 tấn.

Năm nay sứa xuất hiện sớm, mật độ dày, mỗi ghe có thể thu 2-4 tấn/chuyến. Giá sứa tươi hiện từ 3.800 đến 4.200 đồng/kg, tăng 500-700 đồng/kg so với năm 2024. Ông Nguyễn Văn Mười, ngụ khóm 7, thị trấn Sông Đốc, huyện Trần Văn Thời, cho biết sau 12 ngày bám biển, ghe của ông cùng 3 lao động thu được 28 tấn sứa, trừ chi phí còn lãi trên 70 triệu đồng.

Theo Sở Nông nghiệp và Môi trường, toàn tỉnh có 18 cơ sở thu mua, sơ chế sứa, tạo việc làm cho hơn 600 lao động với mức lương 250.000-300.000 đồng/ngày. Sản lượng sứa năm 2024 của tỉnh chỉ đạt 9.850 tấn do sứa xuất hiện muộn.

Dự báo đến cuối tháng 8, tổng sản lượng khai thác có thể đạt 20.000 tấn. Sở khuyến cáo ngư dân không khai thác sứa trong vùng cấm theo Quyết định số 1527/QĐ-UBND, không xả nước ngâm sứa ra sông Ông Đốc và thực hiện nghiêm quy định về phòng, chống khai thác IUU.

Phó Chủ tịch UBND tỉnh cho biết tỉnh sẽ hỗ trợ xây dựng khu sơ chế sứa tập trung tại các huyện Trần Văn Thời và Phú Tân với tổng vốn dự kiến khoảng 35 tỷ đồng, bảo đảm xử lý nước thải trước khi thải ra môi trường.

HỮU NGHĨA
"""

P0 = P("Từ đầu tháng 6 đến nay", "2025-06-01", "2025-07-16")
NOTES = [
    "Báo Cà Mau online: headline figure, 'Cập nhật lúc 10:05, Thứ tư, 16/07/2025' (published), '(CMO) -' tag implies Cà Mau.",
    "8.900 tấn follows 'Trong đó' after the 14.700 tấn (total) and carries 'chiếm hơn 60%' as its percent; location Trần Văn Thời.",
    "'Nguyễn Văn Mười', 'khóm 7', 'Quyết định số 1527/QĐ-UBND', 'sông Ông Đốc', 'IUU', '10:05', 'Thứ tư' are not figures.",
    "'tăng 500-700 đồng/kg so với năm 2024' is the price's change (lower end 500). 'sau 12 ngày bám biển' is the trip's length, a measure.",
    "'Dự báo đến cuối tháng 8' -> forecast, as-of end of August. 'tổng vốn dự kiến khoảng 35 tỷ đồng' -> forecast.",
    "revised: 'đến cuối tháng 8' has no year; FIGURES.md §3 gives it the year of the nearest earlier period ('Sản lượng sứa năm 2024'),",
    "so end 2024-08-31 (was 2025-08-31, the meaning: a July 2025 forecast). The spec's rule and the meaning disagree here.",
    "Mười's trip figures are in Trần Văn Thời (named). 'Năm nay' dates the 2-4 tấn/chuyến (2025); the price ('hiện') and the trip figures have no period.",
    "The 35 tỷ đồng is for processing zones in two districts (Trần Văn Thời và Phú Tân): location Cà Mau.",
]
TVT = "Trần Văn Thời"
FIGS = [
    F("Cà Mau thu gần 60 tỷ đồng", "60", 60e9, "money", "đồng", approx="nearly", subject="tiền ngư dân thu từ mùa sứa"),
    F("khoảng 14.700 tấn", "14.700", 14700, "measure", "tấn", approx="about", subject="sản lượng sứa khai thác",
      period=P0),
    F("ước thu gần 60 tỷ đồng", "60", 60e9, "money", "đồng", approx="nearly", status="estimate",
      subject="tiền thu từ sứa", period=P0),
    F("với 8.900 tấn", "8.900", 8900, "measure", "tấn", total=14700, percent=60,
      subject="sản lượng sứa khai thác", period=I(P0), location=TVT),
    F("thu 2-4 tấn/chuyến", "2", 2, "measure", "tấn/chuyến", value_max=4, subject="sứa mỗi ghe thu mỗi chuyến",
      period=P("Năm nay", "2025-01-01", "2025-12-31")),
    F("từ 3.800 đến 4.200 đồng/kg", "3.800", 3800, "money", "đồng/kg", value_max=4200,
      change=C("+", 500, "đồng/kg", "năm 2024"), subject="giá sứa tươi"),
    F("sau 12 ngày", "12", 12, "measure", "ngày", subject="thời gian bám biển của ghe ông Mười", location=TVT),
    F("cùng 3 lao động", "3", 3, "count", "lao động", subject="lao động trên ghe ông Mười", location=TVT),
    F("được 28 tấn sứa", "28", 28, "measure", "tấn", subject="sứa ghe ông Mười thu được", location=TVT),
    F("trên 70 triệu đồng", "70", 70e6, "money", "đồng", approx="over", subject="lãi của ghe ông Mười", location=TVT),
    F("có 18 cơ sở", "18", 18, "count", "cơ sở", subject="cơ sở thu mua, sơ chế sứa"),
    F("hơn 600 lao động", "600", 600, "count", "lao động", approx="over", subject="lao động có việc làm tại cơ sở sơ chế sứa"),
    F("lương 250.000-300.000 đồng/ngày", "250.000", 250000, "money", "đồng/ngày", value_max=300000,
      subject="mức lương lao động"),
    F("đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", subject="sản lượng sứa của tỉnh",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 20.000 tấn", "20.000", 20000, "measure", "tấn", status="forecast", subject="tổng sản lượng khai thác",
      period=P("đến cuối tháng 8", None, "2024-08-31")),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn xây dựng khu sơ chế sứa tập trung"),
]

emit("p877-8", TEXT, NOTES, FIGS, published="2025-07-16", location="Cà Mau")
