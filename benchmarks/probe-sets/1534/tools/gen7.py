"""p1534-7: department site (Sở Công Thương Bắc Ninh), no dateline: Phù Lãng pottery (Quế Võ), one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Làng nghề gốm Phù Lãng: kết quả sản xuất năm 2023 và kế hoạch năm 2024

Làng gốm Phù Lãng (xã Phù Lãng, huyện Quế Võ) hiện có 82 hộ và 4 doanh nghiệp sản xuất gốm, thu hút khoảng 1.100 lao động. Sản phẩm chính là chậu cảnh, lọ hoa, bình hoa men da lươn và tranh gốm.

Giá trị sản xuất gốm Phù Lãng theo nhóm sản phẩm
Đơn vị tính: triệu đồng
STT
Nhóm sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
1
Chậu cảnh
18.500
21.300
23.000
2
Lọ hoa, bình hoa
7.200
8.450
9.500
3
Tranh gốm, sản phẩm khác
4.100
3.950
4.500

Tổng số
29.800
33.700
37.000

Năm 2023, tổng giá trị sản xuất của làng tăng 13,1% so với năm 2022; thu nhập bình quân của lao động đạt 5,8 triệu đồng/người/tháng. Riêng chậu cảnh chiếm 63,2% giá trị sản xuất.

Năm 2024, Sở Công Thương phấn đấu hỗ trợ làng nghề đầu tư thêm 2 lò nung sử dụng khí gas và có thêm 3 sản phẩm đạt chuẩn OCOP.

Tin khác:
- Hội chợ Công Thương vùng Kinh Bắc lần thứ 5
- Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử

SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Địa chỉ: Số 11 đường Nguyễn Đăng Đạo, TP Bắc Ninh
Điện thoại: 0222.3822.451
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Chậu cảnh", ["18.500", "21.300", "23.000"]),
        ("Lọ hoa, bình hoa", ["7.200", "8.450", "9.500"]),
        ("Tranh gốm, sản phẩm khác", ["4.100", "3.950", "4.500"]),
        ("Tổng số", ["29.800", "33.700", "37.000"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, period, status), n in zip(COLS, nums):
            kw = {"status": status} if status else {}
            v = float(n.replace(".", "")) * 1e6
            out.append(fig(f"{prev}\n{n}", n, v, "money", "đồng",
                           subject=f"giá trị sản xuất {label.lower()} {col}", period=period, **kw))
            prev = n
    return out


FIGS = [
    fig("có 82 hộ", "82", 82, "count", "hộ", subject="hộ sản xuất gốm"),
    fig("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất gốm"),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động làng gốm thu hút"),
] + cells() + [
    fig("tăng 13,1%", "13,1", 13.1, "percent", "%", subject="tổng giá trị sản xuất của làng", period=C23),
    fig("đạt 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", period=C23),
    fig("chiếm 63,2%", "63,2", 63.2, "percent", "%", subject="tỷ trọng chậu cảnh trong giá trị sản xuất",
        period=inh(C23)),
    fig("thêm 2 lò", "2", 2, "count", "lò nung", status="target",
        subject="lò nung sử dụng khí gas đầu tư thêm", period=Y24),
    fig("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt chuẩn OCOP", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh), no dateline: menu, 'Tin khác', footer with address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "One-cell-per-line table with 'STT' row numbers 1-3 (not figures); 'Đơn vị tính: triệu đồng' → money cells ×10^6 đồng.",
    "Cell subject = 'giá trị sản xuất' + row + column; period from the column header; 'Kế hoạch 2024' → target; no totals for cells.",
    "Location: xã Phù Lãng, huyện Quế Võ → Quế Võ (district) for every figure.",
    "'tăng 13,1% so với năm 2022' is a growth rate as the claim (percent, no change). 'Riêng chậu cảnh chiếm 63,2%' is a figure of its own.",
    "'Năm 2024, Sở ... phấn đấu ... 2 lò ... và ... 3 sản phẩm' → both target, period năm 2024.",
    "Distractors: 'lần thứ 5', 'Số 11 đường Nguyễn Đăng Đạo', '0222.3822.451', 'Lượt truy cập: 1.204.377', 'Đang truy cập: 52', title years.",
]

if __name__ == "__main__":
    write("p1534-7", TEXT, NOTES, FIGS, published=None, location="Quế Võ")
