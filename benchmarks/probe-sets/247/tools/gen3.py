from lib import *

A = """BÁO THANH HÓA
Kinh tế | Công nghiệp - Năng lượng
Cập nhật: 08:15, 10/10/2024

PC Thanh Hóa: Sản lượng điện thương phẩm 9 tháng tăng 11,4%

9 tháng năm 2024, Công ty Điện lực Thanh Hóa (PC Thanh Hóa) đạt sản lượng điện thương phẩm 5.862 triệu kWh, tăng 11,4% so với cùng kỳ, bằng 74,2% kế hoạch năm. Doanh thu tiền điện ước đạt 10.945 tỷ đồng; giá bán điện bình quân đạt 1.867,4 đồng/kWh, cao hơn 38,6 đồng/kWh so với cùng kỳ.

Tỷ lệ tổn thất điện năng là 4,12%, giảm 0,31% so với cùng kỳ và thấp hơn chỉ tiêu Tổng công ty Điện lực miền Bắc giao (4,35%).

Toàn tỉnh Thanh Hóa hiện có 1.284.560 khách hàng sử dụng điện, trong đó 1.198.300 khách hàng sinh hoạt. Các địa bàn có số khách hàng lớn nhất là TP Thanh Hóa (168.450 khách hàng), huyện Quảng Xương (92.310 khách hàng), huyện Hoằng Hóa (88.760 khách hàng) và thị xã Nghi Sơn (86.240 khách hàng).

Công tác thu tiền điện đạt 99,62%; dư nợ tiền điện tính đến 30/9 còn 18,7 tỷ đồng, giảm 4,1 tỷ đồng so với đầu năm. Từ đầu năm đến nay, Công ty đã giải quyết 41.506 yêu cầu cấp điện mới, 100% được giải quyết đúng thời gian quy định.

Quý IV/2024, PC Thanh Hóa phấn đấu đạt sản lượng điện thương phẩm 2.050 triệu kWh, đưa cả năm lên khoảng 7.912 triệu kWh; tỷ lệ tổn thất điện năng cả năm dưới 4,3%.

Để được hỗ trợ, khách hàng liên hệ Trung tâm Chăm sóc khách hàng qua số điện thoại 1900 6769 hoặc trụ sở Công ty tại số 98 đường Triệu Quốc Đạt, TP Thanh Hóa.

Minh Hằng
"""

FIG = [
    F("9 tháng tăng 11,4%", "11,4", 11.4, "percent", "%", "sản lượng điện thương phẩm"),
    F("thương phẩm 5.862 triệu kWh", "5.862", 5862e6, "measure", "kWh", "sản lượng điện thương phẩm",
      change=C("increase", 11.4, "%", "cùng kỳ"), percent=74.2,
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("ước đạt 10.945 tỷ đồng", "10.945", 10945e9, "money", "đồng", "doanh thu tiền điện", status="estimate",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("đạt 1.867,4 đồng/kWh", "1.867,4", 1867.4, "money", "đồng/kWh", "giá bán điện bình quân",
      change=C("increase", 38.6, "đồng/kWh", "cùng kỳ"),
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("là 4,12%", "4,12", 4.12, "percent", "%", "tỷ lệ tổn thất điện năng",
      change=C("decrease", 0.31, "%", "cùng kỳ"), target=T(4.35, "%", True),
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("có 1.284.560 khách hàng", "1.284.560", 1284560, "count", "khách hàng", "khách hàng sử dụng điện"),
    F("1.198.300 khách hàng", "1.198.300", 1198300, "count", "khách hàng", "khách hàng sinh hoạt", total=1284560),
    F("(168.450 khách hàng)", "168.450", 168450, "count", "khách hàng", "khách hàng sử dụng điện", location="TP Thanh Hóa"),
    F("(92.310 khách hàng)", "92.310", 92310, "count", "khách hàng", "khách hàng sử dụng điện", location="Quảng Xương"),
    F("(88.760 khách hàng)", "88.760", 88760, "count", "khách hàng", "khách hàng sử dụng điện", location="Hoằng Hóa"),
    F("(86.240 khách hàng)", "86.240", 86240, "count", "khách hàng", "khách hàng sử dụng điện", location="Nghi Sơn"),
    F("đạt 99,62%", "99,62", 99.62, "percent", "%", "tỷ lệ thu tiền điện",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("còn 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "dư nợ tiền điện",
      change=C("decrease", 4.1e9, "đồng", "đầu năm"), period=P("tính đến 30/9", None, "2024-09-30")),
    F("giải quyết 41.506 yêu cầu", "41.506", 41506, "count", "yêu cầu cấp điện mới", "yêu cầu cấp điện mới được giải quyết",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")),
    F("100% được giải quyết", "100", 100, "percent", "%", "tỷ lệ yêu cầu cấp điện mới được giải quyết đúng thời gian quy định",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")),
    F("thương phẩm 2.050 triệu kWh", "2.050", 2050e6, "measure", "kWh", "sản lượng điện thương phẩm", status="target",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 7.912 triệu kWh", "7.912", 7912e6, "measure", "kWh", "sản lượng điện thương phẩm cả năm", approx="about",
      status="target", period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("dưới 4,3%", "4,3", 4.3, "percent", "%", "tỷ lệ tổn thất điện năng cả năm", approx="under", status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
]

build(3, A, FIG, published="2024-10-10", location="Thanh Hóa", comments=[
    "Báo Thanh Hóa (Party newspaper): PC Thanh Hóa, 9 months of 2024 — sales volume, revenue, average price, losses, customers by district, collection, Q4 plan.",
    "Dateline 'Cập nhật: 08:15, 10/10/2024'. Distractors: hotline 1900 6769, address 'số 98 đường Triệu Quốc Đạt', '30/9' as an as-of date, 'Quý IV/2024'.",
    "The headline growth '9 tháng tăng 11,4%' is a percent figure of its own; in the body the same 11,4% is the change of 5.862 triệu kWh, and",
    "'bằng 74,2% kế hoạch năm' is its percent (a share after 'bằng'). 'giảm 0,31% … và thấp hơn chỉ tiêu … (4,35%)': first the change, the bracketed plan is the target (met).",
    "District list: places go to location, subject the list's indicator; no part-of cue, so no total. 1.198.300 after 'trong đó' is a part of 1.284.560.",
    "'tính đến 30/9' takes 2024 from '9 tháng năm 2024'; 'Từ đầu năm đến nay' ends at the dateline. 'cả năm' in the Q4 plan sentence = năm 2024.",
    "'Doanh thu … ước đạt' is estimate; the clause after ';' has its own verb 'đạt' (actual). Periods of later sentences about the 9 months are inherited.",
])
