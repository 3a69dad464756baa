"""p1425-1: province portal (Kiên Giang): rice-shrimp 9 months 2024, shrimp output, rice on shrimp land, profit per ha."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KIÊN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Kiên Giang: 9 tháng, sản lượng tôm trên đất lúa - tôm tăng 8,5%

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, diện tích thả nuôi tôm theo mô hình lúa - tôm của tỉnh đạt 98.200 ha, bằng 103,1% kế hoạch năm, tập trung ở các huyện An Biên, An Minh, U Minh Thượng và Vĩnh Thuận. Sản lượng tôm thu hoạch ước đạt 29.860 tấn, tăng 8,5% so với cùng kỳ; trong đó tôm sú 21.420 tấn, tôm càng xanh 8.440 tấn.

Năng suất tôm bình quân đạt 305 kg/ha, cao hơn khoảng 25 kg/ha so với năm 2023. Vụ lúa trên đất tôm năm nay xuống giống hơn 92.600 ha, chủ yếu là giống ST24, ST25 và OM 5451; năng suất lúa từ 4,5 đến 5 tấn/ha.

Theo tính toán của ngành nông nghiệp, mô hình lúa - tôm cho lợi nhuận bình quân 70-90 triệu đồng/ha/năm, gấp 2 lần trồng lúa thuần. Hiện toàn tỉnh có 146 hợp tác xã sản xuất lúa - tôm, trong đó 38 HTX đã ký hợp đồng bao tiêu lúa với doanh nghiệp. Giá lúa ST25 trên đất tôm được thương lái thu mua 9.200 đồng/kg, cao hơn lúa thường khoảng 1.500 đồng/kg.

Quý IV, ngành nông nghiệp phấn đấu thả nuôi thêm khoảng 2.000 ha tôm càng xanh xen canh trong ruộng lúa, đưa sản lượng tôm cả năm lên trên 38.000 tấn. Mục tiêu đến năm 2025, tỉnh có 5.000 ha lúa - tôm đạt chứng nhận hữu cơ hoặc ASC.

Tin liên quan:
- An Minh tổ chức Ngày hội lúa - tôm lần thứ 3
- Triển khai Nghị quyết số 120/NQ-CP về phát triển bền vững ĐBSCL
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("lúa - tôm tăng 8,5%", "8,5", 8.5, "percent", "%",
        subject="sản lượng tôm trên đất lúa - tôm", period=NINE_H),
    fig("đạt 98.200 ha", "98.200", 98200, "measure", "ha", percent=103.1,
        subject="diện tích thả nuôi tôm theo mô hình lúa - tôm", period=NINE),
    fig("ước đạt 29.860 tấn", "29.860", 29860, "measure", "tấn", status="estimate",
        change=chg("increase", 8.5, "%", "cùng kỳ"), subject="sản lượng tôm thu hoạch", period=inh(NINE)),
    fig("tôm sú 21.420 tấn", "21.420", 21420, "measure", "tấn", total=29860, status="estimate",
        subject="sản lượng tôm sú", period=inh(NINE)),
    fig("tôm càng xanh 8.440 tấn", "8.440", 8440, "measure", "tấn", total=29860, status="estimate",
        subject="sản lượng tôm càng xanh", period=inh(NINE)),
    fig("đạt 305 kg/ha", "305", 305, "measure", "kg/ha",
        change=chg("increase", 25, "kg/ha", "năm 2023", approx="about"), subject="năng suất tôm bình quân"),
    fig("hơn 92.600 ha", "92.600", 92600, "measure", "ha", approx="over",
        subject="diện tích lúa xuống giống trên đất tôm", period=NOW),
    fig("từ 4,5 đến 5 tấn/ha", "4,5", 4.5, "measure", "tấn/ha", value_max=5,
        subject="năng suất lúa", period=NOW),
    fig("bình quân 70-90 triệu", "70", 70e6, "money", "đồng/ha/năm", value_max=90e6,
        change=chg("increase", 2, "lần", "trồng lúa thuần"), subject="lợi nhuận bình quân mô hình lúa - tôm"),
    fig("có 146 hợp tác xã", "146", 146, "count", "hợp tác xã", subject="hợp tác xã sản xuất lúa - tôm"),
    fig("trong đó 38 HTX", "38", 38, "count", "HTX", total=146,
        subject="HTX đã ký hợp đồng bao tiêu lúa với doanh nghiệp"),
    fig("thu mua 9.200 đồng/kg", "9.200", 9200, "money", "đồng/kg",
        change=chg("increase", 1500, "đồng/kg", "lúa thường", approx="about"),
        subject="giá lúa ST25 trên đất tôm thương lái thu mua"),
    fig("thêm khoảng 2.000 ha", "2.000", 2000, "measure", "ha", approx="about", status="target",
        subject="diện tích tôm càng xanh xen canh trong ruộng lúa thả nuôi thêm", period=Q4),
    fig("lên trên 38.000 tấn", "38.000", 38000, "measure", "tấn", approx="over", status="target",
        subject="sản lượng tôm cả năm", period=YEAR),
    fig("có 5.000 ha", "5.000", 5000, "measure", "ha", status="target",
        subject="diện tích lúa - tôm đạt chứng nhận hữu cơ hoặc ASC", period=T25),
]

NOTES = [
    "Province portal (Kiên Giang): breadcrumb, headline with a growth rate, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286', related links.",
    "Distractors: 08:35, Lượt xem 1.286, ST24, ST25, OM 5451 (rice varieties), 'lần thứ 3', Nghị quyết số 120/NQ-CP, baseline năm 2023.",
    "Headline 'tăng 8,5%' is a growth rate as the claim (percent, no change); year-less '9 tháng' takes 2024 from the dateline.",
    "'bằng 103,1% kế hoạch năm' is the percent attribute of 98.200 ha. Parts after '; trong đó' take total 29.860 and the whole's 'ước đạt'.",
    "'cao hơn khoảng 25 kg/ha so với năm 2023', 'gấp 2 lần trồng lúa thuần', 'cao hơn lúa thường khoảng 1.500 đồng/kg' are changes.",
    "'Quý IV' takes 2024 (nearest earlier period 'năm nay'); 'phấn đấu' governs the whole sentence (target), 'Mục tiêu đến năm 2025' target.",
    "'Hiện', the standing price and the yield without a period phrase get no period.",
]

if __name__ == "__main__":
    write("p1425-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Kiên Giang")
