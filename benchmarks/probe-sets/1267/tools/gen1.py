"""p1267-1: province portal (Quảng Ninh): hydroponic and substrate vegetable growers, output 2023, 7 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Diện tích rau thủy canh tăng gấp đôi so với năm 2022

Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/7/2024, toàn tỉnh có 46 cơ sở sản xuất rau thủy canh và trồng trên giá thể, tổng diện tích nhà màng, nhà lưới khoảng 18,5 ha. Trong đó, thành phố Hạ Long có 14 cơ sở, thành phố Uông Bí 9 cơ sở, thị xã Đông Triều 8 cơ sở.

Năm 2023, sản lượng rau thủy canh, rau trồng không cần đất của tỉnh đạt khoảng 1.250 tấn, tăng 32% so với năm 2022; giá trị sản xuất ước đạt 46 tỷ đồng. Năng suất bình quân đạt 68 tấn/ha/năm, cao gấp 3 lần so với trồng rau trên đất.

7 tháng đầu năm 2024, các cơ sở đã cung ứng ra thị trường hơn 860 tấn rau, trong đó trên 70% được tiêu thụ qua siêu thị, bếp ăn trường học và nhà hàng, khách sạn. Giá bán rau thủy canh từ 35.000 đến 45.000 đồng/kg, cao hơn rau thông thường khoảng 10.000 đồng/kg.

Tỉnh phấn đấu đến năm 2025 nâng diện tích sản xuất rau ứng dụng công nghệ cao lên 30 ha, trong đó thủy canh và giá thể chiếm ít nhất 60%. Từ đầu năm đến nay, ngân sách tỉnh đã hỗ trợ 12 cơ sở với tổng kinh phí gần 3,6 tỷ đồng theo Nghị quyết số 194/2019/NQ-HĐND.

Tin liên quan:
- Hạ Long: Khai trương điểm giới thiệu sản phẩm OCOP số 2
- Đầm Hà tổ chức Hội chợ nông sản lần thứ 3
"""

ASOF = per("tính đến ngày 31/7/2024", None, "2024-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T25 = per("đến năm 2025", None, "2025-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
UNIT_CS = "cơ sở sản xuất rau thủy canh và trồng trên giá thể"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="diện tích rau thủy canh"),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject=UNIT_CS, period=ASOF),
    fig("khoảng 18,5 ha", "18,5", 18.5, "measure", "ha", approx="about",
        subject="tổng diện tích nhà màng, nhà lưới", period=ASOF),
    fig("Hạ Long có 14 cơ sở", "14", 14, "count", "cơ sở", total=46, subject=UNIT_CS,
        period=inh(ASOF), location="Hạ Long"),
    fig("Uông Bí 9 cơ sở", "9", 9, "count", "cơ sở", total=46, subject=UNIT_CS,
        period=inh(ASOF), location="Uông Bí"),
    fig("Đông Triều 8 cơ sở", "8", 8, "count", "cơ sở", total=46, subject=UNIT_CS,
        period=inh(ASOF), location="Đông Triều"),
    fig("khoảng 1.250 tấn", "1.250", 1250, "measure", "tấn", approx="about",
        change=chg("increase", 32, "%", "năm 2022"),
        subject="sản lượng rau thủy canh, rau trồng không cần đất", period=Y23),
    fig("ước đạt 46 tỷ", "46", 46e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y23),
    fig("đạt 68 tấn/ha/năm", "68", 68, "measure", "tấn/ha/năm",
        change=chg("increase", 3, "lần", "trồng rau trên đất"),
        subject="năng suất bình quân", period=inh(Y23)),
    fig("hơn 860 tấn", "860", 860, "measure", "tấn", approx="over",
        subject="rau các cơ sở cung ứng ra thị trường", period=M7),
    fig("trên 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ rau tiêu thụ qua siêu thị, bếp ăn trường học và nhà hàng, khách sạn", period=M7),
    fig("từ 35.000 đến 45.000", "35.000", 35000, "money", "đồng/kg", value_max=45000,
        change=chg("increase", 10000, "đồng/kg", "rau thông thường", approx="about"),
        subject="giá bán rau thủy canh"),
    fig("lên 30 ha", "30", 30, "measure", "ha", status="target",
        subject="diện tích sản xuất rau ứng dụng công nghệ cao", period=T25),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ thủy canh và giá thể trong diện tích rau ứng dụng công nghệ cao", period=T25),
    fig("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở",
        subject="cơ sở được ngân sách tỉnh hỗ trợ", period=YTD),
    fig("gần 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí hỗ trợ", period=YTD),
]

NOTES = [
    "Province portal (Quảng Ninh): hydroponic and substrate vegetable growers; breadcrumb, 'Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.286'.",
    "Headline 'tăng gấp đôi so với năm 2022' stands alone as the claim: multiple 2 lần (number word 'đôi'); 'năm 2022' is a baseline, no period.",
    "'Trong đó' after a sentence break: the three city/town counts take total 46 and their own location; the as-of period is inherited.",
    "'cao gấp 3 lần so với trồng rau trên đất' and 'cao hơn rau thông thường khoảng 10.000 đồng/kg' are changes of their figures.",
    "'trong đó trên 70% được tiêu thụ' and 'trong đó ... chiếm ít nhất 60%' are percent figures of their own (no base amount of theirs).",
    "'phấn đấu đến năm 2025' governs both clauses (target; start null). 'Từ đầu năm đến nay' ends at the dateline 2024-08-14.",
    "Distractors: 09:35, Lượt xem 1.286, dates, Nghị quyết số 194/2019/NQ-HĐND, 'OCOP số 2', 'lần thứ 3'.",
]

if __name__ == "__main__":
    write("p1267-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Quảng Ninh")
