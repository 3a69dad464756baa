"""p1404-2: district portal (huyện Đức Hòa, Long An): công an xã đăng ký xe mô tô."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Công an xã đăng ký hơn 9.400 hồ sơ xe mô tô

18/03/2024 - 10:20

Thực hiện Thông tư số 24/2023/TT-BCA của Bộ Công an, từ ngày 15/8/2023 đến ngày 15/3/2024, công an 20 xã, thị trấn trên địa bàn huyện Đức Hòa đã tiếp nhận, giải quyết 9.436 hồ sơ đăng ký xe mô tô, xe gắn máy, gồm 7.812 hồ sơ đăng ký mới và 1.624 hồ sơ sang tên, di chuyển. Lệ phí đăng ký, cấp biển số thu được hơn 1,3 tỷ đồng. Với kết quả này, Đức Hòa đứng thứ hai toàn tỉnh về số hồ sơ đăng ký xe tại công an xã.

Bình quân mỗi ngày, công an các xã cấp khoảng 45 biển số. Biển số xe mô tô cấp tại xã mang ký hiệu 62 và seri riêng của từng xã.

Trước đây, người dân phải lên trụ sở Công an huyện ở thị trấn Hậu Nghĩa, đi lại 15-20 km và chờ từ 5 đến 7 ngày mới nhận biển số. Nay thời gian giải quyết rút ngắn còn 2 ngày làm việc. Ông Trần Văn Lộc (ấp 4, xã Hòa Khánh Đông) cho biết: “Tôi nộp hồ sơ buổi sáng, đến chiều đã có biển số, rất thuận tiện”.

Hiện nay, toàn huyện có khoảng 215.000 xe mô tô, xe gắn máy và gần 9.900 xe ô tô. Năm 2024, Công an huyện phấn đấu 100% công an xã, thị trấn tiếp nhận hồ sơ đăng ký xe trực tuyến, tỷ lệ hồ sơ nộp trực tuyến đạt ít nhất 30%.

Tin khác:
- Đức Hòa ra quân Tháng an toàn giao thông năm 2024
- Hướng dẫn thủ tục đăng ký xe lần đầu tại công an xã

Cổng TTĐT huyện Đức Hòa - Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. ĐT: 0272.3850.123
"""

SPAN = per("từ ngày 15/8/2023 đến ngày 15/3/2024", "2023-08-15", "2024-03-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 9.400 hồ sơ", "9.400", 9400, "count", "hồ sơ", approx="over",
        subject="hồ sơ xe mô tô công an xã đăng ký"),
    fig("công an 20 xã", "20", 20, "count", "xã, thị trấn",
        subject="xã, thị trấn có công an tiếp nhận, giải quyết hồ sơ đăng ký xe", period=SPAN),
    fig("giải quyết 9.436 hồ sơ", "9.436", 9436, "count", "hồ sơ",
        subject="hồ sơ đăng ký xe mô tô, xe gắn máy tiếp nhận, giải quyết", period=SPAN),
    fig("gồm 7.812 hồ sơ", "7.812", 7812, "count", "hồ sơ", total=9436,
        subject="hồ sơ đăng ký mới", period=SPAN),
    fig("và 1.624 hồ sơ", "1.624", 1624, "count", "hồ sơ", total=9436,
        subject="hồ sơ sang tên, di chuyển", period=SPAN),
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over",
        subject="lệ phí đăng ký, cấp biển số thu được", period=inh(SPAN)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="số hồ sơ đăng ký xe tại công an xã", period=inh(SPAN)),
    fig("khoảng 45 biển số", "45", 45, "measure", "biển số/ngày", approx="about",
        subject="biển số công an các xã cấp bình quân mỗi ngày"),
    fig("đi lại 15-20 km", "15", 15, "measure", "km", value_max=20,
        subject="quãng đường đi lại lên trụ sở Công an huyện"),
    fig("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", value_max=7,
        subject="thời gian chờ nhận biển số trước đây"),
    fig("còn 2 ngày", "2", 2, "measure", "ngày làm việc",
        subject="thời gian giải quyết"),
    fig("khoảng 215.000 xe", "215.000", 215000, "count", "xe mô tô", approx="about",
        subject="xe mô tô, xe gắn máy toàn huyện có"),
    fig("gần 9.900 xe", "9.900", 9900, "count", "xe ô tô", approx="nearly",
        subject="xe ô tô toàn huyện có"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ công an xã, thị trấn tiếp nhận hồ sơ đăng ký xe trực tuyến", period=Y24),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hồ sơ nộp trực tuyến", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, menu, '18/03/2024 - 10:20', 'Tin khác', footer address and phone.",
    "Distractors: Thông tư số 24/2023/TT-BCA, 10:20, 'ký hiệu 62' (plate code), 'ấp 4', 'Khu phố 3', 'năm 2024' in a link, phone 0272.3850.123.",
    "Headline has no period. 'gồm' parts take the whole 9.436 hồ sơ. The district's rank 'đứng thứ hai toàn tỉnh' is located in the district.",
    "The period 'từ ngày 15/8/2023 đến ngày 15/3/2024' stands in the first sentence; the fee and the rank (next sentences) inherit it.",
    "'Bình quân mỗi ngày ... khoảng 45 biển số' is a daily rate (measure, biển số/ngày). Distances and waiting times are measures without period.",
    "'Năm 2024 ... phấn đấu 100% ..., tỷ lệ ... ít nhất 30%': both targets (the cue continues into the second clause).",
]

if __name__ == "__main__":
    write("p1404-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Đức Hòa")
