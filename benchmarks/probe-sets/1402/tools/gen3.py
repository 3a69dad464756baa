"""p1402-3: ministry site (Bộ Giao thông vận tải): national overview of public bike sharing, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Hoạt động của ngành

Phát triển xe đạp công cộng - hướng đi cho giao thông xanh đô thị

22/03/2024 | 10:15 | Vụ Môi trường

Theo tổng hợp của Vụ Môi trường, đến hết năm 2023, dịch vụ xe đạp công cộng đã được triển khai tại 7 tỉnh, thành phố với khoảng 370 trạm và hơn 4.800 xe. Năm 2023, các hệ thống ghi nhận khoảng 3,6 triệu lượt thuê, gấp 2,7 lần năm 2022.

Hà Nội dẫn đầu với 2,1 triệu lượt thuê, chiếm 58,3% tổng số lượt thuê cả nước; tiếp đến là TP Hồ Chí Minh 860.000 lượt, Đà Nẵng 312.000 lượt và Thừa Thiên Huế 145.000 lượt.

Số người dùng ứng dụng thuê xe trên cả nước khoảng 520.000 người, trong đó người từ 18 đến 35 tuổi chiếm gần 70%. Giá thuê phổ biến từ 5.000 đến 10.000 đồng/30 phút; giá vé tháng dao động 50.000-120.000 đồng. Tổng vốn đầu tư của các hệ thống ước khoảng 290 tỷ đồng, chủ yếu do doanh nghiệp bỏ vốn theo hình thức xã hội hóa.

Thực hiện Quyết định số 876/QĐ-TTg của Thủ tướng Chính phủ về chuyển đổi năng lượng xanh trong giao thông vận tải, Bộ định hướng đến năm 2030 có ít nhất 20 đô thị triển khai xe đạp công cộng với khoảng 15.000 xe, lượt thuê đạt 25 triệu lượt/năm. Theo tính toán của Vụ Môi trường, mỗi lượt đạp xe thay cho xe máy giúp giảm bình quân khoảng 0,21 kg CO2.

Tại Hội nghị giao thông đô thị bền vững lần thứ 2, các đại biểu kiến nghị dành làn riêng cho xe đạp trên các trục phố chính.

Bộ Giao thông vận tải - 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3942.4017
"""

ASOF = per("đến hết năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ = "lượt thuê xe đạp công cộng"

FIGS = [
    fig("tại 7 tỉnh", "7", 7, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố triển khai dịch vụ xe đạp công cộng", period=ASOF),
    fig("khoảng 370 trạm", "370", 370, "count", "trạm", approx="about",
        subject="trạm xe đạp công cộng", period=ASOF),
    fig("hơn 4.800 xe", "4.800", 4800, "count", "xe", approx="over", subject="xe đạp công cộng", period=ASOF),
    fig("khoảng 3,6 triệu", "3,6", 3.6e6, "count", "lượt thuê", approx="about",
        change=chg("increase", 2.7, "lần", "năm 2022"), subject=SUBJ, period=Y23),
    fig("với 2,1 triệu", "2,1", 2.1e6, "count", "lượt thuê", percent=58.3, subject=SUBJ,
        period=inh(Y23), location="Hà Nội"),
    fig("Minh 860.000 lượt", "860.000", 860000, "count", "lượt", subject=SUBJ,
        period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("Đà Nẵng 312.000", "312.000", 312000, "count", "lượt", subject=SUBJ,
        period=inh(Y23), location="Đà Nẵng"),
    fig("Huế 145.000", "145.000", 145000, "count", "lượt", subject=SUBJ,
        period=inh(Y23), location="Thừa Thiên Huế"),
    fig("khoảng 520.000 người", "520.000", 520000, "count", "người", approx="about",
        subject="người dùng ứng dụng thuê xe"),
    fig("từ 18 đến 35 tuổi", "18", 18, "measure", "tuổi", value_max=35, optional=True),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="người dùng từ 18 đến 35 tuổi"),
    fig("từ 5.000 đến 10.000", "5.000", 5000, "money", "đồng/30 phút", value_max=10000,
        subject="giá thuê phổ biến"),
    fig("dao động 50.000-120.000", "50.000", 50000, "money", "đồng", value_max=120000, subject="giá vé tháng"),
    fig("khoảng 290 tỷ", "290", 290e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng vốn đầu tư của các hệ thống"),
    fig("ít nhất 20 đô thị", "20", 20, "count", "đô thị", approx="at_least", status="target",
        subject="đô thị triển khai xe đạp công cộng", period=T30),
    fig("khoảng 15.000 xe", "15.000", 15000, "count", "xe", approx="about", status="target",
        subject="xe đạp công cộng", period=T30),
    fig("đạt 25 triệu", "25", 25e6, "measure", "lượt/năm", status="target", subject="lượt thuê", period=T30),
    fig("khoảng 0,21 kg", "0,21", 0.21, "measure", "kg", approx="about",
        subject="lượng CO2 giảm bình quân mỗi lượt đạp xe thay cho xe máy"),
]

NOTES = [
    "Ministry site (Bộ Giao thông vận tải): breadcrumb, '22/03/2024 | 10:15 | Vụ Môi trường', conference note, address footer.",
    "Distractors: 10:15, Quyết định số 876/QĐ-TTg, 'lần thứ 2', '80 Trần Hưng Đạo', phone 024.3942.4017, 'CO2', the denominator in 'đồng/30 phút'.",
    "National figures: location Việt Nam; the 'tiếp đến là' list items take their province as location and the list's indicator as subject.",
    "'đến hết năm 2023' is an as-of date (start null). List items of the next sentence inherit 'Năm 2023' (not scored).",
    "'gấp 2,7 lần năm 2022' is the change of 3,6 triệu (unit lần). 'chiếm 58,3% tổng số lượt thuê cả nước' is the percent of 2,1 triệu.",
    "'người từ 18 đến 35 tuổi' is an age band inside the subject of 'gần 70%': optional (a qualifier, not a claim).",
    "'ước khoảng 290 tỷ' → estimate + about. 'Bộ định hướng đến năm 2030' → target for all three clauses; '25 triệu lượt/năm' is a rate (measure).",
]

if __name__ == "__main__":
    write("p1402-3", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
