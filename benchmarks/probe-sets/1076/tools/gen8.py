"""p1076-8: Báo Cà Mau online, headline figure and (CMO) tag, quý I/2025."""
from lib import F, P, I, C, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Xã hội › Y tế
Cập nhật lúc 15:40, Thứ ba, 15/04/2025

Quý I: gần 9.900 trẻ suy dinh dưỡng được quản lý, can thiệp

(CMO) - Trong quý I/2025, ngành y tế tỉnh đã cân đo, theo dõi tăng trưởng cho 58.620 trẻ dưới 5 tuổi, đạt 94,8% kế hoạch quý, tăng 1.870 trẻ so với cùng kỳ năm 2024. Qua cân đo, phát hiện 9.874 trẻ suy dinh dưỡng các thể, chiếm 16,8%; trong đó thể nhẹ cân 4.103 trẻ, thể thấp còi 5.771 trẻ.

Theo Trung tâm Kiểm soát bệnh tật tỉnh, tính đến cuối tháng 3/2025, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi tại Cà Mau ước khoảng 9,8%, thấp hơn nhiều so với bình quân cả nước. Các huyện có tỷ lệ cao gồm Ngọc Hiển (12,6%), Năm Căn (11,9%) và U Minh (11,4%), chủ yếu do điều kiện đi lại khó khăn ở vùng ven biển, ven rừng.

Song song đó, tỉnh đã cấp phát viên sắt/axit folic cho 4.250 phụ nữ mang thai, đạt 88% kế hoạch; điều trị cho 312 trẻ suy dinh dưỡng cấp tính, gấp 1,4 lần cùng kỳ. Kinh phí hỗ trợ dinh dưỡng cho trẻ trong quý ước đạt 1,26 tỷ đồng, bình quân khoảng 180.000 đồng/trẻ/tháng.

Năm 2025, tỉnh phấn đấu giảm tỷ lệ thấp còi xuống dưới 9,5%; 100% xã, phường, thị trấn có cộng tác viên dinh dưỡng. Hiện toàn tỉnh có 1.012 cộng tác viên dinh dưỡng tại 101 xã, phường, thị trấn.

MINH KHÁNH
"""

Q1H = P("Quý I", "2025-01-01", "2025-03-31")
Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
INQ = P("trong quý", "2025-01-01", "2025-03-31")
ASOF = P("tính đến cuối tháng 3/2025", None, "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ST = "tỷ lệ suy dinh dưỡng thể thấp còi"

FIGS = [
    F("gần 9.900 trẻ", "9.900", 9900, "count", "trẻ", "trẻ suy dinh dưỡng được quản lý, can thiệp", Q1H,
      approx="nearly"),
    F("cho 58.620 trẻ", "58.620", 58620, "count", "trẻ", "trẻ dưới 5 tuổi được cân đo, theo dõi tăng trưởng", Q1,
      percent=94.8, change=C("increase", 1870, "trẻ", "cùng kỳ năm 2024")),
    F("trẻ dưới 5 tuổi, đạt", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("phát hiện 9.874 trẻ", "9.874", 9874, "count", "trẻ", "trẻ suy dinh dưỡng các thể", I(Q1), percent=16.8),
    F("nhẹ cân 4.103 trẻ", "4.103", 4103, "count", "trẻ", "trẻ suy dinh dưỡng thể nhẹ cân", I(Q1), total=9874),
    F("thấp còi 5.771 trẻ", "5.771", 5771, "count", "trẻ", "trẻ suy dinh dưỡng thể thấp còi", I(Q1), total=9874),
    F("trẻ dưới 5 tuổi tại", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 9,8%", "9,8", 9.8, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", ASOF,
      approx="about", status="estimate"),
    F("Ngọc Hiển (12,6%)", "12,6", 12.6, "percent", "%", ST, I(ASOF), location="Ngọc Hiển"),
    F("Năm Căn (11,9%)", "11,9", 11.9, "percent", "%", ST, I(ASOF), location="Năm Căn"),
    F("U Minh (11,4%)", "11,4", 11.4, "percent", "%", ST, I(ASOF), location="U Minh"),
    F("cho 4.250 phụ nữ", "4.250", 4250, "count", "phụ nữ mang thai", "phụ nữ mang thai được cấp phát viên sắt/axit folic",
      I(Q1), percent=88),
    F("cho 312 trẻ", "312", 312, "count", "trẻ", "trẻ suy dinh dưỡng cấp tính được điều trị", I(Q1),
      change=C("increase", 1.4, "lần", "cùng kỳ")),
    F("ước đạt 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "kinh phí hỗ trợ dinh dưỡng cho trẻ", INQ,
      status="estimate"),
    F("khoảng 180.000 đồng/trẻ/tháng", "180.000", 180000, "money", "đồng/trẻ/tháng",
      "kinh phí hỗ trợ dinh dưỡng bình quân", INQ, approx="about", status="estimate"),
    F("xuống dưới 9,5%", "9,5", 9.5, "percent", "%", "tỷ lệ thấp còi", Y25, approx="under", status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có cộng tác viên dinh dưỡng", Y25, status="target"),
    F("có 1.012 cộng tác viên", "1.012", 1012, "count", "cộng tác viên", "cộng tác viên dinh dưỡng"),
    F("tại 101 xã", "101", 101, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có cộng tác viên dinh dưỡng"),
]

NOTES = [
    "Báo Cà Mau online ('Cập nhật lúc 15:40, Thứ ba, 15/04/2025', '(CMO) -'): cân đo quý I/2025, breakdown 'trong đó' after a share,",
    "as-of rate 'ước khoảng 9,8%' (estimate + about), district list after 'gồm' with no whole (no total), 'gấp 1,4 lần cùng kỳ' after",
    "a count → its change, 'trong quý' = quý I/2025, 2025 targets; 'Hiện' counts get no period. 'Năm Căn' is a place, not a number.",
    "Year-less headline 'Quý I' takes 2025 from the dateline.",
]

if __name__ == "__main__":
    write("p1076-8", TEXT, NOTES, FIGS, published="2025-04-15", location="Cà Mau")
