"""p1356-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table of power sales."""
from lib import fig, per, inh, chg, write

ROWS = [("Công nghiệp - Xây dựng", ["11.845", "12.790", "13.650", "108,0"]),
        ("Quản lý và tiêu dùng dân cư", ["3.062", "3.488", "3.760", "113,9"]),
        ("Thương mại - Dịch vụ", ["612", "701", "755", "114,5"]),
        ("Nông, lâm nghiệp, thủy sản", ["188", "203", "215", "108,0"]),
        ("Hoạt động khác", ["293", "318", "340", "108,5"]),
        ("Tổng cộng", ["16.000", "17.500", "18.720", "109,4"])]
COLS = ["Năm 2023", "Ước thực hiện năm 2024", "Kế hoạch năm 2025", "Ước 2024 so với cùng kỳ (%)"]

TABLE = "\n".join(["Thành phần"] + COLS + [x for label, nums in ROWS for x in [label] + nums])

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Nắng nóng kéo dài, tiêu thụ điện của Đồng Nai tăng cao

Những tháng cao điểm mùa khô năm 2024, nắng nóng kéo dài khiến nhu cầu dùng điện trên địa bàn tỉnh tăng mạnh. Riêng tháng 4/2024, điện thương phẩm đạt 1,52 tỷ kWh, tăng 16,3% so với tháng 4/2023; công suất cực đại có thời điểm lên 2.870 MW.

Điện thương phẩm theo thành phần phụ tải
Đơn vị tính: triệu kWh
""" + TABLE + """

Để bảo đảm cung ứng điện, Công ty Điện lực Đồng Nai đã đầu tư 126 công trình lưới điện, gồm 18 công trình 110 kV và 108 công trình trung, hạ thế, với tổng vốn hơn 1.100 tỷ đồng; vận động khoảng 2.400 khách hàng lớn tham gia chương trình điều chỉnh phụ tải. Công suất tiết giảm được vào giờ cao điểm đạt 85 MW. Mục tiêu đến năm 2030, điện năng tiết kiệm đạt tối thiểu 5% tổng điện năng tiêu thụ.

Bài viết khác:
- Đồng Nai kiểm tra an toàn điện tại các khu công nghiệp
- Hội nghị triển khai Luật Điện lực (sửa đổi)

Bản quyền thuộc Sở Công Thương tỉnh Đồng Nai
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.257
Lượt truy cập: 3.127.504 | Đang trực tuyến: 58
"""

APR = per("Riêng tháng 4/2024", "2024-04-01", "2024-04-30")
T2030 = per("đến năm 2030", None, "2030-12-31")
CP = {"Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
      "Ước thực hiện năm 2024": (per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
      "Kế hoạch năm 2025": (per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target"),
      "Ước 2024 so với cùng kỳ (%)": (per("Ước 2024 so với cùng kỳ (%)", "2024-01-01", "2024-12-31"),
                                      "estimate")}


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            p, st = CP[col]
            kw = {"status": st} if st else {}
            if col.endswith("(%)"):
                out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"{label} {col}", period=p, **kw))
            else:
                out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e6, "measure", "kWh",
                               subject=f"điện thương phẩm {label} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("đạt 1,52 tỷ", "1,52", 1.52e9, "measure", "kWh", change=chg("increase", 16.3, "%", "tháng 4/2023"),
        subject="điện thương phẩm", period=APR),
    fig("lên 2.870 MW", "2.870", 2870, "measure", "MW", subject="công suất cực đại", period=APR),
] + cells() + [
    fig("đầu tư 126 công trình", "126", 126, "count", "công trình", subject="công trình lưới điện"),
    fig("gồm 18 công trình", "18", 18, "count", "công trình", total=126, subject="công trình 110 kV"),
    fig("và 108 công trình", "108", 108, "count", "công trình", total=126, subject="công trình trung, hạ thế"),
    fig("hơn 1.100 tỷ", "1.100", 1.1e12, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư công trình lưới điện"),
    fig("khoảng 2.400 khách hàng", "2.400", 2400, "count", "khách hàng", approx="about",
        subject="khách hàng lớn tham gia chương trình điều chỉnh phụ tải"),
    fig("đạt 85 MW", "85", 85, "measure", "MW", subject="công suất tiết giảm được vào giờ cao điểm"),
    fig("tối thiểu 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="điện năng tiết kiệm trong tổng điện năng tiêu thụ", period=T2030),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 3.127.504 | Đang trực tuyến: 58'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu kWh' (multiplier applied: 11.845 = 11 845 000 000 kWh); columns Năm 2023 / Ước thực hiện năm 2024 (estimate) / Kế hoạch năm 2025 (target) / 'Ước 2024 so với cùng kỳ (%)' (percent, estimate, period 2024).",
    "Row labels are load components (not places): subject = row label + column label; location Đồng Nai. Table cells get no total.",
    "Distractors: 'tháng 4/2023' (baseline), '110 kV' (voltage class in a name), 'Số 2 Nguyễn Văn Trị', phone, visitor counters, 'Luật Điện lực (sửa đổi)'.",
    "'gồm 18 công trình 110 kV và 108 công trình trung, hạ thế' follows 126 công trình: total 126 (18 + 108 = 126).",
    "'Mục tiêu đến năm 2030 ... tối thiểu 5%': target, at_least, period end 2030-12-31 with start null. published = null (no dateline).",
]

if __name__ == "__main__":
    write("p1356-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
