from lib import *

TEXT = """BÁO HẢI DƯƠNG
Xã hội

14 cơ sở khám, chữa bệnh vượt dự toán chi bảo hiểm y tế

05/11/2023 07:45
THÀNH CHUNG

Theo BHXH tỉnh Hải Dương, 9 tháng năm 2023, chi khám, chữa bệnh (KCB) bảo hiểm y tế trên địa bàn tỉnh ước đạt 1.486 tỷ đồng, bằng 81,2% dự toán cả năm được giao, tăng 17,6% so với cùng kỳ năm 2022.

Trong số 38 cơ sở KCB ký hợp đồng với cơ quan BHXH, có 14 cơ sở đã sử dụng vượt dự toán được giao với tổng số tiền khoảng 112 tỷ đồng. Các đơn vị vượt nhiều nhất là Bệnh viện Đa khoa tỉnh (31,4 tỷ đồng), Bệnh viện Nhi Hải Dương (12,8 tỷ đồng) và Bệnh viện Phục hồi chức năng (9,6 tỷ đồng).

Nguyên nhân chủ yếu do số lượt KCB tăng mạnh: 9 tháng có 2,35 triệu lượt, tăng 14,3%; trong đó điều trị nội trú 218.600 lượt, chiếm 9,3%. Chi phí bình quân một đợt điều trị nội trú tại tuyến tỉnh từ 8,2 đến 9,5 triệu đồng, cao hơn mức bình quân chung của các tỉnh cùng hạng bệnh viện.

Ông Nguyễn Văn Tuấn, Phó Giám đốc BHXH tỉnh cho biết, năm 2023, dự toán chi KCB BHYT của tỉnh được giao 1.830 tỷ đồng. Dự kiến cả năm 2023, chi KCB BHYT sẽ vượt dự toán khoảng 150-170 tỷ đồng. Theo Nghị định số 75/2023/NĐ-CP của Chính phủ, phần chi vượt dự toán sẽ được xem xét thanh toán sau khi có kết quả giám định.

Cũng theo BHXH tỉnh, qua giám định, từ đầu năm 2023 đến ngày 30/9, cơ quan BHXH đã từ chối thanh toán gần 9 tỷ đồng do chỉ định xét nghiệm, dịch vụ kỹ thuật không đúng quy định; riêng tháng 9/2023 là 1,12 tỷ đồng.

Bệnh viện Đa khoa tỉnh (số 225 Nguyễn Lương Bằng, TP Hải Dương) hiện tiếp đón bình quân hơn 1.500 lượt người bệnh ngoại trú mỗi ngày.

(3 bình luận)
"""

P9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
P9_I = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inh=True)
OVER = "số tiền vượt dự toán"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("14 cơ sở khám", "14", 14, "count", "cơ sở khám, chữa bệnh", "cơ sở khám, chữa bệnh vượt dự toán chi bảo hiểm y tế",
      period=P9_I),
    F("ước đạt 1.486 tỷ đồng", "1.486", 1486000000000, "money", "đồng", "chi khám, chữa bệnh (KCB) bảo hiểm y tế",
      percent=81.2, change=CH("increase", 17.6, "%", "cùng kỳ năm 2022"), status="estimate", period=P9),
    F("Trong số 38 cơ sở", "38", 38, "count", "cơ sở KCB", "cơ sở KCB ký hợp đồng với cơ quan BHXH", period=P9_I),
    F("có 14 cơ sở đã", "14", 14, "count", "cơ sở", "cơ sở sử dụng vượt dự toán được giao", total=38, period=P9_I),
    F("khoảng 112 tỷ đồng", "112", 112000000000, "money", "đồng", "tổng số tiền vượt dự toán",
      approx="about", period=P9_I),
    F("tỉnh (31,4 tỷ đồng)", "31,4", 31400000000, "money", "đồng", OVER, period=P9_I),
    F("Dương (12,8 tỷ đồng)", "12,8", 12800000000, "money", "đồng", OVER, period=P9_I),
    F("năng (9,6 tỷ đồng)", "9,6", 9600000000, "money", "đồng", OVER, period=P9_I),
    F("có 2,35 triệu lượt", "2,35", 2350000, "count", "lượt", "số lượt KCB",
      change=CH("increase", 14.3, "%"), period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("nội trú 218.600 lượt", "218.600", 218600, "count", "lượt", "điều trị nội trú",
      total=2350000, percent=9.3, period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("từ 8,2 đến 9,5 triệu", "8,2", 8200000, "money", "đồng",
      "Chi phí bình quân một đợt điều trị nội trú tại tuyến tỉnh", value_max=9500000, period=P9_I),
    F("được giao 1.830 tỷ đồng", "1.830", 1830000000000, "money", "đồng", "dự toán chi KCB BHYT",
      status="target", period=Y23),
    F("khoảng 150-170 tỷ", "150", 150000000000, "money", "đồng", "chi KCB BHYT vượt dự toán",
      value_max=170000000000, approx="about", status="forecast", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 9 tỷ đồng", "9", 9000000000, "money", "đồng", "từ chối thanh toán",
      approx="nearly", period=P("từ đầu năm 2023 đến ngày 30/9", "2023-01-01", "2023-09-30")),
    F("là 1,12 tỷ đồng", "1,12", 1120000000, "money", "đồng", "từ chối thanh toán",
      period=P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("hơn 1.500 lượt", "1.500", 1500, "count", "lượt người bệnh ngoại trú",
      "lượt người bệnh ngoại trú mỗi ngày tại Bệnh viện Đa khoa tỉnh", approx="over"),
]

COMMENTS = [
    "Báo Hải Dương (Party newspaper): hospitals overspending the BHYT budget, 9 months 2023. Bare 'dd/mm/yyyy hh:mm' dateline then byline; comment count at the end.",
    "'ước đạt 1.486 tỷ đồng, bằng 81,2% dự toán ..., tăng 17,6%' -> estimate with percent and change. '14 cơ sở' in the title = same count as the body (period inherited).",
    "'Trong số 38 cơ sở ..., có 14 cơ sở' -> total 38. Hospital list '(31,4 tỷ đồng)' = amount over budget, each its own figure; hospitals are not places (location Hải Dương).",
    "'trong đó điều trị nội trú 218.600 lượt, chiếm 9,3%' -> total 2,35 triệu + percent 9.3; '9 tháng' takes 2023 from the earlier period.",
    "'từ 8,2 đến 9,5 triệu đồng' range. 'dự toán ... được giao 1.830 tỷ đồng' = the plan itself: status target. 'Dự kiến ... khoảng 150-170 tỷ' forecast range.",
    "'hơn 1.500 lượt ... mỗi ngày' is a current daily average with no period. Distractors: Nghị định số 75/2023/NĐ-CP, address số 225, '(3 bình luận)', person's name.",
]

if __name__ == "__main__":
    build("p452-4", TEXT, COMMENTS, FIGS, published="2023-11-05", location="Hải Dương")
