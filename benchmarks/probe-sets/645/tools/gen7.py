from lib import emit, fig, per, chg

ROWS = [("Móng Cái", "62,5", "80", "95"), ("Hải Hà", "41", "55,3", "60"), ("Đầm Hà", "38,2", "47", "50"),
        ("Tiên Yên", "25", "31,7", "40"), ("Quảng Yên", "70,8", "92", "110"), ("Tổng số", "237,5", "306", "355")]
TABLE = "\n".join(["Địa phương", "Năm 2022", "Năm 2023", "Kế hoạch 2024"] + [x for r in ROWS for x in r])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Chi cục Kiểm lâm > Tin hoạt động

Quảng Ninh trồng 306 ha rừng ngập mặn trong năm 2023

Năm 2023, toàn tỉnh trồng được 306 ha rừng ngập mặn, tăng 28,8% so với năm 2022; tỷ lệ cây sống đạt 83,6%. Kinh phí trồng rừng năm 2023 là 21,4 tỷ đồng, bình quân 70 triệu đồng/ha. Các loài cây chủ yếu là đâng, trang, vẹt dù, trồng trên các bãi triều ven biển và cửa sông. Kết quả theo địa phương như sau:

Bảng 1. Diện tích trồng rừng ngập mặn
Đơn vị tính: ha

""" + TABLE + """

Kế hoạch năm 2024, tỉnh trồng 355 ha, tăng 16% so với năm 2023, tập trung tại thị xã Quảng Yên và thành phố Móng Cái. Hiện nay, đai rừng ngập mặn của tỉnh đang che chắn cho 185 km đê biển và khoảng 35.000 hộ dân vùng ven biển, góp phần giảm thiệt hại do bão, nước dâng.

Chi cục Kiểm lâm đề nghị các địa phương chủ động bố trí quỹ đất, lựa chọn loài cây phù hợp và tăng cường tuần tra, bảo vệ diện tích rừng mới trồng.

Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP. Hạ Long
Điện thoại: 0203.3835.588
Lượt truy cập: 1.204.377
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    fig("trồng 306 ha rừng ngập mặn trong", "306", 306, "measure", "ha", "rừng ngập mặn trồng",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("trồng được 306 ha", "306", 306, "measure", "ha", "rừng ngập mặn trồng được", Y23,
        change=chg("increase", 28.8, "%", "năm 2022")),
    fig("đạt 83,6%", "83,6", 83.6, "percent", "%", "tỷ lệ cây sống", Y23),
    fig("là 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "Kinh phí trồng rừng",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("70 triệu đồng/ha", "70", 70e6, "money", "đồng/ha", "Kinh phí trồng rừng bình quân",
        per("năm 2023", "2023-01-01", "2023-12-31")),
]
for label, a, b, c in ROWS:
    loc = None if label == "Tổng số" else label
    pre = "Tổng số " if label == "Tổng số" else ""
    cells = [
        fig(f"{label}\n{a}", a, num(a), "measure", "ha", f"{pre}Diện tích trồng rừng ngập mặn năm 2022", Y22),
        fig(f"{a}\n{b}", b, num(b), "measure", "ha", f"{pre}Diện tích trồng rừng ngập mặn năm 2023", Y23),
        fig(f"{b}\n{c}", c, num(c), "measure", "ha", f"{pre}Diện tích trồng rừng ngập mặn kế hoạch 2024", K24,
            status="target"),
    ]
    if loc:
        for f in cells:
            f["location"] = loc
    FIGS += cells
FIGS += [
    fig("trồng 355 ha", "355", 355, "measure", "ha", "rừng ngập mặn trồng",
        per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target",
        change=chg("increase", 16, "%", "năm 2023")),
    fig("185 km", "185", 185, "measure", "km", "đê biển được đai rừng ngập mặn che chắn"),
    fig("khoảng 35.000 hộ", "35.000", 35000, "count", "hộ dân", "hộ dân vùng ven biển được đai rừng ngập mặn che chắn",
        approx="about"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Quảng Ninh / Chi cục Kiểm lâm), no dateline, footer with address, phone and 'Lượt truy cập: 1.204.377'.",
    "One-cell-per-line table 'Bảng 1' with 'Đơn vị tính: ha' and columns Năm 2022 | Năm 2023 | Kế hoạch 2024: every cell a figure,",
    "period from the column header (scored), 'Kế hoạch 2024' → target; district rows → location, 'Tổng số' row → Quảng Ninh; no totals.",
    "'Tầng 5', 'Trụ sở Liên cơ quan số 3', 'Bảng 1' are not figures. 'Hiện nay' gives no period.",
]

if __name__ == "__main__":
    emit("p645-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")
