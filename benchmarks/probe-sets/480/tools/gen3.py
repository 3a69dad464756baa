"""p480-3: UBND tỉnh Hà Tĩnh formal report, blood donation 2023, flattened | table by locality."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác vận động hiến máu tình nguyện năm 2023 và nhiệm vụ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Kết quả tiếp nhận máu
Tính đến ngày 15/12/2023, toàn tỉnh đã tổ chức 96 đợt hiến máu tập trung, tiếp nhận 18.742 đơn vị máu, đạt 104,1% kế hoạch năm (18.000 đơn vị), tăng 6,3% so với năm 2022. Ước cả năm 2023 tiếp nhận khoảng 19.500 đơn vị máu.

2. Kết quả theo địa phương, đơn vị (Đơn vị tính: đơn vị máu)
TT | Địa phương, đơn vị | Kế hoạch 2023 | Thực hiện đến 15/12/2023 | Tỷ lệ (%)
1 | TP Hà Tĩnh | 3.500 | 3.812 | 108,9
2 | Thị xã Kỳ Anh | 2.200 | 2.365 | 107,5
3 | Huyện Hương Sơn | 1.600 | 1.488 | 93,0
4 | Huyện Cẩm Xuyên | 1.800 | 1.927 | 107,1
5 | Các đơn vị khối tỉnh | 4.500 | 4.861 | 108,0

3. Công tác tôn vinh, khen thưởng
Trong năm, tỉnh đã tôn vinh 215 người hiến máu tiêu biểu, trong đó 34 người hiến máu từ 20 lần trở lên; 12 tập thể được UBND tỉnh tặng Bằng khen.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tiếp nhận 20.000 đơn vị máu; 100% đơn vị máu được sàng lọc bằng kỹ thuật NAT; tỷ lệ người hiến máu nhắc lại đạt từ 30 đến 35%.

Nơi nhận:
- Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 15/12/2023", None, "2023-12-15")
PLAN = P("Kế hoạch 2023", "2023-01-01", "2023-12-31")
DONE = P("Thực hiện đến 15/12/2023", None, "2023-12-15")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
TRONGNAM = P("Trong năm", "2023-01-01", "2023-12-31")

ROWS = [
    ("TP Hà Tĩnh", "Hà Tĩnh", None, "3.500", 3500, "3.812", 3812, "108,9", 108.9),
    ("Thị xã Kỳ Anh", "Kỳ Anh", None, "2.200", 2200, "2.365", 2365, "107,5", 107.5),
    ("Huyện Hương Sơn", "Hương Sơn", None, "1.600", 1600, "1.488", 1488, "93,0", 93.0),
    ("Huyện Cẩm Xuyên", "Cẩm Xuyên", None, "1.800", 1800, "1.927", 1927, "107,1", 107.1),
    ("Các đơn vị khối tỉnh", None, "các đơn vị khối tỉnh", "4.500", 4500, "4.861", 4861, "108,0", 108.0),
]

FIGS = [
    F("tổ chức 96 đợt", "96", 96, "count", "đợt hiến máu", "đợt hiến máu tập trung được tổ chức", ASOF),
    F("tiếp nhận 18.742 đơn vị máu", "18.742", 18742, "count", "đơn vị máu", "đơn vị máu tiếp nhận", ASOF,
      percent=104.1, change=CH("increase", 6.3, "%", "năm 2022"), target=TG(18000, "đơn vị", True)),
    F("khoảng 19.500 đơn vị máu", "19.500", 19500, "count", "đơn vị máu", "đơn vị máu tiếp nhận cả năm",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
]
for label, loc, extra, pn, pv, dn, dv, rn, rv in ROWS:
    pre = (extra + " ") if extra else ""
    kw = {"location": loc} if loc else {}
    FIGS.append(F(f"| {label} | {pn} |", pn, pv, "count", "đơn vị máu", f"{pre}đơn vị máu kế hoạch 2023", PLAN,
                  status="target", **kw))
    FIGS.append(F(f"| {pn} | {dn} |", dn, dv, "count", "đơn vị máu", f"{pre}đơn vị máu thực hiện đến 15/12/2023", DONE,
                  **kw))
    FIGS.append(F(f"| {dn} | {rn}", rn, rv, "percent", "%", f"{pre}tỷ lệ", **kw))

FIGS += [
    F("tôn vinh 215 người", "215", 215, "count", "người", "người hiến máu tiêu biểu được tôn vinh", TRONGNAM),
    F("trong đó 34 người", "34", 34, "count", "người", "người hiến máu từ 20 lần trở lên được tôn vinh", TRONGNAM,
      total=215),
    F("từ 20 lần trở lên", "20", 20, "count", "lần", approx="at_least", optional=True),
    F("12 tập thể", "12", 12, "count", "tập thể", "tập thể được UBND tỉnh tặng Bằng khen", TRONGNAM),
    F("tiếp nhận 20.000 đơn vị máu", "20.000", 20000, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24,
      status="target"),
    F("100% đơn vị máu", "100", 100, "percent", "%", "đơn vị máu được sàng lọc bằng kỹ thuật NAT", Y24,
      status="target"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "tỷ lệ người hiến máu nhắc lại", Y24, value_max=35, status="target"),
]

COMMENTS = [
    "Formal report (letterhead UBND TỈNH HÀ TĨNH, Số: 412/BC-UBND, place-and-date line 18/12/2023): hiến máu năm 2023.",
    "Distractors: document number, section numbers I./II./1./2./3., table row numbers 1-5, 'Lưu: VT', dates.",
    "18.742 units: share 104,1% of the year plan, plan 18.000 in brackets is the target (met), change +6,3% vs 2022.",
    "'Ước cả năm 2023 ... khoảng 19.500' is an estimate (about). Flattened | table: every numeric cell is a figure;",
    "'Kế hoạch 2023' column -> status target, period 2023; 'Thực hiện đến 15/12/2023' -> as-of period; 'Tỷ lệ (%)' -> percent, no period.",
    "Unit from 'Đơn vị tính: đơn vị máu'. Row labels that are places go to location; 'Các đơn vị khối tỉnh' stays in the subject.",
    "'Trong năm' in an annual report is the year 2023. '34 người' is part of 215 after 'trong đó'. '20 lần trở lên' a threshold (optional).",
    "revised after the first run: the 'Tỷ lệ (%)' cells had the invented gloss 'tỷ lệ thực hiện so với kế hoạch'; the spec makes a table",
    "cell's subject its row and column labels (a place row going to location), so the subject is now 'Tỷ lệ' (plus a non-place row label).",
    "Section II targets take the heading 'NĂM 2024' as an inherited period; 'Phấn đấu' governs all three clauses.",
]

if __name__ == "__main__":
    emit("p480-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Hà Tĩnh")
