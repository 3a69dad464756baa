"""p1433-1: province portal (Cổng TTĐT tỉnh Long An): grass (cỏ bàng) straws, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Long An: sản lượng ống hút cỏ bàng 9 tháng tăng hơn 18%

Cập nhật: 15/10/2024 09:30 | Lượt xem: 3.158

9 tháng đầu năm 2024, các cơ sở sản xuất ống hút cỏ bàng trên địa bàn tỉnh ước đạt 26,4 triệu ống, tăng 18,2% so với cùng kỳ năm 2023, bằng 77,6% kế hoạch năm; trong đó xuất khẩu hơn 18 triệu ống, chiếm 68,5%, chủ yếu sang Hàn Quốc, Nhật Bản và các nước châu Âu.

Cỏ bàng được trồng và khai thác tập trung tại huyện Tân Thạnh và huyện Thạnh Hóa với tổng diện tích khoảng 420 ha. Năng suất cỏ bàng tươi bình quân từ 25 đến 30 tấn/ha/năm; giá thu mua tại ruộng hiện ở mức 2.500-3.000 đồng/kg, cao hơn khoảng 500 đồng/kg so với năm 2023.

Huyện Tân Thạnh hiện có 7 cơ sở và 2 hợp tác xã làm ống hút cỏ bàng, giải quyết việc làm cho gần 350 lao động với thu nhập bình quân 5,5-7 triệu đồng/người/tháng. Riêng Hợp tác xã Cỏ Bàng Xanh Tân Hòa có công suất 40 nghìn ống/ngày; 9 tháng qua doanh thu đạt 3,8 tỷ đồng, gấp 2 lần cùng kỳ.

Theo Sở Công Thương, quý IV/2024 các cơ sở phấn đấu sản xuất thêm khoảng 8 triệu ống, nâng tổng sản lượng cả năm lên trên 34 triệu ống. Mục tiêu đến năm 2025, tỉnh có ít nhất 3 sản phẩm ống hút cỏ bàng đạt chuẩn OCOP 3 sao trở lên và kim ngạch xuất khẩu đạt 1,2 triệu USD.

Tin liên quan:
- Long An: Hội chợ nông sản, thủ công mỹ nghệ lần thứ 4
- Thạnh Hóa ra mắt tổ hợp tác đan đát lục bình số 2
- Quốc lộ 62 đoạn qua Tân Thạnh được nâng cấp
"""

M9H = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TT = "Tân Thạnh"

FIGS = [
    fig("9 tháng tăng hơn 18%", "18", 18, "percent", "%", approx="over",
        subject="sản lượng ống hút cỏ bàng", period=M9H),
    fig("ước đạt 26,4 triệu", "26,4", 26.4e6, "count", "ống", status="estimate", percent=77.6,
        change=chg("increase", 18.2, "%", "cùng kỳ năm 2023"),
        subject="ống hút cỏ bàng các cơ sở sản xuất trên địa bàn tỉnh", period=M9),
    fig("xuất khẩu hơn 18 triệu", "18", 18e6, "count", "ống", approx="over", status="estimate",
        total=26.4e6, percent=68.5, subject="ống hút cỏ bàng xuất khẩu", period=M9),
    fig("khoảng 420 ha", "420", 420, "measure", "ha", approx="about",
        subject="tổng diện tích cỏ bàng được trồng và khai thác"),
    fig("từ 25 đến 30", "25", 25, "measure", "tấn/ha/năm", value_max=30,
        subject="năng suất cỏ bàng tươi bình quân"),
    fig("mức 2.500-3.000", "2.500", 2500, "money", "đồng/kg", value_max=3000,
        change=chg("increase", 500, "đồng/kg", "năm 2023", approx="about"),
        subject="giá thu mua cỏ bàng tại ruộng"),
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở làm ống hút cỏ bàng", location=TT),
    fig("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã làm ống hút cỏ bàng", location=TT),
    fig("gần 350 lao động", "350", 350, "count", "lao động", approx="nearly",
        subject="lao động được giải quyết việc làm", location=TT),
    fig("quân 5,5-7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân của lao động", location=TT),
    fig("suất 40 nghìn", "40", 40e3, "measure", "ống/ngày",
        subject="công suất Hợp tác xã Cỏ Bàng Xanh Tân Hòa", location=TT),
    fig("đạt 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="doanh thu Hợp tác xã Cỏ Bàng Xanh Tân Hòa", period=M9Q, location=TT),
    fig("thêm khoảng 8 triệu", "8", 8e6, "count", "ống", approx="about", status="target",
        subject="ống hút các cơ sở sản xuất thêm", period=Q4),
    fig("lên trên 34 triệu", "34", 34e6, "count", "ống", approx="over", status="target",
        subject="tổng sản lượng ống hút cỏ bàng cả năm", period=CN),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm ống hút cỏ bàng đạt chuẩn OCOP 3 sao trở lên", period=T25),
    fig("đạt 1,2 triệu USD", "1,2", 1.2e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu ống hút cỏ bàng", period=T25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Long An): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 09:30 | Lượt xem: 3.158', related links.",
    "Distractors: 'Lượt xem: 3.158', '09:30', 'năm 2023' (baselines), 'OCOP 3 sao', 'lần thứ 4', 'số 2', 'Quốc lộ 62'.",
    "Headline '9 tháng tăng hơn 18%' is a growth rate as the claim: percent figure, approx over, no status cue (actual); year from published.",
    "26,4 triệu: change 18,2% (first), 'bằng 77,6% kế hoạch năm' = percent attribute. 'trong đó xuất khẩu hơn 18 triệu ống, chiếm 68,5%'",
    "continues the 'ước đạt' clause: estimate, total 26,4 triệu, percent 68,5. Straws counted in pieces: kind count, unit ống.",
    "'khoảng 420 ha' spans two districts (Tân Thạnh, Thạnh Hóa): location Long An. 'hiện' prices/yields: no period.",
    "Tân Thạnh passage (cơ sở, HTX in xã Tân Hòa) → location Tân Thạnh. 'gấp 2 lần cùng kỳ' after the revenue = change in lần.",
    "'quý IV/2024 ... phấn đấu ...' governs both clauses (target); 'cả năm' takes 2024. 'Mục tiêu đến năm 2025' → start null.",
]

if __name__ == "__main__":
    write("p1433-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Long An")
