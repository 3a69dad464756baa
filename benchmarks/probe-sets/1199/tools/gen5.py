"""p1199-5: Party newspaper (Báo Bắc Ninh): 110 kV Yên Phong 3 substation energised for an industrial park."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC NINH
Kinh tế | Công nghiệp

Đóng điện Trạm biến áp 110 kV Yên Phong 3 phục vụ khu công nghiệp

Công trình Trạm biến áp 110 kV Yên Phong 3 và nhánh rẽ đấu nối tại xã Tam Giang, huyện Yên Phong vừa được Tổng công ty Điện lực miền Bắc đóng điện, đưa vào vận hành. Trạm có quy mô 2 máy biến áp, mỗi máy công suất 63 MVA; giai đoạn 1 lắp đặt một máy. Tổng mức đầu tư của công trình hơn 158 tỷ đồng.

Trạm cấp điện cho Khu công nghiệp Yên Phong II-C, nơi có 37 doanh nghiệp đang hoạt động, đồng thời giảm tải cho Trạm 110 kV Yên Phong 1 vốn thường xuyên mang tải trên 90%.

Tại Công ty TNHH Điện tử Seojin Vina, một doanh nghiệp vốn Hàn Quốc trong khu công nghiệp này, công suất sử dụng điện hiện khoảng 12 MW và dự kiến tăng lên 20 MW vào năm 2025. Ông Park Jun Ho, Giám đốc nhà máy, cho biết mỗi sự cố mất điện khiến công ty thiệt hại khoảng 3 tỷ đồng. "Có trạm mới, chúng tôi yên tâm lắp thêm 2 dây chuyền sản xuất", ông Park nói.

Năm 2023, sản lượng điện thương phẩm của tỉnh đạt 9,86 tỷ kWh, tăng 6,2% so với năm 2022, trong đó thành phần công nghiệp - xây dựng chiếm 84,7%. Toàn tỉnh hiện có 24 trạm biến áp 110 kV với tổng công suất 3.374 MVA. Theo Công ty Điện lực Bắc Ninh, năm 2024 ngành điện dự kiến đóng điện thêm 4 trạm biến áp 110 kV và 380 trạm biến áp phân phối, tổng vốn khoảng 1.250 tỷ đồng.

THU HẰNG
18/04/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    fig("quy mô 2 máy", "2", 2, "count", "máy biến áp",
        subject="máy biến áp của Trạm biến áp 110 kV Yên Phong 3", location=YP),
    fig("công suất 63 MVA", "63", 63, "measure", "MVA",
        subject="công suất mỗi máy biến áp", location=YP),
    fig("lắp đặt một máy", "một", 1, "count", "máy",
        subject="máy biến áp lắp đặt giai đoạn 1", location=YP),
    fig("hơn 158 tỷ", "158", 158e9, "money", "đồng", approx="over",
        subject="tổng mức đầu tư của công trình", location=YP),
    fig("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
        subject="doanh nghiệp đang hoạt động tại Khu công nghiệp Yên Phong II-C", location=YP),
    fig("trên 90%", "90", 90, "percent", "%", approx="over",
        subject="mức mang tải Trạm 110 kV Yên Phong 1", location=YP),
    fig("khoảng 12 MW", "12", 12, "measure", "MW", approx="about",
        subject="công suất sử dụng điện của Công ty TNHH Điện tử Seojin Vina", location=YP),
    fig("lên 20 MW", "20", 20, "measure", "MW", status="forecast",
        subject="công suất sử dụng điện của Công ty TNHH Điện tử Seojin Vina",
        period=per("năm 2025", "2025-01-01", "2025-12-31"), location=YP),
    fig("khoảng 3 tỷ", "3", 3e9, "money", "đồng", approx="about",
        subject="thiệt hại mỗi sự cố mất điện", location=YP),
    fig("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền sản xuất", optional=True,
        subject="dây chuyền sản xuất lắp thêm", location=YP),
    fig("đạt 9,86 tỷ kWh", "9,86", 9.86e9, "measure", "kWh",
        change=chg("increase", 6.2, "%", "năm 2022"),
        subject="sản lượng điện thương phẩm của tỉnh", period=Y23),
    fig("chiếm 84,7%", "84,7", 84.7, "percent", "%",
        subject="tỷ trọng thành phần công nghiệp - xây dựng trong điện thương phẩm", period=Y23),
    fig("có 24 trạm", "24", 24, "count", "trạm biến áp", subject="trạm biến áp 110 kV"),
    fig("3.374 MVA", "3.374", 3374, "measure", "MVA", subject="tổng công suất trạm biến áp 110 kV"),
    fig("thêm 4 trạm", "4", 4, "count", "trạm biến áp", status="forecast",
        subject="trạm biến áp 110 kV đóng điện thêm", period=Y24),
    fig("và 380 trạm", "380", 380, "count", "trạm biến áp", status="forecast",
        subject="trạm biến áp phân phối đóng điện thêm", period=Y24),
    fig("khoảng 1.250 tỷ", "1.250", 1250e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư trạm biến áp", period=Y24),
    fig("Đóng điện Trạm biến áp 110 kV", "110", 110, "measure", "kV", optional=True,
        subject="cấp điện áp"),
    fig("Công trình Trạm biến áp 110 kV", "110", 110, "measure", "kV", optional=True,
        subject="cấp điện áp"),
    fig("Trạm 110 kV Yên Phong 1", "110", 110, "measure", "kV", optional=True,
        subject="cấp điện áp"),
    fig("24 trạm biến áp 110 kV", "110", 110, "measure", "kV", optional=True,
        subject="cấp điện áp"),
    fig("thêm 4 trạm biến áp 110 kV", "110", 110, "measure", "kV", optional=True,
        subject="cấp điện áp"),
]

NOTES = [
    "Party newspaper (Báo Bắc Ninh): byline 'THU HẰNG' and bare date '18/04/2024' at the end.",
    "Distractors: station names 'Yên Phong 3', 'Yên Phong 1', 'Khu công nghiệp Yên Phong II-C', 'giai đoạn 1', company 'Seojin Vina'.",
    "Voltage classes '110 kV' name the station type: optional. 'lắp thêm 2 dây chuyền' is an intention in a quote: optional.",
    "Station, park and company passage stand in huyện Yên Phong (xã Tam Giang, huyện Yên Phong; 'khu công nghiệp này'): location Yên Phong.",
    "'chiếm 84,7%' after 'trong đó' has no part amount: percent figure of its own.",
    "'dự kiến' governs the clause that continues it ('..., tổng vốn khoảng 1.250 tỷ đồng'): forecast.",
]

if __name__ == "__main__":
    build("p1199-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Bắc Ninh")
