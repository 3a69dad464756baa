"""p1526-5: provincial Party newspaper (Báo Bắc Giang, tag BGĐT): a soapberry cooperative in huyện Lục Ngạn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Nước rửa tay thảo dược từ quả bồ hòn ở Lục Ngạn

Thứ Tư, 17/07/2024 | 09:12

Từ quả bồ hòn mọc trên đồi, Hợp tác xã Dược liệu Tân Sơn (huyện Lục Ngạn) làm ra xà phòng nước, nước rửa tay thảo dược, mỗi năm tiêu thụ khoảng 3 vạn chai.

(BGĐT) - Hợp tác xã được thành lập năm 2019. Hiện hợp tác xã có 15 thành viên, tạo việc làm thường xuyên cho 22 lao động, chủ yếu là phụ nữ dân tộc Nùng, Sán Dìu, thu nhập từ 6 đến 7,5 triệu đồng/người/tháng.

Mỗi tháng, hợp tác xã thu mua khoảng 3 tấn quả bồ hòn của người dân với giá 12.000 đồng/kg, chế biến ra gần 5.000 lít xà phòng nước, nước rửa tay và nước giặt.

Năm 2023, doanh thu của hợp tác xã đạt 2,4 tỷ đồng, tăng 35% so với năm 2022, lợi nhuận khoảng 380 triệu đồng. Sản phẩm nước rửa tay thảo dược Tân Sơn đã đạt OCOP 4 sao, được bày bán tại 12 cửa hàng, siêu thị trong và ngoài tỉnh với giá 45.000 đồng/chai 500 ml.

Bà Hoàng Thị Mai, Giám đốc hợp tác xã cho biết, 6 tháng đầu năm nay, hợp tác xã tiêu thụ hơn 18.000 chai sản phẩm, doanh thu khoảng 1,3 tỷ đồng. Năm 2024, hợp tác xã phấn đấu doanh thu đạt 3 tỷ đồng, mở rộng vùng nguyên liệu thêm 10 ha.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 386 sản phẩm OCOP, trong đó 9 sản phẩm thuộc nhóm thảo dược, hóa mỹ phẩm.

NGỌC HÀ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LN = "Lục Ngạn"

FIGS = [
    fig("khoảng 3 vạn", "3", 3e4, "measure", "chai/năm", approx="about",
        subject="sản phẩm hợp tác xã tiêu thụ mỗi năm", location=LN),
    fig("có 15 thành viên", "15", 15, "count", "thành viên", subject="thành viên hợp tác xã", location=LN),
    fig("cho 22 lao động", "22", 22, "count", "lao động", subject="lao động thường xuyên", location=LN),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
        subject="thu nhập của lao động", location=LN),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn/tháng", approx="about",
        subject="quả bồ hòn hợp tác xã thu mua mỗi tháng", location=LN),
    fig("giá 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", subject="giá thu mua quả bồ hòn", location=LN),
    fig("gần 5.000 lít", "5.000", 5000, "measure", "lít/tháng", approx="nearly",
        subject="xà phòng nước, nước rửa tay và nước giặt chế biến ra mỗi tháng", location=LN),
    fig("đạt 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23, location=LN),
    fig("khoảng 380 triệu", "380", 380e6, "money", "đồng", approx="about",
        subject="lợi nhuận của hợp tác xã", period=Y23, location=LN),
    fig("tại 12 cửa hàng", "12", 12, "count", "cửa hàng",
        subject="cửa hàng, siêu thị bày bán nước rửa tay thảo dược Tân Sơn", location=LN),
    fig("giá 45.000 đồng", "45.000", 45000, "money", "đồng/chai",
        subject="giá nước rửa tay thảo dược Tân Sơn", location=LN),
    fig("chai 500 ml", "500", 500, "measure", "ml", subject="dung tích chai", location=LN, optional=True),
    fig("hơn 18.000 chai", "18.000", 18000, "count", "chai", approx="over",
        subject="chai sản phẩm hợp tác xã tiêu thụ", period=H1, location=LN),
    fig("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about",
        subject="doanh thu của hợp tác xã", period=H1, location=LN),
    fig("đạt 3 tỷ", "3", 3e9, "money", "đồng", status="target",
        subject="doanh thu của hợp tác xã", period=Y24, location=LN),
    fig("thêm 10 ha", "10", 10, "measure", "ha", status="target",
        subject="vùng nguyên liệu mở rộng thêm", period=Y24, location=LN),
    fig("có 386 sản phẩm", "386", 386, "count", "sản phẩm", subject="sản phẩm OCOP"),
    fig("trong đó 9 sản phẩm", "9", 9, "count", "sản phẩm", total=386,
        subject="sản phẩm OCOP thuộc nhóm thảo dược, hóa mỹ phẩm"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): sapo before the tag '(BGĐT) -', dateline 'Thứ Tư, 17/07/2024 | 09:12', byline at the end.",
    "Distractors: founding year 'năm 2019', 'OCOP 4 sao', 09:12, the tag. Location: cooperative figures Lục Ngạn; province OCOP counts Bắc Giang (tag BGĐT).",
    "'khoảng 3 vạn chai' = 30 000 (vạn ×10⁴); 'mỗi năm' makes it a yearly rate: measure 'chai/năm'. 'Mỗi tháng' → tấn/tháng, lít/tháng.",
    "'Hiện hợp tác xã có ...' and standing prices have no period. 'từ 6 đến 7,5 triệu' → range, multiplier from the second number.",
    "'6 tháng đầu năm nay' → 2024 (published). 'phấn đấu' governs both clauses (3 tỷ, 10 ha): target.",
    "Optional: the bottle size in 'đồng/chai 500 ml' (a product spec inside the price unit).",
    "'toàn tỉnh hiện có 386 sản phẩm OCOP, trong đó 9 ...' → total 386.",
]

if __name__ == "__main__":
    write("p1526-5", TEXT, NOTES, FIGS, published="2024-07-17", location="Bắc Giang")
