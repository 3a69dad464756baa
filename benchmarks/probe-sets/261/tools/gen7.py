from lib import F, P, C, T, build

text = """
CÔNG AN THÀNH PHỐ ĐÀ NẴNG
Phòng Quản lý xuất nhập cảnh (PA08)

Kết quả công tác quản lý xuất nhập cảnh 9 tháng năm 2024
Ngày cập nhật: 15/10/2024

9 tháng năm 2024, Phòng Quản lý xuất nhập cảnh tiếp nhận 58.930 hồ sơ đề nghị cấp hộ chiếu phổ thông, tăng 15,2% so với cùng kỳ; tỷ lệ hồ sơ nộp trực tuyến đạt 71,4% (chỉ tiêu năm 2024 là 60%).

Một số kết quả theo quý năm 2024
Đơn vị tính: hồ sơ
Nội dung
Quý I/2024
Quý II/2024
Quý III/2024
Hộ chiếu phổ thông đã cấp
17.240
20.115
19.860
Cấp thị thực, gia hạn tạm trú cho người nước ngoài
3.412
3.905
4.288
Cấp thẻ tạm trú
286
341
359
Cấp thẻ thường trú
12
9
15

Tính chung 9 tháng, số thẻ tạm trú cấp cho người nước ngoài tăng 21,6% so với cùng kỳ năm 2023.

Từ đầu năm đến nay, Phòng đã kiểm tra 146 cơ sở lưu trú, phát hiện 23 cơ sở không khai báo tạm trú cho người nước ngoài, xử phạt vi phạm hành chính 69 triệu đồng. Hiện có khoảng 6.800 người nước ngoài cư trú dài hạn tại thành phố, trong đó tập trung tại quận Sơn Trà (2.150 người), Ngũ Hành Sơn (1.870 người) và Hải Châu (1.240 người); người Hàn Quốc chiếm 38%.

Để phục vụ người dân, từ tháng 7/2024, Phòng mở thêm 2 quầy tiếp nhận hồ sơ vào sáng thứ Bảy (từ 7 giờ 30 đến 11 giờ 30). Địa chỉ: số 80 Lê Lợi, quận Hải Châu; điện thoại 0236.3822.380.
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q = {"I": P("Quý I/2024", "2024-01-01", "2024-03-31"), "II": P("Quý II/2024", "2024-04-01", "2024-06-30"),
     "III": P("Quý III/2024", "2024-07-01", "2024-09-30")}
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
rows = [("Hộ chiếu phổ thông đã cấp", ["17.240", "20.115", "19.860"]),
        ("Cấp thị thực, gia hạn tạm trú cho người nước ngoài", ["3.412", "3.905", "4.288"]),
        ("Cấp thẻ tạm trú", ["286", "341", "359"]),
        ("Cấp thẻ thường trú", ["12", "9", "15"])]
RES = "người nước ngoài cư trú dài hạn"

figs = [
    F("tiếp nhận 58.930 hồ sơ", "58.930", 58930, "count", "hồ sơ", "hồ sơ đề nghị cấp hộ chiếu phổ thông tiếp nhận",
      change=C("increase", 15.2, "%", "cùng kỳ"), period=Y9),
    F("đạt 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", target=T(60, "%", True), period=Y9),
]
prev = None
for label, cells in rows:
    for q, cell in zip(("I", "II", "III"), cells):
        anchor = f"{prev}\n{cell}" if prev else f"{label}\n{cell}"
        figs.append(F(anchor, cell, int(cell.replace(".", "")), "count", "hồ sơ", label, period=Q[q]))
        prev = cell
    prev = None
# fix anchors: first cell anchored by its row label, later cells by the cell before them (unique in the article)
figs += [
    F("tăng 21,6%", "21,6", 21.6, "percent", "%", "số thẻ tạm trú cấp cho người nước ngoài",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở lưu trú", "cơ sở lưu trú được kiểm tra", period=YTD),
    F("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở không khai báo tạm trú cho người nước ngoài", period=YTD),
    F("chính 69 triệu đồng", "69", 69000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", period=YTD),
    F("khoảng 6.800 người", "6.800", 6800, "count", "người", RES, approx="about"),
    F("Sơn Trà (2.150 người)", "2.150", 2150, "count", "người", RES, location="Sơn Trà", total=6800),
    F("Ngũ Hành Sơn (1.870 người)", "1.870", 1870, "count", "người", RES, location="Ngũ Hành Sơn", total=6800),
    F("Hải Châu (1.240 người)", "1.240", 1240, "count", "người", RES, location="Hải Châu", total=6800),
    F("chiếm 38%", "38", 38, "percent", "%", "người Hàn Quốc"),
    F("thêm 2 quầy", "2", 2, "count", "quầy", "quầy tiếp nhận hồ sơ mở thêm vào sáng thứ Bảy"),
]

comments = [
    "Site of Công an TP Đà Nẵng, Phòng Quản lý xuất nhập cảnh (department site): 9 tháng 2024. 'Ngày cập nhật: 15/10/2024' without time.",
    "One-cell-per-line table: header 'Nội dung | Quý I/2024 | Quý II/2024 | Quý III/2024', 'Đơn vị tính: hồ sơ'; every cell a figure,",
    "subject = row label, unit hồ sơ (from the Đơn vị tính line), period from the column header (stated, scored).",
    "'(chỉ tiêu năm 2024 là 60%)' is the target of 71,4% (met). Distractors: 'PA08', 'từ tháng 7/2024', opening hours '7 giờ 30 đến 11 giờ 30',",
    "'sáng thứ Bảy', address 'số 80 Lê Lợi, quận Hải Châu' (a district in an address), phone 0236.3822.380.",
    "District items (Sơn Trà, Ngũ Hành Sơn, Hải Châu) follow 'trong đó tập trung tại' after the whole 6.800: total 6800, location the district.",
    "'23 cơ sở' after 'kiểm tra 146 cơ sở' has no part cue: no total. 'Tính chung 9 tháng ... tăng 21,6%' is a growth rate as the claim (percent, no change).",
    "'người Hàn Quốc chiếm 38%' is a percent figure (a nationality is not a place). 'Hiện' gives no period.",
    "revised after the first run: 38% subject was 'người Hàn Quốc trong số người nước ngoài cư trú dài hạn'; the clause names it 'người Hàn Quốc' (as shared h14's parts).",
]
build(7, text, comments, "2024-10-15", "Đà Nẵng", figs)
