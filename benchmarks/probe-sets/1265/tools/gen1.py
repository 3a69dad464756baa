"""p1265-1: province portal (Thanh Hóa): market network, upgrading and fees, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Thanh Hóa: Hơn 180 tỷ đồng nâng cấp chợ dân sinh trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, toàn tỉnh Thanh Hóa đã xây mới 6 chợ và cải tạo, nâng cấp 27 chợ dân sinh với tổng vốn khoảng 186 tỷ đồng, trong đó vốn ngân sách nhà nước 41 tỷ đồng, vốn xã hội hóa 145 tỷ đồng.

Hiện toàn tỉnh có 427 chợ, gồm 9 chợ hạng 1, 38 chợ hạng 2 và 380 chợ hạng 3; trong đó 312 chợ ở khu vực nông thôn, chiếm 73,1%. Tính đến ngày 30/9/2024, số chợ được chuyển đổi mô hình quản lý sang doanh nghiệp, hợp tác xã là 58 chợ, tăng 11 chợ so với cùng kỳ năm 2023. Các chợ có khoảng 38.600 hộ kinh doanh cố định, tạo việc làm cho hơn 52 nghìn lao động.

Thu giá dịch vụ sử dụng diện tích bán hàng tại chợ 9 tháng ước đạt 64,3 tỷ đồng, bằng 78,5% kế hoạch năm, tăng 6,2% so với cùng kỳ.

Tại thị xã Nghi Sơn, chợ Hải Hòa sau khi được Công ty cổ phần Thương mại Tân Phát đầu tư 35 tỷ đồng xây dựng lại đã bố trí 420 ki-ốt, sạp hàng; mức thu từ 120.000 đến 350.000 đồng/ki-ốt/tháng tùy vị trí. Ban quản lý chợ đã miễn giá dịch vụ đến hết năm 2024 cho gần ba chục hộ tiểu thương khó khăn.

Thực hiện Quyết định số 2156/QĐ-UBND của UBND tỉnh, ngành Công Thương phấn đấu đến năm 2025 toàn tỉnh có ít nhất 70 chợ được chuyển đổi mô hình quản lý và 100% chợ hạng 1, hạng 2 đạt chuẩn an toàn phòng cháy, chữa cháy.

Tin liên quan:
- Thanh Hóa: Tổng kết 5 năm thực hiện Nghị quyết số 07-NQ/TU
- Hội chợ Xúc tiến thương mại Bắc Trung Bộ lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
NS = "Nghi Sơn"

FIGS = [
    fig("Hơn 180 tỷ", "180", 180e9, "money", "đồng", approx="over",
        subject="vốn nâng cấp chợ dân sinh", period=NINE_H),
    fig("xây mới 6 chợ", "6", 6, "count", "chợ", subject="chợ xây mới", period=NINE),
    fig("nâng cấp 27 chợ", "27", 27, "count", "chợ", subject="chợ dân sinh cải tạo, nâng cấp", period=NINE),
    fig("khoảng 186 tỷ", "186", 186e9, "money", "đồng", approx="about",
        subject="tổng vốn xây mới, cải tạo, nâng cấp chợ", period=NINE),
    fig("nước 41 tỷ", "41", 41e9, "money", "đồng", total=186e9,
        subject="vốn ngân sách nhà nước", period=NINE),
    fig("hóa 145 tỷ", "145", 145e9, "money", "đồng", total=186e9, subject="vốn xã hội hóa", period=NINE),
    fig("có 427 chợ", "427", 427, "count", "chợ", subject="chợ toàn tỉnh"),
    fig("gồm 9 chợ", "9", 9, "count", "chợ", total=427, subject="chợ hạng 1"),
    fig("38 chợ hạng 2", "38", 38, "count", "chợ", total=427, subject="chợ hạng 2"),
    fig("380 chợ hạng 3", "380", 380, "count", "chợ", total=427, subject="chợ hạng 3"),
    fig("312 chợ ở", "312", 312, "count", "chợ", total=427, percent=73.1,
        subject="chợ ở khu vực nông thôn"),
    fig("là 58 chợ", "58", 58, "count", "chợ", change=chg("increase", 11, "chợ", "cùng kỳ năm 2023"),
        subject="chợ được chuyển đổi mô hình quản lý sang doanh nghiệp, hợp tác xã", period=ASOF),
    fig("khoảng 38.600 hộ", "38.600", 38600, "count", "hộ kinh doanh", approx="about",
        subject="hộ kinh doanh cố định tại các chợ"),
    fig("hơn 52 nghìn", "52", 52000, "count", "lao động", approx="over",
        subject="lao động có việc làm tại các chợ"),
    fig("ước đạt 64,3 tỷ", "64,3", 64.3e9, "money", "đồng", status="estimate", percent=78.5,
        change=chg("increase", 6.2, "%", "cùng kỳ"),
        subject="thu giá dịch vụ sử dụng diện tích bán hàng tại chợ", period=NINE_H),
    fig("tư 35 tỷ", "35", 35e9, "money", "đồng", subject="vốn đầu tư xây dựng lại chợ Hải Hòa", location=NS),
    fig("bố trí 420 ki-ốt", "420", 420, "count", "ki-ốt, sạp hàng",
        subject="ki-ốt, sạp hàng chợ Hải Hòa bố trí", location=NS),
    fig("từ 120.000 đến", "120.000", 120000, "money", "đồng/ki-ốt/tháng", value_max=350000,
        subject="mức thu ki-ốt, sạp hàng chợ Hải Hòa", location=NS),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ tiểu thương", approx="nearly",
        subject="hộ tiểu thương khó khăn được miễn giá dịch vụ", location=NS),
    fig("ít nhất 70 chợ", "70", 70, "count", "chợ", approx="at_least", status="target",
        subject="chợ được chuyển đổi mô hình quản lý", period=T25),
    fig("và 100% chợ", "100", 100, "percent", "%", status="target",
        subject="chợ hạng 1, hạng 2 đạt chuẩn an toàn phòng cháy, chữa cháy", period=T25),
]

NOTES = [
    "Province portal (Thanh Hóa): market network, upgrading, fees; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'hạng 1/2/3' (market classes), 30/9/2024 (as-of date), Quyết định số 2156/QĐ-UBND,",
    "'đến hết năm 2024', link titles '5 năm' (a span naming a review), Nghị quyết số 07-NQ/TU, 'lần thứ 3'.",
    "Headline 'Hơn 180 tỷ đồng ... trong 9 tháng': its own figure, over, 9 tháng → 2024 (dateline year).",
    "'trong đó vốn ngân sách ..., vốn xã hội hóa ...' parts of 186 tỷ (41 + 145 = 186). 'gồm' list parts of 427 (9 + 38 + 380);",
    "'; trong đó 312 chợ ...' follows the gồm list: its whole is 427 (the figure the cue follows, not the sibling 380); 73,1% = its share.",
    "'tăng 11 chợ so với cùng kỳ năm 2023' is a change in chợ. 'Hiện' and the sentence after the as-of sentence give no period.",
    "'9 tháng ước đạt ... bằng 78,5% kế hoạch năm, tăng 6,2%': estimate, percent 78.5, change 6.2%.",
    "Chợ Hải Hòa passage in thị xã Nghi Sơn: location Nghi Sơn; 'gần ba chục hộ' = 30, nearly.",
    "'phấn đấu đến năm 2025 ... ít nhất 70 chợ ... và 100% chợ': both targets, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1265-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
