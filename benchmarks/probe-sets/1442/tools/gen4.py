"""p1442-4: provincial Party newspaper (Báo Cần Thơ), bánh tét lá cẩm in Ninh Kiều and the city."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CẦN THƠ
Trang chủ / Kinh tế / Thị trường
Thứ Năm, 23/01/2025, 09:12

Bánh tét lá cẩm vào mùa cao điểm

Những ngày giáp Tết Ất Tỵ, các cơ sở làm bánh tét ở quận Ninh Kiều, quận Bình Thủy hoạt động hết công suất, nhiều nơi đã nhận đơn kín đến 28 tháng Chạp.

(CT) - Cơ sở bánh tét Út Nhàn ở phường An Bình, quận Ninh Kiều, mỗi ngày nấu khoảng 1.200 đòn, gấp 3 lần ngày thường. Chị Lê Thị Nhàn, chủ cơ sở, cho biết từ đầu tháng 1/2025 đến nay cơ sở đã bán hơn 18.000 đòn, trong đó khoảng 4.000 đòn gửi đi Hà Nội và TP Hồ Chí Minh qua đường bưu điện. Bánh loại thường có giá 90.000 đồng/đòn, loại nhân trứng muối giá 150.000 đồng/đòn. Cơ sở thuê thêm 25 lao động thời vụ, trả công 300.000-350.000 đồng/người/ngày.

"Lá cẩm nấu lấy nước trộn nếp cho màu tím tự nhiên. Mỗi đòn bánh nặng khoảng 1,2 kg, luộc 8 tiếng mới chín đều", chị Nhàn chia sẻ. Năm nay chị dự kiến đầu tư thêm một nồi hơi công nghiệp trị giá khoảng 200 triệu đồng.

Theo Sở Công Thương TP Cần Thơ, toàn thành phố hiện có khoảng 40 cơ sở sản xuất bánh tét, tập trung ở Ninh Kiều (17 cơ sở) và Bình Thủy (9 cơ sở). Dịp Tết năm nay, sản lượng bánh tét của thành phố ước đạt 520.000 đòn, tăng khoảng 8% so với cùng kỳ. Giá bán bình quân tăng 3-5% so với năm trước.

Bánh tét lá cẩm Cần Thơ được công nhận sản phẩm OCOP 4 sao năm 2022.

HÀ VY

Tin cùng chuyên mục:
- Chợ hoa Xuân bến Ninh Kiều mở cửa từ 25 tháng Chạp
- Cần Thơ bảo đảm nguồn hàng phục vụ Tết Ất Tỵ 2025
"""

SINCE = per("từ đầu tháng 1/2025 đến nay", "2025-01-01", "2025-01-23")
NAM_NAY = per("Năm nay", "2025-01-01", "2025-12-31")
NK = "Ninh Kiều"
CT = "Cần Thơ"

FIGS = [
    fig("khoảng 1.200 đòn", "1.200", 1200, "measure", "đòn/ngày", approx="about",
        change=chg("increase", 3, "lần", "ngày thường"), subject="bánh tét cơ sở Út Nhàn nấu mỗi ngày", location=NK),
    fig("hơn 18.000 đòn", "18.000", 18000, "count", "đòn", approx="over", subject="bánh cơ sở đã bán",
        period=SINCE, location=NK),
    fig("khoảng 4.000 đòn", "4.000", 4000, "count", "đòn", approx="about", total=18000,
        subject="bánh gửi đi Hà Nội và TP Hồ Chí Minh qua đường bưu điện", period=SINCE, location=NK),
    fig("giá 90.000", "90.000", 90000, "money", "đồng/đòn", subject="giá bánh loại thường", location=NK),
    fig("giá 150.000", "150.000", 150000, "money", "đồng/đòn", subject="giá bánh loại nhân trứng muối", location=NK),
    fig("thêm 25 lao động", "25", 25, "count", "lao động", subject="lao động thời vụ cơ sở thuê thêm", location=NK),
    fig("300.000-350.000", "300.000", 300000, "money", "đồng/người/ngày", value_max=350000,
        subject="tiền công lao động thời vụ", location=NK),
    fig("khoảng 1,2 kg", "1,2", 1.2, "measure", "kg/đòn", approx="about", subject="trọng lượng mỗi đòn bánh",
        location=NK),
    fig("luộc 8 tiếng", "8", 8, "measure", "tiếng", subject="thời gian luộc bánh", location=NK),
    fig("thêm một nồi hơi", "một", 1, "count", "nồi hơi", status="forecast",
        subject="nồi hơi công nghiệp chị Nhàn đầu tư thêm", period=NAM_NAY, location=NK),
    fig("khoảng 200 triệu", "200", 200e6, "money", "đồng", approx="about", status="forecast",
        subject="trị giá nồi hơi công nghiệp", period=NAM_NAY, location=NK),
    fig("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", approx="about", subject="cơ sở sản xuất bánh tét"),
    fig("(17 cơ sở)", "17", 17, "count", "cơ sở", subject="cơ sở sản xuất bánh tét", location=NK),
    fig("(9 cơ sở)", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất bánh tét", location="Bình Thủy"),
    fig("ước đạt 520.000", "520.000", 520000, "count", "đòn", status="estimate",
        change=chg("increase", 8, "%", "cùng kỳ", approx="about"), subject="sản lượng bánh tét của thành phố"),
    fig("tăng 3-5%", "3", 3, "percent", "%", value_max=5, subject="giá bán bình quân"),
]

NOTES = [
    "Provincial Party newspaper (Báo Cần Thơ): breadcrumb, 'Thứ Năm, 23/01/2025, 09:12', sapo, tag '(CT) -', byline HÀ VY, related links.",
    "Distractors: '28 tháng Chạp', '25 tháng Chạp' (lunar dates), 'OCOP 4 sao năm 2022', 'Ất Tỵ 2025' in a link, '09:12'.",
    "The Út Nhàn passage (phường An Bình, quận Ninh Kiều) → location Ninh Kiều, also for the 4.000 đòn sent to Hà Nội and TP HCM",
    "(destinations are markets, not the place of the figure). City figures → Cần Thơ; 'Ninh Kiều (17 cơ sở) và Bình Thủy (9 cơ sở)'",
    "are list items located in their districts; they do not add up to 40, so no total.",
    "'mỗi ngày nấu khoảng 1.200 đòn' is a daily rate (đòn/ngày), 'gấp 3 lần ngày thường' its change. 'Mỗi đòn bánh nặng ... 1,2 kg' → kg/đòn.",
    "'Năm nay' = 2025 (dateline). 'Dịp Tết năm nay' gives no period. 'tăng 3-5%' (a growth rate as the claim) is a percent range.",
]

if __name__ == "__main__":
    write("p1442-4", TEXT, NOTES, FIGS, published="2025-01-23", location=CT)
