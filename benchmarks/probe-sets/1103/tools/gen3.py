"""p1103-3: UBND tỉnh Phú Yên formal report — school eye care 2023, flattened '|' table by locality."""
from lib import F, period, inherit, change, target, write_set

TEXT = """UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Phú Yên, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác chăm sóc mắt cho học sinh năm 2023

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND tỉnh về phòng, chống tật khúc xạ học đường, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám sàng lọc thị lực
Năm 2023, ngành Y tế phối hợp ngành Giáo dục tổ chức khám sàng lọc thị lực cho 23.900 học sinh tại 5 địa phương, đạt 119,5% chỉ tiêu (chỉ tiêu giao là 20.000 học sinh). Tỷ lệ học sinh mắc tật khúc xạ chung là 22,2%, cao hơn 1,8 điểm phần trăm so với năm 2022. Kết quả cụ thể:

Đơn vị tính: học sinh
STT | Địa phương | Số được khám | Số mắc tật khúc xạ | Số được cấp kính
1 | TP Tuy Hòa | 9.840 | 2.755 | 410
2 | TX Sông Cầu | 4.215 | 886 | 236
3 | TX Đông Hòa | 3.960 | 752 | 198
4 | Huyện Tuy An | 3.508 | 596 | 174
5 | Huyện Sơn Hòa | 2.377 | 309 | 152
 | Tổng cộng | 23.900 | 5.298 | 1.170

2. Cấp kính và kinh phí
Đã cấp miễn phí 1.170 kính cho học sinh, chiếm 22,1% số em mắc tật khúc xạ. Tổng kinh phí thực hiện 526,5 triệu đồng, trong đó ngân sách nhà nước 300 triệu đồng, nguồn xã hội hóa 226,5 triệu đồng.

3. Truyền thông
Tổ chức 46 buổi truyền thông tại trường học với hơn 8.500 lượt học sinh, giáo viên tham dự. Tính đến ngày 30/11/2023, có 87 trường học xây dựng góc truyền thông về phòng, chống tật khúc xạ.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu khám sàng lọc cho ít nhất 30.000 học sinh, mở rộng thêm 3 huyện miền núi; dự kiến kinh phí khoảng 700 triệu đồng.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = period("Năm 2023", "2023-01-01", "2023-12-31")
YI = inherit(Y)
ASOF = period("Tính đến ngày 30/11/2023", None, "2023-11-30")
N24 = inherit(period("NĂM 2024", "2024-01-01", "2024-12-31"))

ROWS = [("TP Tuy Hòa", "Tuy Hòa", ["9.840", "2.755", "410"], "1 | TP Tuy Hòa | "),
        ("TX Sông Cầu", "Sông Cầu", ["4.215", "886", "236"], "2 | TX Sông Cầu | "),
        ("TX Đông Hòa", "Đông Hòa", ["3.960", "752", "198"], "3 | TX Đông Hòa | "),
        ("Huyện Tuy An", "Tuy An", ["3.508", "596", "174"], "4 | Huyện Tuy An | "),
        ("Huyện Sơn Hòa", "Sơn Hòa", ["2.377", "309", "152"], "5 | Huyện Sơn Hòa | "),
        ("Tổng cộng", "Phú Yên", ["23.900", "5.298", "1.170"], " | Tổng cộng | ")]
COLS = ["học sinh được khám", "học sinh mắc tật khúc xạ", "học sinh được cấp kính"]


def table_figs():
    out = []
    for label, place, cells, prefix in ROWS:
        line = prefix + " | ".join(cells)
        for i, cell in enumerate(cells):
            # anchor: the row label plus everything up to this cell (unique per row)
            anchor = prefix + " | ".join(cells[:i + 1])
            if i > 0:
                anchor = " | ".join(cells[i - 1:i + 1]) if label != "Tổng cộng" else anchor
            subj = COLS[i] if label != "Tổng cộng" else "tổng số " + COLS[i]
            out.append(F(anchor, cell, float(cell.replace(".", "")), "count", "học sinh", subj, YI, location=place))
    return out


FIGS = [
    F("cho 23.900 học sinh", "23.900", 23900, "count", "học sinh", "học sinh được khám sàng lọc thị lực", Y,
      percent=119.5, target=target(20000, "học sinh")),
    F("tại 5 địa phương", "5", 5, "count", "địa phương", "địa phương tổ chức khám sàng lọc thị lực", Y),
    F("chung là 22,2%", "22,2", 22.2, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ chung", YI,
      change=change("increase", 1.8, "điểm phần trăm", "năm 2022")),
] + table_figs() + [
    F("miễn phí 1.170 kính", "1.170", 1170, "count", "kính", "kính cấp miễn phí cho học sinh", YI, percent=22.1),
    F("thực hiện 526,5 triệu đồng", "526,5", 526.5e6, "money", "đồng", "tổng kinh phí thực hiện", YI),
    F("nhà nước 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí từ ngân sách nhà nước", YI, total=526.5e6),
    F("hóa 226,5 triệu đồng", "226,5", 226.5e6, "money", "đồng", "kinh phí từ nguồn xã hội hóa", YI, total=526.5e6),
    F("Tổ chức 46 buổi", "46", 46, "count", "buổi truyền thông", "buổi truyền thông tại trường học", YI),
    F("hơn 8.500 lượt", "8.500", 8500, "count", "lượt học sinh, giáo viên",
      "lượt học sinh, giáo viên tham dự truyền thông", YI, approx="over"),
    F("có 87 trường học", "87", 87, "count", "trường học",
      "trường học xây dựng góc truyền thông về phòng, chống tật khúc xạ", ASOF),
    F("ít nhất 30.000 học sinh", "30.000", 30000, "count", "học sinh", "học sinh được khám sàng lọc", N24,
      approx="at_least", status="target"),
    F("thêm 3 huyện", "3", 3, "count", "huyện miền núi", "huyện miền núi mở rộng khám sàng lọc", N24,
      status="target"),
    F("khoảng 700 triệu đồng", "700", 700e6, "money", "đồng", "kinh phí dự kiến", N24, approx="about",
      status="forecast"),
]

NOTES = [
    "UBND tỉnh Phú Yên formal report 'Số: 318/BC-UBND', 'Phú Yên, ngày 22 tháng 12 năm 2023'; flattened '|' table.",
    "Not figures: document numbers, Kế hoạch số 45/KH-UBND ngày 10/3/2023, section numbers I./1./2./3./II., STT 1-5.",
    "'(chỉ tiêu giao là 20.000 học sinh)' is the target of 23.900. '1,8 điểm phần trăm' is the change of 22,2%.",
    "Table: unit from 'Đơn vị tính: học sinh'; row places -> location; 'Tổng cộng' row -> Phú Yên; no totals on cells;",
    "period 'Năm 2023' stands in the section text above, so inherited. 'II. PHƯƠNG HƯỚNG NĂM 2024' heading gives 2024 (inherited).",
]

write_set("p1103-3", TEXT, FIGS, NOTES, published="2023-12-22", location="Phú Yên")
