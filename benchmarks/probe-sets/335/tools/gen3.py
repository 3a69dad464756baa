from lib import F, P, chg, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Tin hoạt động

Đẩy nhanh tiến độ các dự án cao tốc Bắc – Nam phía Đông giai đoạn 2021-2025

Chiều 18/10, Thứ trưởng Bộ GTVT chủ trì cuộc họp giao ban trực tuyến với 12 địa phương có dự án đi qua. Theo Cục Quản lý đầu tư xây dựng, 12 dự án thành phần thuộc giai đoạn 2021-2025 có tổng chiều dài 729 km, tổng mức đầu tư 146.990 tỷ đồng, triển khai theo Nghị quyết số 44/2022/QH15 của Quốc hội.

Đến nay, các dự án đã hoàn thành khoảng 68% sản lượng; lũy kế giải ngân 84.260 tỷ đồng, bằng 57,3% tổng mức đầu tư. Trong 9 tháng năm 2024, Bộ GTVT giải ngân cho các dự án cao tốc 28.415 tỷ đồng, đạt 62,8% kế hoạch, cao hơn tỷ lệ bình quân cả nước (47,8%).

Một số dự án có sản lượng cao như Vũng Áng – Bùng đạt 84%, Vạn Ninh – Cam Lộ đạt 81,5%, Quảng Ngãi – Hoài Nhơn đạt 79,2%; trong khi Hoài Nhơn – Quy Nhơn mới đạt 55,4% và Chí Thạnh – Vân Phong đạt 52,1%.

Về mặt bằng, còn khoảng 2,3 km chưa bàn giao, gồm Khánh Hòa 1,1 km, Phú Yên 0,7 km và Bình Định 0,5 km. Một số dự án phía Nam còn thiếu gần 4 triệu m3 cát đắp nền.

Bộ yêu cầu các nhà thầu như Tập đoàn Đèo Cả, Cienco 4, Tổng công ty 36 tăng ca, thi công "3 ca, 4 kíp", bảo đảm hoàn thành trước ngày 31/12/2025. Mục tiêu đến hết năm 2025 cả nước có trên 3.000 km đường cao tốc đưa vào khai thác; hiện đã khai thác 2.021 km.

Bản quyền thuộc Bộ Giao thông vận tải. Địa chỉ: Số 80 Trần Hưng Đạo, Hà Nội.
Tổng truy cập: 12.458.903
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SL = "sản lượng"

FIGS = [
    F("với 12 địa phương", "12", 12, "count", "địa phương", "địa phương có dự án đi qua"),
    F("12 dự án thành phần thuộc", "12", 12, "count", "dự án thành phần", "dự án thành phần"),
    F("dài 729 km", "729", 729, "measure", "km", "tổng chiều dài"),
    F("146.990 tỷ", "146.990", 146.99e12, "money", "đồng", "tổng mức đầu tư"),
    F("khoảng 68%", "68", 68, "percent", "%", "sản lượng hoàn thành", approx="about"),
    F("84.260 tỷ", "84.260", 84.26e12, "money", "đồng", "lũy kế giải ngân", percent=57.3),
    F("28.415 tỷ", "28.415", 28.415e12, "money", "đồng", "giải ngân cho các dự án cao tốc",
      percent=62.8, period=M9),
    F("(47,8%)", "47,8", 47.8, "percent", "%", "tỷ lệ giải ngân bình quân cả nước", period=M9),
    F("Bùng đạt 84%", "84", 84, "percent", "%", SL),
    F("đạt 81,5%", "81,5", 81.5, "percent", "%", SL),
    F("đạt 79,2%", "79,2", 79.2, "percent", "%", SL),
    F("đạt 55,4%", "55,4", 55.4, "percent", "%", SL),
    F("đạt 52,1%", "52,1", 52.1, "percent", "%", SL),
    F("khoảng 2,3 km", "2,3", 2.3, "measure", "km", "mặt bằng chưa bàn giao", approx="about"),
    F("Khánh Hòa 1,1 km", "1,1", 1.1, "measure", "km", "mặt bằng chưa bàn giao", total=2.3, location="Khánh Hòa"),
    F("Phú Yên 0,7 km", "0,7", 0.7, "measure", "km", "mặt bằng chưa bàn giao", total=2.3, location="Phú Yên"),
    F("Bình Định 0,5 km", "0,5", 0.5, "measure", "km", "mặt bằng chưa bàn giao", total=2.3, location="Bình Định"),
    F("gần 4 triệu m3", "4", 4e6, "measure", "m3", "cát đắp nền còn thiếu", approx="nearly"),
    F("trên 3.000 km", "3.000", 3000, "measure", "km", "đường cao tốc đưa vào khai thác", approx="over",
      status="target", period=P("đến hết năm 2025", None, "2025-12-31")),
    F("khai thác 2.021 km", "2.021", 2021, "measure", "km", "đường cao tốc đã khai thác"),
]

COMMENTS = [
    "Bộ GTVT site: giao ban 12 dự án thành phần cao tốc Bắc – Nam phía Đông 2021-2025. No dateline ('Chiều 18/10' has no year): no published.",
    "National figures: location Việt Nam. Project items ('Vũng Áng – Bùng đạt 84%', 'Quảng Ngãi – Hoài Nhơn đạt 79,2%') are projects whose",
    "names contain places, not places: they keep the national location and the list's indicator as subject. Provinces after 'gồm' are locations",
    "and parts of the 2,3 km. '(47,8%)' after 'cao hơn tỷ lệ bình quân cả nước' is a level of its own, not a change. 'giai đoạn 2021-2025' names",
    "the programme, so project facts get no period. 'Đến nay' with no published date gives no dated period (not annotated).",
    "Distractors: Nghị quyết số 44/2022/QH15, 'Cienco 4', 'Tổng công ty 36', '3 ca, 4 kíp', 31/12/2025, address 'Số 80 Trần Hưng Đạo, Hà Nội',",
    "'Tổng truy cập: 12.458.903' (page furniture).",
]

write("p335-3", TEXT, FIGS, COMMENTS, location="Việt Nam")
