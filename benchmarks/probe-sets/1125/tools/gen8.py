"""p1125-8: provincial newspaper online (Báo Gia Lai, '(GLO) -'): 9-month areca output, price rebound, a drying company in An Khê."""
from lib import F, P, I, C, T, write

TEXT = """Báo Gia Lai điện tử > Kinh tế > Nông nghiệp

Hơn 1.600 ha cau cho thu hoạch, giá tăng trở lại

Cập nhật lúc 16:45, Thứ Tư, 09/10/2024

(GLO) - 9 tháng năm nay, sản lượng cau tươi trên địa bàn tỉnh ước đạt 7.480 tấn, bằng 86% kế hoạch năm, tăng 11,5% so với cùng kỳ. Giá cau tươi tại vườn hiện dao động từ 16.000 đến 19.000 đồng/kg, tăng khoảng 12.000 đồng/kg so với cùng kỳ năm trước.

Toàn tỉnh hiện có 2.215 ha cau, trong đó hơn 1.600 ha cho thu hoạch. Các huyện có diện tích cau lớn là Kbang, Đak Pơ và Kông Chro với lần lượt 520 ha, 385 ha và 260 ha.

Tại thị xã An Khê, Công ty TNHH MTV Nông sản Tây Sơn (lô B3, Khu công nghiệp An Khê) vận hành hai dây chuyền sấy cau với công suất 20 tấn/ngày. Từ đầu năm đến nay, công ty đã thu mua khoảng 2.100 tấn cau tươi, chiếm gần 30% sản lượng toàn tỉnh; xuất khẩu 410 tấn cau khô sang Trung Quốc, trị giá 1,26 triệu USD. Công ty tạo việc làm cho 85 lao động (trong đó 62 lao động nữ), thu nhập bình quân 6,5 triệu đồng/người/tháng.

Theo Sở NN&PTNT, khoảng 3.400 hộ trồng cau trong tỉnh, phần lớn là đồng bào Ba Na, có thu nhập từ cây cau bình quân 35-40 triệu đồng/hộ/năm.

Năm 2025, tỉnh phấn đấu duy trì 2.400 ha cau; dự kiến thu hút ít nhất 2 doanh nghiệp đầu tư nhà máy chế biến cau.

MINH NGUYỆT
"""

M9 = P("9 tháng năm nay", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-09")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AK = "An Khê"
LIST = "diện tích cau"

FIGS = [
    F("Hơn 1.600 ha", "1.600", 1600, "measure", "ha", approx="over", subject="diện tích cau cho thu hoạch"),
    F("ước đạt 7.480 tấn", "7.480", 7480, "measure", "tấn", status="estimate", percent=86,
      change=C("increase", 11.5, "%", "cùng kỳ"), subject="sản lượng cau tươi", period=M9),
    F("từ 16.000 đến 19.000", "16.000", 16000, "money", "đồng/kg", value_max=19000,
      change=C("increase", 12000, "đồng/kg", "cùng kỳ năm trước", approx="about"),
      subject="giá cau tươi tại vườn"),
    F("có 2.215 ha", "2.215", 2215, "measure", "ha", subject="diện tích cau"),
    F("hơn 1.600 ha cho", "1.600", 1600, "measure", "ha", approx="over", total=2215,
      subject="diện tích cau cho thu hoạch"),
    F("lần lượt 520 ha", "520", 520, "measure", "ha", subject=LIST, location="Kbang"),
    F("385 ha", "385", 385, "measure", "ha", subject=LIST, location="Đak Pơ"),
    F("260 ha", "260", 260, "measure", "ha", subject=LIST, location="Kông Chro"),
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền sấy cau của công ty", location=AK),
    F("công suất 20 tấn/ngày", "20", 20, "measure", "tấn/ngày", subject="công suất dây chuyền sấy cau",
      location=AK),
    F("khoảng 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="about", percent=30,
      subject="cau tươi công ty thu mua", period=YTD, location=AK),
    F("xuất khẩu 410 tấn", "410", 410, "measure", "tấn", subject="cau khô xuất khẩu sang Trung Quốc",
      period=YTD, location=AK),
    F("trị giá 1,26 triệu", "1,26", 1260000, "money", "USD", subject="giá trị cau khô xuất khẩu sang Trung Quốc",
      period=YTD, location=AK),
    F("cho 85 lao động", "85", 85, "count", "lao động", subject="lao động có việc làm tại công ty", location=AK),
    F("62 lao động nữ", "62", 62, "count", "lao động", total=85, subject="lao động nữ", location=AK),
    F("6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động công ty",
      location=AK),
    F("khoảng 3.400 hộ", "3.400", 3400, "count", "hộ", approx="about", subject="hộ trồng cau"),
    F("35-40 triệu", "35", 35000000, "money", "đồng/hộ/năm", value_max=40000000,
      subject="thu nhập từ cây cau bình quân của hộ trồng cau"),
    F("duy trì 2.400 ha", "2.400", 2400, "measure", "ha", status="target", subject="diện tích cau", period=Y25),
    F("ít nhất 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", approx="at_least", status="forecast",
      subject="doanh nghiệp đầu tư nhà máy chế biến cau thu hút", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Gia Lai): 'Cập nhật lúc 16:45, Thứ Tư, 09/10/2024' (published), tag '(GLO) -', byline at the end.",
    "The text says only 'tỉnh'; the GLO tag, the paper and the districts (Kbang, Đak Pơ, Kông Chro, An Khê) imply Gia Lai.",
    "Headline 'Hơn 1.600 ha' is its own figure (no period). '9 tháng năm nay' = 2024-01-01..2024-09-30; 'Từ đầu năm đến nay' ends at the dateline.",
    "'bằng 86% kế hoạch năm' is the percent of 7.480 tấn; 'tăng 11,5% so với cùng kỳ' its change. 'hiện' gives no period.",
    "'lần lượt 520 ha, 385 ha và 260 ha': district items, the district is the location, the list's indicator the subject; no total.",
    "The company passage (thị xã An Khê) keeps An Khê as location; 'chiếm gần 30% sản lượng toàn tỉnh' is the 2.100 tấn's percent.",
    "'(trong đó 62 lao động nữ)' takes the 85 as total. 'phấn đấu … ; dự kiến …': target, then forecast for its own clause.",
    "Distractors: 'lô B3', time 16:45, 'Tây Sơn' (a company name).",
]

if __name__ == "__main__":
    write("p1125-8", TEXT, NOTES, FIGS, published="2024-10-09", location="Gia Lai")
