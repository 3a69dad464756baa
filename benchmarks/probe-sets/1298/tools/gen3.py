"""p1298-3: formal report (UBND tỉnh Tiền Giang): papaya 9 months 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG
Số: 486/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Giang, ngày 25 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ đu đủ 9 tháng đầu năm 2024 và nhiệm vụ quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 2.184 ha đu đủ, tăng 156 ha so với cuối năm 2023, đạt 104,7% kế hoạch; diện tích cho trái 1.720 ha. Sản lượng 9 tháng ước đạt 98.640 tấn, tăng 7,3% so với cùng kỳ, bằng 76,8% kế hoạch năm.

Sản lượng đu đủ theo địa phương
Đơn vị tính: tấn
Địa phương | 9 tháng năm 2023 | Ước thực hiện 9 tháng năm 2024 | Kế hoạch năm 2024 | So với cùng kỳ (%)
Huyện Tân Phước | 52.300 | 56.840 | 74.000 | 108,7
Thị xã Cai Lậy | 14.120 | 15.200 | 19.800 | 107,6
Huyện Cai Lậy | 17.460 | 18.310 | 23.600 | 104,9
Huyện Châu Thành | 8.050 | 8.290 | 11.000 | 103,0
Tổng cộng | 91.930 | 98.640 | 128.400 | 107,3

2. Tiêu thụ
Giá đu đủ bình quân 9 tháng đạt 6.200 đồng/kg, giảm 9% so với cùng kỳ. Toàn tỉnh có 37 cơ sở thu mua, sơ chế, trong đó 5 cơ sở là doanh nghiệp xuất khẩu; kim ngạch xuất khẩu ước đạt 4,6 triệu USD.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu quý IV thu hoạch khoảng 30.000 tấn; hỗ trợ cấp thêm 3 mã số vùng trồng với diện tích 150 ha.

Nơi nhận:
- Bộ NN&PTNT;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Hoàng Vũ
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
COLS = [
    ("9 tháng năm 2023", P("9 tháng năm 2023", "2023-01-01", "2023-09-30"), None),
    ("Ước thực hiện 9 tháng năm 2024", P("Ước thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30"), "estimate"),
    ("Kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target"),
    ("So với cùng kỳ (%)", None, None),
]
ROWS = [
    ("Huyện Tân Phước", "Tân Phước", ["52.300", "56.840", "74.000", "108,7"]),
    ("Thị xã Cai Lậy", "Thị xã Cai Lậy", ["14.120", "15.200", "19.800", "107,6"]),
    ("Huyện Cai Lậy", "Huyện Cai Lậy", ["17.460", "18.310", "23.600", "104,9"]),
    ("Huyện Châu Thành", "Châu Thành", ["8.050", "8.290", "11.000", "103,0"]),
    ("Tổng cộng", "Tiền Giang", ["91.930", "98.640", "128.400", "107,3"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        kw = {"status": st} if st else {}
        if per:
            kw["period"] = per
        if col.startswith("So với"):
            subj = "sản lượng đu đủ so với cùng kỳ"
            if label == "Tổng cộng":
                subj = "tổng cộng " + subj
            CELLS.append(F(anchor, n, num(n), "percent", "%", subject=subj, location=place, **kw))
        else:
            subj = f"sản lượng đu đủ {col}"
            if label == "Tổng cộng":
                subj = "tổng cộng " + subj
            CELLS.append(F(anchor, n, num(n), "measure", "tấn", subject=subj, location=place, **kw))
        prev = n

FIGS = [
    F("có 2.184 ha", "2.184", 2184, "measure", "ha", percent=104.7,
      change=C("increase", 156, "ha", "cuối năm 2023"), subject="diện tích đu đủ toàn tỉnh", period=ASOF),
    F("cho trái 1.720 ha", "1.720", 1720, "measure", "ha", subject="diện tích cho trái", period=ASOF),
    F("ước đạt 98.640 tấn", "98.640", 98640, "measure", "tấn", status="estimate", percent=76.8,
      change=C("increase", 7.3, "%", "cùng kỳ"), subject="sản lượng đu đủ", period=N9),
] + CELLS + [
    F("đạt 6.200 đồng/kg", "6.200", 6200, "money", "đồng/kg", change=C("decrease", 9, "%", "cùng kỳ"),
      subject="giá đu đủ bình quân", period=N9),
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", subject="cơ sở thu mua, sơ chế đu đủ"),
    F("trong đó 5 cơ sở", "5", 5, "count", "cơ sở", total=37, subject="cơ sở là doanh nghiệp xuất khẩu"),
    F("ước đạt 4,6 triệu", "4,6", 4.6e6, "money", "USD", status="estimate", subject="kim ngạch xuất khẩu đu đủ",
      period=I(N9)),
    F("khoảng 30.000 tấn", "30.000", 30000, "measure", "tấn", approx="about", status="target",
      subject="sản lượng đu đủ thu hoạch", period=Q4),
    F("thêm 3 mã số", "3", 3, "count", "mã số vùng trồng", status="target", subject="mã số vùng trồng cấp thêm",
      period=Q4),
    F("diện tích 150 ha", "150", 150, "measure", "ha", status="target",
      subject="diện tích mã số vùng trồng cấp thêm", period=Q4),
]

NOTES = [
    "Formal report (UBND tỉnh Tiền Giang, Số: 486/BC-UBND, 'Tiền Giang, ngày 25 tháng 10 năm 2024'): papaya 9 months 2024.",
    "Distractors: document number 486/BC-UBND, the letterhead date, '9 tháng đầu năm 2024' and 'quý IV năm 2024' in the title,",
    "section numbers I./II./1./2., 'Tính đến ngày 30/9/2024', 'Lưu: VT, KT'.",
    "2.184 ha carries the change 'tăng 156 ha so với cuối năm 2023' and the share 'đạt 104,7% kế hoạch'; 1.720 ha after ';' has no",
    "part-of cue: no total. 98.640 tấn: estimate, change 7,3%, percent 76,8 (bằng ... kế hoạch năm).",
    "Flattened '|' table, 'Đơn vị tính: tấn', rows are districts (location; 'Tổng cộng' = the province). Period and status from the",
    "column header ('Ước thực hiện' estimate, 'Kế hoạch' target). 'So với cùng kỳ (%)' cells are percent figures; the header",
    "gives no period (none annotated) and no status cue (actual). Table cells get no total.",
    "'trong đó 5 cơ sở là doanh nghiệp xuất khẩu' is a part of the 37 cơ sở. Export value: 'ước đạt' → estimate, '9 tháng' inherited.",
    "Section II 'Phấn đấu quý IV ...; hỗ trợ cấp thêm ...' is one sentence: target, period quý IV 2024 for all three figures.",
]

if __name__ == "__main__":
    write("p1298-3", TEXT, NOTES, FIGS, published="2024-10-25", location="Tiền Giang")
