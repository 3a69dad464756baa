"""p498-3: formal report, UBND tỉnh Sóc Trăng — drought and saline intrusion, dry season 2024 (flattened | table)."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 12 tháng 3 năm 2024

BÁO CÁO
Tình hình hạn hán, xâm nhập mặn mùa khô năm 2024 và kết quả triển khai các giải pháp ứng phó

Thực hiện Công văn số 1456/BNN-TL ngày 01/3/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh Sóc Trăng báo cáo như sau:

I. TÌNH HÌNH XÂM NHẬP MẶN
Từ đầu tháng 2/2024 đến nay, độ mặn lớn nhất đo được trên sông Hậu tại huyện Trần Đề và huyện Long Phú lần lượt là 11,8‰ và 8,6‰; trên sông Mỹ Thanh tại thị xã Vĩnh Châu 13,4‰, cao hơn trung bình nhiều năm 2,1‰.

II. THIỆT HẠI VÀ NHU CẦU HỖ TRỢ
Bảng 1. Tổng hợp thiệt hại theo địa phương (tính đến ngày 10/3/2024)
Địa phương | Lúa bị ảnh hưởng (ha) | Hộ thiếu nước sinh hoạt (hộ) | Kinh phí đề nghị hỗ trợ (triệu đồng)
Trần Đề | 1.250 | 2.310 | 4.500
Long Phú | 830 | 1.145 | 2.750
Vĩnh Châu | 0 | 3.420 | 6.200
Cù Lao Dung | 415,5 | 960 | 1.850
Tổng cộng | 2.495,5 | 7.835 | 15.300

III. KẾT QUẢ ỨNG PHÓ
Toàn tỉnh đã vận hành 112 cống ngăn mặn, trong đó có 9 cống lớn thuộc hệ thống thủy lợi Quản Lộ - Phụng Hiệp; nạo vét 48 km kênh trữ nước với tổng kinh phí 21,7 tỷ đồng, đạt 86,8% kế hoạch vốn năm 2024.

Dự kiến đến cuối tháng 4/2024, độ mặn tại các cửa sông có thể lên 14-16‰. Tỉnh phấn đấu đến năm 2025 có 98% hộ dân nông thôn sử dụng nước sạch hợp vệ sinh.

Nơi nhận:
- Bộ NN&PTNT;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

SINCE = P("Từ đầu tháng 2/2024 đến nay", "2024-02-01", "2024-03-12")
TAB = P("tính đến ngày 10/3/2024", None, "2024-03-10", inh=True)

COLS = [("Lúa bị ảnh hưởng", "measure", "ha", 1), ("Hộ thiếu nước sinh hoạt", "count", "hộ", 1),
        ("Kinh phí đề nghị hỗ trợ", "money", "đồng", 1_000_000)]
ROWS = [  # (anchor prefix, location, cells)
    ("Trần Đề", "Trần Đề", ["1.250", "2.310", "4.500"]),
    ("Long Phú", "Long Phú", ["830", "1.145", "2.750"]),
    ("Vĩnh Châu", "Vĩnh Châu", ["0", "3.420", "6.200"]),
    ("Cù Lao Dung", "Cù Lao Dung", ["415,5", "960", "1.850"]),
    ("Tổng cộng", None, ["2.495,5", "7.835", "15.300"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, cells in ROWS:
    for i, (cell, (col, kind, unit, mult)) in enumerate(zip(cells, COLS)):
        before = f"{label} | " + " | ".join(cells[:i]) + (" | " if i else "")
        anchor = before + cell
        if i < 2:
            anchor += " |"
        subj = col + (" tổng cộng" if loc is None else "")
        kw = {"location": loc} if loc else {}
        TABLE.append(F(anchor, cell, num(cell) * mult, kind, unit, subj, TAB, **kw))

FIGS = [
    F("lần lượt là 11,8‰", "11,8", 11.8, "measure", "‰", "độ mặn lớn nhất trên sông Hậu", SINCE, location="Trần Đề"),
    F("và 8,6‰", "8,6", 8.6, "measure", "‰", "độ mặn lớn nhất trên sông Hậu", SINCE, location="Long Phú"),
    F("Vĩnh Châu 13,4‰", "13,4", 13.4, "measure", "‰", "độ mặn lớn nhất trên sông Mỹ Thanh", SINCE, location="Vĩnh Châu",
      change=CH("increase", 2.1, "‰", "trung bình nhiều năm")),
] + TABLE + [
    F("vận hành 112 cống", "112", 112, "count", "cống", "cống ngăn mặn vận hành"),
    F("có 9 cống", "9", 9, "count", "cống", "cống lớn thuộc hệ thống thủy lợi Quản Lộ - Phụng Hiệp", total=112),
    F("nạo vét 48 km", "48", 48, "measure", "km", "kênh trữ nước nạo vét"),
    F("kinh phí 21,7 tỷ đồng", "21,7", 21_700_000_000, "money", "đồng", "tổng kinh phí nạo vét kênh trữ nước", percent=86.8),
    F("lên 14-16‰", "14", 14, "measure", "‰", "độ mặn tại các cửa sông",
      P("đến cuối tháng 4/2024", None, "2024-04-30"), value_max=16, status="forecast"),
    F("có 98% hộ", "98", 98, "percent", "%", "hộ dân nông thôn sử dụng nước sạch hợp vệ sinh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Sóc Trăng, 'Số: 58/BC-UBND', 'Sóc Trăng, ngày 12 tháng 3 năm 2024' (published).",
    "Distractors: report and Công văn numbers, section numerals I./II./III., 'Bảng 1', 'Quản Lộ - Phụng Hiệp' (a name).",
    "Flattened '|' table: every numeric cell is a figure, the 0 included; district row labels go to location, subject = column label;",
    "units and the multiplier from the column headers ('(triệu đồng)' → ×10⁶); the as-of date stands in the table title line (inherited).",
    "District cells carry no total: the 'Tổng cộng' row comes after them with no cue (as in shared h23, a table gives no part-of links).",
    "'cao hơn trung bình nhiều năm 2,1‰' is the change of 13,4‰; 'đạt 86,8% kế hoạch vốn' the percent of the 21,7 tỷ đồng.",
]

if __name__ == "__main__":
    emit("p498-3", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Sóc Trăng")
