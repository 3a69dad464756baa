"""p1088-7: Sở Công Thương Cao Bằng site (no dateline), border-gate trade 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH CAO BẰNG
Trang chủ » Tin hoạt động » Thương mại biên giới

Kim ngạch qua các cửa khẩu năm 2024 tăng gần 30%

Năm 2024, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh Cao Bằng đạt 526,2 triệu USD, tăng 29,2% so với năm 2023 và vượt 7,4% kế hoạch; trong đó xuất khẩu đạt 198,5 triệu USD, nhập khẩu đạt 327,7 triệu USD.

Lượng phương tiện qua các cửa khẩu đạt 128.450 lượt, bình quân 352 lượt xe/ngày; số tờ khai hải quan là 41.380 tờ khai, tăng 18% so với năm trước. Thu ngân sách từ hoạt động xuất nhập khẩu đạt 612 tỷ đồng.

Có 214 doanh nghiệp tham gia hoạt động xuất nhập khẩu qua địa bàn, tăng 23 doanh nghiệp, trong đó 48 doanh nghiệp của tỉnh. Hàng tạm nhập tái xuất, chuyển khẩu đạt khoảng 1,15 triệu tấn, giảm 6,5%. Phí dịch vụ bến bãi tại các cửa khẩu bình quân 300.000 đồng/xe/ngày.

Kim ngạch qua từng cửa khẩu như sau:

Đơn vị tính: triệu USD
Cửa khẩu
Năm 2023
Năm 2024
Kế hoạch 2025
Trà Lĩnh
215,6
288,4
320
Tà Lùng
142,3
176,9
190
Lý Vạn
36,8
41,2
45
Sóc Giang
12,5
19,7
25
Tổng số
407,2
526,2
580

Năm 2025, Sở Công Thương tham mưu UBND tỉnh triển khai thí điểm cửa khẩu số tại cặp cửa khẩu Trà Lĩnh - Long Bang, phấn đấu rút ngắn 50% thời gian thông quan.

SỞ CÔNG THƯƠNG TỈNH CAO BẰNG
Địa chỉ: Số 040 Kim Đồng, phường Hợp Giang, thành phố Cao Bằng
Điện thoại: 0206.3852.415 | Fax: 0206.3852.214
Tổng lượt truy cập: 1.284.037
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("năm 2024 tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="kim ngạch qua các cửa khẩu", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 526,2 triệu USD", "526,2", 526.2e6, "money", "USD",
      change=C("increase", 29.2, baseline="năm 2023"),
      subject="tổng kim ngạch xuất nhập khẩu qua các cửa khẩu", period=Y24),
    F("vượt 7,4% kế hoạch", "7,4", 7.4, "percent", "%",
      subject="tổng kim ngạch xuất nhập khẩu vượt kế hoạch", period=Y24, optional=True),
    F("đạt 198,5 triệu USD", "198,5", 198.5e6, "money", "USD", total=526.2e6,
      subject="xuất khẩu", period=Y24),
    F("đạt 327,7 triệu USD", "327,7", 327.7e6, "money", "USD", total=526.2e6,
      subject="nhập khẩu", period=Y24),
    F("đạt 128.450 lượt", "128.450", 128450, "count", "lượt",
      subject="lượng phương tiện qua các cửa khẩu", period=I(Y24)),
    F("bình quân 352 lượt xe/ngày", "352", 352, "measure", "lượt xe/ngày",
      subject="lượng phương tiện qua các cửa khẩu bình quân", period=I(Y24)),
    F("là 41.380 tờ khai", "41.380", 41380, "count", "tờ khai",
      change=C("increase", 18, baseline="năm trước"),
      subject="số tờ khai hải quan", period=I(Y24)),
    F("Có 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp",
      change=C("increase", 23, unit="doanh nghiệp"),
      subject="doanh nghiệp tham gia hoạt động xuất nhập khẩu qua địa bàn", period=I(Y24)),
    F("trong đó 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp", total=214,
      subject="doanh nghiệp của tỉnh", period=I(Y24)),
    F("khoảng 1,15 triệu tấn", "1,15", 1.15e6, "measure", "tấn", approx="about",
      change=C("decrease", 6.5),
      subject="hàng tạm nhập tái xuất, chuyển khẩu", period=I(Y24)),
    F("bình quân 300.000 đồng/xe/ngày", "300.000", 300000, "money", "đồng/xe/ngày",
      subject="phí dịch vụ bến bãi tại các cửa khẩu"),
    F("đạt 612 tỷ đồng", "612", 612e9, "money", "đồng",
      subject="thu ngân sách từ hoạt động xuất nhập khẩu", period=I(Y24)),
]

ROWS = [("Trà Lĩnh", ["215,6", "288,4", "320"]), ("Tà Lùng", ["142,3", "176,9", "190"]),
        ("Lý Vạn", ["36,8", "41,2", "45"]), ("Sóc Giang", ["12,5", "19,7", "25"]),
        ("Tổng số", ["407,2", "526,2", "580"])]
for label, cells in ROWS:
    for j, (per, cell) in enumerate(zip((Y23, Y24, K25), cells)):
        if j == 0:
            anchor = f"{label}\n{cell}"
        elif j == 1:
            anchor = f"{cells[0]}\n{cell}"
        else:
            anchor = f"{cells[1]}\n{cell}"
        col = ("năm 2023", "năm 2024", "kế hoạch 2025")[j]
        subj = f"kim ngạch qua cửa khẩu {label} {col}" if label != "Tổng số" else f"tổng số kim ngạch qua các cửa khẩu {col}"
        value = float(cell.replace(",", ".")) * 1e6
        kw = {"status": "target"} if j == 2 else {}
        FIGS.append(F(anchor, cell, value, "money", "USD", subject=subj, period=per, **kw))

FIGS += [
    F("rút ngắn 50% thời gian", "50", 50, "percent", "%", status="target",
      subject="thời gian thông quan rút ngắn", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Sở Công Thương Cao Bằng site, no dateline; footer address, phone/fax and 'Tổng lượt truy cập: 1.284.037'.",
    "One-cell-per-line table: header Cửa khẩu / Năm 2023 / Năm 2024 / Kế hoạch 2025, 'Đơn vị tính: triệu USD', a 'Tổng số' row.",
    "Table periods come from the column headers (scored); 'Kế hoạch 2025' cells are targets. Gates stay in the subject (they are not districts).",
    "Distractors: Số 040 Kim Đồng, 0206.3852.415, 0206.3852.214, visit counter, cặp cửa khẩu Trà Lĩnh - Long Bang.",
    "'tăng 29,2% so với năm 2023 và vượt 7,4% kế hoạch': the first change is the attribute, the second a percent figure of its own (optional).",
]

if __name__ == "__main__":
    build("p1088-7", TEXT, NOTES, FIGS, location="Cao Bằng")
