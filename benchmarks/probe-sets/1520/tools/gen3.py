"""p1520-3: formal report (UBND tỉnh Bình Định, Số: 215/BC-UBND): frames 2024, flattened '|' table by product group."""
from lib import F, P, year, inh, ch, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 16 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu khung tranh, khung ảnh năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Toàn tỉnh có 37 doanh nghiệp và 112 cơ sở sản xuất khung tranh, khung ảnh, chủ yếu tại Khu công nghiệp Phú Tài (TP Quy Nhơn). Sản lượng năm 2024 ước đạt 4,48 triệu sản phẩm, tăng 6,7% so với năm 2023, đạt 101,8% kế hoạch.

Bảng 1. Sản lượng theo nhóm sản phẩm
Đơn vị tính: nghìn sản phẩm
Nhóm sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2025
Khung gỗ tự nhiên | 2.150 | 2.380 | 110,7 | 2.600
Khung gỗ ghép, MDF | 1.420 | 1.510 | 106,3 | 1.650
Khung composite, nhựa PS | 630 | 590 | 93,7 | 600
Tổng cộng | 4.200 | 4.480 | 106,7 | 4.850

2. Xuất khẩu, lao động
Kim ngạch xuất khẩu ước đạt 38,6 triệu USD, tăng 9,3%, chiếm 4,1% kim ngạch xuất khẩu toàn tỉnh. Hoa Kỳ vẫn là thị trường lớn nhất (52%), tiếp đến là EU (21%) và Nhật Bản (11%). Các doanh nghiệp sử dụng 6.850 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng. Chi phí vận chuyển container đi Hoa Kỳ có thời điểm tăng gấp 3 lần.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu sản lượng đạt 4,85 triệu sản phẩm; kim ngạch xuất khẩu đạt 42 triệu USD, tăng 8,8% so với năm 2024; thực hiện Kế hoạch số 86/KH-UBND về phát triển công nghiệp chế biến gỗ.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K1.
"""

Y24 = year("năm 2024", 2024)
Y24I = year("KẾT QUẢ NĂM 2024", 2024, inherited=True)
Y25 = year("Năm 2025", 2025)
COLS = [("năm 2023", year("Năm 2023", 2023), None),
        ("ước thực hiện năm 2024", year("Ước thực hiện năm 2024", 2024), "estimate"),
        ("so với cùng kỳ", None, None),
        ("kế hoạch năm 2025", year("Kế hoạch năm 2025", 2025), "target")]
ROWS = [("Khung gỗ tự nhiên", ["2.150", "2.380", "110,7", "2.600"]),
        ("Khung gỗ ghép, MDF", ["1.420", "1.510", "106,3", "1.650"]),
        ("Khung composite, nhựa PS", ["630", "590", "93,7", "600"]),
        ("Tổng cộng", ["4.200", "4.480", "106,7", "4.850"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, per, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if per:
                kw["period"] = per
            anchor = f"{prev} | {n}"
            if col == "so với cùng kỳ":
                out.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"sản lượng {label.lower()} so với cùng kỳ", **kw))
            else:
                out.append(F(anchor, n, float(n.replace(".", "")) * 1e3, "count", "sản phẩm",
                             subject=f"sản lượng {label.lower()} {col}", **kw))
            prev = n
    return out


FIGS = [
    F("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khung tranh, khung ảnh"),
    F("và 112 cơ sở", "112", 112, "count", "cơ sở", subject="cơ sở sản xuất khung tranh, khung ảnh"),
    F("ước đạt 4,48 triệu", "4,48", 4.48e6, "count", "sản phẩm", status="estimate", percent=101.8,
      change=ch("increase", 6.7, "%", "năm 2023"), subject="sản lượng", period=Y24),
] + cells() + [
    F("ước đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", status="estimate", percent=4.1,
      change=ch("increase", 9.3), subject="kim ngạch xuất khẩu", period=Y24I),
    F("lớn nhất (52%)", "52", 52, "percent", "%", subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu",
      period=Y24I),
    F("EU (21%)", "21", 21, "percent", "%", subject="tỷ trọng thị trường EU trong kim ngạch xuất khẩu",
      period=Y24I),
    F("Nhật Bản (11%)", "11", 11, "percent", "%", subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu",
      period=Y24I),
    F("sử dụng 6.850 lao động", "6.850", 6850, "count", "lao động", subject="lao động các doanh nghiệp sử dụng",
      period=Y24I),
    F("quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", period=Y24I),
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="chi phí vận chuyển container đi Hoa Kỳ", period=Y24I),
    F("đạt 4,85 triệu", "4,85", 4.85e6, "count", "sản phẩm", status="target", subject="sản lượng", period=Y25),
    F("đạt 42 triệu", "42", 42e6, "money", "USD", status="target", change=ch("increase", 8.8, "%", "năm 2024"),
      subject="kim ngạch xuất khẩu", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Định, 'Số: 215/BC-UBND', 'Bình Định, ngày 16 tháng 12 năm 2024', sections I/II, 1./2., 'Nơi nhận').",
    "Distractors: 'Số: 215/BC-UBND', 'Kế hoạch số 86/KH-UBND', 'Bảng 1.', section numbers, 'Lưu: VT, K1.', 'Khu công nghiệp Phú Tài'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' (2.150 = 2 150 000 sản phẩm). Period from column headers (scored);",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. 'So với cùng kỳ (%)' cells are percent figures; the header",
    "names no period and no status cue, so they have no period and are actual. Cells get no total.",
    "Section I figures without their own period phrase inherit 'KẾT QUẢ NĂM 2024' (not scored). Market shares in brackets are percent",
    "figures of their own (a new sentence after 38,6 triệu USD); the markets are trade partners, so location stays Bình Định.",
    "'tăng gấp 3 lần' with no base amount is the claim itself: kind multiple.",
]

if __name__ == "__main__":
    write("p1520-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Bình Định")
