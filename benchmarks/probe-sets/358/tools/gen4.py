from lib import F, P, write

TEXT = """UBND TỈNH LAI CHÂU
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 412/BC-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 25 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện nhiệm vụ thông tin cơ sở năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Hệ thống truyền thanh cơ sở
Năm 2023, Sở đã tham mưu UBND tỉnh đầu tư 14 đài truyền thanh ứng dụng công nghệ thông tin - viễn thông (CNTT-VT) với tổng kinh phí 5.460 triệu đồng từ Chương trình MTQG 1719. Hiện trạng hệ thống tại Bảng 1.

Bảng 1. Truyền thanh cơ sở theo huyện, thành phố (đến 30/11/2023)
Huyện, thành phố | Số xã, phường, thị trấn | Số đài ứng dụng CNTT-VT | Số cụm loa thông minh | Tỷ lệ xã có đài ứng dụng CNTT-VT (%)
Thành phố Lai Châu | 7 | 7 | 42 | 100
Phong Thổ | 17 | 9 | 48 | 52,9
Sìn Hồ | 22 | 8 | 35 | 36,4
Mường Tè | 14 | 5 | 27 | 35,7
Toàn tỉnh | 106 | 52 | 318 | 49,1

2. Hoạt động thông tin, tuyên truyền
Các đài truyền thanh cấp xã đạt 9.870/9.000 tin, bài kế hoạch. Thời lượng phát thanh bằng tiếng Mông, Dao, Thái, Hà Nhì đạt 15.320 phút, tăng 1.180 phút so với năm 2022. Sở đã cấp phát 2.400 cuốn tài liệu song ngữ và tổ chức 06 lớp bồi dưỡng cho 312 lượt cán bộ làm công tác thông tin cơ sở.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 60% xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT-VT; lắp đặt mới khoảng 80 cụm loa thông minh.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Thông tin cơ sở (b/c);
- Lưu: VT, TTCS.
GIÁM ĐỐC
Tống Thanh Hải
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
T = P("đến 30/11/2023", None, "2023-11-30", True)
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", True)

COLS = [("Số xã, phường, thị trấn", "xã, phường, thị trấn", "count"),
        ("Số đài ứng dụng CNTT-VT", "đài", "count"),
        ("Số cụm loa thông minh", "cụm loa thông minh", "count"),
        ("Tỷ lệ xã có đài ứng dụng CNTT-VT", "%", "percent")]
ROWS = [("Thành phố Lai Châu", "Lai Châu", ["7", "7", "42", "100"]),
        ("Phong Thổ", "Phong Thổ", ["17", "9", "48", "52,9"]),
        ("Sìn Hồ", "Sìn Hồ", ["22", "8", "35", "36,4"]),
        ("Mường Tè", "Mường Tè", ["14", "5", "27", "35,7"]),
        ("Toàn tỉnh", "Lai Châu", ["106", "52", "318", "49,1"])]

figs = [
    F("đầu tư 14 đài", "14", "count", "đài truyền thanh", "đài truyền thanh ứng dụng công nghệ thông tin - viễn thông được đầu tư", period=Y23),
    F("kinh phí 5.460 triệu đồng", "5.460", "money", "đồng", "tổng kinh phí đầu tư đài truyền thanh", period=Y23),
]
for label, loc, cells in ROWS:
    for i, ((col, unit, kind), c) in enumerate(zip(COLS, cells)):
        if i == 0:
            anchor = f"{label} | {c} |"
        elif i < len(cells) - 1:
            anchor = f"| {c} | {cells[i + 1]}"
        else:
            anchor = f"| {c}\n"
        subj = col if label != "Toàn tỉnh" else col + " toàn tỉnh"
        figs.append(F(anchor, c, kind, unit, subj, location=loc, period=T))

figs += [
    F("đạt 9.870/9.000", "9.870", "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã", target={"value": 9000, "unit": "tin, bài"},
      period=Y23i),
    F("đạt 15.320 phút", "15.320", "measure", "phút", "Thời lượng phát thanh bằng tiếng Mông, Dao, Thái, Hà Nhì",
      change={"direction": "increase", "value": 1180, "unit": "phút", "baseline": "năm 2022"}, period=Y23i),
    F("phát 2.400 cuốn", "2.400", "count", "cuốn tài liệu song ngữ", "tài liệu song ngữ cấp phát", period=Y23i),
    F("tổ chức 06 lớp", "06", "count", "lớp bồi dưỡng", "lớp bồi dưỡng cán bộ làm công tác thông tin cơ sở", period=Y23i),
    F("cho 312 lượt", "312", "count", "lượt cán bộ", "lượt cán bộ làm công tác thông tin cơ sở được bồi dưỡng", period=Y23i),
    F("Phấn đấu 60%", "60", "percent", "%", "xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT-VT", status="target", period=Y24),
    F("khoảng 80 cụm loa", "80", "count", "cụm loa thông minh", "cụm loa thông minh lắp đặt mới", approx="about",
      status="target", period=Y24),
]

write("p358-4", [
    "Formal report with letterhead (Sở TT&TT Lai Châu, 'Số: 412/BC-STTTT'); the place-and-date line 'Lai Châu, ngày 25 tháng 12 năm 2023' is its date.",
    "Flattened '|' table by district with a '(%)' column; every numeric cell is a figure: subject = column label (the row is a place: location),",
    "'Thành phố Lai Châu' → location Lai Châu (the city; the scorer drops 'thành phố'), 'Toàn tỉnh' → Lai Châu with 'toàn tỉnh' in the subject.",
    "Cell periods come from the table title '(đến 30/11/2023)' (not a column header: inherited). No totals for table cells.",
    "'đạt 9.870/9.000 tin, bài kế hoạch': result against plan → target 9000, not a total. 'tăng 1.180 phút so với năm 2022': change in phút.",
    "Distractors: document number, 'Chương trình MTQG 1719', section numbers I./II./1./2., 'Bảng 1', '(b/c)', 'Lưu: VT, TTCS', signer.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the targets their (inherited) period; 'Phấn đấu' governs both clauses.",
], TEXT, figs, published="2023-12-25", location="Lai Châu")
