"""p1304-6: department site (Sở NN&PTNT Hà Nội), no dateline, one-cell-per-line table of sapodilla results."""
from lib import F, P, I, C, T, year, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ NỘI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát triển vùng hồng xiêm đặc sản gắn với du lịch sinh thái

Hồng xiêm là cây ăn quả đặc sản của Thủ đô, trồng tập trung tại các huyện Thạch Thất, Phúc Thọ, Ba Vì và quận Bắc Từ Liêm. Diện tích giảm dần do đô thị hóa, nhưng giá trị thu được trên mỗi héc-ta ngày càng tăng.

Kết quả sản xuất hồng xiêm trên địa bàn thành phố
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng diện tích
ha
412
398
385
390
Trong đó: diện tích cho sản phẩm
ha
336
330
322
325
Sản lượng
tấn
4.870
4.950
4.830
5.000
Giá trị sản xuất
tỷ đồng
131,5
148,5
154,6
165,0

Thành phố hiện có 9 vùng sản xuất hồng xiêm tập trung quy mô từ 10 ha trở lên, 46 ha được chứng nhận VietGAP; huyện Thạch Thất dẫn đầu với 142 ha. Năm 2025, Sở phấn đấu nâng diện tích đạt chứng nhận lên 60 ha và xây dựng thêm 2 mô hình vườn hồng xiêm kết hợp du lịch trải nghiệm.

Bài viết khác:
- Hà Nội tổng kết 5 năm thực hiện Chương trình OCOP
- Hướng dẫn chăm sóc cây ăn quả sau mùa mưa bão
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ NỘI
Địa chỉ: 38 Tô Hiệu, phường Nguyễn Trãi, quận Hà Đông
Điện thoại: 024.3382.5634
Lượt truy cập: 3.184.072 | Trực tuyến: 52
"""

COLS = [
    ("năm 2022", year("Năm 2022", 2022), None),
    ("năm 2023", year("Năm 2023", 2023), None),
    ("ước thực hiện 2024", year("Ước thực hiện 2024", 2024), "estimate"),
    ("kế hoạch 2025", year("Kế hoạch 2025", 2025), "target"),
]
ROWS = [  # label, unit line, kind, unit, multiplier, cells
    ("tổng diện tích hồng xiêm", "ha", "measure", "ha", 1, ["412", "398", "385", "390"]),
    ("diện tích hồng xiêm cho sản phẩm", "ha", "measure", "ha", 1, ["336", "330", "322", "325"]),
    ("sản lượng hồng xiêm", "tấn", "measure", "tấn", 1, ["4.870", "4.950", "4.830", "5.000"]),
    ("giá trị sản xuất hồng xiêm", "tỷ đồng", "money", "đồng", 1e9, ["131,5", "148,5", "154,6", "165,0"]),
]


def nval(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, uline, kind, unit, mult, nums in ROWS:
    prev = uline
    for i, n in enumerate(nums):
        col, per, st = COLS[i]
        kw = {"status": st} if st else {}
        if label.startswith("diện tích hồng xiêm cho"):   # 'Trong đó:' row: part of the Tổng diện tích cell above
            kw["total"] = nval(ROWS[0][5][i])
        CELLS.append(F(f"{prev}\n{n}", n, nval(n) * mult, kind, unit, subject=f"{label} {col}", period=per, **kw))
        prev = n

FIGS = CELLS + [
    F("có 9 vùng", "9", 9, "count", "vùng", subject="vùng sản xuất hồng xiêm tập trung"),
    F("từ 10 ha trở lên", "10", 10, "measure", "ha", approx="at_least",
      subject="quy mô vùng sản xuất hồng xiêm tập trung", optional=True),
    F("46 ha được chứng nhận", "46", 46, "measure", "ha", subject="diện tích hồng xiêm được chứng nhận VietGAP"),
    F("với 142 ha", "142", 142, "measure", "ha", subject="diện tích hồng xiêm", location="Thạch Thất"),
    F("lên 60 ha", "60", 60, "measure", "ha", status="target", subject="diện tích đạt chứng nhận",
      period=year("Năm 2025", 2025)),
    F("thêm 2 mô hình", "2", 2, "count", "mô hình", status="target",
      subject="mô hình vườn hồng xiêm kết hợp du lịch trải nghiệm", period=year("Năm 2025", 2025)),
]

NOTES = [
    "Department site (Sở NN&PTNT Hà Nội), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Trực tuyến'. published = none.",
    "Distractors: '5 năm thực hiện', '38 Tô Hiệu', phone 024.3382.5634, 'Lượt truy cập: 3.184.072', 'Trực tuyến: 52'.",
    "One-cell-per-line table with a unit column: 'tỷ đồng' → money ×10⁹ in đồng; subject = row label + column label; period from",
    "column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó:' row is a part of the",
    "'Tổng diện tích' row, so each of its cells takes the Tổng cell of its column as total (a choice: the spec's 'trong đó' rule).",
    "'quy mô từ 10 ha trở lên' is a threshold that defines the zones, not a measured fact: optional.",
]

if __name__ == "__main__":
    write("p1304-6", TEXT, NOTES, FIGS, location="Hà Nội")
