"""p515-6: national press (VnExpress-style) — QR payments nationally, cashless growth rates, accounts, markets."""
from lib import F, P, inh, TG, emit

TEXT = """Kinh doanh › Ngân hàng
Thứ ba, 20/8/2024, 06:30 (GMT+7)

Giao dịch qua mã QR tăng gần 80%

Số giao dịch thanh toán qua mã QR 7 tháng đầu năm tăng 79,5% so với cùng kỳ năm trước, theo Ngân hàng Nhà nước.

Số liệu của Vụ Thanh toán, Ngân hàng Nhà nước (NHNN) cho thấy, 7 tháng đầu năm 2024, giao dịch thanh toán không dùng tiền mặt tăng 56,4% về số lượng và 36,8% về giá trị so với cùng kỳ 2023. Trong đó, giao dịch qua kênh Internet tăng 57% về số lượng và 34,5% về giá trị; qua kênh điện thoại di động tăng lần lượt 55,3% và 35,9%. Giá trị giao dịch qua mã QR gấp 2,1 lần cùng kỳ.

Tính đến cuối tháng 6/2024, cả nước có hơn 182,3 triệu tài khoản thanh toán cá nhân, khoảng 87,08% người trưởng thành có tài khoản ngân hàng, vượt mục tiêu 80% đề ra cho năm 2025.

Mã QR đã phổ biến tại các chợ truyền thống. Tại TP HCM, khoảng 15.000 tiểu thương ở 230 chợ đã dùng mã QR; ở Hà Nội, con số này là gần 30.000 hộ kinh doanh tại 152 chợ. Phần lớn ngân hàng miễn phí chuyển khoản qua QR, trong khi phí quẹt thẻ qua máy POS dao động 1,1-2,2% giá trị giao dịch.

Ông Phạm Anh Tuấn, Vụ trưởng Vụ Thanh toán, cho biết hệ thống của Napas hiện xử lý trung bình 25 triệu giao dịch mỗi ngày, cao điểm dịp Tết Giáp Thìn 2024 đạt 40 triệu giao dịch/ngày.

Minh Sơn
"""

M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
M7Y = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
ASOF = P("Tính đến cuối tháng 6/2024", end="2024-06-30")
HCM = "Thành phố Hồ Chí Minh"

FIGS = [
    F("tăng gần 80%", "80", 80, "percent", "%", "giao dịch qua mã QR", inh(M7), approx="nearly"),
    F("tăng 79,5%", "79,5", 79.5, "percent", "%", "số giao dịch thanh toán qua mã QR", M7),
    F("tăng 56,4%", "56,4", 56.4, "percent", "%", "giao dịch thanh toán không dùng tiền mặt về số lượng", M7Y),
    F("và 36,8%", "36,8", 36.8, "percent", "%", "giao dịch thanh toán không dùng tiền mặt về giá trị", M7Y),
    F("tăng 57%", "57", 57, "percent", "%", "giao dịch qua kênh Internet về số lượng", inh(M7Y)),
    F("và 34,5%", "34,5", 34.5, "percent", "%", "giao dịch qua kênh Internet về giá trị", inh(M7Y)),
    F("lần lượt 55,3%", "55,3", 55.3, "percent", "%", "giao dịch qua kênh điện thoại di động về số lượng", inh(M7Y)),
    F("và 35,9%", "35,9", 35.9, "percent", "%", "giao dịch qua kênh điện thoại di động về giá trị", inh(M7Y)),
    F("gấp 2,1 lần", "2,1", 2.1, "multiple", "lần", "giá trị giao dịch qua mã QR so với cùng kỳ", inh(M7Y)),
    F("hơn 182,3 triệu", "182,3", 182300000, "count", "tài khoản", "tài khoản thanh toán cá nhân", ASOF,
      approx="over"),
    F("khoảng 87,08%", "87,08", 87.08, "percent", "%", "người trưởng thành có tài khoản ngân hàng", ASOF,
      approx="about", target=TG(80, "%", True)),
    F("khoảng 15.000 tiểu thương", "15.000", 15000, "count", "tiểu thương", "tiểu thương dùng mã QR",
      approx="about", location=HCM),
    F("ở 230 chợ", "230", 230, "count", "chợ", "chợ có tiểu thương dùng mã QR", location=HCM),
    F("gần 30.000 hộ", "30.000", 30000, "count", "hộ kinh doanh", "hộ kinh doanh dùng mã QR", approx="nearly",
      location="Hà Nội"),
    F("tại 152 chợ", "152", 152, "count", "chợ", "chợ có hộ kinh doanh dùng mã QR", location="Hà Nội"),
    F("dao động 1,1-2,2%", "1,1", 1.1, "percent", "%", "phí quẹt thẻ qua máy POS", value_max=2.2),
    F("trung bình 25 triệu", "25", 25000000, "count", "giao dịch", "giao dịch hệ thống Napas xử lý trung bình mỗi ngày"),
    F("đạt 40 triệu", "40", 40000000, "measure", "giao dịch/ngày", "giao dịch Napas xử lý cao điểm dịp Tết"),
]

COMMENTS = [
    "National press (VnExpress style, invented): giao dịch QR, thanh toán không dùng tiền mặt 7 tháng 2024 (NHNN), tài khoản, chợ.",
    "Distractors: dateline and '(GMT+7)', 'Tết Giáp Thìn 2024', 'mỗi ngày', byline.",
    "Growth rates with no base amount are the claims: percent figures, no change ('tăng lần lượt 55,3% và 35,9%': two figures).",
    "'gấp 2,1 lần cùng kỳ' standing alone: a multiple. '7 tháng đầu năm' in the lead takes 2024 from the dateline.",
    "'vượt mục tiêu 80% đề ra cho năm 2025' is the target attribute of 87,08% (met = true), not a figure.",
    "'40 triệu giao dịch/ngày' is a rate with its denominator in the unit: measure (FIGURES.md 'Rates'); '25 triệu giao dịch mỗi ngày'",
    "keeps 'mỗi ngày' in the subject, count (as shared 004 'mỗi năm tiết kiệm gần 30 tỷ đồng', 001 '35 phút mỗi người/một ngày').",
    "revised after the first run: 40 triệu giao dịch/ngày kind count -> measure (the spec's rate rule; the gold was wrong).",
    "TP HCM / Hà Nội market figures carry their city as location; the rest is Việt Nam. 'hiện' gives no period.",
]

if __name__ == "__main__":
    emit("p515-6", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Việt Nam")
