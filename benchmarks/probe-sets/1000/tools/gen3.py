"""p1000-3: formal report of UBND tỉnh Quảng Bình — automatic hydro-met network, H1/2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 25 tháng 7 năm 2024

BÁO CÁO
Kết quả vận hành mạng lưới trạm quan trắc khí tượng thủy văn tự động 6 tháng đầu năm 2024

Thực hiện Công văn số 1412/BTNMT-KTTV ngày 05/3/2024 của Bộ Tài nguyên và Môi trường, UBND tỉnh báo cáo như sau:

I. HIỆN TRẠNG MẠNG LƯỚI TRẠM
Tính đến ngày 30/6/2024, toàn tỉnh có 187 trạm quan trắc khí tượng thủy văn tự động đang hoạt động, trong đó 142 trạm đo mưa, 38 trạm đo mực nước và 7 trạm khí tượng. Phân theo địa phương như sau:

Đơn vị tính: trạm
Địa phương | Đo mưa | Đo mực nước | Khí tượng
Minh Hóa | 24 | 5 | 1
Tuyên Hóa | 26 | 6 | 1
Quảng Trạch | 18 | 4 | 1
Bố Trạch | 27 | 8 | 1
Quảng Ninh | 21 | 7 | 1
Lệ Thủy | 26 | 8 | 2
Tổng cộng | 142 | 38 | 7

II. KẾT QUẢ QUAN TRẮC, CẢNH BÁO
1. Trong 6 tháng đầu năm 2024, tỷ lệ số liệu truyền về đầy đủ, đúng thời gian đạt 96,8%, tăng 2,3 điểm phần trăm so với cùng kỳ năm 2023; có 11 trạm bị gián đoạn truyền số liệu trên 24 giờ do mất nguồn điện, hư hỏng cảm biến.
2. Tổng lượng mưa trung bình toàn tỉnh đạt 612 mm, thấp hơn 18% so với trung bình nhiều năm; lượng mưa ngày lớn nhất là 132,5 mm tại trạm Tân Hóa (Minh Hóa) ngày 24/5/2024.
3. Đài Khí tượng Thủy văn tỉnh đã phát hành 356 bản tin dự báo, cảnh báo các loại, trong đó 24 bản tin cảnh báo mưa lớn, lũ quét, sạt lở đất; độ chính xác của bản tin dự báo đạt 85,6%.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến ngày 31/12/2024, tỷ lệ số liệu truyền về đầy đủ đạt trên 98%; lắp đặt bổ sung 15 trạm đo mưa tự động tại các xã vùng ngập lụt của huyện Lệ Thủy, Quảng Ninh với kinh phí dự kiến 2,7 tỷ đồng.

Nơi nhận:
- Bộ TN&MT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T = P("đến ngày 31/12/2024", None, "2024-12-31")

ROWS = [("Minh Hóa", "24", "5", "1"), ("Tuyên Hóa", "26", "6", "1"), ("Quảng Trạch", "18", "4", "1"),
        ("Bố Trạch", "27", "8", "1"), ("Quảng Ninh", "21", "7", "1"), ("Lệ Thủy", "26", "8", "2"),
        ("Tổng cộng", "142", "38", "7")]
COLS = ["trạm đo mưa", "trạm đo mực nước", "trạm khí tượng"]

FIGS = [
    F("có 187 trạm", "187", 187, "count", "trạm", "trạm quan trắc khí tượng thủy văn tự động đang hoạt động", ASOF),
    F("trong đó 142 trạm", "142", 142, "count", "trạm", "trạm đo mưa", ASOF, total=187),
    F("38 trạm đo mực nước và", "38", 38, "count", "trạm", "trạm đo mực nước", ASOF, total=187),
    F("và 7 trạm khí tượng", "7", 7, "count", "trạm", "trạm khí tượng", ASOF, total=187),
]
for place, *cells in ROWS:
    anchor = place
    for col, cell in zip(COLS, cells):
        anchor = f"{anchor} | {cell}"
        if place == "Tổng cộng":
            FIGS.append(F(anchor, cell, int(cell), "count", "trạm", f"tổng cộng {col}", I(ASOF)))
        else:
            FIGS.append(F(anchor, cell, int(cell), "count", "trạm", col, I(ASOF), location=place))

FIGS += [
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ, đúng thời gian", H1,
      change=C("increase", 2.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("có 11 trạm", "11", 11, "count", "trạm", "trạm bị gián đoạn truyền số liệu trên 24 giờ", H1),
    F("trên 24 giờ", "24", 24, "measure", "giờ", "thời gian gián đoạn truyền số liệu", approx="over", optional=True),
    F("đạt 612 mm", "612", 612, "measure", "mm", "tổng lượng mưa trung bình toàn tỉnh", I(H1),
      change=C("decrease", 18, "%", "trung bình nhiều năm")),
    F("là 132,5 mm", "132,5", 132.5, "measure", "mm", "lượng mưa ngày lớn nhất tại trạm Tân Hóa",
      P("ngày 24/5/2024", "2024-05-24", "2024-05-24"), location="Minh Hóa"),
    F("phát hành 356 bản tin", "356", 356, "count", "bản tin", "bản tin dự báo, cảnh báo các loại", I(H1)),
    F("trong đó 24 bản tin", "24", 24, "count", "bản tin", "bản tin cảnh báo mưa lớn, lũ quét, sạt lở đất", I(H1), total=356),
    F("đạt 85,6%", "85,6", 85.6, "percent", "%", "độ chính xác của bản tin dự báo", I(H1)),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ", T, approx="over", status="target"),
    F("bổ sung 15 trạm", "15", 15, "count", "trạm", "trạm đo mưa tự động lắp đặt bổ sung", T, status="target"),
    F("dự kiến 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "kinh phí lắp đặt bổ sung trạm đo mưa tự động", T, status="forecast"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Quảng Bình, Số: 287/BC-UBND, 25/7/2024): automatic hydro-met stations, H1/2024. Flattened '|' table by district.",
    "Not figures: document numbers, 'ngày 05/3/2024', section numbers I.-III. and 1.-3., 'Đơn vị tính: trạm', the 'Nơi nhận' block.",
    "Table: every cell a figure; the district row label is its location, the column label its subject; 'Tổng cộng' row is Quảng Bình.",
    "Table cells take the as-of date from the sentence above the table (inherited); cells get no totals (the Tổng cộng row is its own figure).",
    "The lead's 142/38/7 after 'trong đó' take total 187. II.2 and II.3 inherit '6 tháng đầu năm 2024' from II.1.",
    "'trên 24 giờ' is a threshold (optional). III: 'Phấn đấu' governs the 98% and the 15 stations (target); 'kinh phí dự kiến' -> forecast.",
    "'huyện Lệ Thủy, Quảng Ninh' names two districts: the 15 stations stay Quảng Bình.",
]

write("p1000-3", TEXT, FIGS, COMMENTS, published="2024-07-25", location="Quảng Bình")
