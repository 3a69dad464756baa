from lib import write, fig, per, inh, chg

TEXT = """SỞ Y TẾ TỈNH ĐỒNG NAI
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả giám sát mẫu nước uống đóng chai, đóng bình và nước đá dùng liền năm 2023

Năm 2023, Chi cục An toàn vệ sinh thực phẩm tỉnh Đồng Nai phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh lấy 428 mẫu nước uống đóng chai, đóng bình và nước đá dùng liền tại 176 cơ sở sản xuất trên địa bàn để xét nghiệm các chỉ tiêu vi sinh và hóa lý. Kết quả cụ thể như sau:

Bảng 2. Kết quả xét nghiệm theo loại sản phẩm
Đơn vị tính: mẫu

Loại sản phẩm
Số mẫu xét nghiệm
Số mẫu đạt
Số mẫu không đạt
Nước uống đóng chai
132
121
11
Nước uống đóng bình
214
183
31
Nước đá dùng liền
82
65
17
Tổng cộng
428
369
59

Như vậy, tỷ lệ mẫu không đạt chung là 13,8%, trong đó cao nhất là nước đá dùng liền với 20,7%. Chỉ tiêu vi phạm phổ biến nhất là Pseudomonas aeruginosa, chiếm 44,1% số mẫu không đạt.

Đối với các mẫu không đạt, Chi cục đã chuyển hồ sơ xử lý 38 cơ sở, phạt tiền tổng cộng 524 triệu đồng và yêu cầu thu hồi 2.160 bình nước thành phẩm. Năm 2024, Chi cục đặt chỉ tiêu kiểm tra 200 cơ sở và lấy 450 mẫu giám sát.

Tin liên quan:
- Đồng Nai: Tập huấn kiến thức an toàn thực phẩm cho 120 chủ cơ sở sản xuất nước đá (05/3/2024)

Địa chỉ: số 2 Phan Đình Phùng, phường Quang Vinh, TP. Biên Hòa | Điện thoại: 0251.3822.407
Tổng số lượt truy cập: 2.815.346
"""

N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
I23 = inh(N23)
N24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = ("Số mẫu xét nghiệm", "Số mẫu đạt", "Số mẫu không đạt")


def row(label, nums, anchors):
    return [fig(a, n, int(n), "count", "mẫu", subject=f"{c} {label}", period=I23)
            for c, n, a in zip(COLS, nums, anchors)]


FIGS = [
    fig("lấy 428 mẫu", "428", 428, "count", "mẫu",
        subject="mẫu nước uống đóng chai, đóng bình và nước đá dùng liền lấy xét nghiệm", period=N23),
    fig("tại 176 cơ sở", "176", 176, "count", "cơ sở",
        subject="cơ sở sản xuất được lấy mẫu", period=N23),
]
FIGS += row("nước uống đóng chai", ("132", "121", "11"), ("chai\n132", "132\n121", "121\n11"))
FIGS += row("nước uống đóng bình", ("214", "183", "31"), ("bình\n214", "214\n183", "183\n31"))
FIGS += row("nước đá dùng liền", ("82", "65", "17"), ("liền\n82", "82\n65", "65\n17"))
FIGS += row("tổng cộng", ("428", "369", "59"), ("Tổng cộng\n428", "428\n369", "369\n59"))
FIGS += [
    fig("chung là 13,8%", "13,8", 13.8, "percent", "%", subject="tỷ lệ mẫu không đạt chung", period=I23),
    fig("với 20,7%", "20,7", 20.7, "percent", "%",
        subject="tỷ lệ mẫu không đạt nước đá dùng liền", period=I23),
    fig("chiếm 44,1%", "44,1", 44.1, "percent", "%",
        subject="mẫu không đạt chỉ tiêu Pseudomonas aeruginosa", period=I23),
    fig("xử lý 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở bị chuyển hồ sơ xử lý", period=I23),
    fig("524 triệu đồng", "524", 524_000_000, "money", "đồng", subject="tiền phạt", period=I23),
    fig("hồi 2.160 bình", "2.160", 2160, "count", "bình", subject="bình nước thành phẩm yêu cầu thu hồi",
        period=I23),
    fig("kiểm tra 200 cơ sở", "200", 200, "count", "cơ sở", status="target",
        subject="cơ sở kiểm tra", period=N24),
    fig("lấy 450 mẫu", "450", 450, "count", "mẫu", status="target",
        subject="mẫu giám sát", period=N24),
    fig("cho 120 chủ cơ sở", "120", 120, "count", "chủ cơ sở",
        subject="chủ cơ sở sản xuất nước đá được tập huấn kiến thức an toàn thực phẩm", optional=True),
]

COMMENTS = [
    "Department site (Sở Y tế / Chi cục ATVSTP Đồng Nai) with no dateline: no published. Sample results 2023 with a one-cell-per-line table",
    "('Đơn vị tính: mẫu'; columns Số mẫu xét nghiệm / đạt / không đạt; rows by product and 'Tổng cộng'). Every numeric cell is a figure, subject = column",
    "label + row label; table cells inherit 'Năm 2023' (unscored); no totals for cells (no part-of cue). The '428' of the lead is a figure as well as the",
    "table's 'Tổng cộng' cell. '13,8%' and '20,7%' are percent figures; '20,7%' after 'trong đó' is not a part of 13,8% (a rate, no total).",
    "'chiếm 44,1% số mẫu không đạt' has no count before it: its own percent figure. 'đặt chỉ tiêu' → target. The related-news link",
    "'120 chủ cơ sở' is page furniture with a figure in it: optional. Bảng 2, address, phone, visit counter are not figures.",
]

write("p727-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
