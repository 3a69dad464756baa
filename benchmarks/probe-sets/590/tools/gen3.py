"""p590-3: formal report (UBND tỉnh Thanh Hóa) — tạm giữ, tạm giam, thi hành án hình sự 9 tháng 2024; flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Thanh Hóa, ngày 25 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác tạm giữ, tạm giam và thi hành án hình sự 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
9 tháng năm 2024, Trại tạm giam Công an tỉnh và 27 nhà tạm giữ Công an cấp huyện đã tiếp nhận 3.418 lượt người bị tạm giữ, tạm giam, tăng 5,7% so với cùng kỳ năm 2023. Tính đến ngày 30/9/2024, các cơ sở giam giữ đang quản lý 1.962 người, bằng 112% sức chứa theo thiết kế.

Bảng 1. Một số chỉ tiêu chủ yếu
Đơn vị tính: người
Chỉ tiêu | 9 tháng năm 2023 | 9 tháng năm 2024 | Ước cả năm 2024
Người bị tạm giữ | 1.845 | 1.931 | 2.550
Người bị tạm giam | 1.389 | 1.487 | 1.980
Phạm nhân đưa đi chấp hành án tại trại giam | 712 | 768 | 1.020
Người được tha tù trước thời hạn có điều kiện | 38 | 45 | 62

II. THI HÀNH ÁN HÌNH SỰ VÀ TÁI HÒA NHẬP CỘNG ĐỒNG
Trại tạm giam đã tổ chức cho 236 phạm nhân lao động, học nghề; giá trị lao động đạt 2.350,8 triệu đồng, đạt 78,4% kế hoạch năm. Toàn tỉnh có 1.107 người chấp hành xong án phạt tù về cư trú; các địa phương đã giúp 402 người có việc làm ổn định, 58 người được vay vốn với tổng số tiền 2,9 tỷ đồng.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
Dự kiến quý IV tiếp nhận khoảng 1.100 lượt người bị tạm giữ, tạm giam; phấn đấu không để xảy ra trốn khỏi nơi giam giữ, 100% người bị tạm giữ, tạm giam được khám sức khỏe khi nhập trại.

Nơi nhận:
- Bộ Công an (C10);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
E24 = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

ROWS = [
    ("Người bị tạm giữ", "người", ("1.845", 1845), ("1.931", 1931), ("2.550", 2550)),
    ("Người bị tạm giam", "người", ("1.389", 1389), ("1.487", 1487), ("1.980", 1980)),
    ("Phạm nhân đưa đi chấp hành án tại trại giam", "người", ("712", 712), ("768", 768), ("1.020", 1020)),
    ("Người được tha tù trước thời hạn có điều kiện", "người", ("38", 38), ("45", 45), ("62", 62)),
]

FIGS = [
    F("và 27 nhà tạm giữ", "27", 27, "count", "nhà tạm giữ", "nhà tạm giữ Công an cấp huyện", M9),
    F("tiếp nhận 3.418 lượt", "3.418", 3418, "count", "lượt người",
      "lượt người bị tạm giữ, tạm giam được tiếp nhận", M9,
      change=CH("increase", 5.7, baseline="cùng kỳ năm 2023")),
    F("quản lý 1.962 người", "1.962", 1962, "count", "người",
      "người đang bị quản lý tại các cơ sở giam giữ", ASOF, percent=112),
]
for label, unit, a, b, c in ROWS:
    FIGS.append(F(f"{label} | {a[0]} |", a[0], a[1], "count", unit, f"{label} 9 tháng năm 2023", C23))
    FIGS.append(F(f"| {a[0]} | {b[0]} |", b[0], b[1], "count", unit, f"{label} 9 tháng năm 2024", C24))
    FIGS.append(F(f"| {b[0]} | {c[0]}\n", c[0], c[1], "count", unit, f"{label} ước cả năm 2024", E24,
                  status="estimate"))
FIGS += [
    F("cho 236 phạm nhân", "236", 236, "count", "phạm nhân",
      "phạm nhân được tổ chức lao động, học nghề", I(M9)),
    F("đạt 2.350,8 triệu", "2.350,8", 2350.8e6, "money", "đồng",
      "giá trị lao động của phạm nhân", I(M9), percent=78.4),
    F("có 1.107 người", "1.107", 1107, "count", "người",
      "người chấp hành xong án phạt tù về cư trú"),
    F("giúp 402 người", "402", 402, "count", "người",
      "người chấp hành xong án phạt tù được giúp có việc làm ổn định"),
    F(", 58 người", "58", 58, "count", "người", "người được vay vốn"),
    F("tiền 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", "tổng số tiền cho vay"),
    F("khoảng 1.100 lượt", "1.100", 1100, "count", "lượt người",
      "lượt người bị tạm giữ, tạm giam được tiếp nhận", Q4, approx="about", status="forecast"),
    F("giam giữ, 100%", "100", 100, "percent", "%",
      "người bị tạm giữ, tạm giam được khám sức khỏe khi nhập trại", Q4, status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Thanh Hóa, Số: 412/BC-UBND, 'Thanh Hóa, ngày 25 tháng 10 năm 2024').",
    "Flattened '|' table with a 'Đơn vị tính: người' line: every numeric cell is a figure; subject = row label + column label;",
    "period from the column header (scored, as in shared h23); 'Ước cả năm 2024' column -> status estimate.",
    "'bằng 112% sức chứa' is the share of 1.962 người (percent attribute). 'đạt 78,4% kế hoạch năm' is the share of 2.350,8 triệu đồng.",
    "Section II figures without a period phrase: 236 / 2.350,8 inherit 9 tháng (unscored); the stock 1.107 and the clauses after it get none.",
    "'quý IV' takes 2024 from the heading 'QUÝ IV/2024'; 'phấn đấu … 100%' in the same sentence is a target for quý IV.",
    "Distractors: Số: 412/BC-UBND, Bảng 1, section numbers I./II./III., (C10), dates.",
]

if __name__ == "__main__":
    emit("p590-3", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Thanh Hóa")
