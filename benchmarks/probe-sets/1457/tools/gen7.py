"""p1457-7: department site without dateline (Sở Công Thương Đồng Nai): fastener output 2023-2025, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

ROWS = [("Bu lông các loại", (31250, 35400, 38000)),
        ("Ốc vít các loại", (24800, 28150, 30500)),
        ("Đinh, đinh tán", (9630, 10240, 11000))]
TOTAL = tuple(sum(r[1][i] for r in ROWS) for i in range(3))
EXPORT = (41300, 47600, 52000)
assert TOTAL == (65680, 73790, 79500)


def vn(n):
    return f"{n:,}".replace(",", ".")


def block(label, vals):
    return "\n".join([label] + [vn(v) for v in vals])


TABLE = "\n".join([block(r[0], r[1]) for r in ROWS] + [block("Tổng số", TOTAL), block("Trong đó: xuất khẩu", EXPORT)])

TEXT = f"""SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Văn bản | Liên hệ

Ngành sản xuất bu lông, ốc vít, đinh tăng trưởng khá

Đồng Nai hiện có 42 doanh nghiệp sản xuất bu lông, ốc vít, đinh và phụ kiện kim khí, trong đó 29 doanh nghiệp FDI đến từ Đài Loan (Trung Quốc), Nhật Bản và Hàn Quốc, chủ yếu đặt tại các KCN Nhơn Trạch 3, Amata và Long Đức. Năm 2024, giá trị sản xuất của ngành ước đạt 9.400 tỷ đồng, vượt 2,2% kế hoạch năm. Chỉ số sản xuất của ngành tăng 12,8% so với năm 2023.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
{TABLE}

Lao động trong ngành khoảng 11.500 người, thu nhập bình quân 9,1 triệu đồng/người/tháng. Giá thép cuộn nguyên liệu SWCH10A, SWCH18A dao động 15.800-17.200 đồng/kg, giảm khoảng 8% so với năm 2023, giúp doanh nghiệp giảm chi phí đầu vào.

Năm 2025, ngành phấn đấu giá trị sản xuất đạt 10.500 tỷ đồng; 100% doanh nghiệp áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015.

Tin liên quan:
- Hội thảo kết nối cung cầu công nghiệp hỗ trợ năm 2024
- Đồng Nai công bố sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2, đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.218 | Lượt truy cập: 1.204.577
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]


def cells(label, vals, nxt, total=None):
    out = []
    for i, (v, (cname, p, st)) in enumerate(zip(vals, COLS)):
        after = nxt[i]
        anchor = f"{vn(v)}\n{after}"
        kw = {}
        if st:
            kw["status"] = st
        if total:
            kw["total"] = total[i]
        out.append(fig(anchor, vn(v), v, "measure", "tấn", subject=f"sản lượng {label.lower()} {cname}", period=p, **kw))
    return out


FIGS = [
    fig("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bu lông, ốc vít, đinh và phụ kiện kim khí"),
    fig("đó 29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=42, subject="doanh nghiệp FDI"),
    fig("ước đạt 9.400 tỷ", "9.400", 9400e9, "money", "đồng", status="estimate",
        change=chg("increase", 2.2, "%", "kế hoạch năm"), subject="giá trị sản xuất của ngành", period=Y24),
    fig("tăng 12,8%", "12,8", 12.8, "percent", "%", subject="chỉ số sản xuất của ngành",
        period=inh(Y24)),
]
labels = [r[0] for r in ROWS] + ["Tổng số", "Trong đó: xuất khẩu"]
values = [r[1] for r in ROWS] + [TOTAL, EXPORT]
for k, (lab, vals) in enumerate(zip(labels, values)):
    nxt = [vn(vals[1]), vn(vals[2]), labels[k + 1] if k + 1 < len(labels) else ""]
    name = "xuất khẩu" if lab.startswith("Trong đó") else lab
    FIGS += cells(name, vals, nxt, total=TOTAL if lab.startswith("Trong đó") else None)
# the very last cell has nothing after it but an empty line: anchor on what precedes it
FIGS[-1] = fig(f"{vn(EXPORT[2])}\n\nLao động", vn(EXPORT[2]), EXPORT[2], "measure", "tấn", total=TOTAL[2],
               status="target", subject="sản lượng xuất khẩu kế hoạch năm 2025", period=K25)
FIGS += [
    fig("khoảng 11.500 người", "11.500", 11500, "count", "người", approx="about", subject="lao động trong ngành"),
    fig("quân 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("15.800-17.200", "15.800", 15800, "money", "đồng/kg", value_max=17200,
        change=chg("decrease", 8, "%", "năm 2023", approx="about"),
        subject="giá thép cuộn nguyên liệu SWCH10A, SWCH18A"),
    fig("đạt 10.500 tỷ", "10.500", 10500e9, "money", "đồng", status="target", subject="giá trị sản xuất của ngành",
        period=Y25),
    fig("; 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. No published date.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are products (subject = row + column), period from the column header (scored);",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. The 'Trong đó: xuất khẩu' sub-row is part of 'Tổng số' in the same",
    "column (same thing, same period), so its cells take that column's Tổng số as total; other cells get no total.",
    "'ước đạt 9.400 tỷ đồng, vượt 2,2% kế hoạch năm' → estimate with a plan-gap change. 'Chỉ số sản xuất … tăng 12,8%' is its own sentence:",
    "a growth rate as the claim (percent, no change), period năm 2024 inherited from the sentence before.",
    "'Năm 2025, ngành phấn đấu … ; 100% doanh nghiệp …' → target for both clauses. 'hiện', labour and price figures: no period.",
    "Distractors: 'KCN Nhơn Trạch 3', 'SWCH10A, SWCH18A', 'ISO 9001:2015', 'Số 2, đường Nguyễn Văn Trị', 0251.3822.218, 'Lượt truy cập: 1.204.577',",
    "'năm 2024' in a related-link title (page furniture).",
]

if __name__ == "__main__":
    write("p1457-7", TEXT, NOTES, FIGS, location="Đồng Nai")
