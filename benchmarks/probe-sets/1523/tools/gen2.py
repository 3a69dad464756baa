"""p1523-2: district portal (huyện Đức Hòa, Long An): an eraser and sharpener maker in KCN Tân Đức before the school year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức / Kinh tế

Doanh nghiệp sản xuất tẩy, gọt bút chì tăng tốc mùa tựu trường

20/08/2024 - 10:30

Những ngày này, xưởng sản xuất của Công ty TNHH Đồ dùng học tập Thiên Ân tại Khu công nghiệp Tân Đức (xã Đức Hòa Hạ) luôn sáng đèn. Công ty hiện vận hành ba dây chuyền ép tẩy và một dây chuyền lắp ráp gọt bút chì, sử dụng 186 lao động, trong đó 142 lao động nữ.

Theo ông Lê Văn Khải, Giám đốc công ty, 7 tháng đầu năm 2024, công ty sản xuất gần 24 triệu cục tẩy và 6,5 triệu chiếc gọt bút chì; doanh thu đạt 96 tỷ đồng, tăng 18% so với cùng kỳ năm 2023. Riêng tháng 7, lượng đơn hàng tăng gấp đôi so với tháng 6 do các nhà sách, siêu thị nhập hàng cho năm học 2024-2025.

Mỗi cục tẩy xuất xưởng có giá từ 1.500 đến 4.000 đồng tùy kích cỡ; gọt bút chì loại có hộp đựng vỏ giá khoảng 7.000 đồng/chiếc. Khoảng 35% sản lượng được xuất khẩu sang Campuchia và Lào.

Năm 2024, công ty phấn đấu doanh thu 170 tỷ đồng, dự kiến tuyển thêm từ 40 đến 50 lao động vào quý IV.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 4 doanh nghiệp sản xuất đồ dùng học tập, gồm 3 doanh nghiệp sản xuất tẩy, gọt bút chì và 1 doanh nghiệp sản xuất bút chì gỗ, tổng vốn đăng ký hơn 420 tỷ đồng. UBND huyện phấn đấu đến năm 2025 thu hút thêm ít nhất hai dự án sản xuất văn phòng phẩm.

Nguồn: Phòng Kinh tế huyện Đức Hòa

Tin khác:
- Đức Hòa: Ra quân Chiến dịch Mùa hè xanh năm 2024
- Hội nghị sơ kết 6 tháng đầu năm 2024

Địa chỉ: Số 12 Quốc lộ N2, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. Điện thoại: 0272.3851.205
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
JUL = per("Riêng tháng 7", "2024-07-01", "2024-07-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền ép tẩy công ty vận hành"),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền lắp ráp gọt bút chì"),
    fig("sử dụng 186 lao động", "186", 186, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("142 lao động nữ", "142", 142, "count", "lao động nữ", total=186, subject="lao động nữ"),
    fig("gần 24 triệu", "24", 24e6, "count", "cục tẩy", approx="nearly",
        subject="tẩy công ty sản xuất", period=M7),
    fig("6,5 triệu chiếc", "6,5", 6.5e6, "count", "chiếc", subject="gọt bút chì công ty sản xuất", period=M7),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="doanh thu", period=M7),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng đơn hàng tăng so với tháng 6", period=JUL),
    fig("từ 1.500 đến 4.000", "1.500", 1500, "money", "đồng/cục", value_max=4000,
        subject="giá cục tẩy xuất xưởng"),
    fig("khoảng 7.000 đồng/chiếc", "7.000", 7000, "money", "đồng/chiếc", approx="about",
        subject="giá gọt bút chì loại có hộp đựng vỏ"),
    fig("Khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="sản lượng được xuất khẩu sang Campuchia và Lào"),
    fig("doanh thu 170 tỷ", "170", 170e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("từ 40 đến 50", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động tuyển thêm", period=Q4),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất đồ dùng học tập"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=4,
        subject="doanh nghiệp sản xuất tẩy, gọt bút chì"),
    fig("và 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", total=4,
        subject="doanh nghiệp sản xuất bút chì gỗ"),
    fig("hơn 420 tỷ", "420", 420e9, "money", "đồng", approx="over", subject="tổng vốn đăng ký"),
    fig("ít nhất hai dự án", "hai", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất văn phòng phẩm thu hút thêm", period=BY25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, breadcrumb, '20/08/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 'Khu công nghiệp Tân Đức', 'năm học 2024-2025', 'Số 12 Quốc lộ N2', 0272.3851.205, 10:30, link titles with 'năm 2024' and '6 tháng đầu năm 2024'.",
    "Location Đức Hòa for every figure (the company is in the district; Campuchia and Lào are buyers, not places of the figure).",
    "'tăng gấp đôi so với tháng 6' stands alone as the claim: kind multiple, value 2 (number word 'đôi').",
    "'gồm 3 ... và 1 ...' after '4 doanh nghiệp' add up to 4: total 4. '142 lao động nữ' after 'trong đó': total 186.",
    "Prices stand without a period. 'Năm 2024 ... phấn đấu ..., dự kiến ...': the first clause is target, the second has its own cue (forecast) and its own period 'quý IV'.",
]

if __name__ == "__main__":
    write("p1523-2", TEXT, NOTES, FIGS, published="2024-08-20", location="Đức Hòa")
