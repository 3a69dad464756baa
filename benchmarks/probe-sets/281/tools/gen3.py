from lib import F, P, Y, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT TỈNH AN GIANG
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Số: 87/BC-TTBVTV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả kiểm tra, lấy mẫu chất lượng giống cây trồng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
Thực hiện Kế hoạch số 215/KH-SNNPTNT ngày 12/01/2024 của Sở Nông nghiệp và PTNT, 6 tháng đầu năm 2024 Chi cục đã kiểm tra 148 lượt cơ sở sản xuất, kinh doanh giống cây trồng, tăng 12 lượt so với cùng kỳ năm 2023. Chi cục lấy 236 mẫu giống gửi kiểm nghiệm, trong đó 214 mẫu đạt tiêu chuẩn chất lượng, chiếm 90,7%; 22 mẫu không đạt, chủ yếu do tỷ lệ nảy mầm thấp và lẫn giống khác.

Kết quả cụ thể như sau:
Đơn vị tính: mẫu
TT | Loại giống | Số mẫu lấy | Số mẫu đạt | Số mẫu không đạt | Tỷ lệ đạt (%)
1 | Lúa giống xác nhận | 168 | 155 | 13 | 92,3
2 | Lúa giống nguyên chủng | 34 | 33 | 1 | 97,1
3 | Giống ngô lai | 18 | 15 | 3 | 83,3
4 | Giống rau, màu | 16 | 11 | 5 | 68,8
 | Tổng cộng | 236 | 214 | 22 | 90,7

Qua kiểm tra, phát hiện 9 cơ sở vi phạm (kinh doanh giống không rõ nguồn gốc, ghi nhãn không đúng quy định), đã xử phạt vi phạm hành chính tổng số tiền 126,5 triệu đồng và tiêu hủy gần 4,2 tấn lúa giống không đạt chất lượng. Các huyện có tỷ lệ mẫu đạt thấp là Chợ Mới (84,6%) và Tri Tôn (85,2%).

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu lấy tối thiểu 250 mẫu giống để kiểm nghiệm; 100% cơ sở sản xuất giống lúa trên địa bàn được kiểm tra ít nhất 1 lần/năm.
2. Phối hợp Phòng Nông nghiệp các huyện, thị xã, thành phố tuyên truyền người dân sử dụng giống có nguồn gốc rõ ràng.

Nơi nhận:
- Sở NN&PTNT (b/c);
- Lưu: VT, TT.

KT. CHI CỤC TRƯỞNG
PHÓ CHI CỤC TRƯỞNG
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = dict(H1, inherited=True)
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
H2i = dict(H2, inherited=True)

ROWS = [
    ("Lúa giống xác nhận", "1 | Lúa giống xác nhận | ", ["168", "155", "13", "92,3"]),
    ("Lúa giống nguyên chủng", "2 | Lúa giống nguyên chủng | ", ["34", "33", "1", "97,1"]),
    ("Giống ngô lai", "3 | Giống ngô lai | ", ["18", "15", "3", "83,3"]),
    ("Giống rau, màu", "4 | Giống rau, màu | ", ["16", "11", "5", "68,8"]),
    ("Tổng cộng", " | Tổng cộng | ", ["236", "214", "22", "90,7"]),
]
COLS = ["Số mẫu lấy", "Số mẫu đạt", "Số mẫu không đạt", "Tỷ lệ đạt"]

FIGS = [
    F("kiểm tra 148 lượt", "148", 148, "count", "lượt cơ sở", "lượt cơ sở sản xuất, kinh doanh giống cây trồng được kiểm tra",
      change={"direction": "increase", "value": 12, "unit": "lượt", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("lấy 236 mẫu", "236", 236, "count", "mẫu giống", "mẫu giống gửi kiểm nghiệm", period=H1i),
    F("trong đó 214 mẫu", "214", 214, "count", "mẫu", "mẫu đạt tiêu chuẩn chất lượng", total=236, percent=90.7, period=H1i),
    F("; 22 mẫu", "22", 22, "count", "mẫu", "mẫu không đạt", total=236, period=H1i),
]
for label, prefix, cells in ROWS:
    line = prefix + " | ".join(cells)
    for i, (col, cell) in enumerate(zip(COLS, cells)):
        pct = i == 3
        # anchor: the cell with enough of its row around it to be unique
        if i == 0:
            anchor = prefix + cell + " |"
        else:
            anchor = " | ".join(cells[i - 1:i + 1]) if i < 3 else " | " + cells[2] + " | " + cell
            if i < 3:
                anchor = " | ".join(cells[:i + 1])
            else:
                anchor = " | ".join(cells)
        FIGS.append(F(anchor, cell, float(cell.replace(",", ".")) if pct else int(cell),
                      "percent" if pct else "count", "%" if pct else "mẫu",
                      f"{col} {label}", period=H1i))

FIGS += [
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", period=H1i),
    F("126,5 triệu đồng", "126,5", 126500000, "money", "đồng", "tiền xử phạt vi phạm hành chính", period=H1i),
    F("gần 4,2 tấn", "4,2", 4.2, "measure", "tấn", "lúa giống không đạt chất lượng bị tiêu hủy", approx="nearly", period=H1i),
    F("Chợ Mới (84,6%)", "84,6", 84.6, "percent", "%", "tỷ lệ mẫu đạt", location="Chợ Mới", period=H1i),
    F("Tri Tôn (85,2%)", "85,2", 85.2, "percent", "%", "tỷ lệ mẫu đạt", location="Tri Tôn", period=H1i),
    F("tối thiểu 250 mẫu", "250", 250, "count", "mẫu giống", "mẫu giống lấy để kiểm nghiệm", approx="at_least",
      status="target", period=H2i),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất giống lúa được kiểm tra", status="target", period=H2i),
    F("ít nhất 1 lần/năm", "1", 1, "count", "lần/năm", None, approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Formal report of Chi cục Trồng trọt và BVTV An Giang, letterhead 'Số: 87/BC-TTBVTV', place-and-date line 05/7/2024: seed sampling, H1 2024.",
    "Flattened '|' table under 'Đơn vị tính: mẫu' with a '(%)' column: every numeric cell is a figure (zeros none here), subject = column + row",
    "label, period inherited from the title/paragraph (6 tháng đầu năm 2024). Row numbers 1-4 are not figures; table cells carry no total.",
    "Distractors: 'Số: 87/BC-TTBVTV', 'Kế hoạch số 215/KH-SNNPTNT ngày 12/01/2024', section numbers I., II., 1., 2., 'Lưu: VT, TT'.",
    "'tăng 12 lượt so với cùng kỳ năm 2023' is the change of 148 lượt. '214 mẫu ..., chiếm 90,7%' and '22 mẫu' are parts of 236 (trong đó, ';').",
    "Section II (6 tháng cuối năm 2024) governs the two targets; 'ít nhất 1 lần/năm' is a frequency criterion (optional).",
]
build("p281-3", TEXT, FIGS, COMMENTS, published="2024-07-05", location="An Giang")
