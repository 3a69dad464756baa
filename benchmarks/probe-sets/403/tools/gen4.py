from lib import F, P, CH, TG, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN CHỢ GẠO
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Chợ Gạo, ngày 28 tháng 11 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ thanh long năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích thanh long toàn huyện ước đạt 8.412 ha, giảm 3,4% so với năm 2023; sản lượng ước đạt 251.000 tấn, đạt 98,9% chỉ tiêu Nghị quyết HĐND huyện. Một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: ha
Chỉ tiêu
Năm 2023
Ước năm 2024
Kế hoạch năm 2025
Tổng diện tích
8.708
8.412
8.500
Diện tích cho trái
8.150
7.960
8.100
Diện tích đạt VietGAP
1.235
1.420
1.600
Diện tích có mã số vùng trồng
2.860
3.115
3.400

2. Giá cả, tiêu thụ
Từ đầu năm đến nay, giá thanh long ruột đỏ tại vườn bình quân 18.500 đồng/kg, cao hơn 2.300 đồng/kg so với năm 2023; có thời điểm trong quý III/2024 giá lên tới 32.000 đồng/kg. Thanh long ruột trắng bình quân 9.800 đồng/kg. Khoảng 65% sản lượng được tiêu thụ qua thương lái, 28% qua 14 hợp tác xã và tổ hợp tác, số còn lại bán lẻ tại chợ đầu mối.

II. KẾ HOẠCH NĂM 2025
Phấn đấu duy trì diện tích thanh long khoảng 8.500 ha, năng suất bình quân đạt 31 tấn/ha; cấp mới ít nhất 10 mã số vùng trồng; 100% hợp tác xã thanh long ứng dụng truy xuất nguồn gốc điện tử.

Nơi nhận:
- UBND tỉnh Tiền Giang (b/c);
- Sở NN&PTNT;
- Lưu: VT, PNN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Tâm
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-28")
YTDI = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-28", inh=True)
K25 = P("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("ước đạt 8.412 ha", "8.412", 8412, "measure", "ha", "diện tích thanh long toàn huyện",
      change=CH("decrease", 3.4, "%", "năm 2023"), status="estimate", period=Y24),
    F("ước đạt 251.000 tấn", "251.000", 251000, "measure", "tấn", "sản lượng thanh long",
      percent=98.9, status="estimate", period=Y24),
]

COLS = [("Năm 2023", "năm 2023", "2023", "actual"), ("Ước năm 2024", "ước năm 2024", "2024", "estimate"),
        ("Kế hoạch năm 2025", "kế hoạch năm 2025", "2025", "target")]
ROWS = [("Tổng diện tích", ["8.708", "8.412", "8.500"]),
        ("Diện tích cho trái", ["8.150", "7.960", "8.100"]),
        ("Diện tích đạt VietGAP", ["1.235", "1.420", "1.600"]),
        ("Diện tích có mã số vùng trồng", ["2.860", "3.115", "3.400"])]

for label, cells in ROWS:
    for i, cell in enumerate(cells):
        col, colsub, yr, st = COLS[i]
        if i == 0:
            anchor = f"{label}\n{cell}\n"
        else:
            anchor = f"{cells[i-1]}\n{cell}\n"
        kw = {}
        if st != "actual":
            kw["status"] = st
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "measure", "ha",
                      f"{label} thanh long {colsub}",
                      period=P(col, f"{yr}-01-01", f"{yr}-12-31"), **kw))

FIGS += [
    F("bình quân 18.500 đồng/kg", "18.500", 18500, "money", "đồng/kg",
      "giá thanh long ruột đỏ tại vườn bình quân",
      change=CH("increase", 2300, "đồng/kg", "năm 2023"), period=YTD),
    F("lên tới 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg",
      "giá thanh long ruột đỏ tại vườn",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("bình quân 9.800 đồng/kg", "9.800", 9800, "money", "đồng/kg", "giá thanh long ruột trắng bình quân",
      period=YTDI),
    F("Khoảng 65% sản lượng", "65", 65, "percent", "%", "sản lượng được tiêu thụ qua thương lái",
      approx="about", period=YTDI),
    F("thương lái, 28% qua", "28", 28, "percent", "%", "sản lượng tiêu thụ qua hợp tác xã và tổ hợp tác",
      period=YTDI),
    F("qua 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã và tổ hợp tác tiêu thụ thanh long",
      period=YTDI),
    F("khoảng 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích thanh long duy trì", approx="about",
      status="target", period=K25),
    F("đạt 31 tấn/ha", "31", 31, "measure", "tấn/ha", "năng suất bình quân", status="target", period=K25),
    F("ít nhất 10 mã số vùng trồng", "10", 10, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới",
      approx="at_least", status="target", period=K25),
    F("100% hợp tác xã", "100", 100, "percent", "%",
      "hợp tác xã thanh long ứng dụng truy xuất nguồn gốc điện tử", status="target", period=K25),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Chợ Gạo, Tiền Giang, 'Số: 418/BC-UBND'); the place-and-date line gives published 2024-11-28.",
    "One-cell-per-line table with 'Đơn vị tính: ha': 12 cells, subject = row label + column label, period from the column header (scored),",
    "'Ước năm 2024' -> estimate, 'Kế hoạch năm 2025' -> target. Row labels and headers are not figures. No totals for table cells.",
    "'đạt 98,9% chỉ tiêu' is the share of 251.000 tấn (percent). 'cao hơn 2.300 đồng/kg so với năm 2023' is the change of 18.500 đồng/kg.",
    "Section II heading 'KẾ HOẠCH NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' makes them targets; 'ít nhất' = at_least.",
    "Distractors: document number, date line, section numbers I./II./1./2., 'Lưu: VT, PNN', 'UBND tỉnh Tiền Giang (b/c)', signer.",
]

write(4, TEXT, COMMENTS, FIGS, published="2024-11-28", location="Chợ Gạo")
