"""p819-7: department site (Sở Công Thương An Giang), no dateline; scales at gold shops; one-cell-per-line table."""
from lib import C, F, I, P, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH AN GIANG
Trang chủ » Tin tức » Quản lý thương mại

Rà soát, kiểm định cân tại các cửa hàng kinh doanh vàng bạc

Thực hiện Kế hoạch số 326/KH-SCT, trong quý II/2024, Sở Công Thương phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng rà soát 412 cửa hàng kinh doanh vàng bạc, đá quý trên địa bàn tỉnh, đạt 95,8% tổng số cửa hàng đang hoạt động. Qua rà soát, đã kiểm định 538 chiếc cân vàng, trong đó 21 chiếc không đạt yêu cầu về sai số, chiếm 3,9%.

Kết quả tại một số địa phương như sau:
Đơn vị tính: cửa hàng
Địa phương
Số cửa hàng rà soát
Có giấy phép sản xuất vàng trang sức
Vi phạm đo lường
TP Long Xuyên
118
34
5
TP Châu Đốc
87
19
4
TX Tân Châu
52
11
2
Huyện Chợ Mới
64
9
3
Tổng cộng
321
73
14

Giá vàng nhẫn 9999 tại các cửa hàng ở Long Xuyên cuối tháng 6/2024 phổ biến ở mức 7,45-7,6 triệu đồng/chỉ, tăng khoảng 1,3 triệu đồng/chỉ so với đầu năm. Sở đề nghị các cửa hàng niêm yết công khai giá mua, giá bán; phấn đấu đến cuối năm 2024 có 100% cân dùng trong mua bán vàng được kiểm định đúng hạn. Dự kiến trong quý III, Sở tiếp tục rà soát khoảng 20 cửa hàng còn lại.

SỞ CÔNG THƯƠNG TỈNH AN GIANG
Địa chỉ: Số 2 Lê Triệu Kiết, phường Mỹ Bình, TP Long Xuyên, tỉnh An Giang
Điện thoại: 0296.3852.711 | Fax: 0296.3856.318
Lượt truy cập: 1.284.906
"""

NOTES = [
    "Department site (Sở Công Thương An Giang), no dateline: review of gold shops and verification of their scales in Q2/2024,",
    "a table pasted one cell per line (Địa phương | Số cửa hàng rà soát | Có giấy phép sản xuất vàng trang sức | Vi phạm đo lường).",
    "Table cells: subject = column label, location = row place (Tổng cộng -> An Giang), unit from 'Đơn vị tính: cửa hàng',",
    "period 'quý II/2024' from the text above (inherited); no totals in cells. '21 chiếc' after 'trong đó' -> total 538, percent 3,9.",
    "Ring price 'ở Long Xuyên cuối tháng 6/2024' -> location Long Xuyên, period as of 30/6/2024 (revised: was the whole month). 'quý III' without a year -> 2024.",
    "Distractors: Kế hoạch số 326/KH-SCT, 'vàng nhẫn 9999', footer address 'Số 2 Lê Triệu Kiết', phone/fax, 'Lượt truy cập: 1.284.906'.",
]

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("rà soát 412 cửa hàng", "412", 412, "count", "cửa hàng", percent=95.8,
      subject="cửa hàng kinh doanh vàng bạc, đá quý được rà soát", period=Q2),
    F("kiểm định 538 chiếc", "538", 538, "count", "chiếc", subject="cân vàng được kiểm định", period=I(Q2)),
    F("trong đó 21 chiếc", "21", 21, "count", "chiếc", total=538, percent=3.9,
      subject="cân không đạt yêu cầu về sai số", period=I(Q2)),
]

COLS = ["Số cửa hàng rà soát", "cửa hàng có giấy phép sản xuất vàng trang sức", "cửa hàng vi phạm đo lường"]
ROWS = [("TP Long Xuyên", "Long Xuyên", ["118", "34", "5"]),
        ("TP Châu Đốc", "Châu Đốc", ["87", "19", "4"]),
        ("TX Tân Châu", "Tân Châu", ["52", "11", "2"]),
        ("Huyện Chợ Mới", "Chợ Mới", ["64", "9", "3"]),
        ("Tổng cộng", "An Giang", ["321", "73", "14"])]
for label, place, cells in ROWS:
    for i, num in enumerate(cells):
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{num}\n"
        subject = COLS[i] if label != "Tổng cộng" else f"{COLS[i]} tổng cộng"
        FIGS.append(F(anchor, num, int(num), "count", "cửa hàng", subject=subject, period=I(Q2), location=place))

FIGS += [
    F("mức 7,45-7,6 triệu", "7,45", 7.45e6, "money", "đồng/chỉ", value_max=7.6e6,
      change=C("increase", 1.3e6, "đồng/chỉ", "đầu năm", approx="about"),
      subject="giá vàng nhẫn 9999 tại các cửa hàng", period=P("cuối tháng 6/2024", None, "2024-06-30"),
      location="Long Xuyên"),
    F("có 100% cân", "100", 100, "percent", "%", status="target",
      subject="cân dùng trong mua bán vàng được kiểm định đúng hạn",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("khoảng 20 cửa hàng", "20", 20, "count", "cửa hàng", approx="about", status="forecast",
      subject="cửa hàng còn lại được rà soát", period=P("quý III", "2024-07-01", "2024-09-30")),
]

write(7, TEXT, NOTES, FIGS, location="An Giang")
