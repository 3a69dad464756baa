"""p1265-4: provincial newspaper (Báo Vĩnh Long, VLO): empty markets, traders giving up stalls, fee cut."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO VĨNH LONG ĐIỆN TỬ
Kinh tế > Thương mại - Dịch vụ

Chợ truyền thống vắng khách, tiểu thương trả sạp

Thứ Ba, 19/11/2024 | 06:15

(VLO) - Sức mua giảm, cạnh tranh từ thương mại điện tử khiến nhiều chợ truyền thống trên địa bàn tỉnh vắng vẻ, không ít tiểu thương phải trả lại sạp.

Tại chợ Vĩnh Long (phường 1, TP Vĩnh Long), trong tổng số 612 sạp, ki-ốt chỉ còn khoảng 430 điểm kinh doanh hoạt động thường xuyên. Bà Trần Thị Hoa, tiểu thương bán vải hơn 20 năm, cho biết doanh thu mỗi ngày của bà giảm từ 3-4 triệu đồng xuống còn khoảng 1 triệu đồng.

Theo Sở Công Thương, toàn tỉnh có 96 chợ, trong đó khoảng 30% số chợ có tỷ lệ lấp đầy dưới 50%. 10 tháng đầu năm 2024, có 1.140 hộ tiểu thương trả lại sạp, ki-ốt, tăng 26% so với cùng kỳ năm 2023. Doanh thu bán lẻ qua chợ 10 tháng ước đạt 9.450 tỷ đồng, chiếm khoảng 27% tổng mức bán lẻ hàng hóa của tỉnh.

Từ ngày 1/7 đến hết năm 2024, UBND tỉnh giảm 50% giá dịch vụ sử dụng diện tích bán hàng tại các chợ do Nhà nước đầu tư. Sau khi giảm, mức thu tại chợ hạng 2 còn từ 45.000 đến 90.000 đồng/m2/tháng.

"Giảm phí là cần thiết, nhưng cái chúng tôi cần nhất là khách", ông Lê Văn Sáu, tiểu thương chợ Trà Ôn (huyện Trà Ôn) nói. Theo ông Sáu, có buổi sáng cả dãy hàng khô chỉ đón khoảng hai chục người mua, ít hơn hẳn so với trước dịch Covid-19.

Tỉnh phấn đấu đến năm 2025 có 100% chợ hạng 1, hạng 2 lắp camera giám sát và ít nhất 40 chợ triển khai thanh toán không dùng tiền mặt; hỗ trợ 500 tiểu thương bán hàng trên sàn thương mại điện tử.

THANH TÂM
"""

M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
M10S = per("10 tháng", "2024-01-01", "2024-10-31")
CUT = per("Từ ngày 1/7 đến hết năm 2024", "2024-07-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("tổng số 612 sạp", "612", 612, "count", "sạp, ki-ốt", subject="sạp, ki-ốt chợ Vĩnh Long"),
    fig("khoảng 430 điểm", "430", 430, "count", "điểm kinh doanh", approx="about", total=612,
        subject="điểm kinh doanh hoạt động thường xuyên"),
    fig("vải hơn 20 năm", "20", 20, "measure", "năm", approx="over", subject="thời gian bà Hoa bán vải",
        optional=True),
    fig("từ 3-4 triệu", "3", 3e6, "money", "đồng/ngày", value_max=4e6,
        subject="doanh thu mỗi ngày của bà Hoa trước đây", optional=True),
    fig("còn khoảng 1 triệu", "1", 1e6, "money", "đồng/ngày", approx="about",
        subject="doanh thu mỗi ngày của bà Hoa"),
    fig("có 96 chợ", "96", 96, "count", "chợ", subject="chợ toàn tỉnh"),
    fig("khoảng 30% số", "30", 30, "percent", "%", approx="about",
        subject="số chợ có tỷ lệ lấp đầy dưới 50%"),
    fig("dưới 50%", "50", 50, "percent", "%", approx="under", subject="tỷ lệ lấp đầy", optional=True),
    fig("có 1.140 hộ", "1.140", 1140, "count", "hộ tiểu thương",
        change=chg("increase", 26, "%", "cùng kỳ năm 2023"),
        subject="hộ tiểu thương trả lại sạp, ki-ốt", period=M10),
    fig("ước đạt 9.450 tỷ", "9.450", 9450e9, "money", "đồng", status="estimate", percent=27,
        subject="doanh thu bán lẻ qua chợ", period=M10S),
    fig("giảm 50% giá", "50", 50, "percent", "%",
        subject="giảm giá dịch vụ sử dụng diện tích bán hàng tại các chợ do Nhà nước đầu tư", period=CUT),
    fig("từ 45.000 đến", "45.000", 45000, "money", "đồng/m2/tháng", value_max=90000,
        subject="mức thu tại chợ hạng 2 sau khi giảm"),
    fig("khoảng hai chục", "hai chục", 20, "count", "người mua", approx="about",
        subject="người mua dãy hàng khô đón", location="Trà Ôn"),
    fig("có 100% chợ", "100", 100, "percent", "%", status="target",
        subject="chợ hạng 1, hạng 2 lắp camera giám sát", period=T25),
    fig("ít nhất 40 chợ", "40", 40, "count", "chợ", approx="at_least", status="target",
        subject="chợ triển khai thanh toán không dùng tiền mặt", period=T25),
    fig("hỗ trợ 500 tiểu thương", "500", 500, "count", "tiểu thương", status="target",
        subject="tiểu thương được hỗ trợ bán hàng trên sàn thương mại điện tử", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Vĩnh Long): menu, headline, 'Thứ Ba, 19/11/2024 | 06:15', sapo with tag '(VLO) -', quote, byline THANH TÂM.",
    "The VLO tag and 'toàn tỉnh' imply Vĩnh Long (default location); chợ Vĩnh Long stands in TP Vĩnh Long (same name after the prefix).",
    "'trong tổng số 612 sạp, ki-ốt chỉ còn khoảng 430 điểm kinh doanh' → total 612.",
    "Optional: 'hơn 20 năm' (a trader's years in the trade), the old range 'từ 3-4 triệu đồng' in 'giảm từ ... xuống còn ...'",
    "(the current value is the claim; as in 1242 for 'nâng từ 40 triệu lên 50 triệu'), and the threshold 'dưới 50%' inside the subject.",
    "'khoảng 30% số chợ có tỷ lệ lấp đầy dưới 50%' is a percent figure (about). '10 tháng' (year-less) → 2024 from the earlier '10 tháng đầu năm 2024'.",
    "'chiếm khoảng 27% tổng mức bán lẻ' → percent attribute 27 of 9.450 tỷ (the 'khoảng' is the share's, the amount is exact).",
    "'Từ ngày 1/7 đến hết năm 2024, ... giảm 50%' → a percent figure (the cut is the claim), period 2024-07-01..2024-12-31.",
    "The range after the cut stands in the next sentence: no period. 'hai chục' = 20, location Trà Ôn (huyện).",
    "'phấn đấu đến năm 2025 ... 100% ... và ít nhất 40 chợ ...; hỗ trợ 500 tiểu thương' → all targets, end 2025-12-31.",
    "revised after the first run: 'hai chục người mua' subject drops 'chợ Trà Ôn' (named in the previous sentence, not in this one).",
    "Distractors: 06:15, 'phường 1', 'hạng 1, hạng 2', 'Covid-19', '1/7' inside the period phrase.",
]

if __name__ == "__main__":
    write("p1265-4", TEXT, NOTES, FIGS, published="2024-11-19", location="Vĩnh Long")
