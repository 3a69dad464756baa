"""p1417-7: department site (Sở Y tế Khánh Hòa), no dateline: one-cell-per-line table of prescription/antibiotic indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Khánh Hòa đẩy mạnh liên thông đơn thuốc, siết bán kháng sinh không đơn

Năm 2024, toàn tỉnh có 1.284 cơ sở bán lẻ thuốc, gồm 402 nhà thuốc và 882 quầy thuốc; tỷ lệ cơ sở kết nối liên thông dữ liệu ước đạt 87,7%. Từ tháng 3/2024, Sở Y tế triển khai kiểm tra đột xuất việc bán thuốc kê đơn, đặc biệt là kháng sinh, tại TP Nha Trang và TP Cam Ranh.

Một số chỉ tiêu quản lý kê đơn, bán thuốc kháng sinh
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Cơ sở bán lẻ thuốc kết nối liên thông
Cơ sở
1.018
1.126
1.250
Đơn thuốc kháng sinh ngoại trú được liên thông
Nghìn đơn
385,2
446,0
520,0
Tỷ lệ cơ sở từ chối bán kháng sinh khi không có đơn
%
41,5
55,0
70,0
Lượng kháng sinh sử dụng tại bệnh viện
DDD/100 ngày giường
112,6
104,3
95,0

Kết quả giám sát tại Bệnh viện Đa khoa tỉnh năm 2024 cho thấy tỷ lệ E. coli sinh ESBL là 58,7%, Klebsiella pneumoniae kháng carbapenem 36,2%, thấp hơn mức trung bình cả nước. Từ đầu năm, Thanh tra Sở đã xử phạt 23 cơ sở bán kháng sinh không có đơn với tổng số tiền 184 triệu đồng; thu hồi chứng chỉ hành nghề của hai dược sĩ.

Sở Y tế đề nghị các cơ sở thực hiện nghiêm Thông tư số 04/2022/TT-BYT về kê đơn thuốc; người dân phản ánh vi phạm qua số điện thoại 0258.3822.146.

SỞ Y TẾ TỈNH KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Lượt truy cập: 1.305.772 | Trực tuyến: 41
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm", "2024-01-01")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]

# row label, unit line, kind, unit, multiplier, cells
ROWS = [("Cơ sở bán lẻ thuốc kết nối liên thông", "Cơ sở", "count", "cơ sở", 1, ["1.018", "1.126", "1.250"]),
        ("Đơn thuốc kháng sinh ngoại trú được liên thông", "Nghìn đơn", "count", "đơn", 1e3, ["385,2", "446,0", "520,0"]),
        ("Tỷ lệ cơ sở từ chối bán kháng sinh khi không có đơn", "%", "percent", "%", 1, ["41,5", "55,0", "70,0"]),
        ("Lượng kháng sinh sử dụng tại bệnh viện", "DDD/100 ngày giường", "measure", "DDD/100 ngày giường", 1,
         ["112,6", "104,3", "95,0"])]

CELLS = []
for label, uline, kind, unit, mult, nums in ROWS:
    prev = uline
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "").replace(",", ".")) * mult
        CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=f"{label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 1.284 cơ sở", "1.284", 1284, "count", "cơ sở", subject="cơ sở bán lẻ thuốc", period=Y24),
    fig("gồm 402 nhà thuốc", "402", 402, "count", "nhà thuốc", total=1284, subject="nhà thuốc", period=Y24),
    fig("và 882 quầy thuốc", "882", 882, "count", "quầy thuốc", total=1284, subject="quầy thuốc", period=Y24),
    fig("ước đạt 87,7%", "87,7", 87.7, "percent", "%", status="estimate",
        subject="tỷ lệ cơ sở kết nối liên thông dữ liệu", period=Y24),
] + CELLS + [
    fig("là 58,7%", "58,7", 58.7, "percent", "%", subject="tỷ lệ E. coli sinh ESBL", period=Y24b),
    fig("carbapenem 36,2%", "36,2", 36.2, "percent", "%",
        subject="tỷ lệ Klebsiella pneumoniae kháng carbapenem", period=Y24b),
    fig("phạt 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở bán kháng sinh không có đơn bị xử phạt",
        period=YTD),
    fig("tiền 184 triệu", "184", 184e6, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    fig("của hai dược sĩ", "hai", 2, "count", "dược sĩ", subject="dược sĩ bị thu hồi chứng chỉ hành nghề",
        period=YTD),
]

NOTES = [
    "Department site (Sở Y tế Khánh Hòa), no dateline: menu, footer address, phone, 'Lượt truy cập', 'Trực tuyến'. published absent.",
    "Distractors: 'Từ tháng 3/2024' (a start date), Thông tư số 04/2022/TT-BYT, phone 0258.3822.146, '04 Phan Chu Trinh', counters 1.305.772 and 41.",
    "'1.284 cơ sở ..., gồm 402 nhà thuốc và 882 quầy thuốc': total 1.284; 'Năm 2024' stands in the same sentence. 'ước đạt 87,7%' (= 1.126/1.284): estimate.",
    "One-cell-per-line table with a 'Đơn vị tính' column: each row's unit comes from its unit cell ('Nghìn đơn' makes 385,2 = 385.200 đơn).",
    "Subject = row label + column label; period from column headers; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; no totals.",
    "'DDD/100 ngày giường' is a rate unit (measure); its '100' is part of the unit, not a figure.",
    "Resistance list 'năm 2024': 58,7% and 36,2%. 'Từ đầu năm' (no 'đến nay', no dateline) takes 2024 from the nearest earlier period: start 2024-01-01, end unknown.",
    "'hai dược sĩ' is a number word. Location Khánh Hòa throughout (Nha Trang and Cam Ranh carry no figure).",
]

if __name__ == "__main__":
    write("p1417-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
