"""p571-7: Sở Tư pháp Cần Thơ department site, no dateline; one-cell-per-line table with 'Đơn vị tính'."""
import sys
from lib import F, P, I, CH, emit

TEXT = """SỞ TƯ PHÁP THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Kết quả đăng ký khai sinh năm 2023 và kế hoạch năm 2024

Năm 2023, công tác đăng ký hộ tịch trên địa bàn thành phố Cần Thơ được thực hiện đúng quy định; tỷ lệ đăng ký khai sinh đúng hạn đạt 96,2%, tăng 1,4 điểm phần trăm so với năm 2022. Toàn thành phố đăng ký kết hôn 6.215 cặp, đăng ký khai tử 7.038 trường hợp và cấp 39.760 bản sao trích lục hộ tịch. Số trường hợp đăng ký khai sinh quá hạn giảm còn 584 trường hợp, tập trung chủ yếu tại các huyện Cờ Đỏ, Thới Lai và Vĩnh Thạnh.

Bảng: Số trường hợp đăng ký khai sinh tại một số quận, huyện
Đơn vị tính: trường hợp
Quận, huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Ninh Kiều
4.126
4.215
4.300
Cái Răng
1.548
1.608
1.650
Bình Thủy
1.402
1.377
1.400
Phong Điền
1.096
1.051
1.100
Toàn thành phố
17.684
17.920
18.200

Dự kiến trong năm 2024, Sở Tư pháp sẽ phối hợp với Công an thành phố cập nhật khoảng 250.000 dữ liệu hộ tịch vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc. Sở cũng phấn đấu 100% hồ sơ đăng ký khai sinh được tiếp nhận, giải quyết trực tuyến.

Địa chỉ: Số 2 Đại lộ Hòa Bình, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3830.536
Tổng lượt truy cập: 2.481.093 | Đang trực tuyến: 37
"""

N23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
SUB = "Số trường hợp đăng ký khai sinh"

ROWS = [
    ("Ninh Kiều", "Ninh Kiều", ["4.126", "4.215", "4.300"]),
    ("Cái Răng", "Cái Răng", ["1.548", "1.608", "1.650"]),
    ("Bình Thủy", "Bình Thủy", ["1.402", "1.377", "1.400"]),
    ("Phong Điền", "Phong Điền", ["1.096", "1.051", "1.100"]),
    ("Toàn thành phố", "Cần Thơ", ["17.684", "17.920", "18.200"]),
]

FIGS = [
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ đăng ký khai sinh đúng hạn", N23,
      change=CH("increase", 1.4, unit="điểm phần trăm", baseline="năm 2022")),
    F("kết hôn 6.215 cặp", "6.215", 6215, "count", "cặp", "đăng ký kết hôn", I(N23)),
    F("khai tử 7.038 trường hợp", "7.038", 7038, "count", "trường hợp", "đăng ký khai tử", I(N23)),
    F("còn 584 trường hợp", "584", 584, "count", "trường hợp", "Số trường hợp đăng ký khai sinh quá hạn", I(N23)),
    F("cấp 39.760 bản sao", "39.760", 39760, "count", "bản sao trích lục hộ tịch", "bản sao trích lục hộ tịch được cấp", I(N23)),
]
for label, loc, cells in ROWS:
    seq = [label] + cells
    for i, (cell, per, col) in enumerate(zip(cells, (C22, C23, C24), ("năm 2022", "năm 2023", "kế hoạch 2024"))):
        anchor = seq[i] + "\n" + cell
        kw = {"status": "target"} if per is C24 else {}
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "trường hợp", f"{SUB} {col}", per,
                      location=loc, **kw))
FIGS += [
    F("khoảng 250.000 dữ liệu", "250.000", 250000, "count", "dữ liệu hộ tịch",
      "dữ liệu hộ tịch cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", Y24, approx="about", status="forecast"),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ đăng ký khai sinh được tiếp nhận, giải quyết trực tuyến", I(Y24),
      status="target"),
]

COMMENTS = [
    "Department site of Sở Tư pháp Cần Thơ, menu bar, no dateline (published null), footer with address, phone and visit counters.",
    "One-cell-per-line table with a 'Đơn vị tính: trường hợp' line: every numeric cell is a figure, subject = table indicator + column,",
    "period from the column header ('Kế hoạch 2024' also gives status target), district row -> location, 'Toàn thành phố' -> Cần Thơ.",
    "'tăng 1,4 điểm phần trăm so với năm 2022' is the change of the 96,2% level (unit điểm phần trăm). 'giảm còn 584' states a level, not a change; three districts named -> city location. 'Dự kiến … khoảng 250.000' -> forecast.",
    "Not figures: 'Số 2 Đại lộ Hòa Bình', phone, 'Tổng lượt truy cập: 2.481.093', 'Đang trực tuyến: 37'.",
]

ok = emit("p571-7", TEXT, COMMENTS, FIGS, location="Cần Thơ")
sys.exit(0 if ok else 1)
