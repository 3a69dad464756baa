"""p689-7: Sở VHTTDL Đắk Nông department site, no dateline — DV cases 2023, one-cell-per-line table by district."""
from lib import F, P, I, CH, emit

ROWS = [("Gia Nghĩa", 12, 9), ("Cư Jút", 18, 14), ("Đắk Mil", 15, 11), ("Krông Nô", 14, 12),
        ("Đắk Song", 13, 10), ("Đắk R'lấp", 16, 13), ("Đắk Glong", 17, 16), ("Tuy Đức", 12, 11)]
assert sum(r[1] for r in ROWS) == 117 and sum(r[2] for r in ROWS) == 96

TABLE = "\n".join(f"{n}\n{a}\n{b}" for n, a, b in ROWS)

TEXT = f"""SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK NÔNG
Trang chủ / Gia đình / Phòng, chống bạo lực gia đình

Kết quả công tác phòng, chống bạo lực gia đình năm 2023

Năm 2023, toàn tỉnh Đắk Nông phát hiện 96 vụ bạo lực gia đình, giảm 21 vụ so với năm 2022, bình quân 1,4 vụ/1 vạn dân. Số nạn nhân là 101 người, trong đó 84 người là phụ nữ. Các ngành đã tổ chức 64 lớp tập huấn kỹ năng phòng, chống bạo lực gia đình, đạt 106,7% kế hoạch năm.

Bảng 2. Số vụ bạo lực gia đình phát hiện theo huyện, thành phố
Đơn vị tính: vụ
Huyện, thành phố
Năm 2022
Năm 2023
{TABLE}
Toàn tỉnh
117
96

Trong tổng số vụ việc năm qua, bạo lực về tinh thần chiếm 46,9%, bạo lực về thể chất chiếm 38,5%. Nguyên nhân chủ yếu do mâu thuẫn vợ chồng, sử dụng rượu bia và khó khăn kinh tế. Ở các huyện vùng sâu như Đắk Glong, Tuy Đức, số vụ giảm chậm do địa bàn rộng, việc phát hiện, can thiệp còn hạn chế.

Năm 2024, Sở phấn đấu giảm ít nhất 10% số vụ bạo lực gia đình so với năm 2023; 100% thôn, bon, tổ dân phố có tổ hòa giải hoạt động hiệu quả.

Địa chỉ: Đường 23 Tháng 3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông
Điện thoại: 0261.3544.126
Số lượt truy cập: 2.418.903
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "số vụ bạo lực gia đình phát hiện"

FIGS = [
    F("phát hiện 96 vụ", "96", 96, "count", "vụ", "vụ bạo lực gia đình phát hiện", Y23,
      change=CH("decrease", 21, "vụ", "năm 2022")),
    F("bình quân 1,4 vụ/1 vạn dân", "1,4", 1.4, "measure", "vụ/1 vạn dân", "vụ bạo lực gia đình bình quân", Y23),
    F("là 101 người", "101", 101, "count", "người", "nạn nhân bạo lực gia đình", I(Y23)),
    F("trong đó 84 người", "84", 84, "count", "người", "nạn nhân là phụ nữ", I(Y23), total=101),
    F("tổ chức 64 lớp", "64", 64, "count", "lớp", "lớp tập huấn kỹ năng phòng, chống bạo lực gia đình", I(Y23),
      percent=106.7),
]
for name, a, b in ROWS:
    FIGS.append(F(f"{name}\n{a}", str(a), a, "count", "vụ", SUBJ + " năm 2022", C22, location=name))
    FIGS.append(F(f"{name}\n{a}\n{b}", str(b), b, "count", "vụ", SUBJ + " năm 2023", C23, location=name))
FIGS += [
    F("tinh thần chiếm 46,9%", "46,9", 46.9, "percent", "%", "tỷ lệ bạo lực về tinh thần trong tổng số vụ việc", I(Y23)),
    F("thể chất chiếm 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ bạo lực về thể chất trong tổng số vụ việc", I(Y23)),
    F("Toàn tỉnh\n117", "117", 117, "count", "vụ", SUBJ + " năm 2022 toàn tỉnh", C22),
    F("117\n96", "96", 96, "count", "vụ", SUBJ + " năm 2023 toàn tỉnh", C23),
    F("ít nhất 10%", "10", 10, "percent", "%", "số vụ bạo lực gia đình giảm so với năm 2023", Y24,
      approx="at_least", status="target"),
    F("; 100% thôn", "100", 100, "percent", "%",
      "thôn, bon, tổ dân phố có tổ hòa giải hoạt động hiệu quả", Y24, status="target"),
]

COMMENTS = [
    "Sở VHTTDL tỉnh Đắk Nông department page (invented): no dateline, so no published; 'Số lượt truy cập' is a counter.",
    "Table one cell per line with 'Đơn vị tính: vụ': columns Năm 2022 | Năm 2023 (periods from the headers, scored); district rows",
    "go to location, the 'Toàn tỉnh' row is the province. '1 vạn dân' is a rate denominator. 'Bảng 2', 'Đường 23 Tháng 3' and the",
    "phone are not figures. 84 phụ nữ follow 'trong đó' after 101 người: total 101. '10%' reduction as the claim: percent, no change.",
]

if __name__ == "__main__":
    emit("p689-7", TEXT, COMMENTS, FIGS, location="Đắk Nông")
