"""p678-1: Hưng Yên province portal - LED conversion 9 months 2024."""
from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hưng Yên: Hơn 18.600 bộ đèn chiếu sáng công cộng được chuyển sang LED trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.582

(Cổng TTĐT Hưng Yên) - Theo báo cáo của Sở Xây dựng, 9 tháng năm 2024, các địa phương trong tỉnh đã thay thế 18.640 bộ đèn cao áp sodium, đèn compact bằng đèn LED, đạt 77,7% kế hoạch năm, tăng 24,5% so với cùng kỳ năm 2023. Trong đó, thành phố Hưng Yên thay 4.215 bộ, thị xã Mỹ Hào 3.860 bộ, các huyện Văn Lâm (2.730 bộ), Yên Mỹ (2.480 bộ), Khoái Châu (1.905 bộ); số còn lại thuộc các huyện Ân Thi, Kim Động, Tiên Lữ, Phù Cừ, Văn Giang.

Theo Kế hoạch số 112/KH-UBND ngày 15/3/2024 của UBND tỉnh, năm 2024 toàn tỉnh phải thay thế 24.000 bộ đèn.

Tính đến ngày 30/9/2024, toàn tỉnh có 1.284,6 km đường được chiếu sáng, trong đó đường đô thị 412,3 km, đường huyện và đường xã 872,3 km. Hệ thống có 61.250 bộ đèn đang vận hành, trong đó 41.895 bộ là đèn LED, chiếm 68,4%.

Việc chuyển đổi giúp tiết kiệm ước khoảng 3,15 triệu kWh điện trong 9 tháng, tương đương gần 6,2 tỷ đồng tiền điện.

Đến nay, 9/10 huyện, thị xã, thành phố đã lắp đặt tủ điều khiển chiếu sáng thông minh với tổng số 356 tủ. Các tủ tự động giảm 50% công suất đèn từ 23h00 đến 5h00 sáng hôm sau trên các tuyến Quốc lộ 5, Quốc lộ 39 và đường Nguyễn Văn Linh.

Tỉnh phấn đấu đến năm 2025, 100% đèn chiếu sáng trên các tuyến đường đô thị được chuyển sang LED và 80% số xã có đường trục chính được chiếu sáng.

Bích Ngọc
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", end="2024-09-30")
NOW = per("Đến nay", end="2024-10-14")
T25 = per("đến năm 2025", end="2025-12-31")
SUBJ = "bộ đèn chiếu sáng công cộng thay thế bằng đèn LED"

FIGS = [
    fig("Hơn 18.600 bộ", "18.600", 18600, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng được chuyển sang LED",
        per("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    fig("thay thế 18.640 bộ", "18.640", 18640, "count", "bộ đèn", "bộ đèn cao áp sodium, đèn compact thay thế bằng đèn LED", P9,
        percent=77.7, change=chg("increase", 24.5, "%", "cùng kỳ năm 2023")),
    fig("thay 4.215 bộ", "4.215", 4215, "count", "bộ", SUBJ, inh(P9), total=18640, location="Hưng Yên"),
    fig("Mỹ Hào 3.860 bộ", "3.860", 3860, "count", "bộ", SUBJ, inh(P9), total=18640, location="Mỹ Hào"),
    fig("(2.730 bộ)", "2.730", 2730, "count", "bộ", SUBJ, inh(P9), total=18640, location="Văn Lâm"),
    fig("(2.480 bộ)", "2.480", 2480, "count", "bộ", SUBJ, inh(P9), total=18640, location="Yên Mỹ"),
    fig("(1.905 bộ)", "1.905", 1905, "count", "bộ", SUBJ, inh(P9), total=18640, location="Khoái Châu"),
    fig("thay thế 24.000 bộ", "24.000", 24000, "count", "bộ đèn", "bộ đèn phải thay thế theo kế hoạch",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("có 1.284,6 km", "1.284,6", 1284.6, "measure", "km", "đường được chiếu sáng", ASOF),
    fig("đô thị 412,3 km", "412,3", 412.3, "measure", "km", "đường đô thị được chiếu sáng", ASOF, total=1284.6),
    fig("xã 872,3 km", "872,3", 872.3, "measure", "km", "đường huyện và đường xã được chiếu sáng", ASOF, total=1284.6),
    fig("có 61.250 bộ", "61.250", 61250, "count", "bộ đèn", "bộ đèn đang vận hành", inh(ASOF)),
    fig("41.895 bộ", "41.895", 41895, "count", "bộ", "bộ đèn LED đang vận hành", inh(ASOF), total=61250, percent=68.4),
    fig("khoảng 3,15 triệu kWh", "3,15", 3150000, "measure", "kWh", "điện tiết kiệm nhờ chuyển đổi",
        per("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about", status="estimate"),
    fig("gần 6,2 tỷ", "6,2", 6200000000, "money", "đồng", "tiền điện tiết kiệm",
        per("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly", status="estimate"),
    fig("9/10 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố lắp đặt tủ điều khiển chiếu sáng thông minh", NOW, total=10),
    fig("356 tủ", "356", 356, "count", "tủ", "tủ điều khiển chiếu sáng thông minh", NOW),
    fig("giảm 50% công suất", "50", 50, "percent", "%", "công suất đèn giảm từ 23h00 đến 5h00"),
    fig("2025, 100% đèn", "100", 100, "percent", "%", "đèn chiếu sáng trên các tuyến đường đô thị chuyển sang LED", T25,
        status="target"),
    fig("80% số xã", "80", 80, "percent", "%", "số xã có đường trục chính được chiếu sáng", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hưng Yên: LED conversion of public lighting, 9 months 2024; breadcrumb, 'Cập nhật:' line, 'Lượt xem: 3.582' (furniture).",
    "Headline '9 tháng' takes the year of published (nothing earlier). 'Trong đó' district parts get the whole 18.640 (the remainder is unnamed).",
    "'Kế hoạch số 112/KH-UBND', 'Quốc lộ 5/39', '23h00', '5h00', '15/3/2024' are distractors. 'Đến nay' ends at the dateline.",
    "'tương đương gần 6,2 tỷ đồng' is an equivalent amount, its own money figure (estimate continues from 'ước').",
]

if __name__ == "__main__":
    emit("p678-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Hưng Yên")
