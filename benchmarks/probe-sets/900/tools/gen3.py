"""p900-3: UBND tỉnh Bình Thuận report, 9 months 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH THUẬN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 12 tháng 10 năm 2023

BÁO CÁO
Công tác quản lý cơ sở kinh doanh dịch vụ lưu trú 9 tháng năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2023, toàn tỉnh có 1.468 cơ sở kinh doanh dịch vụ lưu trú được cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự theo Nghị định số 96/2016/NĐ-CP, tăng 5,8% so với cuối năm trước. Cụ thể như sau:

Đơn vị tính: cơ sở
Địa phương | Khách sạn | Nhà nghỉ | Nhà trọ, homestay | Tổng số
Phan Thiết | 186 | 254 | 121 | 561
La Gi | 24 | 97 | 58 | 179
Tuy Phong | 31 | 112 | 64 | 207
Hàm Thuận Nam | 48 | 86 | 39 | 173
Các địa phương khác | 39 | 198 | 111 | 348
Tổng cộng | 328 | 747 | 393 | 1.468

II. KẾT QUẢ CÔNG TÁC KIỂM TRA
1. Trong 9 tháng, Công an các cấp đã kiểm tra 2.136 lượt cơ sở, phát hiện 142 cơ sở vi phạm, xử phạt vi phạm hành chính 412,5 triệu đồng, tăng 18,3% so với cùng kỳ năm 2022.
2. Phát hiện 9 vụ, 23 đối tượng liên quan tệ nạn xã hội tại cơ sở lưu trú, chủ yếu ở các cơ sở dọc Quốc lộ 1A.
3. Tiếp nhận 1.184.360 lượt thông báo lưu trú qua phần mềm, trong đó khách nước ngoài 96.472 lượt. Tỷ lệ cơ sở thông báo lưu trú qua mạng đạt 94,2% (chỉ tiêu năm 2023 là 95%).

III. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu đến ngày 31/12/2023 có 100% cơ sở lưu trú được quản lý trên phần mềm; dự kiến cấp mới khoảng 60 giấy chứng nhận đủ điều kiện về an ninh, trật tự.

Nơi nhận:
- Bộ Công an (C06);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31")

COLS = ["khách sạn", "nhà nghỉ", "nhà trọ, homestay", "tổng số cơ sở"]
ROWS = [
    ("Phan Thiết", ["186", "254", "121", "561"]),
    ("La Gi", ["24", "97", "58", "179"]),
    ("Tuy Phong", ["31", "112", "64", "207"]),
    ("Hàm Thuận Nam", ["48", "86", "39", "173"]),
    ("Các địa phương khác", ["39", "198", "111", "348"]),
    ("Tổng cộng", ["328", "747", "393", "1.468"]),
]

FIGS = [
    F("có 1.468 cơ sở", "1.468", 1468, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ lưu trú được cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự", ASOF,
      change=C("increase", 5.8, "%", "cuối năm trước")),
]
for label, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for j, cell in enumerate(cells):
        # anchor: the row label up to this cell (unique per line)
        anchor = label + " | " + " | ".join(cells[: j + 1])
        if label == "Các địa phương khác":
            subj, loc = f"{COLS[j]} các địa phương khác", None
        elif label == "Tổng cộng":
            subj, loc = (f"tổng cộng {COLS[j]}" if j < 3 else "tổng số cơ sở toàn tỉnh"), None
        else:
            subj, loc = COLS[j], label
        kw = {"location": loc} if loc else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "cơ sở", subj, I(ASOF), **kw))

FIGS += [
    F("kiểm tra 2.136 lượt cơ sở", "2.136", 2136, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", M9),
    F("phát hiện 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở vi phạm", M9),
    F("412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", M9,
      change=C("increase", 18.3, "%", "cùng kỳ năm 2022")),
    F("Phát hiện 9 vụ", "9", 9, "count", "vụ", "vụ liên quan tệ nạn xã hội tại cơ sở lưu trú", I(M9)),
    F("23 đối tượng", "23", 23, "count", "đối tượng", "đối tượng liên quan tệ nạn xã hội tại cơ sở lưu trú", I(M9)),
    F("Tiếp nhận 1.184.360 lượt", "1.184.360", 1184360, "count", "lượt thông báo lưu trú",
      "lượt thông báo lưu trú qua phần mềm", I(M9)),
    F("khách nước ngoài 96.472 lượt", "96.472", 96472, "count", "lượt", "khách nước ngoài", I(M9), total=1184360),
    F("qua mạng đạt 94,2%", "94,2", 94.2, "percent", "%", "tỷ lệ cơ sở thông báo lưu trú qua mạng", I(M9),
      target=T(95, "%", False)),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở lưu trú được quản lý trên phần mềm",
      P("đến ngày 31/12/2023", None, "2023-12-31"), status="target"),
    F("khoảng 60 giấy", "60", 60, "count", "giấy chứng nhận",
      "giấy chứng nhận đủ điều kiện về an ninh, trật tự cấp mới", I(Q4), approx="about", status="forecast"),
]

NOTES = [
    "p900-3: formal report under letterhead UBND TỈNH BÌNH THUẬN, Số: 318/BC-UBND, dated 12/10/2023, section numbers I.-III., 1.-3.",
    "Flattened | table (Đơn vị tính: cơ sở): 24 cells, subject = column label (+ row label when it is not a place), location = district row;",
    "'Các địa phương khác' and 'Tổng cộng' rows stay Bình Thuận. Table cells get no totals; the period is the as-of of the sentence above (inherited).",
    "Distractors: Số 318/BC-UBND, Nghị định số 96/2016/NĐ-CP, Quốc lộ 1A, C06, section numbers, QUÝ IV/2023 heading, the dateline.",
    "'(chỉ tiêu năm 2023 là 95%)' is the target of 94,2% (met false), not a figure of its own. 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p900-3", TEXT, FIGS, NOTES, published="2023-10-12", location="Bình Thuận")
