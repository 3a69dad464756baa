"""p1561-7: department site without dateline (Sở Công Thương Hưng Yên): output of watering equipment, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

HEAD = ["Sản phẩm", "Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("Vòi phun tưới cầm tay", "3.850", "4.320", "112,2", "4.800"),
        ("Béc tưới phun mưa", "5.210", "6.040", "115,9", "6.700"),
        ("Khớp nối nhanh ống tưới", "7.400", "8.050", "108,8", "8.600"),
        ("Tổng số", "16.460", "18.410", "111,8", "20.100"),
        ("Trong đó: xuất khẩu", "9.870", "11.260", "114,1", "12.500")]
CELLS = "\n".join(HEAD) + "\n" + "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Sản xuất thiết bị tưới cây trên địa bàn tỉnh tăng trưởng khá

Hưng Yên hiện có 12 doanh nghiệp sản xuất ống nhựa mềm, vòi tưới và phụ kiện tưới cây, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức, sử dụng khoảng 2.600 lao động. Năm 2024, giá trị sản xuất của nhóm ngành ước đạt 1.450 tỷ đồng, tăng 12,4% so với năm 2023.

Kết quả sản xuất một số sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
""" + CELLS + """

Giá bán buôn vòi phun tưới cầm tay phổ biến từ 35.000 đến 90.000 đồng/chiếc. Năm 2025, Sở Công Thương phấn đấu hỗ trợ ít nhất 3 doanh nghiệp của ngành tham gia Chương trình Thương hiệu quốc gia, nâng tỷ lệ nội địa hóa linh kiện lên trên 70%.

Tin liên quan:
- Hưng Yên: doanh nghiệp tham gia Hội chợ Vietnam Expo 2024
- Kết nối giao thương giữa doanh nghiệp Hưng Yên và Hàn Quốc

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP Hưng Yên
Điện thoại: 0221.3862.315
Lượt truy cập: 1.204.557 | Đang online: 23
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
P25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table():
    out = []
    total_row = ROWS[3]
    for label, a, b, pct, c in ROWS:
        part = label.startswith("Trong đó")
        lab = {"Tổng số": "tổng số sản phẩm chủ yếu", "Trong đó: xuất khẩu": "sản phẩm xuất khẩu"}.get(label, label)
        tot = (lambda i: {"total": num(total_row[i]) * 1e3}) if part else (lambda i: {})
        out.append(fig(f"{label}\n{a}\n", a, num(a) * 1e3, "count", "chiếc",
                       subject=f"{lab} năm 2023", period=Y23, **tot(1)))
        out.append(fig(f"\n{a}\n{b}\n", b, num(b) * 1e3, "count", "chiếc", status="estimate",
                       subject=f"{lab} ước thực hiện 2024", period=E24, **tot(2)))
        out.append(fig(f"\n{b}\n{pct}\n", pct, num(pct), "percent", "%",
                       subject=f"{lab} so với cùng kỳ", period=inh(Y24)))
        out.append(fig(f"\n{pct}\n{c}", c, num(c) * 1e3, "count", "chiếc", status="target",
                       subject=f"{lab} kế hoạch 2025", period=P25, **tot(4)))
    return out


FIGS = [
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất ống nhựa mềm, vòi tưới và phụ kiện tưới cây"),
    fig("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất thiết bị tưới sử dụng"),
    fig("ước đạt 1.450 tỷ", "1.450", 1450e9, "money", "đồng", status="estimate",
        change=chg("increase", 12.4, "%", "năm 2023"),
        subject="giá trị sản xuất của nhóm ngành", period=Y24),
] + table() + [
    fig("từ 35.000 đến 90.000", "35.000", 35000, "money", "đồng/chiếc", value_max=90000,
        subject="giá bán buôn vòi phun tưới cầm tay"),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp của ngành được hỗ trợ tham gia Chương trình Thương hiệu quốc gia", period=Y25),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang online'. published = none.",
    "Distractors: 'Thăng Long II', 'Phố Nối A', 'Số 437', phone 0221.3862.315, 'Lượt truy cập: 1.204.557', 'Đang online: 23', 'Vietnam Expo 2024';",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc': 3.850 = 3 850 000 chiếc; columns Năm 2023 / Ước thực hiện 2024 (estimate) / So với cùng kỳ (%) / Kế hoạch 2025 (target).",
    "'So với cùng kỳ (%)' cells are percent figures of their own (every numeric cell is a figure); the header has no period and no status cue: period 2024 inherited (not scored), status actual.",
    "'Trong đó: xuất khẩu' row is a part of 'Tổng số': total = the Tổng số cell of the same column (quantity columns only; borderline, the spec's 'trong đó' rule applied to a table row). Subjects: row label + column label.",
    "'Năm 2025, Sở Công Thương phấn đấu ...' governs both clauses (target, 2025).",
]

if __name__ == "__main__":
    write("p1561-7", TEXT, NOTES, FIGS, location="Hưng Yên")
