"""p1550-7: department site without dateline (Chi cục TĐC Đồng Nai): kettle quality checks 2024, one-cell-per-line table."""
from lib import F, period, inherit, change, target, write

TEXT = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả kiểm tra chất lượng ấm đun nước điện trên thị trường năm 2024

Thực hiện Kế hoạch số 45/KH-SKHCN của Sở Khoa học và Công nghệ, năm 2024 Chi cục đã tổ chức 4 đoàn kiểm tra chất lượng ấm đun nước điện lưu thông trên thị trường tại TP Biên Hòa, huyện Trảng Bom và huyện Long Thành. Kết quả như sau:

Kết quả kiểm tra
Nội dung
Kế hoạch năm 2024
Thực hiện năm 2024
So với cùng kỳ (%)
Cơ sở được kiểm tra (cơ sở)
60
64
112,3
Mẫu lấy thử nghiệm (mẫu)
40
46
115,0
Trong đó: mẫu không đạt (mẫu)
-
7
87,5
Tiền xử phạt (triệu đồng)
-
62,5
130,2

Qua thử nghiệm, 7 mẫu không đạt yêu cầu về ghi nhãn và độ bền điện, chiếm 15,2% số mẫu, chủ yếu là ấm giá rẻ không rõ nguồn gốc. Chi cục đã chuyển hồ sơ đề nghị xử phạt 9 cơ sở với tổng số tiền 62,5 triệu đồng, buộc thu hồi 1.380 sản phẩm. Riêng tại huyện Trảng Bom, đoàn kiểm tra phát hiện một cơ sở thay nhãn ấm nhập khẩu.

Năm 2025, Chi cục phấn đấu kiểm tra ít nhất 70 cơ sở, lấy khoảng 50 mẫu thử nghiệm; phối hợp với Cục Quản lý thị trường tỉnh kiểm soát hàng hóa trên các sàn thương mại điện tử.

Tin cùng chuyên mục:
- Hội nghị phổ biến Luật Đo lường năm 2011 (sửa đổi)
- Hướng dẫn công bố hợp quy sản phẩm điện, điện tử

CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH ĐỒNG NAI
Địa chỉ: Số 10 đường 30 Tháng 4, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3823.471
Lượt truy cập: 906.318 | Trực tuyến: 14
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
K24 = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T24 = period("Thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

# (row label as subject, unit, kind, multiplier, anchor prefix, cells [(number, column)])
ROWS = [
    ("cơ sở được kiểm tra", "cơ sở", "count", 1, "Cơ sở được kiểm tra (cơ sở)", ["60", "64", "112,3"]),
    ("mẫu lấy thử nghiệm", "mẫu", "count", 1, "Mẫu lấy thử nghiệm (mẫu)", ["40", "46", "115,0"]),
    ("mẫu không đạt", "mẫu", "count", 1, "mẫu không đạt (mẫu)\n-", [None, "7", "87,5"]),
    ("tiền xử phạt", "đồng", "money", 1e6, "Tiền xử phạt (triệu đồng)\n-", [None, "62,5", "130,2"]),
]
COLS = ["kế hoạch năm 2024", "thực hiện năm 2024", "so với cùng kỳ"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, unit, kind, mult, prefix, nums in ROWS:
    prev = prefix
    for col, n in zip(COLS, nums):
        if n is None:
            continue
        anchor = f"{prev}\n{n}"
        subj = f"{label} {col}"
        if col.startswith("so với"):
            CELLS.append(F(anchor, n, num(n), "percent", "%", subject=subj, per=inherit(T24)))
        elif col.startswith("kế hoạch"):
            CELLS.append(F(anchor, n, num(n) * mult, kind, unit, subject=subj, per=K24, status="target"))
        else:
            kw = {"total": 46} if label == "mẫu không đạt" else {}
            CELLS.append(F(anchor, n, num(n) * mult, kind, unit, subject=subj, per=T24, **kw))
        prev = n

FIGS = [
    F("tổ chức 4 đoàn", "4", 4, "count", "đoàn",
      subject="đoàn kiểm tra chất lượng ấm đun nước điện", per=Y24),
] + CELLS + [
    F("Qua thử nghiệm, 7 mẫu", "7", 7, "count", "mẫu", percent=15.2,
      subject="mẫu không đạt yêu cầu về ghi nhãn và độ bền điện"),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở bị đề nghị xử phạt"),
    F("số tiền 62,5 triệu", "62,5", 62.5e6, "money", "đồng", subject="tổng số tiền đề nghị xử phạt"),
    F("thu hồi 1.380 sản phẩm", "1.380", 1380, "count", "sản phẩm", subject="sản phẩm buộc thu hồi"),
    F("phát hiện một cơ sở", "một", 1, "count", "cơ sở",
      subject="cơ sở thay nhãn ấm nhập khẩu", location="Trảng Bom"),
    F("ít nhất 70 cơ sở", "70", 70, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở Chi cục kiểm tra", per=Y25),
    F("khoảng 50 mẫu", "50", 50, "count", "mẫu", approx="about", status="target",
      subject="mẫu thử nghiệm", per=Y25),
]

NOTES = [
    "Department site without a dateline (Chi cục Tiêu chuẩn Đo lường Chất lượng Đồng Nai): menu, related links, footer address,",
    "phone, 'Lượt truy cập', 'Trực tuyến'. No published date.",
    "Distractors: 'Kế hoạch số 45/KH-SKHCN', 'Luật Đo lường năm 2011', 'Số 10 đường 30 Tháng 4', phone 0251.3823.471, counters 906.318 and 14,",
    "the '-' cells of the table.",
    "One-cell-per-line table; units come from the row labels ('(cơ sở)', '(mẫu)', '(triệu đồng)' → 62,5 triệu = 62 500 000 đồng);",
    "subject = row label + column label; 'Kế hoạch năm 2024' → target; period from the column header (scored); the 'So với cùng kỳ (%)'",
    "column states no period (inherited 2024, not scored). The 'Trong đó: mẫu không đạt' sub-row in the 'Thực hiện' column takes",
    "total 46 (a part after 'trong đó' that follows its whole, same thing, same period); the other cells get no total.",
    "The checks span three districts: location Đồng Nai. 'Riêng tại huyện Trảng Bom … một cơ sở' → location Trảng Bom.",
    "The prose figures after the table have no period in their sentences (not scored). 'chiếm 15,2% số mẫu' is the percent of 7 mẫu (no total: the",
    "whole is not restated). 'Năm 2025 … phấn đấu' governs both clauses: target.",
]

if __name__ == "__main__":
    write("p1550-7", TEXT, NOTES, FIGS, location="Đồng Nai")
