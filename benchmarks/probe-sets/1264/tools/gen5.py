"""p1264-5: provincial newspaper (Báo Nam Định, '(NĐO) -'): combine harvesters in the main-season (lúa mùa) rice harvest."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Huy động hơn 1.600 máy gặt đập liên hợp thu hoạch lúa mùa

Thứ Tư, 02/10/2024 | 15:05

(NĐO) - Đến ngày 1/10, nông dân trong tỉnh đã thu hoạch được 38.400 ha lúa mùa, đạt 52% diện tích gieo cấy; năng suất ước đạt 57,6 tạ/ha, tăng 1,2 tạ/ha so với vụ mùa năm 2023.

Toàn tỉnh hiện có 1.640 máy gặt đập liên hợp tham gia thu hoạch, trong đó khoảng 1.200 máy của các hộ, hợp tác xã trong tỉnh, số còn lại từ Thái Bình, Ninh Bình đến làm dịch vụ. Tỷ lệ thu hoạch lúa bằng máy đạt trên 95%.

Giá thuê máy gặt phổ biến từ 180.000 đến 220.000 đồng/sào (360 m2), tùy chân ruộng; với ruộng trũng, lúa đổ có nơi lên tới 300.000 đồng/sào.

Tại huyện Hải Hậu, địa phương có diện tích lúa mùa lớn nhất tỉnh với 13.200 ha, đã gặt được 8.150 ha, đạt 61,7%. Hợp tác xã Hải Đông Thịnh có ba máy gặt, mỗi máy thu hoạch 40-50 sào/ngày. Theo ông Trần Văn Lộc, chủ nhiệm hợp tác xã, thu nhập của mỗi thợ lái máy khoảng 800.000 đồng/ngày.

Dự kiến đến ngày 15/10, toàn tỉnh cơ bản thu hoạch xong diện tích lúa mùa. Ngay sau thu hoạch, tỉnh phấn đấu gieo trồng 9.500 ha cây vụ đông, trong đó khoảng 3.000 ha ngô và đậu tương. Ngành nông nghiệp khuyến cáo nông dân gặt khi lúa chín 85-90% để giảm hao hụt.

THANH HƯƠNG

Tin cùng chuyên mục:
- Giao Thủy: ra quân làm đất trồng cây vụ đông
- Xuân Trường nghiệm thu mô hình mạ khay, cấy máy
"""

ASOF = per("Đến ngày 1/10", None, "2024-10-01")
HH = "Hải Hậu"

FIGS = [
    fig("hơn 1.600 máy", "1.600", 1600, "count", "máy gặt đập liên hợp", approx="over",
        subject="máy gặt đập liên hợp huy động thu hoạch lúa mùa"),
    fig("được 38.400 ha", "38.400", 38400, "measure", "ha", percent=52, subject="lúa mùa đã thu hoạch", period=ASOF),
    fig("ước đạt 57,6", "57,6", 57.6, "measure", "tạ/ha", status="estimate",
        change=chg("increase", 1.2, "tạ/ha", "vụ mùa năm 2023"), subject="năng suất lúa mùa", period=ASOF),
    fig("có 1.640 máy", "1.640", 1640, "count", "máy gặt đập liên hợp",
        subject="máy gặt đập liên hợp tham gia thu hoạch"),
    fig("khoảng 1.200 máy", "1.200", 1200, "count", "máy", approx="about", total=1640,
        subject="máy của các hộ, hợp tác xã trong tỉnh"),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", subject="tỷ lệ thu hoạch lúa bằng máy"),
    fig("từ 180.000 đến", "180.000", 180000, "money", "đồng/sào", value_max=220000, subject="giá thuê máy gặt"),
    fig("(360 m2)", "360", 360, "measure", "m2", optional=True),
    fig("tới 300.000", "300.000", 300000, "money", "đồng/sào", subject="giá thuê máy gặt với ruộng trũng, lúa đổ"),
    fig("với 13.200 ha", "13.200", 13200, "measure", "ha", subject="diện tích lúa mùa", location=HH),
    fig("được 8.150 ha", "8.150", 8150, "measure", "ha", percent=61.7, subject="diện tích lúa mùa đã gặt",
        location=HH),
    fig("ba máy gặt", "ba", 3, "count", "máy gặt", subject="máy gặt của Hợp tác xã Hải Đông Thịnh", location=HH),
    fig("40-50 sào/ngày", "40", 40, "measure", "sào/ngày", value_max=50, subject="diện tích mỗi máy thu hoạch",
        location=HH),
    fig("khoảng 800.000", "800.000", 800000, "money", "đồng/ngày", approx="about",
        subject="thu nhập của mỗi thợ lái máy", location=HH),
    fig("trồng 9.500 ha", "9.500", 9500, "measure", "ha", status="target", subject="cây vụ đông gieo trồng"),
    fig("khoảng 3.000 ha", "3.000", 3000, "measure", "ha", approx="about", total=9500, status="target",
        subject="ngô và đậu tương"),
    fig("chín 85-90%", "85", 85, "percent", "%", value_max=90, optional=True),
]

NOTES = [
    "Provincial newspaper (Báo Nam Định): section menu, headline figure, 'Thứ Tư, 02/10/2024 | 15:05', tag '(NĐO) -', byline, related links.",
    "Distractors: 15:05, '(NĐO)', dates 'Đến ngày 1/10' and 'đến ngày 15/10' (no figure in the latter), 'vụ mùa năm 2023' as a baseline.",
    "'Đến ngày 1/10' (year from the dateline) is an as-of date for both clauses of the lead sentence; 'ước đạt' governs only",
    "the yield clause, so 38.400 ha is actual. 'đạt 52% diện tích gieo cấy' and 'đạt 61,7%' → percent attributes (no whole stated).",
    "'(360 m2)' defines the sào (optional); 'lúa chín 85-90%' is a harvest criterion (optional). 'lên tới 300.000' → exact.",
    "Hải Hậu passage: location Hải Hậu. 'phấn đấu gieo trồng 9.500 ha ..., trong đó khoảng 3.000 ha' → target, total 9.500; no period (season).",
]

if __name__ == "__main__":
    write("p1264-5", TEXT, NOTES, FIGS, published="2024-10-02", location="Nam Định")
