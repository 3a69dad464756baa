"""p942-3: UBND tỉnh Nam Định formal report, Xuân Thủy waterbirds 2023, flattened | table."""
from lib import F, write, period, year, change, target

TEXT = """UBND TỈNH NAM ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 96/BC-UBND
Nam Định, ngày 08 tháng 4 năm 2024

BÁO CÁO
Kết quả bảo tồn chim nước tại Vườn quốc gia Xuân Thủy và vùng ven biển năm 2023

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Điều tra, giám sát
Trong năm 2023, Vườn quốc gia Xuân Thủy tổ chức 4 đợt điều tra chim di cư, ghi nhận 221 loài chim, trong đó có 118 loài di cư và 9 loài bị đe dọa toàn cầu. Đàn cò thìa đạt 68 cá thể, tăng 11,5% so với năm 2022; chim rẽ mỏ thìa ghi nhận 3 cá thể.

Bảng 1. Số lượng chim nước đếm được trong đợt điều tra tháng 1
Đơn vị tính: cá thể
TT | Huyện | Năm 2023 | Năm 2024
1 | Giao Thủy | 21.640 | 24.310
2 | Nghĩa Hưng | 9.820 | 11.150
3 | Hải Hậu | 1.760 | 1.420
Tổng cộng | | 33.220 | 36.880

2. Bảo vệ sinh cảnh
Năm 2023 trồng mới 35 ha rừng ngập mặn, đạt 87,5% kế hoạch; tổ chức 214 lượt tuần tra, tháo dỡ 1.260 m lưới bẫy chim. Tổng kinh phí thực hiện 6,82 tỷ đồng, trong đó ngân sách tỉnh 4,1 tỷ đồng, nguồn tài trợ quốc tế 2,72 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu duy trì số lượng chim nước trú đông trên 35.000 cá thể; trồng mới 40 ha rừng ngập mặn.
2. Kinh phí dự kiến 7,5 tỷ đồng, ưu tiên phục hồi bãi bồi Cồn Lu.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT.
"""

Y23 = year("Trong năm 2023", 2023)
Y23i = year("Trong năm 2023", 2023, inherited=True)
C23 = year("Năm 2023", 2023)
C24 = year("Năm 2024", 2024)
S2 = year("Năm 2023", 2023)
S2i = year("Năm 2023", 2023, inherited=True)
N24 = year("NHIỆM VỤ NĂM 2024", 2024, inherited=True)
WB = "số lượng chim nước"

FIGS = [
    F("tổ chức 4 đợt điều tra", "4", 4, "count", "đợt điều tra", "đợt điều tra chim di cư", Y23),
    F("ghi nhận 221 loài", "221", 221, "count", "loài", "loài chim ghi nhận", Y23),
    F("có 118 loài", "118", 118, "count", "loài", "loài chim di cư", Y23, total=221),
    F("và 9 loài", "9", 9, "count", "loài", "loài bị đe dọa toàn cầu", Y23, total=221),
    F("đạt 68 cá thể", "68", 68, "count", "cá thể", "đàn cò thìa", Y23i,
      change=change("increase", 11.5, "%", "năm 2022")),
    F("ghi nhận 3 cá thể", "3", 3, "count", "cá thể", "chim rẽ mỏ thìa", Y23i),
    # table, flattened with |
    F("Giao Thủy | 21.640", "21.640", 21640, "count", "cá thể", WB + " năm 2023", C23, location="Giao Thủy"),
    F("21.640 | 24.310", "24.310", 24310, "count", "cá thể", WB + " năm 2024", C24, location="Giao Thủy"),
    F("Nghĩa Hưng | 9.820", "9.820", 9820, "count", "cá thể", WB + " năm 2023", C23, location="Nghĩa Hưng"),
    F("9.820 | 11.150", "11.150", 11150, "count", "cá thể", WB + " năm 2024", C24, location="Nghĩa Hưng"),
    F("Hải Hậu | 1.760", "1.760", 1760, "count", "cá thể", WB + " năm 2023", C23, location="Hải Hậu"),
    F("1.760 | 1.420", "1.420", 1420, "count", "cá thể", WB + " năm 2024", C24, location="Hải Hậu"),
    F("| | 33.220", "33.220", 33220, "count", "cá thể", "tổng cộng số lượng chim nước năm 2023", C23),
    F("33.220 | 36.880", "36.880", 36880, "count", "cá thể", "tổng cộng số lượng chim nước năm 2024", C24),
    # section 2
    F("trồng mới 35 ha", "35", 35, "measure", "ha", "rừng ngập mặn trồng mới", S2, percent=87.5),
    F("214 lượt tuần tra", "214", 214, "count", "lượt tuần tra", "lượt tuần tra", S2),
    F("1.260 m lưới", "1.260", 1260, "measure", "m", "lưới bẫy chim tháo dỡ", S2),
    F("thực hiện 6,82 tỷ đồng", "6,82", 6.82e9, "money", "đồng", "tổng kinh phí thực hiện", S2i),
    F("ngân sách tỉnh 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", S2i, total=6.82e9),
    F("quốc tế 2,72 tỷ đồng", "2,72", 2.72e9, "money", "đồng", "kinh phí từ nguồn tài trợ quốc tế", S2i,
      total=6.82e9),
    F("trên 35.000 cá thể", "35.000", 35000, "count", "cá thể", "số lượng chim nước trú đông", N24,
      approx="over", status="target"),
    F("trồng mới 40 ha", "40", 40, "measure", "ha", "rừng ngập mặn trồng mới", N24, status="target"),
    F("dự kiến 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "kinh phí", N24, status="forecast"),
]

NOTES = [
    "Formal report of UBND tỉnh Nam Định (Số: 96/BC-UBND, 08/4/2024): Xuân Thủy National Park and coastal waterbird counts, habitat protection, 2024 tasks.",
    "Flattened | table (Đơn vị tính: cá thể): district rows go to location, period from the column header (scored); row numbers 1-3 are not figures;",
    "revised after the first run: table subjects carry the column label (FIGURES.md: row label and column label; cf. h24), e.g. 'số lượng chim nước năm 2023'.",
    "table cells get no total (the Tổng cộng row is its own figure, location Nam Định). Section II figures take 2024 from the heading (inherited).",
    "'Phấn đấu duy trì ... trên 35.000' -> target; '40 ha' continues the same clause -> target; 'Kinh phí dự kiến' -> forecast.",
    "Distractors: Số: 96/BC-UBND, date line, Kế hoạch số 45/KH-UBND ngày 10/02/2023, section numbers I./II./1./2., Bảng 1, 'tháng 1' in the caption.",
]

write("p942-3", TEXT, FIGS, NOTES, published="2024-04-08", location="Nam Định")
