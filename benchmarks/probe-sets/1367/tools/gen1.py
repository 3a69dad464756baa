"""p1367-1: province portal (Hà Tĩnh): grassroots sports clubs, 9 months of 2024; a table-tennis passage in Kỳ Anh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Văn hóa - Xã hội > Thể dục thể thao

9 tháng, Hà Tĩnh có thêm 74 câu lạc bộ thể thao cơ sở

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Văn hóa, Thể thao và Du lịch, 9 tháng đầu năm 2024, toàn tỉnh thành lập mới 74 câu lạc bộ thể dục thể thao cơ sở, nâng tổng số lên 1.162 câu lạc bộ, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, có 318 câu lạc bộ bóng bàn và 205 câu lạc bộ bóng đá, futsal; còn lại là cầu lông, võ thuật, dưỡng sinh.

Đến hết tháng 9, số người tập luyện thể dục thể thao thường xuyên ước đạt 482.600 người, chiếm 37,6% dân số, bằng 98,9% kế hoạch năm; số gia đình thể thao ước đạt 29.450 gia đình, chiếm 26,3% tổng số hộ.

Từ đầu năm đến nay, các địa phương tổ chức 412 giải thể thao cấp xã và 46 giải cấp huyện với gần 38 nghìn lượt vận động viên tham gia. Tổng kinh phí xã hội hóa cho phong trào đạt khoảng 4,2 tỷ đồng, gấp 1,5 lần năm trước.

Tại thị xã Kỳ Anh, phong trào bóng bàn phát triển mạnh với 41 câu lạc bộ và hơn 1.100 hội viên. Thị xã đã đầu tư 2,8 tỷ đồng xây dựng nhà tập đa năng rộng 1.200 m2 tại phường Sông Trí, sức chứa khoảng 500 chỗ ngồi. Mức đóng góp của hội viên phổ biến từ 100.000 đến 150.000 đồng/người/tháng.

Quý IV, ngành văn hóa, thể thao phấn đấu thành lập thêm 30 câu lạc bộ, nâng tỷ lệ người tập luyện thường xuyên cả năm lên 38%. Mục tiêu đến năm 2025, toàn tỉnh có ít nhất 1.250 câu lạc bộ thể thao cơ sở.

Tin liên quan:
- Khai mạc Giải bóng bàn các câu lạc bộ tỉnh Hà Tĩnh lần thứ XV
- Hà Tĩnh đăng cai Giải Futsal học sinh, sinh viên khu vực Bắc Trung Bộ năm 2024
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Đến hết tháng 9", None, "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
KA = "Kỳ Anh"

FIGS = [
    fig("có thêm 74 câu lạc bộ", "74", 74, "count", "câu lạc bộ",
        subject="câu lạc bộ thể thao cơ sở có thêm", period=NINE_H),
    fig("thành lập mới 74 câu lạc bộ", "74", 74, "count", "câu lạc bộ",
        subject="câu lạc bộ thể dục thể thao cơ sở thành lập mới", period=NINE),
    fig("lên 1.162 câu lạc bộ", "1.162", 1162, "count", "câu lạc bộ",
        change=chg("increase", 6.8, "%", "cùng kỳ năm 2023"),
        subject="tổng số câu lạc bộ thể dục thể thao cơ sở", period=NINE),
    fig("có 318 câu lạc bộ", "318", 318, "count", "câu lạc bộ", total=1162,
        subject="câu lạc bộ bóng bàn", period=inh(NINE)),
    fig("và 205 câu lạc bộ", "205", 205, "count", "câu lạc bộ", total=1162,
        subject="câu lạc bộ bóng đá, futsal", period=inh(NINE)),
    fig("ước đạt 482.600 người", "482.600", 482600, "count", "người", percent=37.6, status="estimate",
        subject="số người tập luyện thể dục thể thao thường xuyên", period=ASOF),
    fig("bằng 98,9% kế hoạch", "98,9", 98.9, "percent", "%", status="estimate",
        subject="số người tập luyện thể dục thể thao thường xuyên so với kế hoạch năm", period=ASOF,
        optional=True),
    fig("ước đạt 29.450 gia đình", "29.450", 29450, "count", "gia đình", percent=26.3, status="estimate",
        subject="số gia đình thể thao", period=ASOF),
    fig("tổ chức 412 giải", "412", 412, "count", "giải",
        subject="giải thể thao cấp xã các địa phương tổ chức", period=YTD),
    fig("và 46 giải", "46", 46, "count", "giải", subject="giải thể thao cấp huyện", period=YTD),
    fig("gần 38 nghìn lượt", "38", 38000, "count", "lượt vận động viên", approx="nearly",
        subject="lượt vận động viên tham gia", period=YTD),
    fig("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about",
        change=chg("increase", 1.5, "lần", "năm trước"),
        subject="tổng kinh phí xã hội hóa cho phong trào", period=inh(YTD)),
    fig("với 41 câu lạc bộ", "41", 41, "count", "câu lạc bộ", subject="câu lạc bộ bóng bàn", location=KA),
    fig("hơn 1.100 hội viên", "1.100", 1100, "count", "hội viên", approx="over",
        subject="hội viên câu lạc bộ bóng bàn", location=KA),
    fig("đầu tư 2,8 tỷ", "2,8", 2.8e9, "money", "đồng",
        subject="kinh phí thị xã đầu tư xây dựng nhà tập đa năng", location=KA),
    fig("rộng 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích nhà tập đa năng", location=KA),
    fig("khoảng 500 chỗ", "500", 500, "count", "chỗ ngồi", approx="about",
        subject="sức chứa nhà tập đa năng", location=KA),
    fig("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/người/tháng", value_max=150000,
        subject="mức đóng góp của hội viên", location=KA),
    fig("thêm 30 câu lạc bộ", "30", 30, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ thành lập thêm", period=Q4),
    fig("cả năm lên 38%", "38", 38, "percent", "%", status="target",
        subject="tỷ lệ người tập luyện thường xuyên", period=YEAR),
    fig("ít nhất 1.250 câu lạc bộ", "1.250", 1250, "count", "câu lạc bộ", approx="at_least", status="target",
        subject="câu lạc bộ thể thao cơ sở", period=TO25),
]

NOTES = [
    "Province portal (Hà Tĩnh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'lần thứ XV', 'năm 2024' in a related link, 'phường Sông Trí'.",
    "Headline '9 tháng ... thêm 74 câu lạc bộ' is its own figure; year-less '9 tháng' takes 2024 (dateline).",
    "'Trong đó' after a sentence break: parts take the whole 1.162; the rest ('còn lại') has no number.",
    "'chiếm 37,6% dân số, bằng 98,9% kế hoạch năm': first share is the attribute, the second an own percent figure (optional, spec §3).",
    "'Đến hết tháng 9' = as-of 2024-09-30; 'Từ đầu năm đến nay' ends at the dateline; 'gấp 1,5 lần năm trước' is a change in lần.",
    "Kỳ Anh passage: location Kỳ Anh; standing figures without period.",
    "'Quý IV ... phấn đấu ..., nâng ... cả năm lên 38%': both target; 'cả năm' is the nearer period of the 38%.",
]

if __name__ == "__main__":
    write("p1367-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Tĩnh")
