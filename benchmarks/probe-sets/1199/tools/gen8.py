"""p1199-8: provincial newspaper online (Báo Long An, '(BLA) -'), 6 months 2024 electricity and overloaded substations."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """BÁO LONG AN ĐIỆN TỬ
Kinh tế › Năng lượng

Điện thương phẩm 6 tháng tăng gần 8%

Thứ Sáu, 12/07/2024 - 10:25

(BLA) - 6 tháng đầu năm 2024, sản lượng điện thương phẩm của Công ty Điện lực Long An đạt 4,87 tỷ kWh, bằng 48,2% kế hoạch năm, tăng 7,9% so với cùng kỳ. Công suất cực đại của hệ thống điện tỉnh đạt 1.532 MW vào tháng 4, thời điểm nắng nóng gay gắt nhất.

Trong 6 tháng, đơn vị đã xây dựng mới 158 trạm biến áp phân phối với tổng vốn 96,4 tỷ đồng, hoán đổi 73 máy biến áp để chống quá tải. Dù vậy, vào giờ cao điểm vẫn còn 64 trạm quá tải cục bộ, chủ yếu dọc Quốc lộ 1 và đường tỉnh 830; hai huyện Đức Hòa và Bến Lức có số trạm quá tải nhiều nhất, lần lượt 23 và 17 trạm.

Tại huyện Châu Thành, vào mùa chong đèn thanh long (từ tháng 10 đến tháng 3 năm sau), phụ tải tăng từ 25 đến 30% so với bình thường. Toàn huyện có khoảng 11.500 ha thanh long, trong đó hơn 8.200 ha sử dụng đèn chong. Ông Lê Văn Tám, ngụ xã An Lục Long, có 2 ha thanh long với khoảng 3.000 bóng đèn, mỗi vụ trả tiền điện trên 25 triệu đồng.

Điện mặt trời mái nhà tiếp tục phát triển: toàn tỉnh có 6.930 khách hàng lắp đặt với tổng công suất 412 MWp.

6 tháng cuối năm, Công ty dự kiến đóng điện thêm 120 trạm biến áp phân phối; phấn đấu cả năm tỷ lệ tổn thất điện năng dưới 3,2%.

Minh Tuấn
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1S = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
CT = "Châu Thành"

FIGS = [
    fig("tăng gần 8%", "8", 8, "percent", "%", approx="nearly",
        subject="tăng trưởng điện thương phẩm", period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("đạt 4,87 tỷ kWh", "4,87", 4.87e9, "measure", "kWh", percent=48.2,
        change=chg("increase", 7.9, "%", "cùng kỳ"),
        subject="sản lượng điện thương phẩm của Công ty Điện lực Long An", period=H1),
    fig("đạt 1.532 MW", "1.532", 1532, "measure", "MW",
        subject="công suất cực đại của hệ thống điện tỉnh", period=per("tháng 4", "2024-04-01", "2024-04-30")),
    fig("mới 158 trạm", "158", 158, "count", "trạm biến áp",
        subject="trạm biến áp phân phối xây dựng mới", period=H1S),
    fig("vốn 96,4 tỷ", "96,4", 96.4e9, "money", "đồng",
        subject="tổng vốn xây dựng mới trạm biến áp phân phối", period=H1S),
    fig("hoán đổi 73 máy", "73", 73, "count", "máy biến áp",
        subject="máy biến áp hoán đổi để chống quá tải", period=H1S),
    fig("còn 64 trạm", "64", 64, "count", "trạm", subject="trạm biến áp quá tải cục bộ vào giờ cao điểm",
        period=inh(H1S)),
    fig("hai huyện Đức Hòa", "hai", 2, "count", "huyện", optional=True,
        subject="huyện có số trạm quá tải nhiều nhất", period=inh(H1S)),
    fig("lần lượt 23", "23", 23, "count", "trạm", subject="trạm biến áp quá tải", location="Đức Hòa",
        period=inh(H1S)),
    fig("và 17 trạm", "17", 17, "count", "trạm", subject="trạm biến áp quá tải", location="Bến Lức",
        period=inh(H1S)),
    fig("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30,
        subject="mức tăng phụ tải vào mùa chong đèn thanh long", location=CT),
    fig("khoảng 11.500 ha", "11.500", 11500, "measure", "ha", approx="about",
        subject="diện tích thanh long", location=CT),
    fig("hơn 8.200 ha", "8.200", 8200, "measure", "ha", approx="over", total=11500,
        subject="diện tích thanh long sử dụng đèn chong", location=CT),
    fig("có 2 ha", "2", 2, "measure", "ha", subject="diện tích thanh long của ông Lê Văn Tám", location=CT),
    fig("khoảng 3.000 bóng", "3.000", 3000, "count", "bóng đèn", approx="about",
        subject="bóng đèn chong thanh long của ông Lê Văn Tám", location=CT),
    fig("trên 25 triệu", "25", 25e6, "money", "đồng", approx="over",
        subject="tiền điện mỗi vụ của ông Lê Văn Tám", location=CT),
    fig("có 6.930 khách hàng", "6.930", 6930, "count", "khách hàng",
        subject="khách hàng lắp đặt điện mặt trời mái nhà"),
    fig("412 MWp", "412", 412, "measure", "MWp", subject="tổng công suất điện mặt trời mái nhà"),
    fig("thêm 120 trạm", "120", 120, "count", "trạm biến áp", status="forecast",
        subject="trạm biến áp phân phối đóng điện thêm",
        period=per("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    fig("dưới 3,2%", "3,2", 3.2, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tổn thất điện năng", period=per("cả năm", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Provincial newspaper online (Báo Long An): headline figure, 'Thứ Sáu, 12/07/2024 - 10:25', tag '(BLA) -', byline at the end.",
    "Distractors: 10:25, roads 'Quốc lộ 1', 'đường tỉnh 830', 'xã An Lục Long', the person name 'Lê Văn Tám' (tám = 8 inside a name), 'từ tháng 10 đến tháng 3 năm sau' (season).",
    "Headline 'tăng gần 8%' is a growth rate standing as the claim: percent figure, no change. 'bằng 48,2% kế hoạch năm' -> percent of 4,87 tỷ kWh.",
    "'hai huyện Đức Hòa và Bến Lức' only enumerates the named districts: optional. 'lần lượt 23 và 17 trạm' of the two districts: list items, location the district, no total (no trong đó/gồm cue).",
    "'phụ tải tăng từ 25 đến 30% so với bình thường': growth rate as the claim (range), no period (recurring season). Châu Thành passage -> Châu Thành.",
    "'6 tháng cuối năm' = 2024-07-01..2024-12-31; 'cả năm' = 2024.",
]

if __name__ == "__main__":
    build("p1199-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Long An")
