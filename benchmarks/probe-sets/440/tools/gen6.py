from lib import *

TEXT = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác quản lý nhà nước về khoáng sản năm 2023

I. TÌNH HÌNH CẤP PHÉP VÀ KHAI THÁC
Năm 2023, UBND tỉnh đã cấp 7 giấy phép khai thác khoáng sản mới (trong đó 4 giấy phép khai thác cát, sỏi lòng sông), nâng tổng số giấy phép còn hiệu lực lên 96 giấy phép. Kết quả khai thác cát, sỏi lòng sông tại các huyện trọng điểm như sau:

Bảng 1. Cấp phép và sản lượng khai thác cát, sỏi lòng sông
Huyện | Số giấy phép | Công suất cấp phép (nghìn m³/năm) | Sản lượng năm 2023 (nghìn m³) | Tỷ lệ so với công suất (%)
Tam Nông | 6 | 520 | 445 | 85,6
Lâm Thao | 4 | 380 | 312 | 82,1
Đoan Hùng | 5 | 300 | 231 | 77,0
Thanh Thủy | 3 | 210 | 186 | 88,6
Cộng | 18 | 1.410 | 1.174 | 83,3

II. CÔNG TÁC THANH TRA, KIỂM TRA
Trong năm 2023, các cơ quan chức năng đã tiến hành 14 cuộc thanh tra, kiểm tra; ban hành 21 quyết định xử phạt với tổng số tiền 1.845 triệu đồng; kiến nghị thu hồi 2 giấy phép. Tình trạng khai thác trái phép vẫn xảy ra tại khu vực giáp ranh với tỉnh Vĩnh Phúc trên sông Lô và sông Hồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu thu ngân sách từ khoáng sản đạt 135 tỷ đồng; hoàn thành đấu giá quyền khai thác tối thiểu 5 mỏ cát, sỏi; thực hiện nghiêm Luật Khoáng sản năm 2010 và Nghị định số 36/2020/NĐ-CP.

Nơi nhận:
- Bộ TN&MT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P23 = dict(text="Năm 2023", start="2023-01-01", end="2023-12-31")
P23i = dict(P23, inherited=True)
PC = dict(text="năm 2023", start="2023-01-01", end="2023-12-31")  # column header 'Sản lượng năm 2023'
PT = dict(text="Trong năm 2023", start="2023-01-01", end="2023-12-31")
P24i = dict(text="NĂM 2024", start="2024-01-01", end="2024-12-31", inherited=True)

rows = [("Tam Nông", "6", "520", "445", "85,6"), ("Lâm Thao", "4", "380", "312", "82,1"),
        ("Đoan Hùng", "5", "300", "231", "77,0"), ("Thanh Thủy", "3", "210", "186", "88,6"),
        ("Cộng", "18", "1.410", "1.174", "83,3")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


F = [
    fig("cấp 7 giấy phép", "7", 7, "count", "giấy phép", "giấy phép khai thác khoáng sản mới", P23),
    fig("trong đó 4 giấy phép", "4", 4, "count", "giấy phép", "giấy phép khai thác cát, sỏi lòng sông", P23, total=7),
    fig("lên 96 giấy phép", "96", 96, "count", "giấy phép", "tổng số giấy phép còn hiệu lực", P23),
]
for name, n, cap, out, rate in rows:
    loc = {} if name == "Cộng" else {"location": name}
    pre = "" if name != "Cộng" else "Cộng "
    F += [
        fig(f"{name} | {n} |", n, num(n), "count", "giấy phép", pre + "Số giấy phép", P23i, **loc),
        fig(f"| {cap} | {out}", cap, num(cap) * 1000, "measure", "m³/năm", pre + "Công suất cấp phép", P23i, **loc),
        fig(f"| {out} | {rate}", out, num(out) * 1000, "measure", "m³", pre + "Sản lượng năm 2023", PC, **loc),
        fig(f"| {rate}\n", rate, num(rate), "percent", "%", pre + "Tỷ lệ sản lượng so với công suất", P23i, **loc),
    ]
F += [
    fig("tiến hành 14 cuộc", "14", 14, "count", "cuộc", "cuộc thanh tra, kiểm tra", PT),
    fig("ban hành 21 quyết định", "21", 21, "count", "quyết định", "quyết định xử phạt", PT),
    fig("số tiền 1.845 triệu đồng", "1.845", 1845e6, "money", "đồng", "tổng số tiền xử phạt", PT),
    fig("thu hồi 2 giấy phép", "2", 2, "count", "giấy phép", "kiến nghị thu hồi giấy phép", PT),
    fig("đạt 135 tỷ đồng", "135", 135e9, "money", "đồng", "thu ngân sách từ khoáng sản", P24i, status="target"),
    fig("tối thiểu 5 mỏ", "5", 5, "count", "mỏ", "đấu giá quyền khai thác mỏ cát, sỏi", P24i, approx="at_least", status="target"),
]

write("p440-6", TEXT, [
    "UBND tỉnh Phú Thọ formal report 'Số: 412/BC-UBND' (letterhead, place-and-date line 18/12/2023): mineral management 2023, flattened '|' table.",
    "Table: Huyện | Số giấy phép | Công suất cấp phép (nghìn m³/năm) | Sản lượng năm 2023 (nghìn m³) | Tỷ lệ so với công suất (%). Units and multiplier from the headers.",
    "District rows → location, subject = column label; 'Cộng' row keeps the province and 'Cộng' in the subject; no totals for table cells.",
    "Period: 'Sản lượng năm 2023' column header gives 2023 (scored) to the output column; the rate column names no year (inherited);",
    "licence and capacity columns inherit 'Năm 2023' from the text above (not scored). Distractors: report number, 'Bảng 1', section numbers I-III,",
    "'Luật Khoáng sản năm 2010', 'Nghị định số 36/2020/NĐ-CP', 'Lưu: VT, KTN'. Heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets an inherited 2024.",
], F, published="2023-12-18", location="Phú Thọ")
