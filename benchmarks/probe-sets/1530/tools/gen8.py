"""p1530-8: news agency (TTXVN / Vietnam+): TP HCM flexible-packaging exports 2 months 2025, a bio zip-bag line, green targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS - TTXVN
Kinh tế > Doanh nghiệp

Doanh nghiệp bao bì thực phẩm tìm hướng đi "xanh"

Thứ Tư, 12/03/2025 - 14:20

TP Hồ Chí Minh (TTXVN) - Trước yêu cầu ngày càng khắt khe của các thị trường nhập khẩu, nhiều doanh nghiệp sản xuất màng bọc, túi zip tại TP Hồ Chí Minh đang chuyển sang nguyên liệu tự hủy sinh học và tái chế.

Theo Sở Công Thương TP Hồ Chí Minh, 2 tháng đầu năm 2025, kim ngạch xuất khẩu bao bì nhựa mềm (màng bọc, túi zip, túi ghép màng nhôm) của thành phố đạt 84,3 triệu USD, tăng 14,2% so với cùng kỳ năm 2024, chiếm khoảng 23% kim ngạch xuất khẩu mặt hàng này của cả nước, đứng thứ hai cả nước sau Bình Dương.

Tại Khu công nghiệp Tân Tạo, quận Bình Tân, Công ty cổ phần Bao bì Phương Nam Xanh vừa đưa vào vận hành dây chuyền sản xuất túi zip từ nhựa sinh học với vốn đầu tư khoảng 75 tỷ đồng, công suất 300 tấn/năm, tạo việc làm cho 45 lao động. Ông Võ Minh Triết, Tổng Giám đốc công ty, cho biết giá thành túi zip sinh học cao gấp 2,5 lần túi thông thường nhưng đơn hàng từ Nhật Bản và châu Âu đã kín đến hết quý II. Hiện công ty có ba chục khách hàng thường xuyên là doanh nghiệp chế biến thủy sản, trái cây sấy và bánh kẹo.

Toàn thành phố hiện có khoảng 350 doanh nghiệp sản xuất bao bì nhựa, trong đó chưa tới 10% sử dụng nguyên liệu tái chế hoặc sinh học. Thành phố đặt mục tiêu đến năm 2030 nâng tỷ lệ này lên ít nhất 30%.

Theo Hiệp hội Bao bì Việt Nam, nhu cầu bao bì thực phẩm của cả nước năm 2025 dự kiến tăng từ 10 đến 12%, trong đó phân khúc túi zip và màng bọc đạt quy mô hàng chục nghìn tỷ đồng./.

(TTXVN/Vietnam+)
"""

M2 = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
TO30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
BTN = "Bình Tân"

FIGS = [
    fig("đạt 84,3 triệu", "84,3", 84.3e6, "money", "USD", percent=23,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2024"),
        subject="kim ngạch xuất khẩu bao bì nhựa mềm của thành phố", period=M2),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="kim ngạch xuất khẩu bao bì nhựa mềm của thành phố", period=M2),
    fig("khoảng 75 tỷ", "75", 75e9, "money", "đồng", approx="about",
        subject="vốn đầu tư dây chuyền sản xuất túi zip từ nhựa sinh học", location=BTN),
    fig("công suất 300 tấn", "300", 300, "measure", "tấn/năm",
        subject="công suất dây chuyền sản xuất túi zip từ nhựa sinh học", location=BTN),
    fig("cho 45 lao động", "45", 45, "count", "lao động",
        subject="lao động dây chuyền tạo việc làm", location=BTN),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
        subject="giá thành túi zip sinh học so với túi thông thường", location=BTN),
    fig("có ba chục khách hàng", "ba chục", 30, "count", "khách hàng",
        subject="khách hàng thường xuyên của công ty", location=BTN),
    fig("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bao bì nhựa"),
    fig("chưa tới 10%", "10", 10, "percent", "%", approx="under",
        subject="tỷ lệ doanh nghiệp sản xuất bao bì nhựa sử dụng nguyên liệu tái chế hoặc sinh học"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ doanh nghiệp sản xuất bao bì nhựa sử dụng nguyên liệu tái chế hoặc sinh học", period=TO30),
    fig("từ 10 đến 12%", "10", 10, "percent", "%", value_max=12, status="forecast",
        subject="nhu cầu bao bì thực phẩm của cả nước tăng", period=Y25, location="Việt Nam"),
    fig("hàng chục nghìn tỷ", "hàng chục", 1e13, "money", "đồng", approx="about", status="forecast",
        optional=True, subject="quy mô phân khúc túi zip và màng bọc", period=Y25, location="Việt Nam"),
]

NOTES = [
    "News agency (TTXVN / VietnamPlus): section, 'Thứ Tư, 12/03/2025 - 14:20', place-and-agency lead 'TP Hồ Chí Minh (TTXVN) -', '/.', source line.",
    "Distractors: 14:20, 'Khu công nghiệp Tân Tạo', 'quý II' (a date), 'năm 2024' (baseline), '(TTXVN/Vietnam+)'.",
    "Default location TP Hồ Chí Minh. 'chiếm khoảng 23% ... của cả nước' is the percent attribute of 84,3 triệu USD (its approx is not",
    "scored for attributes); 'đứng thứ hai cả nước sau Bình Dương' → rank 2 located in TP HCM ('cả nước' is the field of the ranking),",
    "period '2 tháng đầu năm 2025' (2025-01-01..2025-02-28) stated in the same sentence.",
    "Company passage (KCN Tân Tạo, quận Bình Tân) → location Bình Tân. 'cao gấp 2,5 lần túi thông thường' stands alone as the claim → multiple.",
    "'ba chục khách hàng' = 30 (number words). 'trong đó chưa tới 10% ...' → a percent figure (no total for a percent).",
    "'mục tiêu đến năm 2030 nâng tỷ lệ này lên ít nhất 30%' → target, at_least, subject resolved from 'tỷ lệ này'.",
    "VINPAS paragraph is national → Việt Nam; 'dự kiến tăng từ 10 đến 12%' → forecast range; the 'trong đó' clause continues it.",
    "Optional: 'hàng chục nghìn tỷ đồng' (a vague number word, value 10^13, approx about).",
]

if __name__ == "__main__":
    write("p1530-8", TEXT, NOTES, FIGS, published="2025-03-12", location="TP Hồ Chí Minh")
