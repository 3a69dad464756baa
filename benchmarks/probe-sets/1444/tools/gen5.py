"""p1444-5: provincial newspaper (Báo Quảng Ngãi): septic pumping boom, where does the sludge go; new treatment station."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Thứ Ba, 10/09/2024 - 07:15

Dịch vụ hút hầm cầu "nở rộ", bùn thải đi đâu?

(Baoquangngai.vn)- Mỗi tháng, các xe hút hầm cầu trên địa bàn tỉnh hút khoảng 2.500 m3 bùn thải, nhưng chỉ khoảng 40% được đưa về nơi xử lý đúng quy định.

Theo thống kê của Sở Tài nguyên và Môi trường, toàn tỉnh hiện có khoảng 35 cơ sở hút hầm cầu, tăng gấp đôi so với năm 2020, tập trung ở TP Quảng Ngãi (21 cơ sở), thị xã Đức Phổ (6 cơ sở) và huyện Bình Sơn (5 cơ sở). Tuy vậy, bãi chôn lấp Nghĩa Kỳ chỉ tiếp nhận trung bình 38 chuyến xe mỗi tháng.

Anh Trần Văn Lực, chủ cơ sở hút hầm cầu ở số 215 Quang Trung, TP Quảng Ngãi, cho biết giá hút hiện dao động 700.000-1.000.000 đồng/lần, tùy khoảng cách và thể tích bể. "Mỗi xe 5 khối của tôi chạy ba đến bốn chuyến một ngày vào mùa mưa", anh Lực nói.

Để giải quyết, UBND tỉnh đã phê duyệt dự án Trạm xử lý bùn phân tại xã Nghĩa Kỳ với tổng vốn hơn 46 tỷ đồng, công suất 60 m3/ngày. Đến cuối tháng 8/2024, khối lượng thi công đạt khoảng 70%; trạm dự kiến đi vào vận hành từ quý I/2025. Khi hoàn thành, trạm dự kiến xử lý được 80-90% lượng bùn hầm cầu của TP Quảng Ngãi và các huyện lân cận.

Năm 2023, ngành chức năng xử phạt 12 trường hợp xả bùn thải ra môi trường với số tiền 364 triệu đồng, gấp ba lần năm 2022.

THANH NHÃ
"""

AUG = per("Đến cuối tháng 8/2024", None, "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
QN = "Quảng Ngãi"

FIGS = [
    fig("hút khoảng 2.500 m3", "2.500", 2500, "measure", "m3/tháng", approx="about",
        subject="bùn thải các xe hút hầm cầu hút mỗi tháng"),
    fig("chỉ khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="bùn thải được đưa về nơi xử lý đúng quy định"),
    fig("khoảng 35 cơ sở", "35", 35, "count", "cơ sở", approx="about",
        change=chg("increase", 2, "lần", "năm 2020"), subject="cơ sở hút hầm cầu"),
    fig("Quảng Ngãi (21 cơ sở)", "21", 21, "count", "cơ sở", subject="cơ sở hút hầm cầu", location=QN),
    fig("Đức Phổ (6 cơ sở)", "6", 6, "count", "cơ sở", subject="cơ sở hút hầm cầu", location="Đức Phổ"),
    fig("Bình Sơn (5 cơ sở)", "5", 5, "count", "cơ sở", subject="cơ sở hút hầm cầu", location="Bình Sơn"),
    fig("trung bình 38 chuyến", "38", 38, "measure", "chuyến xe/tháng",
        subject="chuyến xe bãi chôn lấp Nghĩa Kỳ tiếp nhận mỗi tháng"),
    fig("dao động 700.000-1.000.000", "700.000", 700000, "money", "đồng/lần", value_max=1000000,
        subject="giá hút hầm cầu"),
    fig("xe 5 khối", "5", 5, "measure", "khối", subject="dung tích xe hút", optional=True),
    fig("chạy ba đến bốn", "ba", 3, "measure", "chuyến/ngày", value_max=4,
        subject="chuyến mỗi xe chạy một ngày vào mùa mưa"),
    fig("hơn 46 tỷ", "46", 46e9, "money", "đồng", approx="over",
        subject="tổng vốn dự án Trạm xử lý bùn phân"),
    fig("công suất 60 m3/ngày", "60", 60, "measure", "m3/ngày", subject="công suất Trạm xử lý bùn phân"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="khối lượng thi công", period=AUG),
    fig("được 80-90%", "80", 80, "percent", "%", value_max=90, status="forecast",
        subject="lượng bùn hầm cầu của TP Quảng Ngãi và các huyện lân cận trạm xử lý được"),
    fig("xử phạt 12 trường hợp", "12", 12, "count", "trường hợp",
        subject="trường hợp xả bùn thải ra môi trường bị xử phạt", period=Y23),
    fig("tiền 364 triệu", "364", 364e6, "money", "đồng", change=chg("increase", 3, "lần", "năm 2022"),
        subject="số tiền xử phạt", period=Y23),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Ngãi): 'Thứ Ba, 10/09/2024 - 07:15', sapo with tag '(Baoquangngai.vn)-', byline at the end.",
    "Default location Quảng Ngãi (tag + 'toàn tỉnh'; TP Quảng Ngãi shares the name). Đức Phổ, Bình Sơn list items → their places.",
    "Distractors: 07:15, 'số 215 Quang Trung' (house number), 'quý I/2025' (a start date), 'năm 2020'/'năm 2022' baselines.",
    "'tăng gấp đôi so với năm 2020' and 'gấp ba lần năm 2022' are changes in 'lần'. The three places (21+6+5 = 32 ≠ 35)",
    "follow 'tập trung ở', not a part-of cue, and do not add up: no total.",
    "'chỉ khoảng 40% được đưa về ...' is its own percent figure (no đạt/chiếm/bằng after the amount).",
    "Rates: 'mỗi tháng ... 2.500 m3' → m3/tháng; '38 chuyến xe mỗi tháng' → measure chuyến xe/tháng; 'ba đến bốn chuyến một ngày'",
    "→ measure chuyến/ngày, range from number words. 'xe 5 khối' is a vehicle type label (optional).",
    "'Đến cuối tháng 8/2024' → as-of, end 2024-08-31. 'trạm dự kiến xử lý được 80-90%' → forecast, no period.",
]

if __name__ == "__main__":
    write("p1444-5", TEXT, NOTES, FIGS, published="2024-09-10", location=QN)
