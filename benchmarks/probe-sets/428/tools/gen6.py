from lib import *

TEXT = """Sức khỏe
Thứ tư, 18/9/2024, 07:20 (GMT+7)

Mới 140 bệnh viện triển khai bệnh án điện tử

Cả nước mới có 140 bệnh viện triển khai bệnh án điện tử thay thế bệnh án giấy, chiếm chưa đến 9% trong tổng số khoảng 1.600 bệnh viện, dù hạn chót theo Thông tư 46/2018/TT-BYT là ngày 30/9.

Theo Cục Quản lý Khám, chữa bệnh (Bộ Y tế), tính đến ngày 15/9/2024, trong số 140 bệnh viện đã triển khai, có 96 bệnh viện công lập và 44 bệnh viện tư nhân. Riêng năm 2024, có 58 bệnh viện mới được nghiệm thu, tăng gần gấp đôi so với năm 2023.

TP Hồ Chí Minh dẫn đầu với 31 bệnh viện, tiếp đến là Hà Nội 19 bệnh viện, Phú Thọ 8 bệnh viện và Quảng Ninh 7 bệnh viện. Nhiều bệnh viện lớn như Bạch Mai, Trung ương Quân đội 108, Chợ Rẫy đã bỏ hoàn toàn phim chụp X-quang.

Theo ông Hà Anh Đức, Cục trưởng, chi phí đầu tư bệnh án điện tử cho một bệnh viện tuyến tỉnh vào khoảng từ 10 đến 30 tỷ đồng, tùy quy mô. Khi triển khai, mỗi bệnh viện 500 giường có thể tiết kiệm khoảng 5 tỷ đồng tiền in phim, giấy mỗi năm.

Kết quả khảo sát của Bộ Y tế tại 52 bệnh viện cho thấy thời gian chờ lấy kết quả xét nghiệm giảm 30-40%, thời gian làm thủ tục ra viện giảm còn dưới 30 phút.

Bộ Y tế đặt mục tiêu đến hết năm 2025, 100% bệnh viện trên toàn quốc triển khai bệnh án điện tử, trong đó bệnh viện hạng I, hạng đặc biệt phải hoàn thành trước ngày 30/9/2024.

Lê Nga
"""

HEADER = """National press (VnExpress style, invented): bệnh án điện tử — số bệnh viện đã triển khai, tính đến 15/9/2024, chi phí, mục tiêu 2025.
Dateline 'Thứ tư, 18/9/2024, 07:20 (GMT+7)'. Distractors: 'Thông tư 46/2018/TT-BYT', 'ngày 30/9', '(GMT+7)', 'Bệnh viện Trung ương Quân đội 108',
'hạng I', 'X-quang'. Title 'Mới 140 bệnh viện' is a figure. Lead: 140 bệnh viện with percent 9 ('chiếm chưa đến 9%') and total 1600 ('trong tổng số');
1.600 is that attribute only, not a figure (as shared h02). 'trong số 140 bệnh viện' restates the whole (optional); 96 and 44 are its parts.
'tăng gần gấp đôi so với năm 2023' is the change of 58 (2 lần, nearly). Province list: location, indicator subject, period inherited (15/9/2024).
'khoảng từ 10 đến 30 tỷ đồng' an about-range; '500 giường' a size criterion (optional); 'giảm 30-40%' a rate as the claim (percent range, no change);
'giảm còn dưới 30 phút' the new level (under). 'đến hết năm 2025' target: end 2025-12-31."""

P15 = per("tính đến ngày 15/9/2024", None, "2024-09-15")
P15i = per("tính đến ngày 15/9/2024", None, "2024-09-15", inh=True)
S = "bệnh viện triển khai bệnh án điện tử"

FIGS = [
    F("Mới 140 bệnh viện", "140", 140, "count", "bệnh viện", S),
    F("có 140 bệnh viện", "140", 140, "count", "bệnh viện", S + " thay thế bệnh án giấy",
      percent=9, total=1600),
    F("trong số 140 bệnh viện", "140", 140, "count", "bệnh viện", "bệnh viện đã triển khai", period=P15,
      optional=True),
    F("có 96 bệnh viện", "96", 96, "count", "bệnh viện", "bệnh viện công lập", total=140, period=P15),
    F("và 44 bệnh viện", "44", 44, "count", "bệnh viện", "bệnh viện tư nhân", total=140, period=P15),
    F("có 58 bệnh viện", "58", 58, "count", "bệnh viện", "bệnh viện mới được nghiệm thu",
      change=chg("increase", 2, "lần", "năm 2023", approx="nearly"),
      period=per("năm 2024", "2024-01-01", "2024-12-31")),
    F("với 31 bệnh viện", "31", 31, "count", "bệnh viện", S, location="TP Hồ Chí Minh", period=P15i),
    F("Hà Nội 19 bệnh viện", "19", 19, "count", "bệnh viện", S, location="Hà Nội", period=P15i),
    F("Phú Thọ 8 bệnh viện", "8", 8, "count", "bệnh viện", S, location="Phú Thọ", period=P15i),
    F("Quảng Ninh 7 bệnh viện", "7", 7, "count", "bệnh viện", S, location="Quảng Ninh", period=P15i),
    F("khoảng từ 10 đến 30 tỷ đồng", "10", 10e9, "money", "đồng",
      "chi phí đầu tư bệnh án điện tử cho một bệnh viện tuyến tỉnh", approx="about", value_max=30e9),
    F("bệnh viện 500 giường", "500", 500, "count", "giường", "quy mô bệnh viện", optional=True),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "tiền in phim, giấy tiết kiệm mỗi năm", approx="about"),
    F("tại 52 bệnh viện", "52", 52, "count", "bệnh viện", "bệnh viện được Bộ Y tế khảo sát"),
    F("giảm 30-40%", "30", 30, "percent", "%", "thời gian chờ lấy kết quả xét nghiệm giảm", value_max=40),
    F("dưới 30 phút", "30", 30, "measure", "phút", "thời gian làm thủ tục ra viện", approx="under"),
    F("2025, 100% bệnh viện", "100", 100, "percent", "%", "bệnh viện trên toàn quốc triển khai bệnh án điện tử",
      status="target", period=per("đến hết năm 2025", None, "2025-12-31")),
]

build("p428-6", TEXT, FIGS, HEADER, published="2024-09-18", location="Việt Nam")
