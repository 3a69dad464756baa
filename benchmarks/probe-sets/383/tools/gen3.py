from lib import F, P, I, C, emit

TEXT = """UBND HUYỆN HẢI HẬU
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 87/BC-VHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả bình xét danh hiệu "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa" năm 2023

Thực hiện Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ và Hướng dẫn số 12/HD-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch, Phòng Văn hóa và Thông tin báo cáo kết quả như sau:

I. KẾT QUẢ BÌNH XÉT
Năm 2023, toàn huyện có 58.742 hộ gia đình, trong đó 53.216 hộ được công nhận "Gia đình văn hóa", đạt 90,6%; 1.148 hộ không đạt do vi phạm quy định về vệ sinh môi trường, an ninh trật tự.

Bảng 1. Kết quả bình xét tại một số đơn vị
Đơn vị tính: hộ
Đơn vị | Tổng số hộ | Hộ đạt GĐVH | Tỷ lệ (%) | Thôn, TDP văn hóa
Thị trấn Yên Định | 4.215 | 3.930 | 93,24 | 11/12
Xã Hải Minh | 2.876 | 2.548 | 88,60 | 8/9
Xã Hải Đông | 3.102 | 2.781 | 89,65 | 10/10
Xã Hải Lý | 1.954 | 1.692 | 86,59 | 5/6

II. ĐÁNH GIÁ
So với năm 2022, số hộ đạt danh hiệu tăng 1.035 hộ; số thôn, tổ dân phố văn hóa tăng 7 đơn vị, nâng tổng số lên 318/352 thôn, tổ dân phố (90,3%). Tuy nhiên, vẫn còn 3 xã có tỷ lệ gia đình văn hóa dưới 87%; 2 thôn bị đề nghị không công nhận do để xảy ra vụ việc phức tạp về an ninh nông thôn.

III. PHƯƠNG HƯỚNG NĂM 2024
1. Phấn đấu tỷ lệ hộ gia đình văn hóa đạt từ 91% trở lên; 100% thôn, tổ dân phố duy trì hoạt động nhà văn hóa thường xuyên.
2. Tổ chức 35 lớp tập huấn nghiệp vụ cho cán bộ văn hóa thôn.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Văn Khoa
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("có 58.742 hộ", "58.742", 58742, "count", "hộ gia đình", "hộ gia đình", Y23),
    F("53.216 hộ", "53.216", 53216, "count", "hộ", "hộ được công nhận Gia đình văn hóa", Y23,
      total=58742, percent=90.6),
    F("1.148 hộ", "1.148", 1148, "count", "hộ", "hộ không đạt", Y23, total=58742),
]

ROWS = [
    ("Thị trấn Yên Định", "Yên Định", "4.215", "3.930", "93,24", ("11", "12")),
    ("Xã Hải Minh", "Hải Minh", "2.876", "2.548", "88,60", ("8", "9")),
    ("Xã Hải Đông", "Hải Đông", "3.102", "2.781", "89,65", ("10", "10")),
    ("Xã Hải Lý", "Hải Lý", "1.954", "1.692", "86,59", ("5", "6")),
]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for label, loc, tot, dat, pct, (a, b) in ROWS:
    FIGS += [
        F(f"{label} | {tot} |", tot, num(tot), "count", "hộ", "Tổng số hộ", Yi, location=loc),
        F(f"{tot} | {dat} |", dat, num(dat), "count", "hộ", "Hộ đạt GĐVH", Yi, location=loc),
        F(f"{dat} | {pct} |", pct, num(pct), "percent", "%", "Tỷ lệ hộ đạt GĐVH", Yi, location=loc),
        F(f"{pct} | {a}/{b}", a, num(a), "count", "thôn, tổ dân phố", "Thôn, TDP văn hóa", Yi,
          total=num(b), location=loc),
    ]

FIGS += [
    F("tăng 1.035 hộ", "1.035", 1035, "count", "hộ", "số hộ đạt danh hiệu tăng so với năm 2022", Yi),
    F("tăng 7 đơn vị", "7", 7, "count", "đơn vị", "số thôn, tổ dân phố văn hóa tăng so với năm 2022", Yi),
    F("lên 318/352 thôn", "318", 318, "count", "thôn, tổ dân phố", "thôn, tổ dân phố văn hóa", Yi,
      total=352, percent=90.3),
    F("còn 3 xã", "3", 3, "count", "xã", "xã có tỷ lệ gia đình văn hóa dưới 87%", Yi),
    F("dưới 87%", "87", 87, "percent", "%", "tỷ lệ gia đình văn hóa", approx="under", optional=True),
    F("; 2 thôn bị", "2", 2, "count", "thôn", "thôn bị đề nghị không công nhận", Yi),
    F("từ 91% trở lên", "91", 91, "percent", "%", "tỷ lệ hộ gia đình văn hóa", Y24, approx="at_least", status="target"),
    F("; 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố duy trì hoạt động nhà văn hóa thường xuyên", Y24,
      status="target"),
    F("Tổ chức 35 lớp", "35", 35, "count", "lớp", "lớp tập huấn nghiệp vụ cho cán bộ văn hóa thôn", Y24, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Phòng VH&TT huyện Hải Hậu, Nam Định, 'Số: 87/BC-VHTT'); 'Hải Hậu, ngày 20 tháng 12 năm 2023' is its date.",
    "Distractors: 'Nghị định số 86/2023/NĐ-CP ngày 07/12/2023', 'Hướng dẫn số 12/HD-SVHTTDL', section numbers I./II./III./1./2., 'Bảng 1', 'Lưu: VT'.",
    "58.742 hộ is the whole; 53.216 (trong đó) and 1.148 (after ';') its parts. Flattened '|' table with 'Đơn vị tính: hộ';",
    "the '(%)' column overrides the unit; the last column 'Thôn, TDP văn hóa' counts villages (its own label), cells 'a/b' give total b.",
    "Table rows are communes / the town: location = the row's place; subject = column label; period năm 2023 from the title and text above (inherited).",
    "Section II: 'tăng 1.035 hộ' and 'tăng 7 đơn vị' stand alone (no base figure in the clause): counts of their own, no change object.",
    "'318/352 … (90,3%)' total + percent. 'dưới 87%' is a threshold in the defining clause of '3 xã': optional.",
    "Section III heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the plan its period (inherited); 'Phấn đấu' -> target; '35 lớp' is a planned task: target.",
]

emit("p383-3", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Hải Hậu")
