from lib import *

TEXT = """Nâng cao độ tin cậy cung cấp điện: SAIDI 6 tháng giảm mạnh
Thứ Sáu, 12/07/2024 - 09:15

(BQN) - 6 tháng đầu năm 2024, Công ty Điện lực Quảng Ngãi (PC Quảng Ngãi) đã tập trung nhiều giải pháp nâng cao độ tin cậy cung cấp điện. Nhờ vậy, thời gian mất điện bình quân của một khách hàng (SAIDI) chỉ còn 142,7 phút, giảm 68,3 phút so với cùng kỳ năm 2023 và bằng 43,2% kế hoạch năm (330 phút). Trong đó, mất điện do sự cố lưới điện là 31,5 phút; do cắt điện có kế hoạch để thi công, sửa chữa là 111,2 phút. Các chỉ số SAIFI, MAIFI lần lượt đạt 1,12 lần và 0,35 lần.

Theo ông Nguyễn Văn Thành, Phó Giám đốc PC Quảng Ngãi, từ đầu năm đến nay, đơn vị đã thực hiện 624 lần thi công, sửa chữa bằng phương pháp hotline, tăng 17% so với cùng kỳ; đưa vào vận hành 38 bộ thiết bị tự động đóng lặp lại (Recloser) và 215 bộ thiết bị chỉ báo sự cố. Số vụ sự cố thoáng qua trên lưới trung áp là 71 vụ, giảm 25 vụ so với cùng kỳ.

Trên địa bàn tỉnh hiện có 436.820 khách hàng sử dụng điện, trong đó khu vực nông thôn, miền núi chiếm khoảng 78%. Ở các huyện miền núi Sơn Tây, Ba Tơ, Minh Long, tỷ lệ hộ có điện lần lượt đạt 98,2%, 97,6% và 99,1%; huyện đảo Lý Sơn đạt 100%.

Năm 2024, PC Quảng Ngãi phấn đấu SAIDI không quá 330 phút, tỷ lệ tổn thất điện năng dưới 3,6%. Để đạt mục tiêu, công ty sẽ tiếp tục triển khai Đề án nâng cao độ tin cậy giai đoạn 2021-2025, ưu tiên cải tạo các xuất tuyến 22 kV có suất sự cố cao như 471 Tịnh Phong, 473 Quảng Phú.

Mọi yêu cầu về dịch vụ điện, khách hàng liên hệ Trung tâm Chăm sóc khách hàng 19001909 hoặc trụ sở số 07 Phan Bội Châu, TP Quảng Ngãi.

THANH NHỊ
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12", True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("chỉ còn 142,7 phút", "142,7", 142.7, "measure", "phút", "thời gian mất điện bình quân của một khách hàng (SAIDI)", H6i,
      change=CH("decrease", 68.3, "phút", "cùng kỳ năm 2023"), percent=43.2, target=TG(330, "phút", True)),
    F("lưới điện là 31,5 phút", "31,5", 31.5, "measure", "phút", "thời gian mất điện do sự cố lưới điện", H6i, total=142.7),
    F("sửa chữa là 111,2 phút", "111,2", 111.2, "measure", "phút", "thời gian mất điện do cắt điện có kế hoạch để thi công, sửa chữa", H6i, total=142.7),
    F("đạt 1,12 lần", "1,12", 1.12, "measure", "lần", "chỉ số SAIFI", H6i),
    F("và 0,35 lần", "0,35", 0.35, "measure", "lần", "chỉ số MAIFI", H6i),
    F("thực hiện 624 lần", "624", 624, "count", "lần", "lần thi công, sửa chữa bằng phương pháp hotline", YTD,
      change=CH("increase", 17, "%", "cùng kỳ")),
    F("vận hành 38 bộ", "38", 38, "count", "bộ", "thiết bị tự động đóng lặp lại (Recloser) đưa vào vận hành", YTD),
    F("và 215 bộ", "215", 215, "count", "bộ", "thiết bị chỉ báo sự cố đưa vào vận hành", YTD),
    F("trung áp là 71 vụ", "71", 71, "count", "vụ", "sự cố thoáng qua trên lưới trung áp", YTDi,
      change=CH("decrease", 25, "vụ", "cùng kỳ")),
    F("có 436.820 khách hàng", "436.820", 436820, "count", "khách hàng", "khách hàng sử dụng điện"),
    F("chiếm khoảng 78%", "78", 78, "percent", "%", "khách hàng sử dụng điện khu vực nông thôn, miền núi", approx="about"),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ hộ có điện", location="Sơn Tây"),
    F("98,2%, 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ hộ có điện", location="Ba Tơ"),
    F("và 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ hộ có điện", location="Minh Long"),
    F("Lý Sơn đạt 100%", "100", 100, "percent", "%", "tỷ lệ hộ có điện", location="Lý Sơn"),
    F("không quá 330 phút", "330", 330, "measure", "phút", "SAIDI", Y24, approx="at_most", status="target"),
    F("dưới 3,6%", "3,6", 3.6, "percent", "%", "tỷ lệ tổn thất điện năng", Y24, approx="under", status="target"),
    F("xuất tuyến 22 kV", "22", 22, "measure", "kV", optional=True),
]

build(2, TEXT, [
    "Báo Quảng Ngãi (BQN) style Party newspaper: PC Quảng Ngãi, reliability in the first half of 2024 (SAIDI/SAIFI/MAIFI, hotline work, reclosers, customers).",
    "Dateline 'Thứ Sáu, 12/07/2024 - 09:15'; byline at the end. Distractors: feeder names '471 Tịnh Phong', '473 Quảng Phú', hotline 19001909,",
    "'số 07 Phan Bội Châu', 'giai đoạn 2021-2025', 'Đề án'. The voltage class '22 kV' is a label (optional).",
    "142,7 phút: 'giảm 68,3 phút' = change; 'bằng 43,2% kế hoạch năm' = percent; '(330 phút)' = target (met, SAIDI below plan). The period",
    "'6 tháng đầu năm 2024' stands in the previous sentence (inherited). 'Trong đó' parts 31,5 + 111,2 = 142,7 take total 142.7.",
    "'lần lượt' list: SAIFI 1,12 / MAIFI 0,35 (measure, lần). 'từ đầu năm đến nay' runs to the dateline 2024-07-12.",
    "'hiện có 436.820 khách hàng' has no period. 'chiếm khoảng 78%' is a share with no count of its own: a percent figure (no total).",
    "District list (Sơn Tây, Ba Tơ, Minh Long, Lý Sơn): location = district, subject = the list's indicator; no period stated.",
    "Targets 'Năm 2024 … phấn đấu … không quá 330 phút' (at_most) and 'dưới 3,6%' (under).",
], FIGS, published="2024-07-12", location="Quảng Ngãi")
