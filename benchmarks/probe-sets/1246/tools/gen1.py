"""p1246-1: province portal (Cổng TTĐT tỉnh Gia Lai): bí đỏ 6 tháng đầu năm 2024, xuất khẩu chính ngạch, HTX in Ia Pa."""
from lib import fig, per, inh, year, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Bí đỏ Gia Lai trúng mùa, 6 tháng xuất bán gần 90.000 tấn

Cập nhật: 14/06/2024 09:45 | Lượt xem: 1.536

6 tháng đầu năm 2024, toàn tỉnh Gia Lai gieo trồng 3.850 ha bí đỏ, tăng 12,5% so với cùng kỳ năm 2023, tập trung tại các huyện Ia Pa, Phú Thiện và Krông Pa. Năng suất bình quân đạt 24,8 tấn/ha, cao hơn 1,6 tấn/ha so với năm trước; sản lượng thu hoạch ước đạt 95.480 tấn, bằng 106% kế hoạch.

Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu năm đến nay các doanh nghiệp, thương lái đã thu mua gần 90.000 tấn bí đỏ, trong đó khoảng 32.000 tấn được xuất khẩu chính ngạch sang Trung Quốc qua cửa khẩu Lào Cai và Lạng Sơn. Giá bí đỏ hồ lô tại ruộng hiện dao động từ 7.000 đến 9.500 đồng/kg, tăng khoảng 2.000 đồng/kg so với cùng kỳ; bí đỏ thường ở mức 4.500 đồng/kg.

Huyện Ia Pa có diện tích lớn nhất tỉnh với 1.420 ha, chiếm 36,9% diện tích bí đỏ toàn tỉnh. Hợp tác xã Nông nghiệp Dịch vụ Ia Trôk (huyện Ia Pa) liên kết với 126 hộ trồng 210 ha bí đỏ theo tiêu chuẩn VietGAP, có kho sơ chế rộng 1.200 m2 bên Quốc lộ 25; doanh thu 6 tháng của hợp tác xã đạt hơn 11,2 tỷ đồng.

Giai đoạn 2025-2030, tỉnh phấn đấu mở rộng diện tích bí đỏ lên 5.000 ha, trong đó ít nhất 30% diện tích đạt chứng nhận VietGAP hoặc GlobalGAP.

Tin liên quan:
- Gia Lai tổ chức Hội chợ nông sản lần thứ 3
- Ia Pa: Nông dân phấn khởi vì bí đỏ được giá

Cổng thông tin điện tử tỉnh Gia Lai - 02 Trần Hưng Đạo, TP Pleiku
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = per("6 tháng", "2024-01-01", "2024-06-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-06-14")
S6 = per("6 tháng", "2024-01-01", "2024-06-30")
PLAN = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
IAPA = "Ia Pa"

FIGS = [
    fig("xuất bán gần 90.000 tấn", "90.000", 90000, "measure", "tấn", approx="nearly",
        subject="bí đỏ xuất bán", period=HEAD),
    fig("gieo trồng 3.850 ha", "3.850", 3850, "measure", "ha",
        change=chg("increase", 12.5, "%", "cùng kỳ năm 2023"), subject="diện tích gieo trồng bí đỏ", period=H1),
    fig("đạt 24,8 tấn/ha", "24,8", 24.8, "measure", "tấn/ha",
        change=chg("increase", 1.6, "tấn/ha", "năm trước"), subject="năng suất bình quân bí đỏ", period=inh(H1)),
    fig("ước đạt 95.480 tấn", "95.480", 95480, "measure", "tấn", percent=106, status="estimate",
        subject="sản lượng bí đỏ thu hoạch", period=inh(H1)),
    fig("thu mua gần 90.000 tấn", "90.000", 90000, "measure", "tấn", approx="nearly",
        subject="bí đỏ các doanh nghiệp, thương lái thu mua", period=YTD),
    fig("khoảng 32.000 tấn", "32.000", 32000, "measure", "tấn", approx="about", total=90000,
        subject="bí đỏ xuất khẩu chính ngạch sang Trung Quốc", period=YTD),
    fig("từ 7.000 đến 9.500", "7.000", 7000, "money", "đồng/kg", value_max=9500,
        change=chg("increase", 2000, "đồng/kg", "cùng kỳ", approx="about"), subject="giá bí đỏ hồ lô tại ruộng"),
    fig("mức 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", subject="giá bí đỏ thường"),
    fig("với 1.420 ha", "1.420", 1420, "measure", "ha", percent=36.9, subject="diện tích bí đỏ", location=IAPA),
    fig("với 126 hộ", "126", 126, "count", "hộ", subject="hộ liên kết với hợp tác xã trồng bí đỏ", location=IAPA),
    fig("trồng 210 ha", "210", 210, "measure", "ha", subject="diện tích bí đỏ liên kết theo tiêu chuẩn VietGAP",
        location=IAPA),
    fig("rộng 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích kho sơ chế của hợp tác xã",
        location=IAPA),
    fig("hơn 11,2 tỷ", "11,2", 11.2e9, "money", "đồng", approx="over", subject="doanh thu của hợp tác xã",
        period=S6, location=IAPA),
    fig("lên 5.000 ha", "5.000", 5000, "measure", "ha", status="target", subject="diện tích bí đỏ", period=PLAN),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="diện tích bí đỏ đạt chứng nhận VietGAP hoặc GlobalGAP", period=PLAN),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Gia Lai): breadcrumb, headline figure, 'Cập nhật: 14/06/2024 09:45 | Lượt xem: 1.536' (published), related links, address footer.",
    "Headline '6 tháng' has no year and nothing dated precedes it: year of published (2024).",
    "'cao hơn 1,6 tấn/ha so với năm trước' is the change of the yield; 'bằng 106% kế hoạch' the percent of the output ('ước đạt' → estimate).",
    "'trong đó khoảng 32.000 tấn' is part of 'gần 90.000 tấn' (total 90000). 'từ đầu năm đến nay' ends at the dateline.",
    "Lào Cai, Lạng Sơn are border gates on the route, not places of the figures. HTX '(huyện Ia Pa)' → its figures are in Ia Pa.",
    "Prices are standing ('hiện'): no period. 'Giai đoạn 2025-2030 ... phấn đấu' → target; 'trong đó ít nhất 30%' is a percent figure of its own.",
    "Distractors: Lượt xem 1.536, 09:45, 'lần thứ 3', 'Quốc lộ 25', '02 Trần Hưng Đạo', 'năm 2023' baseline.",
]

if __name__ == "__main__":
    write("p1246-1", TEXT, NOTES, FIGS, published="2024-06-14", location="Gia Lai")
