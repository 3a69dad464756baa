"""p1442-6: department site (Sở Công Thương Phú Thọ), no dateline, one-cell-per-line table with a place column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp

Sản xuất bánh chưng phục vụ Tết tăng hơn 10%

Phú Thọ - vùng Đất Tổ, nơi gắn với truyền thuyết Lang Liêu dâng bánh chưng, bánh giầy lên Vua Hùng thứ 6 - hiện có 4 làng nghề bánh chưng, bánh giầy và hơn 90 cơ sở sản xuất bánh chưng quy mô hộ gia đình trở lên. Theo số liệu tổng hợp của Sở, sản lượng bánh chưng phục vụ Tết Nguyên đán tại 4 địa phương sản xuất tập trung như sau:

Đơn vị tính: nghìn chiếc
Địa phương
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
TP Việt Trì
185
210
113,5
Huyện Lâm Thao
142
156
109,9
Huyện Phù Ninh
98
105
107,1
Huyện Thanh Ba
64
71
110,9
Tổng số
489
542
110,8

Năm 2024, để phục vụ Tết, các cơ sở ước sử dụng 95 tấn đậu xanh, khoảng 380 tấn gạo nếp và trên 2,2 triệu lá dong, phần lớn nhập từ các huyện Yên Lập, Tân Sơn. Giá bánh chưng phổ biến 40.000-55.000 đồng/chiếc, ổn định so với năm trước. Các cơ sở tạo việc làm thời vụ cho khoảng 1.500 lao động.

Mục tiêu đến năm 2025, toàn tỉnh có 10 sản phẩm bánh chưng đạt OCOP từ 3 sao trở lên; hiện đã có 6 sản phẩm.

Tin liên quan:
- Lễ hội Đền Hùng năm 2024: thi gói bánh chưng, giã bánh giầy
- Hướng dẫn thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm

Bản quyền thuộc Sở Công Thương tỉnh Phú Thọ
Địa chỉ: Số 1466 đại lộ Hùng Vương, phường Gia Cẩm, TP Việt Trì
Điện thoại: 0210.3846.231
Lượt truy cập: 1.204.877
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
IND = "sản lượng bánh chưng phục vụ Tết Nguyên đán"

ROWS = [("TP Việt Trì", "Việt Trì", ["185", "210", "113,5"]),
        ("Huyện Lâm Thao", "Lâm Thao", ["142", "156", "109,9"]),
        ("Huyện Phù Ninh", "Phù Ninh", ["98", "105", "107,1"]),
        ("Huyện Thanh Ba", "Thanh Ba", ["64", "71", "110,9"]),
        ("Tổng số", "Phú Thọ", ["489", "542", "110,8"])]
CELLS = []
for label, place, (a, b, c) in ROWS:
    pre = "tổng số " if label == "Tổng số" else ""
    CELLS.append(fig(f"{label}\n{a}", a, float(a) * 1e3, "count", "chiếc",
                     subject=f"{pre}{IND} năm 2023", period=C23, location=place))
    CELLS.append(fig(f"{a}\n{b}", b, float(b) * 1e3, "count", "chiếc", status="estimate",
                     subject=f"{pre}{IND} ước thực hiện năm 2024", period=E24, location=place))
    CELLS.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{pre}{IND} so với cùng kỳ", location=place))

FIGS = [
    fig("tăng hơn 10%", "10", 10, "percent", "%", approx="over", subject="sản xuất bánh chưng phục vụ Tết"),
    fig("có 4 làng nghề", "4", 4, "count", "làng nghề", subject="làng nghề bánh chưng, bánh giầy"),
    fig("hơn 90 cơ sở", "90", 90, "count", "cơ sở", approx="over",
        subject="cơ sở sản xuất bánh chưng quy mô hộ gia đình trở lên"),
    fig("tại 4 địa phương", "4", 4, "count", "địa phương", subject="địa phương sản xuất tập trung"),
] + CELLS + [
    fig("95 tấn", "95", 95, "measure", "tấn", status="estimate", subject="đậu xanh các cơ sở sử dụng", period=Y24),
    fig("khoảng 380 tấn", "380", 380, "measure", "tấn", approx="about", status="estimate",
        subject="gạo nếp các cơ sở sử dụng", period=Y24),
    fig("trên 2,2 triệu", "2,2", 2.2e6, "count", "lá dong", approx="over", status="estimate",
        subject="lá dong các cơ sở sử dụng", period=Y24),
    fig("40.000-55.000", "40.000", 40000, "money", "đồng/chiếc", value_max=55000, subject="giá bánh chưng phổ biến"),
    fig("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", approx="about",
        subject="lao động có việc làm thời vụ"),
    fig("có 10 sản phẩm", "10", 10, "count", "sản phẩm", status="target",
        subject="sản phẩm bánh chưng đạt OCOP từ 3 sao trở lên", period=TO25),
    fig("có 6 sản phẩm", "6", 6, "count", "sản phẩm", subject="sản phẩm bánh chưng đạt OCOP từ 3 sao trở lên"),
]

NOTES = [
    "Department site (Sở Công Thương Phú Thọ), no dateline: menu, related links, copyright, address, phone, 'Lượt truy cập: 1.204.877'.",
    "Distractors: 'Vua Hùng thứ 6' (a name), 'OCOP từ 3 sao', 'Số 1466', phone 0210.3846.231, visitor counter, 'năm 2024' in a link title.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (185 = 185 000 chiếc); the place column goes to location, Tổng số → Phú Thọ;",
    "subject = caption indicator + column label; 'Ước thực hiện năm 2024' → estimate; 'So với cùng kỳ (%)' cells are percent figures",
    "(ratio to last year, value as written) with no period and status actual (the header has no status cue). Cells get no total.",
    "Headline 'tăng hơn 10%' is a growth rate as the claim (percent, over). No dateline, so no published date.",
    "'ước sử dụng 95 tấn ..., khoảng 380 tấn ... và trên 2,2 triệu lá dong' → all estimate (one verb); approx only where written.",
    "'hiện đã có 6 sản phẩm' after ';' is actual (its own verb 'đã có'), no period.",
]

if __name__ == "__main__":
    write("p1442-6", TEXT, NOTES, FIGS, location="Phú Thọ")
