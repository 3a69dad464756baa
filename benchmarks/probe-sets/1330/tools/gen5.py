"""p1330-5: national newspaper (VnExpress-style): auction of 19 plots in huyện Thạch Thất (Hà Nội); deposits forfeited; city land revenue."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Góc nhìn | Kinh doanh | Bất động sản | Pháp luật

Bất động sản
Thứ năm, 22/8/2024, 20:10 (GMT+7)

Đất đấu giá ở Thạch Thất được trả gần 95 triệu đồng mỗi m2

Hà Nội - Thửa đất rộng hơn 100 m2 ở xã Hương Ngải, huyện Thạch Thất, được trả giá gần 95 triệu đồng mỗi m2, gấp gần 6 lần giá khởi điểm.

Chiều 21/8, UBND huyện Thạch Thất tổ chức đấu giá 19 thửa đất ở tại khu Đồng Cửa, xã Hương Ngải, diện tích mỗi thửa 98-154 m2. Giá khởi điểm 16,2 triệu đồng mỗi m2, tiền đặt trước khoảng 320 triệu đồng mỗi thửa. Phiên đấu giá thu hút hơn 1.500 hồ sơ, trung bình khoảng 80 người tranh một thửa; hàng trăm người dân đứng kín sân nhà văn hóa xã để theo dõi.

Kết quả, thửa có giá trúng cao nhất là 94,8 triệu đồng mỗi m2, thấp nhất 52,5 triệu đồng. Tổng số tiền trúng đấu giá gần 149 tỷ đồng, gấp khoảng 4,2 lần giá khởi điểm.

Hồi tháng 7, tại một phiên đấu giá ở huyện Mê Linh, trong số 30 người trúng có 12 người bỏ cọc, chấp nhận mất tổng cộng hơn 5 tỷ đồng tiền đặt trước.

Theo ông Lê Quang Thành, chuyên gia thẩm định giá, giá đất ven đô tại các huyện có phiên đấu giá đã tăng 30-40% so với đầu năm. "Nhiều người trả giá cao để làm giá cho đất nền xung quanh, sau đó bỏ cọc", ông nói.

Năm nay, Hà Nội giao dự toán thu tiền sử dụng đất khoảng 27.000 tỷ đồng. 7 tháng đầu năm, thành phố thu được 15.600 tỷ đồng, bằng 57,8% dự toán.

Võ Hải
"""

JUL = per("Hồi tháng 7", "2024-07-01", "2024-07-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
TT, ML = "Thạch Thất", "Mê Linh"

FIGS = [
    fig("được trả gần 95 triệu", "95", 95e6, "money", "đồng/m2", approx="nearly",
        subject="giá trả cho đất đấu giá", location=TT),
    fig("rộng hơn 100 m2", "100", 100, "measure", "m2", approx="over",
        subject="diện tích thửa đất", location=TT),
    fig("trả giá gần 95 triệu", "95", 95e6, "money", "đồng/m2", approx="nearly",
        change=chg("increase", 6, "lần", "giá khởi điểm", approx="nearly"),
        subject="giá trả cho thửa đất", location=TT),
    fig("đấu giá 19 thửa", "19", 19, "count", "thửa đất", subject="thửa đất ở đấu giá", location=TT),
    fig("thửa 98-154 m2", "98", 98, "measure", "m2", value_max=154, subject="diện tích mỗi thửa", location=TT),
    fig("khởi điểm 16,2 triệu", "16,2", 16.2e6, "money", "đồng/m2", subject="giá khởi điểm", location=TT),
    fig("khoảng 320 triệu", "320", 320e6, "money", "đồng/thửa", approx="about",
        subject="tiền đặt trước", location=TT),
    fig("hơn 1.500 hồ sơ", "1.500", 1500, "count", "hồ sơ", approx="over",
        subject="hồ sơ tham gia phiên đấu giá", location=TT),
    fig("khoảng 80 người", "80", 80, "measure", "người/thửa", approx="about",
        subject="người tranh một thửa", location=TT),
    fig("hàng trăm người", "trăm", 100, "count", "người dân", approx="about",
        subject="người dân theo dõi phiên đấu giá", location=TT),
    fig("là 94,8 triệu", "94,8", 94.8e6, "money", "đồng/m2", subject="giá trúng cao nhất", location=TT),
    fig("nhất 52,5 triệu", "52,5", 52.5e6, "money", "đồng/m2", subject="giá trúng thấp nhất", location=TT),
    fig("gần 149 tỷ", "149", 149e9, "money", "đồng", approx="nearly",
        change=chg("increase", 4.2, "lần", "giá khởi điểm", approx="about"),
        subject="tổng số tiền trúng đấu giá", location=TT),
    fig("số 30 người", "30", 30, "count", "người", subject="người trúng đấu giá", period=JUL, location=ML),
    fig("có 12 người", "12", 12, "count", "người", total=30, subject="người trúng đấu giá bỏ cọc",
        period=JUL, location=ML),
    fig("hơn 5 tỷ", "5", 5e9, "money", "đồng", approx="over", subject="tiền đặt trước bị mất",
        period=JUL, location=ML),
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="giá đất ven đô tại các huyện có phiên đấu giá"),
    fig("khoảng 27.000 tỷ", "27.000", 27000e9, "money", "đồng", approx="about", status="target",
        subject="dự toán thu tiền sử dụng đất", period=NOW),
    fig("được 15.600 tỷ", "15.600", 15600e9, "money", "đồng", percent=57.8,
        subject="thu tiền sử dụng đất", period=M7),
]

NOTES = [
    "National newspaper (VnExpress-style): menu, section, 'Thứ năm, 22/8/2024, 20:10 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: '(GMT+7)', 20:10, 'Chiều 21/8', 'so với đầu năm' (baseline only).",
    "Headline and sapo 'gần 95 triệu đồng mỗi m2' are two figures; 'mỗi m2', 'mỗi thửa' are denominators: đồng/m2, đồng/thửa.",
    "'gấp gần 6 lần giá khởi điểm', 'gấp khoảng 4,2 lần giá khởi điểm' after an amount → change in lần with its own approx.",
    "'khoảng 80 người tranh một thửa' is a rate (measure, người/thửa); 'một thửa' is its denominator, not a figure.",
    "'hàng trăm người dân' → 100, approx about. 'trong số 30 người trúng có 12 người bỏ cọc' → 30 is a figure, 12 has total 30.",
    "'tăng 30-40% so với đầu năm' is a growth rate as the claim: percent range, no change, no period. Default location Hà Nội;",
    "the Thạch Thất passage and the Mê Linh sentence get their districts. 'giao dự toán … khoảng 27.000 tỷ' → target, năm nay = 2024.",
]

if __name__ == "__main__":
    write("p1330-5", TEXT, NOTES, FIGS, published="2024-08-22", location="Hà Nội")
