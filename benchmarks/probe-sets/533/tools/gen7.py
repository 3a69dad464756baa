"""p533-7: Sở Tư pháp Nghệ An department site (no dateline) — civil registration quý III/2024, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ TƯ PHÁP TỈNH NGHỆ AN
Trang chủ › Hành chính tư pháp › Hộ tịch

Kết quả đăng ký hộ tịch quý III/2024

Trong quý III/2024, các cơ quan đăng ký hộ tịch trên địa bàn tỉnh Nghệ An đã đăng ký khai sinh cho 14.268 trường hợp (trong đó đăng ký đúng hạn 13.905 trường hợp, chiếm 97,5%); đăng ký khai tử 5.117 trường hợp; đăng ký kết hôn 6.032 cặp; cấp 2.316 giấy xác nhận tình trạng hôn nhân.

Tỷ lệ hồ sơ đăng ký khai sinh trực tuyến đạt 68,4%, tăng 12,6% so với quý II/2024. Thực hiện liên thông 3 thủ tục hành chính đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi với 9.874 hồ sơ.

Bảng: Kết quả đăng ký hộ tịch quý III/2024 tại một số địa phương
Đơn vị tính: trường hợp
Địa phương
Khai sinh
Khai tử
Kết hôn
TP. Vinh
1.642
598
705
Diễn Châu
1.318
472
541
Quỳnh Lưu
1.287
455
519
Thị xã Hoàng Mai
512
187
204

Từ đầu năm đến hết quý III/2024, toàn tỉnh đăng ký khai sinh cho 41.530 trường hợp, giảm 3,1% so với cùng kỳ năm 2023; đăng ký khai sinh có yếu tố nước ngoài 37 trường hợp.

Người dân cần hỗ trợ thủ tục hộ tịch trực tuyến liên hệ Phòng Hành chính tư pháp theo số điện thoại 0238.3844.512 trong giờ hành chính.

SỞ TƯ PHÁP TỈNH NGHỆ AN
Địa chỉ: Số 37 đường Nguyễn Thị Minh Khai, TP. Vinh, Nghệ An
Tổng lượt truy cập: 2.814.307
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến hết quý III/2024", "2024-01-01", "2024-09-30")
U = "trường hợp"

FIGS = [
    fig("cho 14.268 trường hợp", "14.268", 14268, "count", U, "đăng ký khai sinh", Q3),
    fig("đúng hạn 13.905", "13.905", 13905, "count", U, "đăng ký khai sinh đúng hạn", Q3,
        total=14268, percent=97.5),
    fig("khai tử 5.117", "5.117", 5117, "count", U, "đăng ký khai tử", Q3),
    fig("kết hôn 6.032 cặp", "6.032", 6032, "count", "cặp", "đăng ký kết hôn", Q3),
    fig("cấp 2.316 giấy", "2.316", 2316, "count", "giấy xác nhận tình trạng hôn nhân",
        "giấy xác nhận tình trạng hôn nhân được cấp", Q3),
    fig("đạt 68,4%", "68,4", 68.4, "percent", "%", "tỷ lệ hồ sơ đăng ký khai sinh trực tuyến", inh(Q3),
        change=chg("increase", 12.6, "%", "quý II/2024")),
    fig("liên thông 3 thủ tục", "3", 3, "count", "thủ tục hành chính", optional=True),
    fig("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    fig("với 9.874 hồ sơ", "9.874", 9874, "count", "hồ sơ",
        "hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi", inh(Q3)),
]
TABLE = [
    ("Vinh", "Vinh\n1.642", "1.642", 1642, "1.642\n598", "598", 598, "598\n705", "705", 705),
    ("Diễn Châu", "Châu\n1.318", "1.318", 1318, "1.318\n472", "472", 472, "472\n541", "541", 541),
    ("Quỳnh Lưu", "Lưu\n1.287", "1.287", 1287, "1.287\n455", "455", 455, "455\n519", "519", 519),
    ("Hoàng Mai", "Mai\n512", "512", 512, "512\n187", "187", 187, "187\n204", "204", 204),
]
for place, *cells in TABLE:
    for i, col in enumerate(("đăng ký khai sinh", "đăng ký khai tử", "đăng ký kết hôn")):
        a, n, v = cells[3 * i: 3 * i + 3]
        FIGS.append(fig(a, n, v, "count", U, col, inh(Q3), location=place))
FIGS += [
    fig("cho 41.530 trường hợp", "41.530", 41530, "count", U, "đăng ký khai sinh", YTD,
        change=chg("decrease", 3.1, "%", "cùng kỳ năm 2023")),
    fig("nước ngoài 37 trường hợp", "37", 37, "count", U, "đăng ký khai sinh có yếu tố nước ngoài", YTD),
]

COMMENTS = [
    "Sở Tư pháp Nghệ An department page, no dateline: hộ tịch quý III/2024 (khai sinh, khai tử, kết hôn) with a one-cell-per-line table",
    "and an 'Đơn vị tính: trường hợp' line (invented probe). No published date.",
    "Distractors: 'quý III/2024' headings, phone 0238.3844.512, 'Số 37 đường Nguyễn Thị Minh Khai', 'Tổng lượt truy cập: 2.814.307'.",
    "'liên thông 3 thủ tục' (a named bundle of procedures) and 'dưới 6 tuổi' are optional.",
    "'trong đó đăng ký đúng hạn 13.905 trường hợp, chiếm 97,5%' → total 14.268 and percent 97,5.",
    "'Tỷ lệ ... đạt 68,4%, tăng 12,6% so với quý II/2024' → a share with its change (quý III inherited from the previous paragraph).",
    "Table: row labels are places (location: Vinh, Diễn Châu, Quỳnh Lưu, Hoàng Mai); subject = the column; unit from 'Đơn vị tính';",
    "period from the table title (inherited, not scored). '37 trường hợp' continues the 'Từ đầu năm đến hết quý III/2024' sentence.",
]

if __name__ == "__main__":
    emit("p533-7", TEXT, COMMENTS, FIGS, published=None, location="Nghệ An")
