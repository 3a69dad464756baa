from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐƠN DƯƠNG                          Độc lập - Tự do - Hạnh phúc
Số: 386/BC-UBND                   Đơn Dương, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất nông nghiệp ứng dụng công nghệ cao 9 tháng năm 2024,
nhiệm vụ trọng tâm quý IV/2024

Thực hiện Quyết định số 1276/QĐ-UBND ngày 12/6/2023 của UBND tỉnh Lâm Đồng, UBND huyện Đơn Dương báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tổng diện tích gieo trồng 9 tháng năm 2024 ước đạt 21.350 ha, bằng 82,4% kế hoạch năm; trong đó diện tích ứng dụng công nghệ cao 14.760 ha, chiếm 69,1%.

Bảng 1. Kết quả sản xuất công nghệ cao 9 tháng năm 2024 theo nhóm cây trồng
Nhóm cây trồng | Nhà kính, nhà màng (ha) | Tưới nhỏ giọt (ha) | Sản lượng (tấn)
Rau ăn lá | 815 | 2.940 | 186.300
Cà chua, ớt ngọt | 352 | 1.120 | 97.450
Dâu tây | 41 | 65 | 1.230
Cây ăn quả | 0 | 2.315 | 18.760

2. Giá trị sản xuất và đầu tư
Giá trị sản xuất bình quân trên diện tích ứng dụng công nghệ cao ước đạt 248 triệu đồng/ha, tăng 6,4% so với cùng kỳ. Trong kỳ, 05 doanh nghiệp, hợp tác xã đầu tư mới 27 ha nhà kính với tổng vốn 63 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đạt 25.900 ha gieo trồng, trong đó diện tích ứng dụng công nghệ cao trên 17.500 ha; hoàn thành cấp 12 mã số vùng trồng mới.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.                                        KT. CHỦ TỊCH
                                                         PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Rau ăn lá", "815", "2.940", "186.300"),
        ("Cà chua, ớt ngọt", "352", "1.120", "97.450"),
        ("Dâu tây", "41", "65", "1.230"),
        ("Cây ăn quả", "0", "2.315", "18.760")]
COLS = [("diện tích nhà kính, nhà màng", "ha", "measure"),
        ("diện tích tưới nhỏ giọt", "ha", "measure"),
        ("sản lượng", "tấn", "measure")]


def num(s):
    return float(s.replace(".", "")) if "." in s else int(s)


FIGS = [
    F("ước đạt 21.350 ha", "21.350", 21350, "measure", "ha", "tổng diện tích gieo trồng", N9,
      percent=82.4, status="estimate"),
    F("cao 14.760 ha", "14.760", 14760, "measure", "ha", "diện tích ứng dụng công nghệ cao", N9,
      total=21350, percent=69.1, status="estimate"),
]
for label, *cells in ROWS:
    for i, (cell, (col, unit, kind)) in enumerate(zip(cells, COLS)):
        # anchor: the cell with its neighbours so it is unique
        if i == 0:
            anchor = f"{label} | {cell} |"
        elif i == 1:
            anchor = f"| {cells[0]} | {cell} | {cells[2]}"
        else:
            anchor = f"| {cells[1]} | {cell}\n"
        FIGS.append(F(anchor, cell, num(cell), kind, unit, f"{col} {label.lower()}", I(N9)))

FIGS += [
    F("ước đạt 248 triệu", "248", 248000000, "money", "đồng/ha",
      "giá trị sản xuất bình quân trên diện tích ứng dụng công nghệ cao", I(N9),
      change=CH("increase", 6.4, baseline="cùng kỳ"), status="estimate"),
    F("kỳ, 05 doanh nghiệp", "05", 5, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã đầu tư mới nhà kính", I(N9)),
    F("mới 27 ha", "27", 27, "measure", "ha", "diện tích nhà kính đầu tư mới", I(N9)),
    F("vốn 63 tỷ", "63", 63000000000, "money", "đồng", "tổng vốn đầu tư nhà kính mới", I(N9)),
    F("đạt 25.900 ha", "25.900", 25900, "measure", "ha", "diện tích gieo trồng", Y24, status="target"),
    F("trên 17.500 ha", "17.500", 17500, "measure", "ha", "diện tích ứng dụng công nghệ cao", Y24,
      approx="over", total=25900, status="target"),
    F("cấp 12 mã số", "12", 12, "count", "mã số vùng trồng", "mã số vùng trồng mới cấp", Y24, status="target"),
]

COMMENTS = [
    "Formal report (letterhead 'Số: 386/BC-UBND', place-and-date line 'Đơn Dương, ngày 04 tháng 10 năm 2024'), UBND huyện Đơn Dương (Lâm Đồng).",
    "Flattened '|' table: every numeric cell (the zero included) is a figure; unit from the column's '(ha)'/'(tấn)'; subject column + row label;",
    "period from the table title '9 tháng năm 2024' (another line: inherited). No Ước column, so table cells are actual; no totals for table cells.",
    "'ước đạt 21.350 ha, bằng 82,4% kế hoạch năm' -> percent 82.4 (share of the plan); '14.760 ha, chiếm 69,1%' after 'trong đó': total and percent;",
    "the 'ước' cue continues into the 'trong đó' clause (estimate). Distractors: 'Quyết định số 1276/QĐ-UBND ngày 12/6/2023', 'Bảng 1', section numbers",
    "'I.', '1.', '2.', 'II.', 'quý IV/2024' (a heading period), 'Lưu: VT, NN'. '05 doanh nghiệp, hợp tác xã' is a count of 5.",
    "Targets 'Phấn đấu cả năm 2024': status target, period năm 2024; 17.500 ha is part of 25.900 ha after 'trong đó'.",
]

emit("p469-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Đơn Dương")
