from lib import F, P, I, CH, TG, emit

ROWS = [
    ("TP. Cao Lãnh", "Cao Lãnh", "15", "5", "64"),
    ("TP. Sa Đéc", "Sa Đéc", "12", "4", "41"),
    ("TP. Hồng Ngự", "Hồng Ngự", "10", "2", "23"),
    ("Huyện Tháp Mười", "Tháp Mười", "19", "1", "18"),
    ("Huyện Lấp Vò", "Lấp Vò", "16", "1", "15"),
]
table = "\n".join(f"{r[0]}\n{r[2]}\n{r[3]}\n{r[4]}" for r in ROWS)

TEXT = f"""SỞ CÔNG THƯƠNG TỈNH ĐỒNG THÁP
Trang chủ » Quản lý thương mại » Hạ tầng thương mại

Hạ tầng thương mại trên địa bàn tỉnh Đồng Tháp năm 2023

Năm 2023, mạng lưới hạ tầng thương mại của tỉnh Đồng Tháp tiếp tục phát triển. Toàn tỉnh có 174 chợ, 14 siêu thị và 1 trung tâm thương mại; số cửa hàng tiện lợi đạt 212 cửa hàng, tăng 35 cửa hàng so với năm 2022. Bình quân mỗi xã, phường, thị trấn có 1,22 chợ; mật độ cửa hàng tiện lợi đạt 1,3 cửa hàng/vạn dân.

Bảng: Số lượng chợ, siêu thị, cửa hàng tiện lợi tại một số địa phương năm 2023
Đơn vị tính: cơ sở

Địa phương
Chợ
Siêu thị
Cửa hàng tiện lợi
{table}

Đến cuối năm 2023, có 27/174 chợ được công nhận đạt chuẩn văn minh thương mại; 9 chợ đã chuyển giao cho doanh nghiệp, hợp tác xã quản lý, khai thác với tổng số tiền nộp ngân sách hằng năm khoảng 2,4 tỷ đồng.

Giai đoạn 2021-2023, tổng vốn đầu tư xây dựng, cải tạo chợ đạt 236,4 tỷ đồng, trong đó vốn xã hội hóa chiếm 61,5%. Năm 2024, tỉnh phấn đấu thu hút thêm từ 3 đến 5 siêu thị và 40 cửa hàng tiện lợi, tập trung ở các đô thị loại II, loại III.

Sở Công Thương tỉnh Đồng Tháp - Số 16 đường Lê Lợi, Phường 2, TP. Cao Lãnh
Điện thoại: 0277.3851.239 - Fax: 0277.3851.240
Tổng lượt truy cập: 1.482.906
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)  # table title line
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 174 chợ", "174", 174, "count", "chợ", "chợ", Y23),
    F("14 siêu thị", "14", 14, "count", "siêu thị", "siêu thị", Y23),
    F("1 trung tâm", "1", 1, "count", "trung tâm thương mại", "trung tâm thương mại", Y23),
    F("đạt 212 cửa hàng", "212", 212, "count", "cửa hàng", "cửa hàng tiện lợi", Y23,
      change=CH("increase", 35, unit="cửa hàng", baseline="năm 2022")),
    F("có 1,22 chợ", "1,22", 1.22, "measure", "chợ/xã, phường, thị trấn", "chợ bình quân mỗi xã, phường, thị trấn", I(Y23)),
    F("1,3 cửa hàng/vạn dân", "1,3", 1.3, "measure", "cửa hàng/vạn dân", "mật độ cửa hàng tiện lợi", I(Y23)),
]
COLS = [("số lượng chợ", 2), ("số lượng siêu thị", 3), ("số lượng cửa hàng tiện lợi", 4)]
for r in ROWS:
    label, place = r[0], r[1]
    cells = r[2:5]
    for ci, (subj, _) in enumerate(COLS):
        cell = cells[ci]
        if ci == 0:
            anchor = f"{label}\n{cell}\n"
        elif ci == 1:
            anchor = f"{label}\n{cells[0]}\n{cell}\n"
        else:
            anchor = f"{label}\n{cells[0]}\n{cells[1]}\n{cell}\n"
        f = F(anchor, cell, int(cell), "count", "cơ sở", subj, T23, location=place)
        FIGS.append(f)

E23 = P("Đến cuối năm 2023", None, "2023-12-31")
FIGS += [
    F("có 27/174 chợ", "27", 27, "count", "chợ", "chợ được công nhận đạt chuẩn văn minh thương mại", E23, total=174),
    F("9 chợ đã", "9", 9, "count", "chợ", "chợ chuyển giao cho doanh nghiệp, hợp tác xã quản lý, khai thác", E23),
    F("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", "tiền nộp ngân sách hằng năm của các chợ chuyển giao",
      approx="about"),
    F("đạt 236,4 tỷ", "236,4", 236.4e9, "money", "đồng", "tổng vốn đầu tư xây dựng, cải tạo chợ",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%", "tỷ trọng vốn xã hội hóa trong tổng vốn đầu tư xây dựng, cải tạo chợ",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("từ 3 đến 5 siêu thị", "3", 3, "count", "siêu thị", "siêu thị thu hút thêm", Y24, value_max=5, status="target"),
    F("và 40 cửa hàng", "40", 40, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi thu hút thêm", Y24, status="target"),
]

emit("p530-7", TEXT, [
    "Department site (Sở Công Thương Đồng Tháp), no dateline, visit counter in the footer: commercial infrastructure 2023 with a",
    "one-cell-per-line table by locality ('Đơn vị tính: cơ sở'). Table cells: unit 'cơ sở' from the unit line, subject from the column,",
    "row places to location; period from the table title (inherited). 'trong đó vốn xã hội hóa chiếm 61,5%' has no base amount:",
    "a percent figure. Rates keep the denominator in the unit ('cửa hàng/vạn dân': 'vạn' is no multiplier here).",
    "Not figures: 'đô thị loại II, loại III', 'Số 16 đường Lê Lợi, Phường 2', phone/fax, 'Tổng lượt truy cập: 1.482.906'.",
], FIGS, published=None, location="Đồng Tháp")
