"""p620-3: formal report (UBND tỉnh Quảng Ngãi), adoption 2019-2023 with a flattened | table."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 23 tháng 9 năm 2024

BÁO CÁO
Kết quả thi hành Luật Nuôi con nuôi trên địa bàn tỉnh giai đoạn 2019 - 2023

Thực hiện Công văn số 2315/BTP-CCN ngày 12/8/2024 của Bộ Tư pháp, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ GIẢI QUYẾT VIỆC NUÔI CON NUÔI
1. Giai đoạn 2019 - 2023, toàn tỉnh đã giải quyết 541 trường hợp nuôi con nuôi, trong đó nuôi con nuôi trong nước 525 trường hợp (chiếm 97%), nuôi con nuôi nước ngoài 16 trường hợp. Số liệu từng năm như sau:

Bảng 1. Kết quả giải quyết nuôi con nuôi (Đơn vị tính: trường hợp)
Năm | Trong nước | Nước ngoài | Lệ phí thu (triệu đồng)
2019 | 118 | 6 | 101,2
2020 | 97 | 2 | 56,8
2021 | 85 | 0 | 34
2022 | 104 | 3 | 68,6
2023 | 121 | 5 | 93,4

2. Trẻ em được giải quyết cho làm con nuôi nước ngoài đều là trẻ em có nhu cầu chăm sóc đặc biệt hoặc trẻ em từ 5 tuổi trở lên; 100% hồ sơ được giải quyết đúng thời hạn.

II. CÔNG TÁC NUÔI DƯỠNG TRẺ EM TẠI CƠ SỞ
Toàn tỉnh hiện có 03 cơ sở trợ giúp xã hội công lập và 02 cơ sở ngoài công lập có chức năng nuôi dưỡng trẻ em. Tính đến ngày 31/8/2024, các cơ sở đang nuôi dưỡng 214 trẻ em, trong đó 38 trẻ em bị bỏ rơi, 129 trẻ em mồ côi, 47 trẻ em khuyết tật nặng. Kinh phí nuôi dưỡng năm 2023 là 6.842 triệu đồng, tăng 11,5% so với năm 2022.

III. PHƯƠNG HƯỚNG
Ước thực hiện năm 2024, toàn tỉnh giải quyết khoảng 115 trường hợp nuôi con nuôi. Năm 2025, phấn đấu giảm 10% số trẻ em sống trong cơ sở trợ giúp xã hội, chuyển sang chăm sóc thay thế tại cộng đồng.

Nơi nhận:
- Bộ Tư pháp (Cục Con nuôi);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

GD = P("Giai đoạn 2019 - 2023", "2019-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")

FIGS = [
    F("giải quyết 541 trường hợp", "541", 541, "count", "trường hợp", "trường hợp nuôi con nuôi được giải quyết", GD),
    F("trong nước 525 trường hợp", "525", 525, "count", "trường hợp", "nuôi con nuôi trong nước", GD, total=541, percent=97),
    F("nước ngoài 16 trường hợp", "16", 16, "count", "trường hợp", "nuôi con nuôi nước ngoài", GD, total=541),
]

ROWS = [("2019", "118", "6", "101,2"), ("2020", "97", "2", "56,8"), ("2021", "85", "0", "34"),
        ("2022", "104", "3", "68,6"), ("2023", "121", "5", "93,4")]
for y, dom, frn, fee in ROWS:
    per = YEAR(int(y), y)
    FIGS.append(F(f"{y} | {dom}", dom, float(dom), "count", "trường hợp", f"trường hợp nuôi con nuôi trong nước năm {y}", per))
    FIGS.append(F(f"{dom} | {frn} |", frn, float(frn), "count", "trường hợp", f"trường hợp nuôi con nuôi nước ngoài năm {y}", per))
    FIGS.append(F(f"{frn} | {fee}\n", fee, float(fee.replace(",", ".")) * 1e6, "money", "đồng",
                  f"lệ phí thu nuôi con nuôi năm {y}", per))

Y23 = YEAR(2023)
FIGS += [
    F("từ 5 tuổi trở lên", "5", 5, "measure", "tuổi", approx="at_least", optional=True),
    F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ nuôi con nuôi nước ngoài được giải quyết đúng thời hạn", INH(GD)),
    F("có 03 cơ sở", "03", 3, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập có chức năng nuôi dưỡng trẻ em"),
    F("và 02 cơ sở", "02", 2, "count", "cơ sở", "cơ sở ngoài công lập có chức năng nuôi dưỡng trẻ em"),
    F("nuôi dưỡng 214 trẻ em", "214", 214, "count", "trẻ em", "trẻ em đang được nuôi dưỡng tại cơ sở", ASOF),
    F("38 trẻ em bị bỏ rơi", "38", 38, "count", "trẻ em", "trẻ em bị bỏ rơi", ASOF, total=214),
    F("129 trẻ em mồ côi", "129", 129, "count", "trẻ em", "trẻ em mồ côi", ASOF, total=214),
    F("47 trẻ em khuyết tật", "47", 47, "count", "trẻ em", "trẻ em khuyết tật nặng", ASOF, total=214),
    F("là 6.842 triệu đồng", "6.842", 6842e6, "money", "đồng", "kinh phí nuôi dưỡng trẻ em tại cơ sở", Y23,
      change=CH("increase", 11.5, baseline="năm 2022")),
    F("khoảng 115 trường hợp", "115", 115, "count", "trường hợp", "trường hợp nuôi con nuôi được giải quyết",
      YEAR(2024), approx="about", status="estimate"),
    F("giảm 10% số trẻ em", "10", 10, "percent", "%", "giảm số trẻ em sống trong cơ sở trợ giúp xã hội",
      YEAR(2025, "Năm 2025"), status="target"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Quảng Ngãi, Số: 318/BC-UBND, 23/9/2024 — adoptions 2019-2023, flattened | table.",
    "Table: rows are years (period, not figures); cells: domestic and intercountry cases (Đơn vị tính: trường hợp), fee column",
    "in triệu đồng from its header. Every numeric cell is a figure, the zero included; no totals inside the table.",
    "Distractors: Số: 318/BC-UBND, Công văn số 2315/BTP-CCN ngày 12/8/2024, section numbers I./1./2., Bảng 1, place-and-date line.",
    "revised after first scoring: table-cell subjects now include the row label (the year), per FIGURES.md 'row label and column label'",
    "and shared h23/h24; the first gold had dropped it.",
    "'03', '02' are counts 3 and 2. 'Ước thực hiện năm 2024' -> estimate; 'phấn đấu giảm 10%' -> a target percent (the claim, no change).",
]

if __name__ == "__main__":
    emit("p620-3", TEXT, COMMENTS, FIGS, published="2024-09-23", location="Quảng Ngãi")
