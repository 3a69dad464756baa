"""p1546-6: department site (Sở Công Thương Vĩnh Phúc), no dateline: helmet output, one-cell-per-line table by type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản xuất mũ bảo hiểm hướng tới thị trường xuất khẩu

Vĩnh Phúc hiện có 6 doanh nghiệp sản xuất mũ bảo hiểm, chủ yếu cung ứng cho các hãng xe máy và xuất khẩu. Năm 2024, sản lượng mũ bảo hiểm toàn tỉnh ước đạt 3,05 triệu chiếc, tăng 7,4% so với năm 2023; kim ngạch xuất khẩu ước khoảng 18,6 triệu USD.

Sản lượng mũ bảo hiểm theo chủng loại
Đơn vị tính: nghìn chiếc
Chủng loại
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Mũ nửa đầu
1.426
1.498
1.550
Mũ 3/4 đầu
987
1.064
1.150
Mũ cả đầu (fullface)
215
248
300
Mũ trẻ em
212
240
280
Tổng số
2.840
3.050
3.280
Trong đó: xuất khẩu
1.105
1.236
1.400

Các doanh nghiệp sử dụng khoảng 2.100 lao động, trong đó lao động nữ chiếm gần 65%. Giá xuất khẩu bình quân đạt 15,2 USD/chiếc, cao hơn 1,3 USD so với năm 2023.

Năm 2025, Sở Công Thương phấn đấu cùng các doanh nghiệp tham gia ít nhất 3 hội chợ quốc tế, đưa kim ngạch xuất khẩu mũ bảo hiểm lên 22 triệu USD.

Tin liên quan:
- Vĩnh Phúc: Chỉ số sản xuất công nghiệp quý III tăng khá
- Hội nghị gặp mặt doanh nghiệp FDI

SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Địa chỉ: Số 38 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên
Điện thoại: 0211.3862.404 | Email: sct@vinhphuc.gov.vn
Lượt truy cập: 1.204.577
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Mũ nửa đầu", "sản lượng mũ nửa đầu", ["1.426", "1.498", "1.550"]),
        ("Mũ 3/4 đầu", "sản lượng mũ 3/4 đầu", ["987", "1.064", "1.150"]),
        ("Mũ cả đầu (fullface)", "sản lượng mũ cả đầu (fullface)", ["215", "248", "300"]),
        ("Mũ trẻ em", "sản lượng mũ trẻ em", ["212", "240", "280"]),
        ("Tổng số", "tổng số sản lượng mũ bảo hiểm", ["2.840", "3.050", "3.280"]),
        ("Trong đó: xuất khẩu", "sản lượng mũ bảo hiểm xuất khẩu", ["1.105", "1.236", "1.400"])]
TOTALS = [2840e3, 3050e3, 3280e3]


def num(s):
    return float(s.replace(".", ""))


CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for i, ((cname, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        CELLS.append(fig(f"{prev}\n{n}\n", n, num(n) * 1e3, "count", "chiếc",
                         subject=f"{subj} {cname}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất mũ bảo hiểm"),
    fig("ước đạt 3,05 triệu", "3,05", 3.05e6, "count", "chiếc", status="estimate",
        change=chg("increase", 7.4, "%", "năm 2023"), subject="sản lượng mũ bảo hiểm toàn tỉnh", period=Y24),
    fig("ước khoảng 18,6 triệu", "18,6", 18.6e6, "money", "USD", approx="about", status="estimate",
        subject="kim ngạch xuất khẩu", period=Y24),
] + CELLS + [
    fig("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("chiếm gần 65%", "65", 65, "percent", "%", approx="nearly", subject="lao động nữ"),
    fig("đạt 15,2 USD/chiếc", "15,2", 15.2, "money", "USD/chiếc", change=chg("increase", 1.3, "USD", "năm 2023"),
        subject="giá xuất khẩu bình quân"),
    fig("ít nhất 3 hội chợ", "3", 3, "count", "hội chợ", approx="at_least", status="target",
        subject="hội chợ quốc tế tham gia", period=Y25),
    fig("lên 22 triệu", "22", 22e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu mũ bảo hiểm", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Vĩnh Phúc), no dateline: menu, related links, footer with address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: product types 'Mũ nửa đầu' and 'Mũ 3/4 đầu' (table row labels), 'quý III' in a link, 'Số 38 đường Nguyễn Trãi',",
    "phone 0211.3862.404, 'Lượt truy cập: 1.204.577', baselines 'năm 2023'.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (1.426 = 1 426 000 chiếc): subject = row label + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: xuất khẩu' follows the 'Tổng số' row: a part after 'trong đó' that follows the whole, so its cells take the",
    "'Tổng số' cell of the same column as total (FIGURES.md, parts of a whole). The type rows stand before 'Tổng số': no total.",
    "'trong đó lao động nữ chiếm gần 65%': percent figure of its own. 'cao hơn 1,3 USD so với năm 2023' → change in USD.",
    "The export price has no period in its sentence. No place but the province: location Vĩnh Phúc throughout; no published date.",
]

if __name__ == "__main__":
    write("p1546-6", TEXT, NOTES, FIGS, location="Vĩnh Phúc")
