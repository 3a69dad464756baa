"""p1391-7: department site (Sở NN&PTNT Lâm Đồng), no dateline: potted Christmas pines, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Cây thông Noel Lâm Đồng vào mùa tiêu thụ

Những năm gần đây, ươm trồng cây thông, tùng trong chậu để bán dịp Giáng sinh và Tết đã trở thành nghề mang lại thu nhập khá cho nhiều nhà vườn ở TP Đà Lạt và các huyện Lạc Dương, Đơn Dương. Toàn tỉnh hiện có khoảng 185 ha ươm trồng cây cảnh, trong đó diện tích thông, tùng làm cây Noel khoảng 42 ha.

Số lượng cây thông, tùng Noel tiêu thụ
Đơn vị tính: nghìn cây
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Đà Lạt
96,5
104,0
110,0
Huyện Lạc Dương
38,2
41,5
45,0
Huyện Đơn Dương
21,8
23,5
25,0
Tổng số
156,5
169,0
180,0

Giá bán tại vườn hiện từ 120.000 đến 450.000 đồng/cây tùy chiều cao, cao hơn năm trước khoảng 10%. Với năng suất bình quân 3.800 cây/ha, mỗi héc-ta thông Noel cho lợi nhuận 350-400 triệu đồng, gấp khoảng 3 lần trồng rau. Sở khuyến cáo nhà vườn không mở rộng diện tích ồ ạt, phấn đấu đến năm 2025 có ít nhất 60% diện tích áp dụng quy trình VietGAP.

Tin cùng chuyên mục:
- Lâm Đồng: Hướng dẫn phòng trừ sâu bệnh hại hoa, cây cảnh vụ Đông Xuân
- Đà Lạt chuẩn bị Festival Hoa lần thứ X

Bản quyền thuộc Sở Nông nghiệp và PTNT tỉnh Lâm Đồng
Địa chỉ: 4 Trần Hưng Đạo, Phường 10, TP Đà Lạt | Điện thoại: 0263.3822.394
Lượt truy cập: 1.204.557
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
TO25 = per("đến năm 2025", None, "2025-12-31")
IND = "số lượng cây thông, tùng Noel tiêu thụ"

ROWS = [("TP Đà Lạt", "Đà Lạt", ["96,5", "104,0", "110,0"]),
        ("Huyện Lạc Dương", "Lạc Dương", ["38,2", "41,5", "45,0"]),
        ("Huyện Đơn Dương", "Đơn Dương", ["21,8", "23,5", "25,0"]),
        ("Tổng số", "Lâm Đồng", ["156,5", "169,0", "180,0"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"{'tổng ' if label == 'Tổng số' else ''}{IND} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "count", "cây",
                         subject=subj, period=p, location=place, **kw))
        prev = n

FIGS = [
    fig("khoảng 185 ha", "185", 185, "measure", "ha", approx="about", subject="diện tích ươm trồng cây cảnh"),
    fig("khoảng 42 ha", "42", 42, "measure", "ha", approx="about", total=185,
        subject="diện tích thông, tùng làm cây Noel"),
] + CELLS + [
    fig("từ 120.000 đến 450.000", "120.000", 120000, "money", "đồng/cây", value_max=450000,
        change=chg("increase", 10, "%", "năm trước", approx="about"), subject="giá bán tại vườn"),
    fig("bình quân 3.800", "3.800", 3800, "measure", "cây/ha", subject="năng suất bình quân"),
    fig("nhuận 350-400 triệu", "350", 350e6, "money", "đồng/héc-ta", value_max=400e6,
        change=chg("increase", 3, "lần", "trồng rau", approx="about"),
        subject="lợi nhuận mỗi héc-ta thông Noel"),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="diện tích áp dụng quy trình VietGAP", period=TO25),
]

NOTES = [
    "Department site (Sở NN&PTNT Lâm Đồng), no dateline: menu, 'Tin cùng chuyên mục', footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'lần thứ X', '4 Trần Hưng Đạo', 'Phường 10', phone 0263.3822.394, 'Lượt truy cập: 1.204.557', column years.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn cây' (×10^3) with a place column: the place goes to location (Tổng số → Lâm Đồng),",
    "subject = caption indicator + column label; period from the column header (scored); 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target. Cells get no total.",
    "'trong đó diện tích thông, tùng ... khoảng 42 ha' → total 185 ha.",
    "'cao hơn năm trước khoảng 10%' and 'gấp khoảng 3 lần trồng rau' are the changes of the amounts before them.",
    "'mỗi héc-ta ... 350-400 triệu đồng' is a rate: unit đồng/héc-ta (the text's noun). 'hiện' prices and yields: no period.",
    "revised after the first run: unit 'đồng/ha' → 'đồng/héc-ta'; the unit is the text's own noun phrase, the spec has no rule",
    "that abbreviates it ('3.800 cây/ha' keeps 'ha' because the text writes 'ha').",
    "'phấn đấu đến năm 2025 ... ít nhất 60%' → target, start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1391-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
