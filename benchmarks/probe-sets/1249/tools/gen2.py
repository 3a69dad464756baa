"""p1249-2: district portal (huyện Vân Đồn, Quảng Ninh): a marine-fish cooperative and the district's cages."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN - TỈNH QUẢNG NINH
Trang chủ | Tin tức | Kinh tế | Thông báo

Hợp tác xã nuôi cá biển Bản Sen mở rộng vùng nuôi cá chim vây vàng
20/05/2024 - 10:40

Thành lập năm 2019 với 7 thành viên, Hợp tác xã nuôi cá biển Bản Sen (xã Bản Sen) hiện có 23 thành viên, gồm 19 hộ ngư dân và 4 doanh nghiệp nhỏ, cùng ba chục lồng nuôi HDPE trên diện tích mặt nước được giao 15,5 ha.

Năm 2023, hợp tác xã xuất bán 186 tấn cá thương phẩm, trong đó cá chim vây vàng 142 tấn, cá song 31 tấn; doanh thu đạt 18,6 tỷ đồng, tăng 24% so với năm 2022, lợi nhuận hơn 3 tỷ đồng. Thu nhập bình quân của thành viên là 12 triệu đồng/người/tháng.

Theo ông Phạm Văn Hưng, Giám đốc hợp tác xã, cá chim vây vàng giống cỡ 8-10 cm được thả vào tháng 3, sau 6-7 tháng đạt trọng lượng 600-800 g/con. Năm 2024, hợp tác xã dự kiến thả 250.000 con giống, phấn đấu sản lượng đạt khoảng 220 tấn.

Toàn huyện hiện có 1.214 lồng nuôi cá biển của 86 cơ sở, trong đó 412 lồng HDPE. 4 tháng đầu năm, sản lượng cá biển nuôi ước đạt 1.360 tấn, tăng 11,5% so với cùng kỳ. Huyện đặt mục tiêu đến năm 2025 có ít nhất 600 lồng HDPE và đến năm 2030 chuyển đổi 100% lồng gỗ sang vật liệu mới.

Nguồn: Trung tâm Truyền thông và Văn hóa huyện Vân Đồn

Tin khác
- Vân Đồn: Hội nghị triển khai Nghị quyết số 09-NQ/TU
- Xã Minh Châu ra quân làm sạch bờ biển

UBND huyện Vân Đồn - Địa chỉ: Khu 3, thị trấn Cái Rồng, huyện Vân Đồn, tỉnh Quảng Ninh. ĐT: 0203.3874.226
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập", period=Y19),
    fig("có 23 thành viên", "23", 23, "count", "thành viên",
        subject="thành viên Hợp tác xã nuôi cá biển Bản Sen"),
    fig("gồm 19 hộ", "19", 19, "count", "hộ", total=23, subject="hộ ngư dân"),
    fig("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=23, subject="doanh nghiệp nhỏ"),
    fig("ba chục lồng", "ba chục", 30, "count", "lồng", subject="lồng nuôi HDPE"),
    fig("giao 15,5 ha", "15,5", 15.5, "measure", "ha", subject="diện tích mặt nước được giao"),
    fig("bán 186 tấn", "186", 186, "measure", "tấn", subject="cá thương phẩm hợp tác xã xuất bán", period=Y23),
    fig("vàng 142 tấn", "142", 142, "measure", "tấn", total=186, subject="cá chim vây vàng", period=Y23),
    fig("cá song 31 tấn", "31", 31, "measure", "tấn", total=186, subject="cá song", period=Y23),
    fig("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", change=chg("increase", 24, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("hơn 3 tỷ", "3", 3e9, "money", "đồng", approx="over", subject="lợi nhuận", period=Y23),
    fig("là 12 triệu", "12", 12e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của thành viên",
        period=inh(Y23)),
    fig("cỡ 8-10 cm", "8", 8, "measure", "cm", value_max=10, subject="cỡ cá chim vây vàng giống"),
    fig("sau 6-7 tháng", "6", 6, "measure", "tháng", value_max=7, subject="thời gian nuôi", optional=True),
    fig("lượng 600-800 g/con", "600", 600, "measure", "g/con", value_max=800, subject="trọng lượng cá"),
    fig("thả 250.000 con", "250.000", 250000, "count", "con giống", status="forecast",
        subject="con giống hợp tác xã thả", period=Y24),
    fig("khoảng 220 tấn", "220", 220, "measure", "tấn", approx="about", status="target",
        subject="sản lượng", period=Y24),
    fig("có 1.214 lồng", "1.214", 1214, "count", "lồng", subject="lồng nuôi cá biển", location="Vân Đồn"),
    fig("của 86 cơ sở", "86", 86, "count", "cơ sở", subject="cơ sở nuôi cá biển", location="Vân Đồn"),
    fig("đó 412 lồng", "412", 412, "count", "lồng", total=1214, subject="lồng HDPE", location="Vân Đồn"),
    fig("ước đạt 1.360 tấn", "1.360", 1360, "measure", "tấn", status="estimate",
        change=chg("increase", 11.5, "%", "cùng kỳ"), subject="sản lượng cá biển nuôi", period=M4),
    fig("ít nhất 600 lồng", "600", 600, "count", "lồng", approx="at_least", status="target",
        subject="lồng HDPE", period=T25),
    fig("100% lồng gỗ", "100", 100, "percent", "%", status="target",
        subject="lồng gỗ chuyển đổi sang vật liệu mới", period=T30),
]

NOTES = [
    "District portal (huyện Vân Đồn, Quảng Ninh): banner, menu, '20/05/2024 - 10:40' under the headline (published), 'Tin khác', address footer.",
    "Location: Vân Đồn throughout (xã Bản Sen is a commune of the district; communes are not a location level).",
    "'Thành lập năm 2019 với 7 thành viên': the founding year dates the 7 members; 'hiện có 23 thành viên' has no period.",
    "'gồm 19 hộ … và 4 doanh nghiệp' add up to 23 → total 23. 'ba chục lồng' = 30. 'trong đó cá chim vây vàng 142 tấn, cá song 31 tấn' → total 186.",
    "'sau 6-7 tháng' (grow-out time) is optional. 'dự kiến thả' → forecast; 'phấn đấu' → target. '4 tháng đầu năm' takes 2024 from 'Năm 2024'.",
    "Distractors: 20/05/2024, 10:40, năm 2019 (founding), 'tháng 3', Nghị quyết số 09-NQ/TU, Khu 3, ĐT 0203.3874.226.",
]

if __name__ == "__main__":
    write("p1249-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Vân Đồn")
