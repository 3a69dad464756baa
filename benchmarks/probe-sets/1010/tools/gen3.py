"""p1010-3: formal report (UBND tỉnh Đồng Nai), 9 tháng 2024, flattened '|' table by locality."""
from lib import F, write, period, inherit, change, target

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý pin thải và chất thải điện tử 9 tháng đầu năm 2024

Thực hiện Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ và Kế hoạch số 64/KH-UBND ngày 08/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới thu gom
Tính đến ngày 30/9/2024, toàn tỉnh có 128 điểm thu gom pin thải và thiết bị điện tử, đạt 85,3% kế hoạch năm (150 điểm). Kết quả thu gom 9 tháng đầu năm 2024 theo địa phương:
Đơn vị tính: kg
Địa phương | Số điểm thu gom (điểm) | Pin thải | Thiết bị điện, điện tử
Biên Hòa | 64 | 2.150 | 8.420
Long Khánh | 18 | 640 | 2.310
Trảng Bom | 25 | 815 | 3.050
Nhơn Trạch | 21 | 560 | 2.480
Tổng cộng | 128 | 4.165 | 16.260

2. Kết quả thu gom, xử lý
9 tháng đầu năm 2024, toàn tỉnh thu gom được 20.425 kg pin thải và thiết bị điện tử, tăng 27,4% so với cùng kỳ năm 2023; trong đó pin thải chiếm 20,4%. Đã chuyển giao 18,6 tấn cho 02 đơn vị có chức năng xử lý chất thải nguy hại, chi phí bình quân 19.500 đồng/kg. Có 146/372 trường học tham gia thu gom, tăng 38 trường so với năm học trước.

II. ĐÁNH GIÁ CHUNG
Lượng pin thải phát sinh trên địa bàn ước khoảng 35 tấn/năm; tỷ lệ thu gom mới đạt khoảng 12%.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 thu gom thêm khoảng 7 tấn, nâng tổng lượng cả năm lên trên 27 tấn; bổ sung 22 điểm thu gom, bảo đảm hoàn thành kế hoạch năm.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Tấn Đức
"""

AS = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T = inherit(P9)
Q4 = period("quý IV/2024", "2024-10-01", "2024-12-31")


def row(place, pts, pin, tb, pin_n, tb_n, pts_n):
    loc = {} if place is None else {"location": place}
    return [
        F(pts, pts_n, float(pts_n), "count", "điểm", "Số điểm thu gom", period=T, **loc),
        F(pin, pin_n, float(pin_n.replace(".", "")), "measure", "kg", "Pin thải", period=T, **loc),
        F(tb, tb_n, float(tb_n.replace(".", "")), "measure", "kg", "Thiết bị điện, điện tử", period=T, **loc),
    ]


FIGS = [
    F("có 128 điểm thu gom", "128", 128, "count", "điểm thu gom", "điểm thu gom pin thải và thiết bị điện tử",
      percent=85.3, target=target(150, "điểm"), period=AS),
]
FIGS += row("Biên Hòa", "Biên Hòa | 64", "64 | 2.150", "2.150 | 8.420", "2.150", "8.420", "64")
FIGS += row("Long Khánh", "Long Khánh | 18", "18 | 640", "640 | 2.310", "640", "2.310", "18")
FIGS += row("Trảng Bom", "Trảng Bom | 25", "25 | 815", "815 | 3.050", "815", "3.050", "25")
FIGS += row("Nhơn Trạch", "Nhơn Trạch | 21", "21 | 560", "560 | 2.480", "560", "2.480", "21")
tot = row(None, "Tổng cộng | 128", "128 | 4.165", "4.165 | 16.260", "4.165", "16.260", "128")
for f, s in zip(tot, ["Tổng cộng Số điểm thu gom", "Tổng cộng Pin thải", "Tổng cộng Thiết bị điện, điện tử"]):
    f["subject"] = s
FIGS += tot
FIGS += [
    F("được 20.425 kg", "20.425", 20425, "measure", "kg", "pin thải và thiết bị điện tử thu gom",
      change=change("increase", 27.4, baseline="cùng kỳ năm 2023"), period=P9),
    F("pin thải chiếm 20,4%", "20,4", 20.4, "percent", "%", "pin thải trong lượng thu gom", period=P9),
    F("chuyển giao 18,6 tấn", "18,6", 18.6, "measure", "tấn", "pin thải và chất thải điện tử chuyển giao xử lý", period=T),
    F("cho 02 đơn vị", "02", 2, "count", "đơn vị", "đơn vị có chức năng xử lý chất thải nguy hại", period=T),
    F("bình quân 19.500 đồng/kg", "19.500", 19500, "money", "đồng/kg", "chi phí xử lý bình quân", period=T),
    F("Có 146/372 trường học", "146", 146, "count", "trường học", "trường học tham gia thu gom", total=372,
      change=change("increase", 38, "trường", "năm học trước"), period=T),
    F("ước khoảng 35 tấn/năm", "35", 35, "measure", "tấn/năm", "lượng pin thải phát sinh trên địa bàn",
      approx="about", status="estimate"),
    F("đạt khoảng 12%", "12", 12, "percent", "%", "tỷ lệ thu gom pin thải", approx="about"),
    F("thêm khoảng 7 tấn", "7", 7, "measure", "tấn", "pin thải và chất thải điện tử thu gom thêm",
      approx="about", status="forecast", period=Q4),
    F("trên 27 tấn", "27", 27, "measure", "tấn", "tổng lượng thu gom cả năm", approx="over", status="forecast",
      period=period("cả năm", "2024-01-01", "2024-12-31")),
    F("bổ sung 22 điểm", "22", 22, "count", "điểm thu gom", "điểm thu gom bổ sung", status="forecast", period=inherit(Q4)),
]

NOTES = [
    "Formal report, UBND tỉnh Đồng Nai, Số: 287/BC-UBND, 15/10/2024: 9-month 2024 e-waste/battery collection.",
    "Flattened '|' table (Đơn vị tính: kg; the points column carries its own unit '(điểm)'); rows are localities",
    "(location = the row), the Tổng cộng row is its own figure (location Đồng Nai, no totals on cells);",
    "table periods come from the line above the table (another sentence): inherited.",
    "Distractors: Số: 287/BC-UBND; Nghị định số 08/2022/NĐ-CP ngày 10/01/2022; Kế hoạch số 64/KH-UBND ngày 08/3/2024;",
    "section numbers I./1./2./II./III.; heading 'NHIỆM VỤ QUÝ IV/2024'; signer; 'Lưu: VT, KTN'.",
    "'đạt 85,3% kế hoạch năm (150 điểm)': percent 85.3 and target 150 of the 128 points; the bracketed plan is an attribute, not a figure.",
    "'trong đó pin thải chiếm 20,4%' has no base amount in its clause: a percent figure (subject: the share).",
    "revised after the first run: table subjects are the column label (+ the row label 'Tổng cộng'), per FIGURES.md tables;",
    "20,4% subject 'pin thải trong lượng thu gom' (the sentence does not say 'tỷ trọng'; same form as the shares in p1010-4).",
    "'ước khoảng 35 tấn/năm' → about + estimate. 'bổ sung 22 điểm' continues the 'Dự kiến' sentence → forecast.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-15", location="Đồng Nai")
