"""p1466-3: formal report (UBND tỉnh Thanh Hóa, Số: 214/BC-UBND): school dental programme 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện chương trình nha học đường năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, chương trình nha học đường được triển khai tại 512/546 trường tiểu học trên địa bàn tỉnh, tăng 37 trường so với năm 2023. Kết quả khám răng miệng cho học sinh tại 4 địa bàn thí điểm như sau:

Đơn vị tính: học sinh
Địa bàn | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
TP Thanh Hóa | 38.420 | 41.065 | 106,9
TX Bỉm Sơn | 9.815 | 10.240 | 104,3
Huyện Hoằng Hóa | 21.630 | 23.118 | 106,9
Huyện Quảng Xương | 18.250 | 17.902 | 98,1
Tổng cộng | 88.115 | 92.325 | 104,8

2. Tỷ lệ học sinh mắc sâu răng năm 2024 ước 58,6%, giảm 2,1% so với năm 2023; tỷ lệ học sinh được hướng dẫn chải răng đúng cách đạt 96,2%.

3. Kinh phí thực hiện ước 6,85 tỷ đồng, trong đó ngân sách tỉnh 4,2 tỷ đồng, nguồn xã hội hóa 2,65 tỷ đồng (chủ yếu từ Công ty CP Dược mỹ phẩm Lam Sơn tài trợ kem đánh răng có fluor).

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% trường tiểu học triển khai nha học đường; giảm tỷ lệ sâu răng ở học sinh tiểu học xuống dưới 55%; khám răng cho khoảng 100.000 học sinh; thực hiện Kế hoạch số 47/KH-SYT của Sở Y tế.

Nơi nhận:
- Bộ Y tế (b/c);
- Thường trực Tỉnh ủy;
- Sở Y tế, Sở GD&ĐT;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Khải
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
y24 = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [("TP Thanh Hóa", "Thanh Hóa", ["38.420", "41.065", "106,9"]),
        ("TX Bỉm Sơn", "Bỉm Sơn", ["9.815", "10.240", "104,3"]),
        ("Huyện Hoằng Hóa", "Hoằng Hóa", ["21.630", "23.118", "106,9"]),
        ("Huyện Quảng Xương", "Quảng Xương", ["18.250", "17.902", "98,1"]),
        ("Tổng cộng", "Thanh Hóa", ["88.115", "92.325", "104,8"])]

CELLS = []
for label, loc, (a, b, c) in ROWS:
    row = "tổng cộng " if label == "Tổng cộng" else ""
    CELLS += [
        fig(f"{label} | {a}", a, float(a.replace(".", "")), "count", "học sinh",
            subject=f"{row}học sinh được khám răng miệng năm 2023", period=C23, location=loc),
        fig(f"| {a} | {b}", b, float(b.replace(".", "")), "count", "học sinh", status="estimate",
            subject=f"{row}học sinh được khám răng miệng ước thực hiện 2024", period=E24, location=loc),
        fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"{row}học sinh được khám răng miệng so với cùng kỳ", period=inh(y24), location=loc),
    ]

FIGS = [
    fig("tại 512/546", "512", 512, "count", "trường", total=546,
        change=chg("increase", 37, "trường", "năm 2023"),
        subject="trường tiểu học triển khai chương trình nha học đường", period=Y24),
    fig("tại 4 địa bàn", "4", 4, "count", "địa bàn", subject="địa bàn thí điểm khám răng miệng cho học sinh",
        period=inh(Y24)),
] + CELLS + [
    fig("ước 58,6%", "58,6", 58.6, "percent", "%", status="estimate",
        change=chg("decrease", 2.1, "%", "năm 2023"), subject="tỷ lệ học sinh mắc sâu răng", period=y24),
    fig("đạt 96,2%", "96,2", 96.2, "percent", "%",
        subject="tỷ lệ học sinh được hướng dẫn chải răng đúng cách", period=y24),
    fig("ước 6,85 tỷ", "6,85", 6.85e9, "money", "đồng", status="estimate",
        subject="kinh phí thực hiện chương trình nha học đường", period=inh(Y24)),
    fig("tỉnh 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", status="estimate", total=6.85e9,
        subject="kinh phí từ ngân sách tỉnh", period=inh(Y24)),
    fig("hóa 2,65 tỷ", "2,65", 2.65e9, "money", "đồng", status="estimate", total=6.85e9,
        subject="kinh phí từ nguồn xã hội hóa", period=inh(Y24)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trường tiểu học triển khai nha học đường", period=Y25),
    fig("dưới 55%", "55", 55, "percent", "%", approx="under", status="target",
        subject="tỷ lệ sâu răng ở học sinh tiểu học", period=Y25),
    fig("khoảng 100.000", "100.000", 100000, "count", "học sinh", approx="about", status="target",
        subject="học sinh được khám răng", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 214/BC-UBND', 'Thanh Hóa, ngày 16 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: 'Số: 214/BC-UBND', 'Kế hoạch số 47/KH-SYT', section numbers 'I.', 'II.', '1.'-'3.', 'Lưu: VT, VX', the letterhead date.",
    "Flattened '|' table, 'Đơn vị tính: học sinh', a place column: each place goes to location (TP Thanh Hóa -> Thanh Hóa, TX Bỉm Sơn -> Bỉm Sơn),",
    "'Tổng cộng' row -> the province. 'Ước thực hiện 2024' -> estimate; 'So với cùng kỳ (%)' cells are percent figures (no status cue in",
    "the header: actual); their period (2024) is only implied by the table's place in the 2024 section, so it is marked inherited.",
    "'512/546 trường' -> total 546, change +37 trường. 'giảm 2,1% so với năm 2023' after the 58,6% is that figure's change.",
    "4,2 and 2,65 tỷ follow 'trong đó' after 6,85 tỷ (same period, they add up): total 6.85e9; the 'ước' clause continues -> estimate.",
    "Section II targets: period 'NĂM 2025' stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1466-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Thanh Hóa")
