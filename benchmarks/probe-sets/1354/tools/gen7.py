"""p1354-7: department site (Sở NN&PTNT Hải Phòng), no dateline, one-cell-per-line table by vegetable group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HẢI PHÒNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản xuất rau an toàn năm 2024 tăng trên 4%

Năm 2024, sản lượng rau an toàn toàn thành phố ước đạt 31.710 tấn, tăng 4,1% so với năm 2023. Diện tích gieo trồng rau an toàn ước 1.460 ha, trong đó 215 ha trồng trong nhà màng, nhà lưới. Các vùng rau tập trung ở huyện An Dương, Thủy Nguyên và quận Kiến An. Tại huyện An Dương, HTX Nông nghiệp Xanh Đặng Cương cung ứng bình quân 12 tấn rau mỗi ngày cho bếp ăn tập thể và siêu thị, giá bán buôn 18.000-25.000 đồng/kg.

Sản lượng rau an toàn phân theo nhóm
Đơn vị tính: tấn
Nhóm rau
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Rau ăn lá
18.450
19.320
104,7
Rau ăn quả
9.870
10.150
102,8
Rau gia vị
2.130
2.240
105,2
Tổng số
30.450
31.710
104,1
Trong đó: đạt VietGAP
6.200
7.050
113,7

Ở khu vực nội thành, phong trào trồng rau trên sân thượng phát triển với khoảng 2.400 hộ tham gia, tập trung tại các quận Lê Chân, Ngô Quyền. Năm 2025, Sở phấn đấu nâng diện tích rau an toàn lên 1.550 ha, trong đó diện tích đạt VietGAP chiếm 25%.

Tin cùng chuyên mục:
- Hội nghị tổng kết sản xuất vụ Đông 2024
- Hướng dẫn phòng trừ sâu bệnh hại rau vụ Xuân

Sở Nông nghiệp và PTNT Hải Phòng - Số 2 Lý Tự Trọng, quận Hồng Bàng
Điện thoại: 0225.3842.510 | Lượt truy cập: 1.204.377
"""

H24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ", inh(E24), None)]
ROWS = [("Rau ăn lá", "rau ăn lá", ["18.450", "19.320", "104,7"], None),
        ("Rau ăn quả", "rau ăn quả", ["9.870", "10.150", "102,8"], None),
        ("Rau gia vị", "rau gia vị", ["2.130", "2.240", "105,2"], None),
        ("Tổng số", "tổng số", ["30.450", "31.710", "104,1"], None),
        ("Trong đó: đạt VietGAP", "đạt VietGAP", ["6.200", "7.050", "113,7"], [30450, 31710])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, row, nums, totals in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if i == 2:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%",
                             subject=f"sản lượng {row} so với cùng kỳ", period=p, **kw))
        else:
            if totals:
                kw["total"] = totals[i]
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "measure", "tấn",
                             subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("tăng trên 4%", "4", 4, "percent", "%", approx="over", subject="sản xuất rau an toàn", period=H24),
    fig("ước đạt 31.710", "31.710", 31710, "measure", "tấn", status="estimate",
        change=chg("increase", 4.1, "%", "năm 2023"), subject="sản lượng rau an toàn", period=Y24),
    fig("ước 1.460 ha", "1.460", 1460, "measure", "ha", status="estimate",
        subject="diện tích gieo trồng rau an toàn", period=inh(Y24)),
    fig("trong đó 215 ha", "215", 215, "measure", "ha", status="estimate", total=1460,
        subject="diện tích rau an toàn trồng trong nhà màng, nhà lưới", period=inh(Y24)),
    fig("bình quân 12 tấn", "12", 12, "measure", "tấn/ngày",
        subject="rau HTX Nông nghiệp Xanh Đặng Cương cung ứng mỗi ngày", location="An Dương"),
    fig("buôn 18.000-25.000", "18.000", 18000, "money", "đồng/kg", value_max=25000,
        subject="giá bán buôn rau", location="An Dương"),
] + CELLS + [
    fig("khoảng 2.400 hộ", "2.400", 2400, "count", "hộ", approx="about",
        subject="hộ tham gia trồng rau trên sân thượng"),
    fig("lên 1.550 ha", "1.550", 1550, "measure", "ha", status="target",
        subject="diện tích rau an toàn", period=Y25),
    fig("chiếm 25%", "25", 25, "percent", "%", status="target",
        subject="diện tích đạt VietGAP", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Hải Phòng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. Location Hải Phòng.",
    "Distractors: 'vụ Đông 2024', 'Số 2 Lý Tự Trọng', phone 0225.3842.510, 'Lượt truy cập: 1.204.377'.",
    "Headline 'tăng trên 4%' is a growth rate as the claim: percent, over, no change; period 'năm 2024' from the headline.",
    "'ước 1.460 ha, trong đó 215 ha' → total 1.460, estimate carried to the part; period inherited from 'Năm 2024' of the previous sentence.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = caption indicator + row + column; period and status from the column header.",
    "'So với cùng kỳ (%)' cells are percent figures (every numeric cell is a figure); their header has no year and no status cue:",
    "status actual by the letter of the spec, period 2024 inherited (not scored). 'Trong đó: đạt VietGAP' cells take the 'Tổng số' cell of their column as total.",
    "'Năm 2025, Sở phấn đấu ... 1.550 ha, trong đó diện tích đạt VietGAP chiếm 25%' → both target; 25% is a percent figure (no base amount in its clause).",
]

if __name__ == "__main__":
    write("p1354-7", TEXT, NOTES, FIGS, location="Hải Phòng")
