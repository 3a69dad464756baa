"""p1427-6: department site (Chi cục Chăn nuôi và Thú y Đồng Nai), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Dịch bệnh | Liên hệ

Tăng cường quản lý chăn nuôi, vận chuyển gà chọi và chim cảnh

Đồng Nai là một trong những địa phương nuôi nhiều gà chọi, gà cảnh nhất khu vực Đông Nam Bộ. Toàn tỉnh hiện có 1.184 cơ sở nuôi gà chọi, gà cảnh và chim cảnh đã đăng ký, tập trung tại huyện Trảng Bom (312 cơ sở), TP Biên Hòa (276 cơ sở) và huyện Long Thành (198 cơ sở).

Đàn gà chọi, gà cảnh và chim cảnh trên địa bàn
Đơn vị tính: nghìn con
Loại
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
128,6
136,2
140,0
Trong đó: gà chọi
74,3
79,8
82,0
Gà tre, gà cảnh khác
31,5
32,1
33,0
Chim cảnh
22,8
24,3
25,0

Năm 2024, Chi cục đã cấp 2.316 giấy chứng nhận kiểm dịch vận chuyển gà chọi, chim cảnh ra ngoài tỉnh, tăng 14,5% so với năm 2023; tiêm phòng cúm gia cầm cho khoảng 81 nghìn con, đạt 59,5% tổng đàn. Qua kiểm tra 146 cơ sở, phát hiện 11 trường hợp vận chuyển gà không có giấy kiểm dịch, xử phạt 63,5 triệu đồng, tiêu hủy 215 con gà không rõ nguồn gốc.

Chi cục khuyến cáo người nuôi chỉ mua con giống có nguồn gốc rõ ràng, tiêm phòng đầy đủ, không mua bán gà phục vụ đá gà ăn tiền. Mục tiêu đến năm 2025, tỷ lệ tiêm phòng cúm gia cầm trên đàn gà chọi, gà cảnh đạt trên 80%.

Tin liên quan:
- Hướng dẫn tiêm phòng vắc xin cúm gia cầm H5N1 đợt 1 năm 2025
- Quy trình cấp giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi tỉnh

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐỒNG NAI
Địa chỉ: 1064 Nguyễn Ái Quốc, phường Tân Tiến, TP Biên Hòa
Điện thoại: 0251.3822.475
Lượt truy cập: 1.527.804 | Đang online: 42
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

ROWS = [("Tổng số", "tổng số đàn gà chọi, gà cảnh và chim cảnh", ["128,6", "136,2", "140,0"]),
        ("Trong đó: gà chọi", "đàn gà chọi", ["74,3", "79,8", "82,0"]),
        ("Gà tre, gà cảnh khác", "đàn gà tre, gà cảnh khác", ["31,5", "32,1", "33,0"]),
        ("Chim cảnh", "đàn chim cảnh", ["22,8", "24,3", "25,0"])]
TOTALS = [float(n.replace(",", ".")) * 1e3 for n in ROWS[0][2]]

CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label != "Tổng số":
            kw["total"] = TOTALS[i]
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "count", "con",
                         subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 1.184 cơ sở", "1.184", 1184, "count", "cơ sở",
        subject="cơ sở nuôi gà chọi, gà cảnh và chim cảnh đã đăng ký"),
    fig("(312 cơ sở)", "312", 312, "count", "cơ sở", subject="cơ sở nuôi gà chọi, gà cảnh và chim cảnh",
        location="Trảng Bom"),
    fig("(276 cơ sở)", "276", 276, "count", "cơ sở", subject="cơ sở nuôi gà chọi, gà cảnh và chim cảnh",
        location="Biên Hòa"),
    fig("(198 cơ sở)", "198", 198, "count", "cơ sở", subject="cơ sở nuôi gà chọi, gà cảnh và chim cảnh",
        location="Long Thành"),
] + CELLS + [
    fig("cấp 2.316 giấy", "2.316", 2316, "count", "giấy chứng nhận kiểm dịch",
        change=chg("increase", 14.5, "%", "năm 2023"),
        subject="giấy chứng nhận kiểm dịch vận chuyển gà chọi, chim cảnh ra ngoài tỉnh", period=Y24),
    fig("khoảng 81 nghìn", "81", 81000, "count", "con", approx="about", percent=59.5,
        subject="con được tiêm phòng cúm gia cầm", period=Y24),
    fig("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở được kiểm tra", period=inh(Y24)),
    fig("phát hiện 11 trường hợp", "11", 11, "count", "trường hợp",
        subject="trường hợp vận chuyển gà không có giấy kiểm dịch", period=inh(Y24)),
    fig("xử phạt 63,5 triệu", "63,5", 63.5e6, "money", "đồng", subject="tiền xử phạt", period=inh(Y24)),
    fig("tiêu hủy 215 con", "215", 215, "count", "con", subject="gà không rõ nguồn gốc tiêu hủy",
        period=inh(Y24)),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm phòng cúm gia cầm trên đàn gà chọi, gà cảnh", period=T25),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Đông Nam Bộ' (no number), 'H5N1', 'đợt 1 năm 2025' in a link, '1064 Nguyễn Ái Quốc', phone 0251.3822.475, counters 1.527.804 and 42.",
    "'(312 cơ sở)' etc. list the places where the 1.184 concentrate; they do not add up to it, so no total; the place goes to location.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn con' (×1000); subject = row + column label; period from column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Rows after 'Trong đó:' (gà chọi, gà tre..., chim cảnh) add up to",
    "the 'Tổng số' row in every column: each takes that column's Tổng số as total (the spec's 'trong đó' rule).",
    "'khoảng 81 nghìn con, đạt 59,5% tổng đàn' → 81 000, about, percent 59.5; the next sentence's figures inherit 'Năm 2024'.",
    "'Mục tiêu đến năm 2025 ... đạt trên 80%' → percent, over, target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1427-6", TEXT, NOTES, FIGS, location="Đồng Nai")
