"""p1118-3: formal report, UBND tỉnh Điện Biên: brocade weaving and indigo dyeing 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả bảo tồn, phát triển nghề dệt thổ cẩm truyền thống năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2023, toàn tỉnh có 2.140 hộ đồng bào Thái, Mông, Lào, Lự duy trì nghề dệt thổ cẩm, nhuộm chàm, tăng 165 hộ so với năm 2022; tổng doanh thu ước đạt 15,3 tỷ đồng, bằng 109,3% kế hoạch. Toàn tỉnh có 11 hợp tác xã dệt thổ cẩm; doanh thu của các hợp tác xã ước đạt 6,2 tỷ đồng, chiếm 40,5% tổng doanh thu.

2. Doanh thu nghề dệt thổ cẩm theo địa bàn
Đơn vị tính: triệu đồng
Huyện, thị xã | Năm 2022 | Ước thực hiện năm 2023 | 2023/2022 (%)
Tuần Giáo | 3.100 | 3.560 | 114,8
Mường Chà | 1.270 | 1.490 | 117,3
Điện Biên Đông | 2.410 | 2.780 | 115,4
Mường Ảng | 2.850 | 3.420 | 120,0
Các huyện, thị xã khác | 3.380 | 4.050 | 119,8
Tổng cộng | 13.010 | 15.300 | 117,6

3. Công tác hỗ trợ
Từ nguồn Dự án 6 thuộc Chương trình MTQG 1719, năm 2023 tỉnh đã hỗ trợ 3,6 tỷ đồng cho 28 câu lạc bộ văn hóa dân gian, mở 16 lớp truyền dạy kỹ thuật dệt, nhuộm chàm cho 480 học viên (trong đó 452 học viên nữ). Có 2 sản phẩm thổ cẩm được công nhận OCOP 3 sao.

II. NHIỆM VỤ NĂM 2024
Phấn đấu doanh thu nghề dệt thổ cẩm đạt trên 17 tỷ đồng; hỗ trợ thành lập mới 3 hợp tác xã; 100% xã có nghề truyền thống được hỗ trợ quảng bá sản phẩm trên sàn thương mại điện tử.

Nơi nhận:
- Bộ VHTTDL (b/c);
- Lưu: VT, KGVX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
y23 = per("năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
REV = "doanh thu nghề dệt thổ cẩm"

ROWS = [  # row label, location, 2022, 2023, ratio (as written)
    ("Tuần Giáo", "Tuần Giáo", "3.100", "3.560", "114,8"),
    ("Mường Chà", "Mường Chà", "1.270", "1.490", "117,3"),
    ("Điện Biên Đông", "Điện Biên Đông", "2.410", "2.780", "115,4"),
    ("Mường Ảng", "Mường Ảng", "2.850", "3.420", "120,0"),
    ("Các huyện, thị xã khác", None, "3.380", "4.050", "119,8"),
    ("Tổng cộng", None, "13.010", "15.300", "117,6"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, loc, a, b, r in ROWS:
        kw = {"location": loc} if loc else {}
        pre = "" if loc else ("tổng cộng " if label == "Tổng cộng" else "các huyện, thị xã khác ")
        out.append(fig(f"{label} | {a}", a, num(a) * 1e6, "money", "đồng",
                       subject=f"{pre}{REV} năm 2022", period=C22, **kw))
        out.append(fig(f"{a} | {b}", b, num(b) * 1e6, "money", "đồng", status="estimate",
                       subject=f"{pre}{REV} ước thực hiện năm 2023", period=C23, **kw))
        out.append(fig(f"{b} | {r}", r, num(r), "percent", "%",
                       subject=f"{pre}{REV} năm 2023 so với năm 2022", **kw))
    return out


FIGS = [
    fig("có 2.140 hộ", "2.140", 2140, "count", "hộ", change=chg("increase", 165, "hộ", "năm 2022"),
        subject="hộ đồng bào Thái, Mông, Lào, Lự duy trì nghề dệt thổ cẩm, nhuộm chàm", period=Y23),
    fig("ước đạt 15,3 tỷ", "15,3", 15.3e9, "money", "đồng", percent=109.3, status="estimate",
        subject="tổng doanh thu nghề dệt thổ cẩm, nhuộm chàm", period=Y23),
    fig("có 11 hợp tác xã", "11", 11, "count", "hợp tác xã", subject="hợp tác xã dệt thổ cẩm", period=inh(Y23)),
    fig("ước đạt 6,2 tỷ", "6,2", 6.2e9, "money", "đồng", percent=40.5, status="estimate",
        subject="doanh thu của các hợp tác xã dệt thổ cẩm", period=inh(Y23)),
] + cells() + [
    fig("hỗ trợ 3,6 tỷ", "3,6", 3.6e9, "money", "đồng",
        subject="kinh phí hỗ trợ từ Dự án 6 thuộc Chương trình MTQG 1719", period=y23),
    fig("cho 28 câu lạc bộ", "28", 28, "count", "câu lạc bộ",
        subject="câu lạc bộ văn hóa dân gian được hỗ trợ", period=y23),
    fig("mở 16 lớp", "16", 16, "count", "lớp", subject="lớp truyền dạy kỹ thuật dệt, nhuộm chàm", period=y23),
    fig("cho 480 học viên", "480", 480, "count", "học viên",
        subject="học viên lớp truyền dạy kỹ thuật dệt, nhuộm chàm", period=y23),
    fig("452 học viên", "452", 452, "count", "học viên", total=480, subject="học viên nữ", period=y23),
    fig("Có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm thổ cẩm được công nhận OCOP 3 sao",
        period=inh(Y23)),
    fig("trên 17 tỷ", "17", 17e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu nghề dệt thổ cẩm", period=Y24),
    fig("mới 3 hợp tác xã", "3", 3, "count", "hợp tác xã", status="target",
        subject="hợp tác xã được hỗ trợ thành lập mới", period=Y24),
    fig("100% xã", "100", 100, "percent", "%", status="target",
        subject="xã có nghề truyền thống được hỗ trợ quảng bá sản phẩm trên sàn thương mại điện tử", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐIỆN BIÊN', 'Số: 186/BC-UBND', 'Điện Biên, ngày 20 tháng 12 năm 2023', sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (cells × 10^6 đồng); row labels are districts → location; the column",
    "'Ước thực hiện năm 2023' → status estimate; the ratio column '2023/2022 (%)' holds percent figures (unit %, header overrides the",
    "Đơn vị tính line), no period (the header is a comparison, not a period) and status actual. '2023/2022' in the header is not a figure.",
    "'Các huyện, thị xã khác' and 'Tổng cộng' rows: province location, label in the subject. Table cells get no totals.",
    "Distractors: 186/BC-UBND, 'Dự án 6', 'MTQG 1719', 'OCOP 3 sao', section numbers I., II., 1.-3., 'Lưu: VT, KGVX'.",
    "'chiếm 40,5% tổng doanh thu' is a share of 6,2 tỷ (percent); no whole number is stated in that sentence, so no total.",
    "Section II targets inherit the period from the heading 'NHIỆM VỤ NĂM 2024'.",
]

if __name__ == "__main__":
    build("p1118-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Điện Biên")
