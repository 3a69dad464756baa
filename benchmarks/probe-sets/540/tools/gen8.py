"""p540-8: provincial newspaper (Báo Quảng Ninh style) — TP Hạ Long wastewater Q1/2024, connections, flooding points, project."""
from lib import emit, fig, per, inh, chg

TEXT = """Báo Quảng Ninh điện tử
Kinh tế › Đô thị

Hạ Long: Quý I/2024 xử lý bình quân gần 31.000 m3/ngày đêm nước thải

NGUYỄN HOA 08:15, 16/04/2024

Quý I/2024, 5 nhà máy xử lý nước thải trên địa bàn TP Hạ Long đã tiếp nhận, xử lý bình quân 30.850 m3/ngày.đêm, đạt 61,7% tổng công suất thiết kế (50.000 m3/ngày.đêm), tăng 9,3% so với cùng kỳ năm 2023.

Trong quý, thành phố đã đấu nối thêm 1.236 hộ, cải tạo 3,8 km cống thoát nước. Tính đến ngày 31/3/2024, toàn thành phố có 38.940 hộ đã đấu nối, chiếm 72,5% số hộ trong phạm vi có mạng lưới thu gom.

Trong số 27 điểm ngập ghi nhận trong mùa mưa năm 2023, đến nay thành phố đã xử lý dứt điểm 19 điểm, 8 điểm còn lại đang được triển khai giải pháp. Thành phố dự kiến hoàn thành xử lý các điểm này trước mùa mưa năm nay.

Dự án thoát nước và xử lý nước thải khu vực Bãi Cháy giai đoạn 2 có tổng mức đầu tư 1.034 tỷ đồng, trong đó vốn vay JICA 806,5 tỷ đồng. Quý I/2024, dự án giải ngân 126,4 tỷ đồng, đạt 31,6% kế hoạch vốn năm. Nhà máy xử lý nước thải Hà Khánh (tổ 3, khu 5, phường Hà Khánh) đang được nâng công suất, dọc Quốc lộ 18 đã lắp đặt mới tuyến cống bao.

Giá dịch vụ thoát nước áp dụng cho hộ gia đình trên địa bàn thành phố hiện là 4.200 đồng/m3, cơ sở kinh doanh, dịch vụ 6.300 đồng/m3.

Kế hoạch năm 2024, thành phố đấu nối thêm 5.000 hộ, nâng tỷ lệ hộ đấu nối lên trên 78%.
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = per("đến nay", end="2024-04-16")
Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 31.000 m3", "31.000", 31000, "measure", "m3/ngày đêm", "nước thải xử lý bình quân", Q1,
        approx="nearly"),
    fig("2024, 5 nhà máy", "5", 5, "count", "nhà máy", "nhà máy xử lý nước thải", Q1),
    fig("bình quân 30.850 m3", "30.850", 30850, "measure", "m3/ngày đêm",
        "nước thải tiếp nhận, xử lý bình quân", Q1, percent=61.7,
        change=chg("increase", 9.3, baseline="cùng kỳ năm 2023")),
    fig("(50.000 m3", "50.000", 50000, "measure", "m3/ngày đêm", "tổng công suất thiết kế", Q1),
    fig("thêm 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ đấu nối thêm", per("Trong quý", "2024-01-01", "2024-03-31")),
    fig("tạo 3,8 km", "3,8", 3.8, "measure", "km", "cống thoát nước được cải tạo",
        per("Trong quý", "2024-01-01", "2024-03-31")),
    fig("có 38.940 hộ", "38.940", 38940, "count", "hộ", "hộ đã đấu nối",
        per("Tính đến ngày 31/3/2024", end="2024-03-31"), percent=72.5),
    fig("dứt điểm 19 điểm", "19", 19, "count", "điểm", "điểm ngập đã xử lý dứt điểm", NOW, total=27),
    fig("8 điểm còn lại", "8", 8, "count", "điểm", "điểm ngập còn lại đang được triển khai giải pháp", NOW,
        total=27),
    fig("tư 1.034 tỷ", "1.034", 1034e9, "money", "đồng",
        "tổng mức đầu tư dự án thoát nước và xử lý nước thải khu vực Bãi Cháy giai đoạn 2"),
    fig("JICA 806,5 tỷ", "806,5", 806.5e9, "money", "đồng", "vốn vay JICA", total=1034e9),
    fig("ngân 126,4 tỷ", "126,4", 126.4e9, "money", "đồng", "vốn dự án giải ngân", Q1, percent=31.6),
    fig("là 4.200 đồng", "4.200", 4200, "money", "đồng/m3", "giá dịch vụ thoát nước hộ gia đình"),
    fig("vụ 6.300 đồng", "6.300", 6300, "money", "đồng/m3", "giá dịch vụ thoát nước cơ sở kinh doanh, dịch vụ"),
    fig("thêm 5.000 hộ", "5.000", 5000, "count", "hộ", "hộ đấu nối thêm", Y24, status="target"),
    fig("trên 78%", "78", 78, "percent", "%", "tỷ lệ hộ đấu nối", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh style (provincial paper): TP Hạ Long — xử lý nước thải quý I/2024, đấu nối, điểm ngập, dự án Bãi Cháy, giá.",
    "'NGUYỄN HOA 08:15, 16/04/2024' (byline before the date) is the article's date. Units written 'm3/ngày.đêm' / 'm3'.",
    "Not figures: 'giai đoạn 2', 'tổ 3, khu 5' (address), 'Quốc lộ 18', 'mùa mưa năm nay'.",
    "'đạt 61,7% tổng công suất thiết kế (50.000 m3/ngày.đêm)': 61,7 is the percent of 30.850; the bracketed design",
    "capacity is a figure of its own (not a total: treated water is not a part of capacity). 'Trong số 27 điểm' gives",
    "total 27 to 19 and 8 (27 is an attribute only, as 'trong tổng số 76' in shared h02); 'đến nay' ends at the date.",
    "'Trong quý' takes quý I/2024. 'Kế hoạch năm 2024' → target for 5.000 hộ and 'trên 78%'.",
]

if __name__ == "__main__":
    emit("p540-8", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Hạ Long")
