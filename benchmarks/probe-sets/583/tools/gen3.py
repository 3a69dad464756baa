"""p583-3: UBND tỉnh Thái Bình formal report, giá cả 6 tháng đầu năm 2024, flattened | table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH THÁI BÌNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 10 tháng 7 năm 2024

BÁO CÁO
Tình hình giá cả thị trường 6 tháng đầu năm 2024 và dự báo 6 tháng cuối năm
(phục vụ Kỳ họp thứ 19 HĐND tỉnh khóa XVII)

I. TÌNH HÌNH GIÁ CẢ THỊ TRƯỜNG
1. Chỉ số giá tiêu dùng
Chỉ số giá tiêu dùng (CPI) tháng 6/2024 trên địa bàn tỉnh tăng 0,18% so với tháng trước; bình quân 6 tháng đầu năm 2024 tăng 3,54% so với cùng kỳ, thấp hơn mức tăng chung của cả nước (4,08%).

Bảng 1. Chỉ số giá tháng 6/2024 một số nhóm hàng (Đơn vị tính: %)
Nhóm hàng | So với tháng trước | So với tháng 12/2023 | So với cùng kỳ
Chỉ số giá tiêu dùng chung | 100,18 | 101,95 | 103,62
Hàng ăn và dịch vụ ăn uống | 100,25 | 102,10 | 104,05
Giao thông | 99,06 | 103,20 | 102,75
Chỉ số giá vàng | 99,12 | 117,40 | 128,63
Chỉ số giá đô la Mỹ | 100,31 | 104,15 | 105,02

2. Giá một số mặt hàng thiết yếu
Giá lúa tẻ thường ở mức 7.800-8.200 đồng/kg, tăng khoảng 10% so với cùng kỳ. Giá phân bón urê giảm 4,5%, còn 11.500 đồng/kg.

II. DỰ BÁO 6 THÁNG CUỐI NĂM
Dự kiến CPI bình quân năm 2024 của tỉnh tăng khoảng 3,8-4%, trong phạm vi mục tiêu kiểm soát lạm phát dưới 4,5% theo Nghị quyết số 103/2023/QH15 của Quốc hội.

Nơi nhận:
- Thường trực Tỉnh ủy;
- Bộ Tài chính;
- Cục Thống kê tỉnh;
- Lưu: VT, TH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

T6 = P("tháng 6/2024", "2024-06-01", "2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

ROWS = [
    ("Chỉ số giá tiêu dùng chung", ["100,18", "101,95", "103,62"]),
    ("Hàng ăn và dịch vụ ăn uống", ["100,25", "102,10", "104,05"]),
    ("Giao thông", ["99,06", "103,20", "102,75"]),
    ("Chỉ số giá vàng", ["99,12", "117,40", "128,63"]),
    ("Chỉ số giá đô la Mỹ", ["100,31", "104,15", "105,02"]),
]
COLS = ["so với tháng trước", "so với tháng 12/2023", "so với cùng kỳ"]

FIGS = [
    F("tỉnh tăng 0,18%", "0,18", 0.18, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 6/2024 so với tháng trước",
      P("tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("tăng 3,54%", "3,54", 3.54, "percent", "%", "CPI bình quân 6 tháng đầu năm 2024 so với cùng kỳ", H1),
    F("cả nước (4,08%)", "4,08", 4.08, "percent", "%", "mức tăng CPI bình quân 6 tháng đầu năm 2024",
      H1, location="Việt Nam"),
]
for label, cells in ROWS:
    for i, c in enumerate(cells):
        if i == 0:
            anchor = f"{label} | {c}"
        else:
            anchor = f"{cells[i - 1]} | {c}"
        FIGS.append(F(anchor, c, float(c.replace(",", ".")), "percent", "%", f"{label} {COLS[i]}", T6))

FIGS += [
    F("mức 7.800-8.200 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá lúa tẻ thường",
      INH(H1), value_max=8200, change=CH("increase", 10, "%", "cùng kỳ", approx="about")),
    F("còn 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", "giá phân bón urê",
      INH(H1), change=CH("decrease", 4.5, "%")),
    F("khoảng 3,8-4%", "3,8", 3.8, "percent", "%", "CPI bình quân năm 2024",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=4, approx="about", target=TG(4.5),
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Thái Bình, Số: 215/BC-UBND, 'Thái Bình, ngày 10 tháng 7 năm 2024': giá cả thị trường 6 tháng đầu năm 2024.",
    "Bảng 1 is flattened with '|' (Đơn vị tính: %): every index cell (100,18 ...) is a percent figure; subject = row + column;",
    "the columns are baselines, not periods, so the period (tháng 6/2024) comes from the table title: inherited (unscored).",
    "'thấp hơn mức tăng chung của cả nước (4,08%)': the bracket holds the national level, a percent figure of its own (Việt Nam), not a change.",
    "'giảm 4,5%, còn 11.500 đồng/kg': the price level is the figure, the fall its change. 'trong phạm vi mục tiêu kiểm soát lạm phát",
    "dưới 4,5%' is the target attribute of the forecast 3,8-4% (as 'chỉ tiêu … (35,5%)' in shared h09), not a figure of its own.",
    "Distractors: Số: 215/BC-UBND, Kỳ họp thứ 19, khóa XVII, Bảng 1, section numbers I./1./2./II., Nghị quyết số 103/2023/QH15.",
]

if __name__ == "__main__":
    emit("p583-3", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Thái Bình")
