"""p1285-2: district portal (huyện Chương Mỹ, Hà Nội): a moon-cake cooperative in its season, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Hợp tác xã bánh truyền thống Phụng Châu vào mùa bánh trung thu
10/09/2024 - 15:20

Những ngày này, xưởng của Hợp tác xã Bánh truyền thống Phụng Châu (xã Phụng Châu) hoạt động từ 5 giờ sáng đến 10 giờ đêm. Mùa trung thu năm nay, hợp tác xã dự kiến sản xuất khoảng 45.000 chiếc bánh nướng, bánh dẻo các loại, tăng 15% so với năm 2023.

Ông Nguyễn Văn Thịnh, Giám đốc hợp tác xã cho biết, đơn vị có 12 thành viên, thời vụ thuê thêm ba chục lao động, chủ yếu là phụ nữ địa phương, thu nhập từ 250.000 đến 300.000 đồng/người/ngày. Hợp tác xã có hai lò nướng điện công suất 600 chiếc/mẻ, mỗi ngày nướng từ 8 đến 10 mẻ.

Bánh nướng nhân thập cẩm loại 200 gram có giá 55.000 đồng/chiếc, bánh dẻo nhân đậu xanh 40.000 đồng/chiếc; hộp 4 bánh cao cấp giá 420.000 đồng. Từ đầu tháng 8 đến nay, hợp tác xã đã bán ra hơn 28.000 chiếc, trong đó khoảng 60% theo đơn đặt hàng của các cơ quan, doanh nghiệp. Doanh thu mùa bánh năm 2023 đạt 1,8 tỷ đồng, vượt 20% kế hoạch; lợi nhuận khoảng 320 triệu đồng.

Năm 2023, sản phẩm bánh nướng Phụng Châu được công nhận sản phẩm OCOP 3 sao. Toàn huyện hiện có 23 cơ sở sản xuất bánh trung thu, trong đó 9 cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm. Huyện phấn đấu đến năm 2025 có 100% cơ sở sản xuất bánh được cấp giấy chứng nhận.

Tin: Lê Hoa - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Địa chỉ: Thị trấn Chúc Sơn, huyện Chương Mỹ, TP Hà Nội | Điện thoại: 024.3386.6121
"""

NAY = per("năm nay", "2024-01-01", "2024-12-31")
SINCE = per("Từ đầu tháng 8 đến nay", "2024-08-01", "2024-09-10")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 45.000 chiếc", "45.000", 45000, "count", "chiếc", approx="about", status="forecast",
        change=chg("increase", 15, "%", "năm 2023"),
        subject="bánh nướng, bánh dẻo hợp tác xã sản xuất", period=NAY),
    fig("có 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", subject="lao động thời vụ thuê thêm"),
    fig("từ 250.000 đến 300.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=300000,
        subject="thu nhập lao động thời vụ"),
    fig("có hai lò", "hai", 2, "count", "lò nướng", subject="lò nướng điện của hợp tác xã"),
    fig("600 chiếc/mẻ", "600", 600, "measure", "chiếc/mẻ", subject="công suất lò nướng điện"),
    fig("từ 8 đến 10 mẻ", "8", 8, "measure", "mẻ/ngày", value_max=10, subject="số mẻ nướng mỗi ngày"),
    fig("loại 200 gram", "200", 200, "measure", "gram", subject="khối lượng bánh nướng nhân thập cẩm",
        optional=True),
    fig("giá 55.000 đồng", "55.000", 55000, "money", "đồng/chiếc", subject="giá bánh nướng nhân thập cẩm"),
    fig("xanh 40.000 đồng", "40.000", 40000, "money", "đồng/chiếc", subject="giá bánh dẻo nhân đậu xanh"),
    fig("hộp 4 bánh", "4", 4, "count", "bánh", subject="số bánh mỗi hộp cao cấp", optional=True),
    fig("giá 420.000 đồng", "420.000", 420000, "money", "đồng/hộp", subject="giá hộp 4 bánh cao cấp"),
    fig("hơn 28.000 chiếc", "28.000", 28000, "count", "chiếc", approx="over",
        subject="bánh hợp tác xã đã bán ra", period=SINCE),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="bánh bán theo đơn đặt hàng của các cơ quan, doanh nghiệp", period=SINCE),
    fig("đạt 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", change=chg("increase", 20, "%", "kế hoạch"),
        subject="doanh thu mùa bánh", period=Y23),
    fig("khoảng 320 triệu", "320", 320e6, "money", "đồng", approx="about",
        subject="lợi nhuận mùa bánh", period=Y23),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở sản xuất bánh trung thu trên địa bàn huyện"),
    fig("9 cơ sở có", "9", 9, "count", "cơ sở", total=23,
        subject="cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    fig("có 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất bánh được cấp giấy chứng nhận", period=T25),
]

NOTES = [
    "District portal (huyện Chương Mỹ, TP Hà Nội): banner naming the district, menu, '10/09/2024 - 15:20' under the headline,",
    "byline 'Tin: ...', address and phone footer. Published 2024-09-10. All figures are located in the district (Chương Mỹ).",
    "Distractors: 15:20, '5 giờ sáng đến 10 giờ đêm' (times of day), 'OCOP 3 sao', phone 024.3386.6121, 'Năm 2023' of the",
    "OCOP award (a date, no figure).",
    "'Mùa trung thu năm nay ... dự kiến ... khoảng 45.000 chiếc' → forecast, about, change +15% vs năm 2023; 'năm nay' → 2024.",
    "'ba chục lao động' = 30 (number words). 'mỗi ngày nướng từ 8 đến 10 mẻ' is a rate (mẻ/ngày), a range.",
    "'loại 200 gram' and 'hộp 4 bánh' are product specifications, not facts about the world: optional.",
    "Prices are standing prices, no period. 'Từ đầu tháng 8 đến nay' ends at the dateline 2024-09-10.",
    "'trong đó khoảng 60% theo đơn đặt hàng' is a part given only as a share: a percent figure of its own.",
    "'đạt 1,8 tỷ đồng, vượt 20% kế hoạch' → change +20% with baseline 'kế hoạch' (FIGURES.md: gap to a plan is a change).",
    "'23 cơ sở, trong đó 9 cơ sở' → total 23. 'phấn đấu đến năm 2025 có 100%' → target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1285-2", TEXT, NOTES, FIGS, published="2024-09-10", location="Chương Mỹ")
