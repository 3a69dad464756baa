"""p1245-2: district portal (huyện Vân Đồn, Quảng Ninh): a cooperative farming sea bass in HDPE cages."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN - TỈNH QUẢNG NINH
Trang chủ / Kinh tế / Nông - Lâm - Ngư nghiệp

HTX Thủy sản Bản Sen làm giàu từ cá vược lồng HDPE

22/05/2024 - 10:20

Hợp tác xã Thủy sản Bản Sen (xã Bản Sen) được thành lập năm 2020 với 9 thành viên. Hiện HTX có 27 thành viên, trong đó 11 thành viên là phụ nữ.

HTX đang nuôi 36 lồng cá vược bằng nhựa HDPE và sở hữu hai tàu dịch vụ. Mỗi lồng có thể tích khoảng 250 m3, thả nuôi với mật độ 20-25 con/m3. Năm 2023, HTX thu hoạch 118 tấn cá vược thương phẩm, doanh thu đạt 11,8 tỷ đồng, lợi nhuận hơn 2,1 tỷ đồng.

Chị Phạm Thị Hòa, Giám đốc HTX cho biết: "Chi phí đầu tư ban đầu của lồng HDPE cao gấp 3 lần lồng gỗ, nhưng lồng chịu sóng gió tốt, tuổi thọ trên 20 năm. Mỗi năm HTX chi khoảng 300 triệu đồng mua cá giống từ các trại sản xuất trong tỉnh".

Năm 2024, HTX phấn đấu nâng số lồng lên 50 lồng, sản lượng đạt 160 tấn; dự kiến tạo việc làm thường xuyên cho 35 lao động địa phương với mức lương 8,5 triệu đồng/người/tháng.

Toàn huyện Vân Đồn hiện có 1.450 ô lồng nuôi cá biển của 130 cơ sở, gồm 126 hộ và 4 hợp tác xã. Năm 2023, sản lượng cá nuôi lồng của huyện đạt 1.260 tấn, chiếm gần 40% sản lượng cá nuôi biển của tỉnh. Huyện đặt mục tiêu đến năm 2030 có ít nhất 3.000 ô lồng nuôi theo công nghệ mới.

Nguồn: Phòng Kinh tế huyện Vân Đồn

Tin khác:
- Vân Đồn ra quân Ngày Chủ nhật xanh
- Hội Nông dân huyện sơ kết 6 tháng đầu năm

Cơ quan chủ quản: UBND huyện Vân Đồn
Địa chỉ: Khu 3, thị trấn Cái Rồng, huyện Vân Đồn, tỉnh Quảng Ninh
Điện thoại: 0203.3874.118
"""

Y20 = period("năm 2020", "2020-01-01", "2020-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("với 9 thành viên", "9", 9, "count", "thành viên", "thành viên hợp tác xã khi thành lập", Y20),
    F("có 27 thành viên", "27", 27, "count", "thành viên", "thành viên HTX"),
    F("11 thành viên", "11", 11, "count", "thành viên", "thành viên là phụ nữ", total=27),
    F("nuôi 36 lồng", "36", 36, "count", "lồng", "lồng cá vược bằng nhựa HDPE HTX đang nuôi"),
    F("hai tàu", "hai", 2, "count", "tàu", "tàu dịch vụ HTX sở hữu"),
    F("khoảng 250 m3", "250", 250, "measure", "m3", "thể tích mỗi lồng", approx="about"),
    F("20-25 con/m3", "20", 20, "measure", "con/m3", "mật độ thả nuôi", value_max=25),
    F("thu hoạch 118 tấn", "118", 118, "measure", "tấn", "cá vược thương phẩm HTX thu hoạch", Y23),
    F("đạt 11,8 tỷ", "11,8", 11.8e9, "money", "đồng", "doanh thu", Y23),
    F("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", "lợi nhuận", Y23, approx="over"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "chi phí đầu tư ban đầu của lồng HDPE so với lồng gỗ"),
    F("trên 20 năm", "20", 20, "measure", "năm", "tuổi thọ lồng HDPE", approx="over"),
    F("khoảng 300 triệu", "300", 300e6, "money", "đồng/năm", "chi phí mua cá giống mỗi năm", approx="about"),
    F("lên 50 lồng", "50", 50, "count", "lồng", "số lồng", Y24, status="target"),
    F("đạt 160 tấn", "160", 160, "measure", "tấn", "sản lượng", Y24, status="target"),
    F("cho 35 lao động", "35", 35, "count", "lao động", "lao động địa phương có việc làm thường xuyên", Y24,
      status="forecast"),
    F("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "mức lương", Y24, status="forecast"),
    F("1.450 ô lồng", "1.450", 1450, "count", "ô lồng", "ô lồng nuôi cá biển"),
    F("của 130 cơ sở", "130", 130, "count", "cơ sở", "cơ sở nuôi cá biển"),
    F("126 hộ", "126", 126, "count", "hộ", "hộ nuôi cá biển", total=130),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã nuôi cá biển", total=130),
    F("đạt 1.260 tấn", "1.260", 1260, "measure", "tấn", "sản lượng cá nuôi lồng của huyện", Y23, percent=40),
    F("ít nhất 3.000", "3.000", 3000, "count", "ô lồng", "ô lồng nuôi theo công nghệ mới", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "District portal (huyện Vân Đồn, Quảng Ninh): banner naming the district, breadcrumb, '22/05/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', footer address and phone. Distractors: 10:20, 'Khu 3', phone 0203.3874.118, '6 tháng đầu năm' in a link title.",
    "All figures are the district's (location Vân Đồn); the cooperative is in xã Bản Sen of the district.",
    "'thành lập năm 2020 với 9 thành viên' → 9 with period 2020; 'Hiện HTX có 27 thành viên, trong đó 11' → total 27.",
    "'cao gấp 3 lần lồng gỗ' stands alone as the claim → multiple (no base amount).",
    "'Năm 2024, HTX phấn đấu ...; dự kiến ...' → target for the two clauses after 'phấn đấu', forecast after 'dự kiến'; all period 2024.",
    "'130 cơ sở, gồm 126 hộ và 4 hợp tác xã' → parts add up to 130 → total 130. 'chiếm gần 40%' → percent attribute 40.",
    "'đến năm 2030 có ít nhất 3.000 ô lồng' → target, at_least, period start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1245-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Vân Đồn")
