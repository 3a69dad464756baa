"""p742-3: formal report under a letterhead (UBND tỉnh An Giang), 9 tháng 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 09 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động bếp ăn từ thiện phục vụ người bệnh nghèo 9 tháng năm 2024

Thực hiện Công văn số 1187/BYT-KCB ngày 02/9/2024 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/9/2024, toàn tỉnh có 21 bếp ăn từ thiện tại các cơ sở khám, chữa bệnh, tăng 2 bếp so với cuối năm 2023. Trong 9 tháng năm 2024, các bếp đã phục vụ 1.086.400 suất ăn, đạt 78,4% kế hoạch năm, với tổng kinh phí 16.295 triệu đồng.

2. Kết quả theo cơ sở (Bảng 1)
Cơ sở | Số bếp (bếp) | Suất ăn (suất) | Kinh phí (triệu đồng)
Bệnh viện Đa khoa Trung tâm An Giang | 3 | 412.600 | 6.189
Bệnh viện Sản - Nhi | 2 | 198.300 | 2.975
Bệnh viện Tim mạch | 1 | 86.500 | 1.298
TTYT các huyện, thị xã, thành phố | 15 | 389.000 | 5.833
Tổng cộng | 21 | 1.086.400 | 16.295

3. Huy động nguồn lực
Các bếp đã vận động 3.140 nhà hảo tâm, trong đó 2.685 cá nhân và 455 tổ chức, doanh nghiệp; tiếp nhận 312,5 tấn gạo trị giá khoảng 4,4 tỷ đồng. Số tình nguyện viên tham gia thường xuyên là 860 người, bình quân 41 người/bếp.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
1. Phấn đấu phục vụ thêm 300.000 suất ăn, nâng tổng số cả năm lên trên 1,38 triệu suất.
2. Vận động thành lập mới 2 bếp ăn tại huyện Tri Tôn và thị xã Tịnh Biên.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

ROWS = [
    ("Bệnh viện Đa khoa Trung tâm An Giang", "An Giang | 3 |", "3", "| 412.600 |", "412.600", "| 6.189", "6.189"),
    ("Bệnh viện Sản - Nhi", "Nhi | 2 |", "2", "| 198.300 |", "198.300", "| 2.975", "2.975"),
    ("Bệnh viện Tim mạch", "mạch | 1 |", "1", "| 86.500 |", "86.500", "| 1.298", "1.298"),
    ("TTYT các huyện, thị xã, thành phố", "phố | 15 |", "15", "| 389.000 |", "389.000", "| 5.833", "5.833"),
    ("Tổng cộng", "Tổng cộng | 21 |", "21", "| 1.086.400 |", "1.086.400", "| 16.295\n", "16.295"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, a1, n1, a2, n2, a3, n3 in ROWS:
    TABLE.append(F(a1, n1, num(n1), "count", "bếp", f"Số bếp {label}", I(M9)))
    TABLE.append(F(a2, n2, num(n2), "count", "suất", f"Suất ăn {label}", I(M9)))
    TABLE.append(F(a3, n3, num(n3) * 1e6, "money", "đồng", f"Kinh phí {label}", I(M9)))

FIGS = [
    F("có 21 bếp ăn từ thiện", "21", 21, "count", "bếp ăn",
      "bếp ăn từ thiện tại các cơ sở khám, chữa bệnh", ASOF,
      change=CH("increase", 2, "bếp", "cuối năm 2023")),
    F("phục vụ 1.086.400 suất ăn", "1.086.400", 1086400, "count", "suất ăn", "suất ăn các bếp đã phục vụ", M9,
      percent=78.4),
    F("tổng kinh phí 16.295 triệu đồng", "16.295", 16295e6, "money", "đồng", "tổng kinh phí", M9),
] + TABLE + [
    F("vận động 3.140 nhà hảo tâm", "3.140", 3140, "count", "nhà hảo tâm", "nhà hảo tâm các bếp đã vận động", I(M9)),
    F("trong đó 2.685 cá nhân", "2.685", 2685, "count", "cá nhân", "nhà hảo tâm là cá nhân", I(M9), total=3140),
    F("và 455 tổ chức", "455", 455, "count", "tổ chức, doanh nghiệp", "nhà hảo tâm là tổ chức, doanh nghiệp", I(M9),
      total=3140),
    F("tiếp nhận 312,5 tấn gạo", "312,5", 312.5, "measure", "tấn", "gạo tiếp nhận", I(M9)),
    F("khoảng 4,4 tỷ đồng", "4,4", 4.4e9, "money", "đồng", "trị giá gạo tiếp nhận", I(M9), approx="about"),
    F("là 860 người", "860", 860, "count", "người", "tình nguyện viên tham gia thường xuyên"),
    F("bình quân 41 người/bếp", "41", 41, "measure", "người/bếp", "tình nguyện viên bình quân mỗi bếp"),
    F("thêm 300.000 suất ăn", "300.000", 300000, "count", "suất ăn", "suất ăn phục vụ thêm", Q4, status="target"),
    F("trên 1,38 triệu suất", "1,38", 1.38e6, "count", "suất", "tổng số suất ăn cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("mới 2 bếp ăn", "2", 2, "count", "bếp ăn", "bếp ăn vận động thành lập mới", Q4, status="target"),
]

COMMENTS = [
    "Báo cáo số 412/BC-UBND của UBND tỉnh An Giang (09/10/2024): bếp ăn từ thiện 9 tháng năm 2024 with a flattened '|' table",
    "(Cơ sở | Số bếp | Suất ăn | Kinh phí (triệu đồng)). The place-and-date line is the published date.",
    "Document numbers (412/BC-UBND, 1187/BYT-KCB), section numbers (I., 1., 2., II.), 'Bảng 1', 'KT.', 'TM.' are not figures.",
    "Table: every numeric cell, the Tổng cộng row included; subject = column + row label; unit and ×10⁶ from the column header;",
    "period from the title/lead '9 tháng năm 2024' (another sentence: inherited). No total for table rows (the spec gives a",
    "total only for text cues). 'đạt 78,4% kế hoạch năm' is the share of 1.086.400 suất. Section II targets take 'QUÝ IV/2024'",
    "from the heading (inherited); 'cả năm' in the same sentence is scored as 2024.",
]

if __name__ == "__main__":
    emit("p742-3", TEXT, COMMENTS, FIGS, published="2024-10-09", location="An Giang")
