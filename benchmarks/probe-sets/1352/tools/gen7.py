"""p1352-7: department site (Sở NN&PTNT Gia Lai), no dateline; one-cell-per-line table with a unit column."""
from lib import F, P, year, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH GIA LAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả sản xuất đậu xanh năm 2024

Năm 2024, dù nắng hạn kéo dài đầu vụ, sản xuất đậu xanh trên địa bàn tỉnh vẫn đạt kết quả khá. Diện tích gieo trồng đạt 6.850 ha, xếp thứ 3 trong các tỉnh Tây Nguyên; sản lượng hơn 8.600 tấn.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
So với cùng kỳ (%)
Diện tích gieo trồng
ha
6.420
6.850
106,7
Trong đó: vụ Mùa
ha
5.180
5.560
107,3
Năng suất
tạ/ha
12,4
12,6
101,6
Sản lượng
tấn
7.961
8.631
108,4

Huyện Krông Pa có diện tích lớn nhất với 2.870 ha, chiếm gần 42% diện tích toàn tỉnh. Giá đậu xanh hạt thu mua tại ruộng bình quân 29.000 đồng/kg, giảm khoảng 2.000 đồng/kg so với năm trước. Toàn tỉnh hiện có 14 hợp tác xã liên kết sản xuất đậu xanh với 3 doanh nghiệp thu mua, bao tiêu khoảng 35% sản lượng.

Năm 2025, ngành phấn đấu gieo trồng 7.000 ha đậu xanh, trong đó 1.500 ha sử dụng giống xác nhận.

Bài viết khác:
- Gia Lai: Hướng dẫn phòng trừ sâu keo mùa thu hại ngô
- Tổng kết Chương trình OCOP năm 2024

SỞ NÔNG NGHIỆP VÀ PTNT GIA LAI
Địa chỉ: 6 Trần Hưng Đạo, TP Pleiku, tỉnh Gia Lai
Điện thoại: (0269) 3824 128 | Email: snnptnt@gialai.gov.vn
Lượt truy cập: 1.204.557
"""

Y24 = year("Năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
C23 = year("Năm 2023", 2023)
C24 = year("Năm 2024", 2024)

# (row label, unit column, [2023, 2024, so với cùng kỳ], anchor prefix)
ROWS = [("diện tích gieo trồng", "ha", ["6.420", "6.850", "106,7"], "Diện tích gieo trồng\nha"),
        ("trong đó vụ Mùa", "ha", ["5.180", "5.560", "107,3"], "vụ Mùa\nha"),
        ("năng suất", "tạ/ha", ["12,4", "12,6", "101,6"], "Năng suất\ntạ/ha"),
        ("sản lượng", "tấn", ["7.961", "8.631", "108,4"], "Sản lượng\ntấn")]
WHOLE = {"5.180": 6420, "5.560": 6850}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, unit, (a, b, c), head in ROWS:
        for n, prev, col, per in ((a, head, "năm 2023", C23), (b, a, "năm 2024", C24)):
            kw = {"total": WHOLE[n]} if n in WHOLE else {}
            out.append(F(f"{prev}\n{n}", n, num(n), "measure", unit, subject=f"{label} {col}", period=per, **kw))
        out.append(F(f"{b}\n{c}", c, num(c), "percent", "%", subject=f"{label} so với cùng kỳ"))
    return out


FIGS = [
    F("đạt 6.850 ha", "6.850", 6850, "measure", "ha", subject="diện tích gieo trồng đậu xanh", period=inh(Y24)),
    F("xếp thứ 3", "3", 3, "rank", "hạng", subject="diện tích gieo trồng đậu xanh trong các tỉnh Tây Nguyên",
      period=inh(Y24)),
    F("hơn 8.600 tấn", "8.600", 8600, "measure", "tấn", approx="over", subject="sản lượng đậu xanh",
      period=inh(Y24)),
] + cells() + [
    F("với 2.870 ha", "2.870", 2870, "measure", "ha", percent=42, subject="diện tích đậu xanh",
      location="Krông Pa"),
    F("bình quân 29.000", "29.000", 29000, "money", "đồng/kg",
      change=chg("decrease", 2000, "đồng/kg", "năm trước", approx="about"),
      subject="giá đậu xanh hạt thu mua tại ruộng bình quân"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", subject="hợp tác xã liên kết sản xuất đậu xanh"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp thu mua liên kết với hợp tác xã"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="sản lượng được bao tiêu"),
    F("gieo trồng 7.000 ha", "7.000", 7000, "measure", "ha", status="target", subject="diện tích gieo trồng đậu xanh",
      period=Y25),
    F("trong đó 1.500 ha", "1.500", 1500, "measure", "ha", status="target", total=7000,
      subject="diện tích sử dụng giống xác nhận", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Gia Lai), no dateline: menu, 'Bài viết khác', footer address, phone '(0269) 3824 128', 'Lượt truy cập: 1.204.557'.",
    "Distractors: '6 Trần Hưng Đạo', phone, visitor counter, 'năm 2024' in the title and a link, 'OCOP'.",
    "One-cell-per-line table with a unit column ('Đơn vị tính' header): each row's unit comes from that column; periods from 'Năm 2023' / 'Năm 2024' (scored).",
    "'So với cùng kỳ (%)' cells are percent figures (subject: row + 'so với cùng kỳ'); the header names no period, so they get none; status actual (no 'ước' cue).",
    "'Trong đó: vụ Mùa' row -> total = the 'Diện tích gieo trồng' cell of the same column (6.420, 6.850); its percent cell gets no total.",
    "Lead figures inherit 'Năm 2024' from the previous sentence. 'xếp thứ 3 trong các tỉnh Tây Nguyên' -> rank, location Gia Lai.",
    "'Huyện Krông Pa ... 2.870 ha, chiếm gần 42%' -> percent attribute 42 (the 'gần' qualifies the share, not the area), location Krông Pa.",
    "The 29.000 đồng/kg price and its change: no period stated in its sentence.",
]

if __name__ == "__main__":
    write("p1352-7", TEXT, NOTES, FIGS, location="Gia Lai")
