from lib import F, P, C, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 18 tháng 7 năm 2024

BÁO CÁO
Tình hình vay, trả nợ của chính quyền địa phương năm 2023 và kế hoạch năm 2024

Thực hiện Công văn số 6124/BTC-QLN của Bộ Tài chính, UBND tỉnh Hà Giang báo cáo như sau:

I. TÌNH HÌNH VAY, TRẢ NỢ NĂM 2023
Năm 2023, tổng mức vay của ngân sách tỉnh là 38,52 tỷ đồng, đạt 60,2% kế hoạch, toàn bộ là vốn vay lại từ nguồn Chính phủ vay nước ngoài cho 2 dự án. Dư nợ chính quyền địa phương đến ngày 31/12/2023 là 301,74 tỷ đồng, bằng 73,1% hạn mức dư nợ vay tối đa theo Nghị định số 93/2018/NĐ-CP. Trả nợ lãi, phí trong năm là 4.286 triệu đồng.

Bảng 1. Vay, trả nợ của ngân sách tỉnh
Đơn vị tính: triệu đồng
STT | Chỉ tiêu | Thực hiện năm 2023 | Kế hoạch năm 2024
1 | Hạn mức dư nợ vay tối đa | 412.640 | 438.900
2 | Dư nợ đầu năm | 286.315 | 301.742
3 | Vay trong năm | 38.520 | 64.000
4 | Trả nợ gốc trong năm | 23.093 | 27.450
5 | Dư nợ cuối năm | 301.742 | 338.292

II. KẾ HOẠCH NĂM 2024
6 tháng đầu năm 2024, tỉnh đã trả nợ gốc 13.720 triệu đồng, đạt 50% kế hoạch năm. Năm 2024, tỉnh dự kiến trả lãi, phí khoảng 5,1 tỷ đồng từ nguồn tăng thu ngân sách; phấn đấu đến cuối năm 2024 dư nợ không vượt quá 80% hạn mức.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
rows = [
    ("Hạn mức dư nợ vay tối đa", "412.640", "438.900"),
    ("Dư nợ đầu năm", "286.315", "301.742"),
    ("Vay trong năm", "38.520", "64.000"),
    ("Trả nợ gốc trong năm", "23.093", "27.450"),
    ("Dư nợ cuối năm", "301.742", "338.292"),
]

FIGS = [
    F("là 38,52 tỷ đồng", "38,52", 38.52e9, "money", "đồng", "tổng mức vay của ngân sách tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=60.2),
    F("cho 2 dự án", "2", 2, "count", "dự án", "dự án sử dụng vốn vay lại",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("là 301,74 tỷ đồng", "301,74", 301.74e9, "money", "đồng", "dư nợ chính quyền địa phương",
      P("đến ngày 31/12/2023", None, "2023-12-31"), percent=73.1),
    F("4.286 triệu đồng", "4.286", 4286e6, "money", "đồng", "trả nợ lãi, phí",
      P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
]
for label, a, b in rows:
    # stocks dated by a point: opening balance as of 1 January, closing balance as of 31 December (as the text's
    # 'Dư nợ … đến ngày 31/12/2023' for the same 301.742 triệu); limits and flows take the column's year
    if label == "Dư nợ đầu năm":
        pa, pb = P("đầu năm", None, "2023-01-01"), P("đầu năm", None, "2024-01-01")
    elif label == "Dư nợ cuối năm":
        pa, pb = P("cuối năm", None, "2023-12-31"), P("cuối năm", None, "2024-12-31")
    else:
        pa, pb = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31"), P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
    FIGS.append(F(f"| {label} | {a} |", a, float(a.replace(".", "")) * 1e6, "money", "đồng",
                  f"{label} thực hiện năm 2023", pa))
    FIGS.append(F(f"| {a} | {b}\n", b, float(b.replace(".", "")) * 1e6, "money", "đồng",
                  f"{label} kế hoạch năm 2024", pb, status="target"))
FIGS += [
    F("gốc 13.720 triệu đồng", "13.720", 13720e6, "money", "đồng", "trả nợ gốc",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=50),
    F("khoảng 5,1 tỷ đồng", "5,1", 5.1e9, "money", "đồng", "trả lãi, phí", Y24, approx="about", status="forecast"),
    F("quá 80% hạn mức", "80", 80, "percent", "%", "dư nợ so với hạn mức",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="at_most", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Hà Giang, 'Số: 287/BC-UBND'): local government borrowing and debt repayment 2023, plan 2024.",
    "The place-and-date line 'Hà Giang, ngày 18 tháng 7 năm 2024' is its date. Flattened '|' table with 'Đơn vị tính: triệu đồng':",
    "every numeric cell is a money figure ×10⁶ đồng; subject = row label + column label; period from the column header; the",
    "'Kế hoạch năm 2024' column is status target. STT row numbers are not figures. 'tối đa' in the row label names the limit, not an approx.",
    "Stock rows are dated by a point: 'Dư nợ đầu năm' as of 1 January, 'Dư nợ cuối năm' as of 31 December of the column's year.",
    "revised after the first run: those four cells had the column's whole year; changed to as-of for consistency with 'đến ngày 31/12/2023'.",
    "Cells are figures of their own even where the text repeats them in another form (38,52 tỷ / 301,74 tỷ in the text).",
    "'Trả nợ lãi, phí trong năm' takes 2023 from the paragraph's first sentence (inherited). '2 dự án' is a count.",
    "'dự kiến trả lãi, phí khoảng 5,1 tỷ' forecast; 'phấn đấu … không vượt quá 80%' target, at_most.",
    "Distractors: Số: 287/BC-UBND, Công văn số 6124/BTC-QLN, Nghị định số 93/2018/NĐ-CP, section numbers I./II., 'Bảng 1', 'Lưu: VT, KTTH'.",
]

emit("p424-3", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hà Giang")
