from lib import write, P

A = """UBND THỊ XÃ PHÚ MỸ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Kinh tế

Phú Mỹ: Số doanh nghiệp thành lập mới năm 2023 tăng 15,1%

Phòng Tài chính - Kế hoạch thị xã cho biết, năm 2023 công tác đăng ký kinh doanh trên địa bàn tiếp tục chuyển biến tích cực. Số doanh nghiệp và vốn đăng ký đều tăng so với năm 2022; đáng chú ý, số hộ kinh doanh chuyển lên doanh nghiệp tăng gần gấp đôi.

Kết quả đăng ký kinh doanh của thị xã

Chỉ tiêu

Năm 2022

Năm 2023

Năm 2023 so với năm 2022 (%)

Doanh nghiệp thành lập mới (doanh nghiệp)

186

214

115,1

Vốn đăng ký (tỷ đồng)

2.347

3.105,6

132,3

Hộ kinh doanh đăng ký mới (hộ)

1.052

1.198

113,9

Hộ kinh doanh chuyển lên doanh nghiệp (doanh nghiệp)

9

17

188,9

Hộ kinh doanh tạm ngừng, chấm dứt hoạt động (hộ)

436

389

89,2

Lũy kế đến 31/12/2023, thị xã có 1.486 doanh nghiệp đang hoạt động với vốn đăng ký trên 38.600 tỷ đồng và 9.215 hộ kinh doanh.

Trong năm, thị xã tổ chức 4 hội nghị đối thoại với doanh nghiệp, hộ kinh doanh; hướng dẫn 320 hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Năm 2024, thị xã phấn đấu có ít nhất 230 doanh nghiệp thành lập mới; từ 20 hộ kinh doanh trở lên chuyển lên doanh nghiệp. Bộ phận Một cửa thị xã đặt tại Trung tâm Hành chính, đường 30/4, phường Phú Mỹ.

Thanh Tâm
12/01/2024
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ROWS = [("Doanh nghiệp thành lập mới", "count", "doanh nghiệp", 1, ["186", "214", "115,1"]),
        ("Vốn đăng ký", "money", "đồng", 1e9, ["2.347", "3.105,6", "132,3"]),
        ("Hộ kinh doanh đăng ký mới", "count", "hộ", 1, ["1.052", "1.198", "113,9"]),
        ("Hộ kinh doanh chuyển lên doanh nghiệp", "count", "doanh nghiệp", 1, ["9", "17", "188,9"]),
        ("Hộ kinh doanh tạm ngừng, chấm dứt hoạt động", "count", "hộ", 1, ["436", "389", "89,2"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


F = [
    dict(anchor="năm 2023 tăng 15,1%", number="15,1", value=15.1, kind="percent", unit="%",
         subject="Số doanh nghiệp thành lập mới", period=Y23),
    dict(anchor="tăng gần gấp đôi", number="đôi", value=2, kind="multiple", unit="lần", approx="nearly",
         subject="số hộ kinh doanh chuyển lên doanh nghiệp", period=P("năm 2023", "2023-01-01", "2023-12-31", True)),
]
for label, kind, unit, mult, cells in ROWS:
    full = {"(doanh nghiệp)": "", }
    a0 = f"{label} ("
    # cells follow the row label, one per line
    block = A[A.index(a0):]
    c22, c23, cmp_ = cells
    F.append(dict(anchor=f")\n\n{c22}\n\n{c23}\n", number=c22, value=num(c22) * mult, kind=kind, unit=unit,
                  subject=f"{label} năm 2022", period=Y22))
    F.append(dict(anchor=f"\n\n{c23}\n\n{cmp_}\n", number=c23, value=num(c23) * mult, kind=kind, unit=unit,
                  subject=f"{label} năm 2023", period=Y23))
    F.append(dict(anchor=f"\n{cmp_}\n\n", number=cmp_, value=num(cmp_), kind="percent", unit="%",
                  subject=f"{label} năm 2023 so với năm 2022", period=Y23))

F += [
    dict(anchor="có 1.486 doanh nghiệp", number="1.486", value=1486, kind="count", unit="doanh nghiệp",
         subject="doanh nghiệp đang hoạt động", period=P("Lũy kế đến 31/12/2023", None, "2023-12-31")),
    dict(anchor="trên 38.600 tỷ đồng", number="38.600", value=38600e9, kind="money", unit="đồng", approx="over",
         subject="vốn đăng ký của doanh nghiệp đang hoạt động", period=P("Lũy kế đến 31/12/2023", None, "2023-12-31")),
    dict(anchor="và 9.215 hộ", number="9.215", value=9215, kind="count", unit="hộ kinh doanh",
         subject="hộ kinh doanh", period=P("Lũy kế đến 31/12/2023", None, "2023-12-31")),
    dict(anchor="tổ chức 4 hội nghị", number="4", value=4, kind="count", unit="hội nghị",
         subject="hội nghị đối thoại với doanh nghiệp, hộ kinh doanh", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    dict(anchor="hướng dẫn 320 hộ", number="320", value=320, kind="count", unit="hộ kinh doanh",
         subject="hộ kinh doanh được hướng dẫn sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
         period=P("Trong năm", "2023-01-01", "2023-12-31")),
    dict(anchor="ít nhất 230 doanh nghiệp", number="230", value=230, kind="count", unit="doanh nghiệp",
         approx="at_least", status="target", subject="doanh nghiệp thành lập mới",
         period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="từ 20 hộ kinh doanh trở lên", number="20", value=20, kind="count", unit="hộ kinh doanh",
         approx="at_least", status="target", subject="hộ kinh doanh chuyển lên doanh nghiệp",
         period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

write("p352-6", A, F, [
    "District-level portal (UBND thị xã Phú Mỹ, Bà Rịa - Vũng Tàu): đăng ký kinh doanh năm 2023. No dateline at the top; byline and bare date '12/01/2024' at the end.",
    "One-cell-per-line table: columns Năm 2022 | Năm 2023 | 'Năm 2023 so với năm 2022 (%)'; unit and multiplier from each row label's bracket",
    "('(tỷ đồng)' makes 2.347 = 2,347·10^12 đồng). Period from the column header (stated, scored); the comparison column is a 2023 percent.",
    "Headline 'tăng 15,1%' is a growth rate standing as the claim: percent, no change. 'tăng gần gấp đôi' with no base amount: a multiple (2, nearly).",
    "Distractors: 'đường 30/4' (street name), bare date, byline. 'Trong năm' in a 2023 annual article = 2023. 'ít nhất' / 'từ … trở lên' = at_least.",
], published="2024-01-12", location="Phú Mỹ")
