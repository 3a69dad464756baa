"""p1331-8: news agency (TTXVN / Vietnam+): Hải Phòng hands over social housing apartments to workers; city results and plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Xã hội
Hải Phòng bàn giao 1.180 căn nhà ở xã hội cho công nhân

15/03/2025 10:20 GMT+7

Hải Phòng (TTXVN) - Ngày 15/3, tại quận Hải An, Công ty cổ phần Đầu tư Nhà ở Cảng Xanh đã bàn giao 1.180 căn hộ thuộc giai đoạn 1 dự án nhà ở xã hội Cảng Xanh Residence cho người mua, chủ yếu là công nhân Khu kinh tế Đình Vũ - Cát Hải.

Dự án có tổng mức đầu tư hơn 2.350 tỷ đồng, quy mô 2.400 căn trên diện tích 5,6 ha. Trong số 1.180 căn bàn giao đợt này, có 936 căn được bán cho công nhân, người lao động, chiếm 79,3%; số còn lại dành cho cán bộ, công chức và người thu nhập thấp khu vực đô thị.

Giá bán căn hộ từ 15,6 đến 17,8 triệu đồng/m2; người mua được vay ưu đãi từ Ngân hàng Chính sách xã hội với lãi suất 4,8%/năm. Đến nay, đã có 412 khách hàng được giải ngân với tổng số tiền gần 268 tỷ đồng.

Chị Lê Thị Hồng, công nhân Công ty TNHH Cơ khí Bạch Đằng, chia sẻ: "Căn hộ 45 m2 của gia đình tôi giá khoảng 740 triệu đồng. Tôi vay 70% giá trị, mỗi tháng trả góp khoảng 4,2 triệu đồng".

Theo Sở Xây dựng Hải Phòng, năm 2024 thành phố hoàn thành 5 dự án với 3.926 căn nhà ở xã hội, xếp thứ hai cả nước về số căn hoàn thành, sau Bắc Ninh. Năm 2025, thành phố phấn đấu hoàn thành thêm 6.210 căn, gấp khoảng 1,6 lần năm 2024; dự kiến khởi công mới 8 dự án với tổng mức đầu tư khoảng 9.800 tỷ đồng.

(TTXVN/Vietnam+)

Tin liên quan:
- Khởi công nhà ở xã hội tại Khu công nghiệp Tràng Duệ 3
- Hải Phòng công bố giá bán nhà ở xã hội quý I/2025
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NOW = per("Đến nay", None, "2025-03-15")
HA = "Hải An"

FIGS = [
    fig("bàn giao 1.180 căn nhà", "1.180", 1180, "count", "căn", subject="căn nhà ở xã hội bàn giao cho công nhân",
        location=HA),
    fig("bàn giao 1.180 căn hộ", "1.180", 1180, "count", "căn hộ", subject="căn hộ bàn giao cho người mua",
        period=per("Ngày 15/3", "2025-03-15", "2025-03-15"), location=HA),
    fig("hơn 2.350 tỷ", "2.350", 2350e9, "money", "đồng", approx="over", subject="tổng mức đầu tư dự án",
        location=HA),
    fig("quy mô 2.400 căn", "2.400", 2400, "count", "căn", subject="quy mô dự án", location=HA),
    fig("diện tích 5,6 ha", "5,6", 5.6, "measure", "ha", subject="diện tích dự án", location=HA),
    fig("có 936 căn", "936", 936, "count", "căn", total=1180, percent=79.3,
        subject="căn được bán cho công nhân, người lao động", location=HA),
    fig("từ 15,6 đến 17,8", "15,6", 15.6e6, "money", "đồng/m2", value_max=17.8e6, subject="giá bán căn hộ",
        location=HA),
    fig("lãi suất 4,8%", "4,8", 4.8, "percent", "%", subject="lãi suất vay ưu đãi Ngân hàng Chính sách xã hội",
        location=HA),
    fig("có 412 khách hàng", "412", 412, "count", "khách hàng", subject="khách hàng được giải ngân", period=NOW,
        location=HA),
    fig("gần 268 tỷ", "268", 268e9, "money", "đồng", approx="nearly", subject="tổng số tiền giải ngân", period=NOW,
        location=HA),
    fig("Căn hộ 45 m2", "45", 45, "measure", "m2", subject="diện tích căn hộ của gia đình chị Hồng", location=HA),
    fig("khoảng 740 triệu", "740", 740e6, "money", "đồng", approx="about", subject="giá căn hộ", location=HA),
    fig("vay 70%", "70", 70, "percent", "%", subject="tỷ lệ vay so với giá trị căn hộ", location=HA),
    fig("khoảng 4,2 triệu", "4,2", 4.2e6, "money", "đồng/tháng", approx="about", subject="tiền trả góp mỗi tháng",
        location=HA),
    fig("hoàn thành 5 dự án", "5", 5, "count", "dự án", subject="dự án nhà ở xã hội hoàn thành", period=Y24),
    fig("với 3.926 căn", "3.926", 3926, "count", "căn", subject="căn nhà ở xã hội hoàn thành", period=Y24),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="số căn hoàn thành", period=Y24),
    fig("thêm 6.210 căn", "6.210", 6210, "count", "căn", status="target",
        change=chg("increase", 1.6, "lần", "năm 2024", approx="about"),
        subject="căn nhà ở xã hội hoàn thành thêm", period=Y25),
    fig("mới 8 dự án", "8", 8, "count", "dự án", status="forecast", subject="dự án khởi công mới", period=Y25),
    fig("khoảng 9.800 tỷ", "9.800", 9800e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng mức đầu tư các dự án khởi công mới", period=Y25),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): section, headline, '15/03/2025 10:20 GMT+7', tag 'Hải Phòng (TTXVN) -', quote, credit, related links.",
    "Distractors: 'Ngày 15/3', 'giai đoạn 1' (a project phase name), 'Khu kinh tế Đình Vũ - Cát Hải', 'Tràng Duệ 3',",
    "'quý I/2025', time 10:20, 'GMT+7'.",
    "The project passage and the buyer's quote are in quận Hải An -> location Hải An; the city figures -> Hải Phòng (default).",
    "'Trong số 1.180 căn bàn giao đợt này, có 936 căn ..., chiếm 79,3%' -> total 1180 ('trong số N' is a cue; the 1.180",
    "there is an attribute, not a figure), percent 79.3.",
    "'xếp thứ hai cả nước về số căn hoàn thành' -> rank 2 of the city (location Hải Phòng), period năm 2024.",
    "'phấn đấu hoàn thành thêm 6.210 căn, gấp khoảng 1,6 lần năm 2024' -> target with change x1.6 (about);",
    "'dự kiến khởi công mới 8 dự án ... khoảng 9.800 tỷ' -> forecast; 'Năm 2025' governs the whole sentence.",
    "'mỗi tháng trả góp khoảng 4,2 triệu đồng' -> đồng/tháng.",
    "revised after the first run: 'Ngày 15/3, ... đã bàn giao 1.180 căn hộ' gets the period of its own sentence, the day",
    "2025-03-15 (year of the dateline); the first gold had left it out.",
]

if __name__ == "__main__":
    write("p1331-8", TEXT, NOTES, FIGS, published="2025-03-15", location="Hải Phòng")
