"""p1537-7: department site (Sở Công Thương Hưng Yên), no dateline; one-cell-per-line table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản lượng ví da, thắt lưng da năm 2024 ước đạt gần 7,9 triệu chiếc

Theo Sở Công Thương, năm 2024 sản lượng ví da, thắt lưng da trên địa bàn tỉnh Hưng Yên ước đạt 7,92 triệu chiếc, tăng 9,2% so với năm 2023. Toàn tỉnh có 23 doanh nghiệp sản xuất đồ da, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Phố Nối A và Thăng Long II.

Sản lượng ví da, thắt lưng da phân theo địa phương
Đơn vị tính: nghìn chiếc
Địa phương
Năm 2022
Năm 2023
Ước thực hiện 2024
Thị xã Mỹ Hào
3.450
3.820
4.160
Huyện Văn Lâm
2.180
2.390
2.610
Huyện Yên Mỹ
960
1.040
1.150
Tổng số
6.590
7.250
7.920

Giá trị sản xuất của ngành ước đạt 2.150 tỷ đồng, chiếm khoảng 1,4% giá trị sản xuất công nghiệp toàn tỉnh. Năm 2025, Sở đặt mục tiêu sản lượng ví da, thắt lưng da đạt 8,5 triệu chiếc, trong đó hàng xuất khẩu chiếm trên 80%.

Tin cùng chuyên mục:
- Hướng dẫn thực hiện Nghị định số 31/2018/NĐ-CP về xuất xứ hàng hóa
- Hội chợ Công Thương vùng đồng bằng sông Hồng lần thứ 12

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên
Điện thoại: 0221.3862.455
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

Y24H = period("năm 2024", "2024-01-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2022", period("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate")]
ROWS = [("Thị xã Mỹ Hào", "Mỹ Hào", ["3.450", "3.820", "4.160"]),
        ("Huyện Văn Lâm", "Văn Lâm", ["2.180", "2.390", "2.610"]),
        ("Huyện Yên Mỹ", "Yên Mỹ", ["960", "1.040", "1.150"]),
        ("Tổng số", "Hưng Yên", ["6.590", "7.250", "7.920"])]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for (col, per, st), cell in zip(COLS, cells):
            anchor = f"{prev}\n{cell}\n"
            prev = cell
            kw = {"status": st} if st else {}
            subj = "sản lượng ví da, thắt lưng da " + ("tổng số " if label == "Tổng số" else "") + col
            out.append(F(anchor, cell, float(cell.replace(".", "")) * 1e3, "count", "chiếc",
                         subject=subj, period=per, location=place, **kw))
    return out


FIGS = [
    F("gần 7,9 triệu", "7,9", 7.9e6, "count", "chiếc", approx="nearly", status="estimate",
      subject="sản lượng ví da, thắt lưng da", period=Y24H),
    F("ước đạt 7,92 triệu", "7,92", 7.92e6, "count", "chiếc", status="estimate",
      change=change("increase", 9.2, "%", "năm 2023"),
      subject="sản lượng ví da, thắt lưng da", period=Y24),
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ da"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=23,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    *table(),
    F("ước đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="estimate", percent=1.4,
      subject="giá trị sản xuất của ngành", period=inherit(Y24)),
    F("đạt 8,5 triệu", "8,5", 8.5e6, "count", "chiếc", status="target",
      subject="sản lượng ví da, thắt lưng da", period=Y25),
    F("chiếm trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="hàng xuất khẩu", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên) without a dateline: menu, related links, footer with address, phone, 'Lượt truy cập', 'Đang truy cập'. published = none.",
    "One-cell-per-line table with a place column, 'Đơn vị tính: nghìn chiếc': cells ×1000 chiếc; the row's place is the location (Mỹ Hào, Văn Lâm, Yên Mỹ), the 'Tổng số' row is the province; period and status from the column header.",
    "Headline 'năm 2024 ước đạt gần 7,9 triệu chiếc' is its own figure (estimate, nearly). Year-less 'Giá trị sản xuất ... ước đạt 2.150 tỷ' has no period in its sentence: 2024 is inherited from the first paragraph (not scored).",
    "'trong đó 9 doanh nghiệp' takes total 23. 'trong đó hàng xuất khẩu chiếm trên 80%' is a percent figure of its own (target, over), governed by 'đặt mục tiêu'.",
    "Distractors: 'Phố Nối A', 'Thăng Long II', Nghị định số 31/2018/NĐ-CP, 'lần thứ 12', 'Số 6 đường Chùa Chuông', phone 0221.3862.455, Lượt truy cập 1.204.377, Đang truy cập 52.",
]

if __name__ == "__main__":
    write("p1537-7", TEXT, NOTES, FIGS, location="Hưng Yên")
