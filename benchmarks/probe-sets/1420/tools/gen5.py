"""p1420-5: provincial newspaper (Báo Quảng Nam, QNO): the Tam Kỳ impound lot, fees piling up, slow auctions."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa

Hàng nghìn xe vi phạm "đắp chiếu" chờ thanh lý

Thứ Ba, 22/10/2024 | 07:15

(QNO) - Bãi tạm giữ phương tiện của Công an TP Tam Kỳ hiện chứa gần 2.700 xe vi phạm, phần lớn đã quá hạn nhưng chủ xe không đến nhận. Việc thanh lý vẫn còn vướng thủ tục.

Bãi tạm giữ rộng chừng 4.000 m2 trên đường Điện Biên Phủ, phường Hòa Thuận, chất kín xe máy cũ, nhiều chiếc đã mục nát. Theo Công an TP Tam Kỳ, bãi đang giữ 2.684 phương tiện, gồm 2.390 xe máy, 57 ô tô và 237 xe đạp, xe đạp điện; có tới 1.905 xe đã quá thời hạn tạm giữ.

Đại úy Lê Văn Hòa, Đội trưởng Đội CSGT - Trật tự Công an TP Tam Kỳ cho biết, mỗi tháng đơn vị tạm giữ thêm khoảng 150-180 phương tiện, nhưng chỉ chưa tới 90 xe được chủ đến nhận.

Phí trông giữ theo quy định của tỉnh là 4.000 đồng/ngày đêm đối với xe máy, 25.000 đồng/ngày đêm đối với ô tô. Nhiều xe nằm bãi lâu, phí cộng dồn đã vượt giá trị chiếc xe; như xe máy biển số 92K1-345.67 bị tạm giữ từ tháng 3/2019 đến nay có tiền phí hơn 7,6 triệu đồng.

Năm 2023, Công an TP Tam Kỳ đề nghị tịch thu, bán đấu giá 612 xe; nhưng 9 tháng đầu năm 2024 mới thanh lý được 240 xe, thu hơn 310 triệu đồng.

Theo Sở Tài chính, toàn tỉnh Quảng Nam hiện có khoảng 11.000 phương tiện vi phạm tồn đọng tại 18 bãi tạm giữ. Tỉnh đang lấy ý kiến xây dựng một bãi tạm giữ tập trung tại huyện Núi Thành, kinh phí dự kiến 25 tỷ đồng.

VĂN PHIN
"""

QN = "Quảng Nam"
SINCE = per("từ tháng 3/2019 đến nay", "2019-03-01", "2024-10-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    fig("Hàng nghìn xe", "Hàng nghìn", 1000, "count", "xe", approx="about",
        subject="xe vi phạm chờ thanh lý"),
    fig("gần 2.700 xe", "2.700", 2700, "count", "xe", approx="nearly",
        subject="xe vi phạm bãi tạm giữ phương tiện của Công an TP Tam Kỳ chứa"),
    fig("chừng 4.000 m2", "4.000", 4000, "measure", "m2", approx="about", subject="diện tích bãi tạm giữ"),
    fig("giữ 2.684 phương tiện", "2.684", 2684, "count", "phương tiện", subject="phương tiện bãi đang giữ"),
    fig("gồm 2.390 xe máy", "2.390", 2390, "count", "xe máy", total=2684, subject="xe máy bãi đang giữ"),
    fig("57 ô tô", "57", 57, "count", "ô tô", total=2684, subject="ô tô bãi đang giữ"),
    fig("237 xe đạp", "237", 237, "count", "xe đạp, xe đạp điện", total=2684,
        subject="xe đạp, xe đạp điện bãi đang giữ"),
    fig("tới 1.905 xe", "1.905", 1905, "count", "xe", subject="xe đã quá thời hạn tạm giữ"),
    fig("khoảng 150-180", "150", 150, "measure", "phương tiện/tháng", value_max=180, approx="about",
        subject="phương tiện đơn vị tạm giữ thêm mỗi tháng"),
    fig("chưa tới 90 xe", "90", 90, "measure", "xe/tháng", approx="under",
        subject="xe được chủ đến nhận mỗi tháng"),
    fig("là 4.000 đồng", "4.000", 4000, "money", "đồng/ngày đêm", subject="phí trông giữ xe máy", location=QN),
    fig("25.000 đồng", "25.000", 25000, "money", "đồng/ngày đêm", subject="phí trông giữ ô tô", location=QN),
    fig("hơn 7,6 triệu", "7,6", 7.6e6, "money", "đồng", approx="over",
        subject="tiền phí của xe máy bị tạm giữ", period=SINCE),
    fig("giá 612 xe", "612", 612, "count", "xe", subject="xe đề nghị tịch thu, bán đấu giá", period=Y23),
    fig("được 240 xe", "240", 240, "count", "xe", subject="xe thanh lý được", period=N9),
    fig("hơn 310 triệu", "310", 310e6, "money", "đồng", approx="over", subject="tiền thu từ thanh lý", period=N9),
    fig("khoảng 11.000", "11.000", 11000, "count", "phương tiện", approx="about",
        subject="phương tiện vi phạm tồn đọng", location=QN),
    fig("tại 18 bãi", "18", 18, "count", "bãi tạm giữ", subject="bãi tạm giữ toàn tỉnh", location=QN),
    fig("một bãi tạm giữ tập trung", "một", 1, "count", "bãi tạm giữ", subject="bãi tạm giữ tập trung xây dựng",
        location="Núi Thành", optional=True),
    fig("dự kiến 25 tỷ", "25", 25e9, "money", "đồng", status="forecast",
        subject="kinh phí xây dựng bãi tạm giữ tập trung", location="Núi Thành"),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): menu, headline, 'Thứ Ba, 22/10/2024 | 07:15', tag '(QNO) -', sapo, byline at the end.",
    "Distractors: 07:15, licence plate '92K1-345.67', 'tháng 3/2019', 'Đại úy', 'đường Điện Biên Phủ'.",
    "Default location Tam Kỳ (the lot of Công an TP Tam Kỳ); 'Phí ... theo quy định của tỉnh' and 'toàn tỉnh Quảng Nam' → Quảng Nam;",
    "the planned central lot in huyện Núi Thành → Núi Thành.",
    "Headline 'Hàng nghìn xe' is a number word (value 1000, approx about). Area written '4.000 m2' (unit m2).",
    "'gồm 2.390 ..., 57 ... và 237 ...' add up to 2.684 → total. 'có tới 1.905 xe' after ';' has no part cue → no total.",
    "'mỗi tháng ... khoảng 150-180 phương tiện, nhưng chỉ chưa tới 90 xe' are monthly rates: measure, unit '…/tháng'.",
    "'bị tạm giữ từ tháng 3/2019 đến nay có tiền phí hơn 7,6 triệu' → period 2019-03-01..published (like 'từ năm 2021 đến nay').",
    "'một bãi tạm giữ tập trung' (a plan to build one lot) is optional: a count of one facility in a planning sentence.",
]

if __name__ == "__main__":
    write("p1420-5", TEXT, NOTES, FIGS, published="2024-10-22", location="Tam Kỳ")
