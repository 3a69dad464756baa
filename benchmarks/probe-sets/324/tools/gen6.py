from lib import F, P, CH, TG, emit

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa - Vũng Tàu, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm soát tàu cá và sản lượng thủy sản bốc dỡ qua cảng quý III/2024

Thực hiện Kế hoạch số 115/KH-UBND ngày 12/3/2024 của UBND tỉnh, Sở Nông nghiệp và PTNT báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kiểm soát tàu cá tại cảng
Bảng 1. Kết quả kiểm soát tại các cảng cá chỉ định quý III/2024
Đơn vị tính: lượt tàu; sản lượng: tấn
Cảng cá | Tàu cập cảng | Tàu rời cảng | Sản lượng bốc dỡ | Tỷ lệ giám sát sản lượng (%)
Cát Lở | 4.215 | 4.188 | 9.860 | 96,5
Phước Tỉnh | 2.934 | 2.901 | 6.425 | 94,2
Lộc An | 1.206 | 1.198 | 2.317 | 91,8
Bến Đá | 887 | 874 | 1.540 | 88,3
Cộng | 9.242 | 9.161 | 20.142 | 94,6

Trong quý III/2024, các Văn phòng kiểm soát nghề cá đã kiểm tra 9.242 lượt tàu cập cảng, tăng 6,1% so với quý II/2024; tổng sản lượng bốc dỡ đạt 20.142 tấn, tăng 7,3% so với cùng kỳ năm 2023. Tỷ lệ sản lượng được giám sát bình quân đạt 94,6%, vượt chỉ tiêu 90% của tỉnh.

2. Xử lý vi phạm, xác nhận nguồn gốc
Qua kiểm tra, phát hiện 37 tàu không bật thiết bị VMS khi cập cảng, 12 tàu khai báo sai lệch sản lượng trên 20%; đã chuyển hồ sơ xử phạt 49 trường hợp với tổng số tiền 1,06 tỷ đồng. Các cảng đã cấp 214 giấy SC với khối lượng 3.870 tấn phục vụ xuất khẩu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tỷ lệ sản lượng được giám sát đạt từ 95% trở lên; 100% tàu cá cập cảng được kiểm tra thiết bị VMS.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, CCTS.
"""

QI = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Q = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

ROWS = [("Cát Lở", "4.215", "4.188", "9.860", "96,5"),
        ("Phước Tỉnh", "2.934", "2.901", "6.425", "94,2"),
        ("Lộc An", "1.206", "1.198", "2.317", "91,8"),
        ("Bến Đá", "887", "874", "1.540", "88,3"),
        ("Cộng", "9.242", "9.161", "20.142", "94,6")]

FIGS = []
for name, a, b, c, d in ROWS:
    row = f"{name} | {a} | {b} | {c} | {d}"
    lab = "cảng cá " + name if name != "Cộng" else "cộng các cảng"
    FIGS += [
        F(f"{name} | {a} |", a, "count", "lượt tàu", f"Tàu cập cảng {lab}", QI),
        F(f"| {a} | {b} |", b, "count", "lượt tàu", f"Tàu rời cảng {lab}", QI),
        F(f"| {b} | {c} |", c, "measure", "tấn", f"Sản lượng bốc dỡ {lab}", QI),
        F(f"| {c} | {d}\n", d, "percent", "%", f"Tỷ lệ giám sát sản lượng {lab}", QI),
    ]

FIGS += [
    F("kiểm tra 9.242 lượt", "9.242", "count", "lượt tàu", "lượt tàu cập cảng được kiểm tra", Q,
      change=CH("increase", 6.1, baseline="quý II/2024")),
    F("đạt 20.142 tấn", "20.142", "measure", "tấn", "tổng sản lượng bốc dỡ", Q,
      change=CH("increase", 7.3, baseline="cùng kỳ năm 2023")),
    F("bình quân đạt 94,6%", "94,6", "percent", "%", "tỷ lệ sản lượng được giám sát bình quân", QI,
      target=TG(90, met=True)),
    F("phát hiện 37 tàu", "37", "count", "tàu", "tàu không bật thiết bị VMS khi cập cảng", QI),
    F("12 tàu khai báo", "12", "count", "tàu", "tàu khai báo sai lệch sản lượng", QI),
    F("sản lượng trên 20%", "20", "percent", "%", approx="over", optional=True),
    F("phạt 49 trường hợp", "49", "count", "trường hợp", "trường hợp chuyển hồ sơ xử phạt", QI),
    F("tiền 1,06 tỷ đồng", "1,06", "money", "đồng", "tổng số tiền xử phạt", QI, 10**9),
    F("cấp 214 giấy SC", "214", "count", "giấy SC", "giấy SC được cấp", QI),
    F("lượng 3.870 tấn", "3.870", "measure", "tấn", "khối lượng thủy sản được cấp giấy SC phục vụ xuất khẩu", QI),
    F("từ 95% trở lên", "95", "percent", "%", "tỷ lệ sản lượng được giám sát", Q4, approx="at_least", status="target"),
    F("; 100% tàu cá", "100", "percent", "%", "tàu cá cập cảng được kiểm tra thiết bị VMS", Q4, status="target"),
]

COMMENTS = [
    "Formal report of Sở NN&PTNT Bà Rịa - Vũng Tàu, letterhead 'Số: 412/BC-SNN', place-and-date line 'ngày 05 tháng 10 năm 2024'.",
    "Flattened '|' table: every numeric cell is a figure (including the 'Cộng' row); subject = column label + row label (ports are not",
    "places: location stays the province); unit from 'Đơn vị tính: lượt tàu; sản lượng: tấn' and the '(%)' column; period 'quý III/2024'",
    "from the table title (inherited). Narrative restatements of the totals are figures of their own with their changes",
    "('tăng 6,1% so với quý II/2024', 'tăng 7,3% so với cùng kỳ năm 2023'). 'vượt chỉ tiêu 90%' -> target 90, met (as 'vượt mục tiêu đề ra là 7%').",
    "'trên 20%' is a threshold (optional). Section II targets take 'QUÝ IV/2024' from the heading (inherited). Distractors: Số: 412/BC-SNN,",
    "Kế hoạch số 115/KH-UBND ngày 12/3/2024, section numbers I., 1., 2., II., 'Bảng 1', 'Lưu: VT, CCTS'.",
]

emit("p324-6", TEXT, COMMENTS, FIGS, published="2024-10-05", location="Bà Rịa - Vũng Tàu")
