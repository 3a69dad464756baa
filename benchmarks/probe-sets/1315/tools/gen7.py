"""p1315-7: department site (Sở TT&TT Cần Thơ), no dateline: IT industry 2023, one-cell-per-line table, 2024 plan."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Công nghiệp công nghệ thông tin Cần Thơ: nhiều chỉ tiêu tăng khá

Năm 2023, thành phố có 438 doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin, trong đó doanh nghiệp phần mềm và nội dung số là 196 doanh nghiệp. Kết quả một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
So với cùng kỳ (%)
Doanh thu phần mềm
tỷ đồng
1.126
1.284
114,0
Doanh thu dịch vụ công nghệ thông tin
tỷ đồng
538
602
111,9
Tổng doanh thu
tỷ đồng
1.664
1.886
113,3
Lao động công nghệ thông tin
người
6.950
7.420
106,8
Trong đó: kỹ sư phần mềm
người
3.180
3.560
112,0

Cũng trong năm 2023, thành phố có 3 trung tâm dữ liệu đang vận hành với tổng số 860 tủ rack; tỷ lệ lấp đầy bình quân là 72%. Năm 2024, Sở phấn đấu doanh thu phần mềm tăng 12-15%, thu hút thêm ít nhất 20 doanh nghiệp công nghệ số và hỗ trợ 500 học viên học lập trình miễn phí.

Tin cùng chuyên mục:
- Hội thảo chuyển đổi số doanh nghiệp vừa và nhỏ năm 2024
- Cần Thơ đứng đầu vùng về Chỉ số DTI

SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 27 Võ Văn Tần, phường Tân An, quận Ninh Kiều
Điện thoại: 0292.3830.415
Lượt truy cập: 1.204.877 | Đang online: 52
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C22 = period("Năm 2022", "2022-01-01", "2022-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
CY23 = period("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

# row label, unit line, (2022, 2023, ratio), whole (for the 'Trong đó' row)
ROWS = [
    ("Doanh thu phần mềm", "tỷ đồng", ("1.126", "1.284", "114,0"), None),
    ("Doanh thu dịch vụ công nghệ thông tin", "tỷ đồng", ("538", "602", "111,9"), None),
    ("Tổng doanh thu", "tỷ đồng", ("1.664", "1.886", "113,3"), None),
    ("Lao động công nghệ thông tin", "người", ("6.950", "7.420", "106,8"), None),
    ("kỹ sư phần mềm", "người", ("3.180", "3.560", "112,0"), (6950, 7420)),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, unit, (a, b, r), whole in ROWS:
        if unit == "tỷ đồng":
            kind, u, m = "money", "đồng", 1e9
        else:
            kind, u, m = "count", "người", 1
        kw_a = {"total": whole[0]} if whole else {}
        kw_b = {"total": whole[1]} if whole else {}
        out.append(F(f"{unit}\n{a}\n", a, num(a) * m, kind, u, f"{label} Năm 2022", C22, **kw_a))
        out.append(F(f"\n{a}\n{b}\n", b, num(b) * m, kind, u, f"{label} Năm 2023", C23, **kw_b))
        out.append(F(f"\n{b}\n{r}\n", r, num(r), "percent", "%", f"{label} so với cùng kỳ", inherit(Y23)))
    return out


FIGS = [
    F("có 438 doanh nghiệp", "438", 438, "count", "doanh nghiệp",
      "doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin", Y23),
    F("là 196 doanh nghiệp", "196", 196, "count", "doanh nghiệp", "doanh nghiệp phần mềm và nội dung số", Y23,
      total=438),
] + cells() + [
    F("có 3 trung tâm", "3", 3, "count", "trung tâm dữ liệu", "trung tâm dữ liệu đang vận hành", CY23),
    F("số 860 tủ", "860", 860, "count", "tủ rack", "tổng số tủ rack", CY23),
    F("là 72%", "72", 72, "percent", "%", "tỷ lệ lấp đầy bình quân", CY23),
    F("tăng 12-15%", "12", 12, "percent", "%", "doanh thu phần mềm", Y24, value_max=15, status="target"),
    F("ít nhất 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp công nghệ số thu hút thêm", Y24,
      approx="at_least", status="target"),
    F("hỗ trợ 500 học viên", "500", 500, "count", "học viên", "học viên học lập trình miễn phí được hỗ trợ", Y24,
      status="target"),
]

NOTES = [
    "Department site (Sở TT&TT Cần Thơ) with no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 27 Võ Văn Tần', phone 0292.3830.415, 'Lượt truy cập: 1.204.877', 'Đang online: 52', 'năm 2024' in a link title.",
    "One-cell-per-line table: a unit column ('tỷ đồng' -> money x10^9, 'người' -> count); periods from the year columns;",
    "the 'So với cùng kỳ (%)' column gives percent figures (the ratio is the claim, no change); its period stands in the intro sentence (inherited).",
    "'Trong đó: kỹ sư phần mềm' is a part after 'trong đó' that follows its whole in the same column: total = the labour cell above.",
    "'trong đó doanh nghiệp phần mềm và nội dung số là 196 doanh nghiệp' -> total 438.",
    "'tỷ lệ lấp đầy bình quân là 72%' stands in its own ';'-clause with its own indicator: a percent figure, not an attribute of 860.",
    "'Năm 2024, Sở phấn đấu …' governs the three clauses (target); 'tăng 12-15%' is a growth rate as the claim.",
]

if __name__ == "__main__":
    write("p1315-7", TEXT, NOTES, FIGS, published=None, location="Cần Thơ")
