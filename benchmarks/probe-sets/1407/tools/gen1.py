"""p1407-1: province portal (Cổng TTĐT tỉnh Nghệ An): monkeys raiding upland crops in three western districts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Khỉ rừng phá hoại gần 120 ha hoa màu ở miền Tây Nghệ An

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

9 tháng đầu năm 2024, các đàn khỉ hoang dã từ rừng đặc dụng đã phá hoại gần 120 ha ngô, lúa nương và sắn của người dân ba huyện Con Cuông, Tương Dương, Quế Phong, tăng 35% so với cùng kỳ năm 2023. Thiệt hại ước tính khoảng 2,4 tỷ đồng.

Riêng huyện Con Cuông có 47,5 ha bị phá, chiếm 39,6% diện tích bị hại toàn tỉnh; trong đó xã Môn Sơn 18 ha, xã Châu Khê 12,3 ha. Theo Hạt Kiểm lâm huyện, mỗi đàn khỉ thường có từ 20 đến 40 con, có ngày kéo xuống nương tới ba lần. Ông Lô Văn Khánh ở bản Tát, xã Môn Sơn, cho biết gia đình trồng 1,5 ha ngô thì bị khỉ phá mất khoảng 0,8 ha; năng suất năm nay chỉ còn 2,5 tấn/ha, trong khi năm 2023 đạt 5,2 tấn/ha.

Từ đầu năm đến nay, các địa phương đã thành lập 26 tổ xua đuổi khỉ với hơn 300 thành viên, trực canh ngày đêm trên nương. Tỉnh hỗ trợ hộ bị thiệt hại mức 2 triệu đồng/ha đối với ngô và 1,5 triệu đồng/ha đối với lúa nương. Tính đến ngày 30/9/2024, tỉnh đã chi hỗ trợ 1,08 tỷ đồng cho 612 hộ, bằng 72% kế hoạch vốn năm.

Sở Nông nghiệp và PTNT cho biết, trong quý IV/2024 sẽ phối hợp với Vườn quốc gia Pù Mát khảo sát, dự kiến lắp thêm 15 km hàng rào lưới B40 tại các khu vực giáp rừng. Mục tiêu đến năm 2025, diện tích cây trồng bị khỉ phá giảm ít nhất 50% so với năm 2024.

Người dân cần hỗ trợ liên hệ đường dây nóng Chi cục Kiểm lâm: 0238.3844.512.

Tin liên quan:
- Con Cuông: Bảo tồn voọc xám tại Vườn quốc gia Pù Mát
- Triển khai Kế hoạch 125/KH-UBND về quản lý động vật hoang dã
"""

P9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
CC = "Con Cuông"

FIGS = [
    fig("phá hoại gần 120 ha hoa màu", "120", 120, "measure", "ha", approx="nearly",
        subject="hoa màu bị khỉ rừng phá hoại"),
    fig("đã phá hoại gần 120 ha ngô", "120", 120, "measure", "ha", approx="nearly",
        change=chg("increase", 35, "%", "cùng kỳ năm 2023"),
        subject="ngô, lúa nương và sắn bị các đàn khỉ hoang dã phá hoại", period=P9),
    fig("người dân ba huyện", "ba", 3, "count", "huyện", subject="huyện có hoa màu bị khỉ phá hoại", period=P9),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại", period=inh(P9)),
    fig("có 47,5 ha bị phá", "47,5", 47.5, "measure", "ha", percent=39.6,
        subject="diện tích bị phá", period=inh(P9), location=CC),
    fig("Môn Sơn 18 ha", "18", 18, "measure", "ha", total=47.5,
        subject="diện tích bị phá xã Môn Sơn", period=inh(P9), location=CC),
    fig("Châu Khê 12,3 ha", "12,3", 12.3, "measure", "ha", total=47.5,
        subject="diện tích bị phá xã Châu Khê", period=inh(P9), location=CC),
    fig("từ 20 đến 40 con", "20", 20, "count", "con", value_max=40,
        subject="số con mỗi đàn khỉ", location=CC),
    fig("tới ba lần", "ba", 3, "count", "lần", subject="lần khỉ kéo xuống nương trong ngày", location=CC),
    fig("trồng 1,5 ha ngô", "1,5", 1.5, "measure", "ha",
        subject="diện tích ngô gia đình ông Lô Văn Khánh trồng", location=CC),
    fig("khoảng 0,8 ha", "0,8", 0.8, "measure", "ha", approx="about",
        subject="diện tích ngô bị khỉ phá mất", location=CC),
    fig("còn 2,5 tấn/ha", "2,5", 2.5, "measure", "tấn/ha", subject="năng suất",
        period=per("năm nay", "2024-01-01", "2024-12-31"), location=CC),
    fig("đạt 5,2 tấn/ha", "5,2", 5.2, "measure", "tấn/ha", subject="năng suất",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location=CC),
    fig("thành lập 26 tổ", "26", 26, "count", "tổ", subject="tổ xua đuổi khỉ các địa phương thành lập",
        period=YTD),
    fig("hơn 300 thành viên", "300", 300, "count", "thành viên", approx="over",
        subject="thành viên tổ xua đuổi khỉ", period=YTD),
    fig("mức 2 triệu", "2", 2e6, "money", "đồng/ha", subject="mức hỗ trợ hộ bị thiệt hại đối với ngô"),
    fig("và 1,5 triệu", "1,5", 1.5e6, "money", "đồng/ha", subject="mức hỗ trợ hộ bị thiệt hại đối với lúa nương"),
    fig("hỗ trợ 1,08 tỷ", "1,08", 1.08e9, "money", "đồng", percent=72,
        subject="kinh phí tỉnh đã chi hỗ trợ", period=ASOF),
    fig("cho 612 hộ", "612", 612, "count", "hộ", subject="hộ được hỗ trợ", period=ASOF),
    fig("thêm 15 km", "15", 15, "measure", "km", status="forecast",
        subject="hàng rào lưới B40 lắp thêm tại các khu vực giáp rừng", period=Q4),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="diện tích cây trồng bị khỉ phá giảm",
        period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386' (published), related links.",
    "Headline 'gần 120 ha' has no period phrase. Body lead: 9 tháng đầu năm 2024, change +35% vs cùng kỳ; 'ba huyện' is a count.",
    "Con Cuông passage (district) -> location Con Cuông; 'trong đó xã Môn Sơn 18 ha, xã Châu Khê 12,3 ha' -> total 47,5 (communes stay in subject).",
    "'chiếm 39,6% diện tích bị hại toàn tỉnh' -> percent attribute of 47,5 ha. 'bằng 72% kế hoạch vốn năm' -> percent attribute of 1,08 tỷ.",
    "'năm nay' -> 2024 (published year). 'Tính đến ngày 30/9/2024' -> as-of. 'quý IV/2024 ... dự kiến' -> forecast. 'Mục tiêu đến năm 2025 ... giảm ít nhất 50%' -> target percent.",
    "Distractors: Lượt xem 1.386, 08:45, phone 0238.3844.512, 'lưới B40', 'Kế hoạch 125/KH-UBND', dates.",
]

if __name__ == "__main__":
    write("p1407-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nghệ An")
