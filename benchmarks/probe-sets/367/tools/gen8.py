from lib import *

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Kinh tế

Nuôi động vật hoang dã: hướng đi mang lại thu nhập ổn định

(CMO) Trong quý III/2024, toàn tỉnh có thêm 27 cơ sở nuôi động vật hoang dã được cấp mã số, nâng tổng số lên 1.306 cơ sở (tính đến ngày 30/9/2024). Trong đó, cơ sở nuôi cá sấu 68 cơ sở; nuôi rắn, trăn 412 cơ sở; nuôi kỳ đà, rùa, ba ba 826 cơ sở. Các huyện Thới Bình, U Minh và Trần Văn Thời có nhiều cơ sở nuôi nhất, lần lượt 312, 286 và 241 cơ sở.

Tổng đàn cá sấu toàn tỉnh khoảng 98 nghìn con, tập trung tại TP Cà Mau và huyện Cái Nước. Sản lượng da cá sấu xuất khẩu 9 tháng năm 2024 ước đạt 12.450 tấm, kim ngạch ước đạt 3,86 triệu USD, tăng 15,2% so với cùng kỳ năm 2023 và đạt 77,2% kế hoạch năm.

Giá cá sấu thương phẩm hiện dao động từ 38.000 đến 42.000 đồng/kg, giảm khoảng 10% so với đầu năm; giá rắn hổ hành từ 450.000 - 500.000 đồng/kg. Anh Lê Văn Tư (ấp 3, xã Trí Phải, huyện Thới Bình) nuôi 120 con cá sấu, mỗi năm thu lãi khoảng 300 triệu đồng.

Song song với phát triển nuôi, công tác quản lý được siết chặt. Quý III, lực lượng Kiểm lâm kiểm tra 95 lượt cơ sở nuôi, phát hiện 4 trường hợp vi phạm, xử phạt 62 triệu đồng; buộc chuyển giao 35 cá thể trăn đất và 8 cá thể rùa hộp trán vàng cho Vườn quốc gia U Minh Hạ để cứu hộ, thả về tự nhiên.

Theo Sở Nông nghiệp và PTNT, quý IV/2024, ngành phấn đấu cấp mã số cho 100% cơ sở đủ điều kiện; kim ngạch xuất khẩu da cá sấu năm 2024 đạt 5 triệu USD. Các cơ sở nuôi cần lập sổ theo dõi theo Mẫu số 16 ban hành kèm Nghị định số 84/2021/NĐ-CP.

Hoàng Vũ
15/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3b = P("Quý III", "2024-07-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("có thêm 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số mới", Q3),
    F("lên 1.306 cơ sở", "1.306", 1306, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số", ASOF),
    F("cá sấu 68 cơ sở", "68", 68, "count", "cơ sở", "cơ sở nuôi cá sấu", ASOF_I, total=1306),
    F("trăn 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở nuôi rắn, trăn", ASOF_I, total=1306),
    F("ba ba 826 cơ sở", "826", 826, "count", "cơ sở", "cơ sở nuôi kỳ đà, rùa, ba ba", ASOF_I, total=1306),
    F("lần lượt 312,", "312", 312, "count", "cơ sở", "cơ sở nuôi", ASOF_I, location="Thới Bình"),
    F(" 286 và", "286", 286, "count", "cơ sở", "cơ sở nuôi", ASOF_I, location="U Minh"),
    F("và 241 cơ sở", "241", 241, "count", "cơ sở", "cơ sở nuôi", ASOF_I, location="Trần Văn Thời"),
    F("khoảng 98 nghìn con", "98", 98000, "count", "con", "tổng đàn cá sấu", ASOF_I, approx="about"),
    F("ước đạt 12.450 tấm", "12.450", 12450, "count", "tấm", "sản lượng da cá sấu xuất khẩu", M9, status="estimate"),
    F("3,86 triệu USD", "3,86", 3860000, "money", "USD", "kim ngạch xuất khẩu da cá sấu", M9, status="estimate",
      change=C("increase", 15.2, "%", "cùng kỳ năm 2023"), percent=77.2),
    F("từ 38.000 đến", "38.000", 38000, "money", "đồng/kg", "giá cá sấu thương phẩm", value_max=42000,
      change=C("decrease", 10, "%", "đầu năm", approx="about")),
    F("từ 450.000 - 500.000", "450.000", 450000, "money", "đồng/kg", "giá rắn hổ hành", value_max=500000),
    F("nuôi 120 con", "120", 120, "count", "con", "cá sấu nuôi của hộ anh Lê Văn Tư", location="Thới Bình"),
    F("khoảng 300 triệu đồng", "300", 300000000, "money", "đồng", "lãi mỗi năm từ nuôi cá sấu", approx="about",
      location="Thới Bình"),
    F("kiểm tra 95 lượt", "95", 95, "count", "lượt cơ sở", "lượt kiểm tra cơ sở nuôi", Q3b),
    F("phát hiện 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp vi phạm", Q3b),
    F("xử phạt 62 triệu", "62", 62000000, "money", "đồng", "tiền xử phạt", Q3b),
    F("buộc chuyển giao 35 cá thể", "35", 35, "count", "cá thể", "cá thể trăn đất buộc chuyển giao", Q3b),
    F("và 8 cá thể", "8", 8, "count", "cá thể", "cá thể rùa hộp trán vàng buộc chuyển giao", Q3b),
    F("cho 100% cơ sở", "100", 100, "percent", "%", "cơ sở đủ điều kiện được cấp mã số",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("đạt 5 triệu USD", "5", 5000000, "money", "USD", "kim ngạch xuất khẩu da cá sấu", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
]

emit("p367-8", TEXT, [
    "Báo Cà Mau (CMO): wildlife farms Q3/2024 and to 30/9/2024, parts by species group, districts ('lần lượt'), crocodile herd, skin exports 9 months,",
    "prices, one farmer, Q3 inspections, Q4 and 2024 targets. No dateline at the top: the bare date '15/10/2024' after the byline is published.",
    "'nâng tổng số lên 1.306 cơ sở' is the as-of stock; 'Trong đó' makes the three species-group counts its parts (68+412+826 = 1.306).",
    "'lần lượt 312, 286 và 241 cơ sở' items take Thới Bình, U Minh, Trần Văn Thời. 98 nghìn con inherits the as-of date of the paragraph before (same topic).",
    "'ước đạt 3,86 triệu USD, tăng 15,2% … và đạt 77,2% kế hoạch năm': estimate with change and percent. 'hiện dao động từ … đến …' ranges: no period.",
    "'Quý III' without year = 2024. 'phấn đấu' governs the Q4 target and the continuing clause (5 triệu USD, năm 2024).",
    "Distractors: 'ấp 3', 'Mẫu số 16', Nghị định số 84/2021/NĐ-CP, place names inside names (Vườn quốc gia U Minh Hạ), 'TP Cà Mau', 'Cái Nước'.",
], FIGS, published="2024-10-15", location="Cà Mau")
