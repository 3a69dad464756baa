"""p1567-3: formal report (UBND huyện Nga Sơn, Thanh Hóa): sedge slippers, first half of 2024; flattened '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND HUYỆN NGA SƠN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nga Sơn, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ sản phẩm dép cói 6 tháng đầu năm 2024; nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
6 tháng đầu năm 2024, toàn huyện có 27 doanh nghiệp, 9 hợp tác xã và khoảng 4.100 hộ sản xuất, kinh doanh sản phẩm từ cói. Giá trị sản xuất ngành cói ước đạt 312 tỷ đồng, tăng 7,4% so với cùng kỳ, bằng 51,2% kế hoạch năm; trong đó giá trị sản phẩm dép các loại 186 tỷ đồng.

2. Sản lượng dép theo loại sản phẩm
Đơn vị tính: nghìn đôi
Sản phẩm | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%) | Kế hoạch năm 2024
Dép cói xuất khẩu | 1.850 | 2.040 | 110,3 | 4.200
Dép lê khách sạn | 2.360 | 2.610 | 110,6 | 5.000
Dép đi trong nhà | 540 | 495 | 91,7 | 1.100
Tổng cộng | 4.750 | 5.145 | 108,3 | 10.300

3. Tồn tại, hạn chế
Diện tích cói toàn huyện còn 1.020 ha, giảm 35 ha so với năm 2023; năng suất bình quân 11,5 tấn/ha. Giá cói khô 12.000-14.000 đồng/kg, cao hơn cùng kỳ khoảng 20%. Có 3/9 hợp tác xã thiếu vốn lưu động.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Năm 2024, phấn đấu giá trị sản xuất ngành cói đạt trên 610 tỷ đồng; đào tạo nghề cho ít nhất 300 lao động; hoàn thành hạ tầng Cụm công nghiệp Nga Mỹ giai đoạn 2.

Nơi nhận:
- UBND tỉnh Thanh Hóa (b/c);
- Sở Công Thương;
- Lưu: VT, KT.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = period("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = period("6 tháng 2024", "2024-01-01", "2024-06-30")
K24 = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Dép cói xuất khẩu", ["1.850", "2.040", "110,3", "4.200"]),
        ("Dép lê khách sạn", ["2.360", "2.610", "110,6", "5.000"]),
        ("Dép đi trong nhà", ["540", "495", "91,7", "1.100"]),
        ("Tổng cộng", ["4.750", "5.145", "108,3", "10.300"])]
COLS = ["6 tháng 2023", "6 tháng 2024", "So với cùng kỳ (%)", "Kế hoạch năm 2024"]


def cells():
    out = []
    for row, nums in ROWS:
        prev = row
        for col, n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            v = float(n.replace(".", "").replace(",", "."))
            if col.startswith("So với"):
                out.append(F(anchor, n, v, "percent", "%", subject=f"sản lượng {row.lower()} so với cùng kỳ"))
            else:
                kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
                p = {"6 tháng 2023": C23, "6 tháng 2024": C24, "Kế hoạch năm 2024": K24}[col]
                out.append(F(anchor, n, v * 1e3, "count", "đôi", subject=f"sản lượng {row.lower()} {col.lower()}",
                             period=p, **kw))
            prev = n
    return out


FIGS = [
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, kinh doanh sản phẩm từ cói", period=H1),
    F("27 doanh nghiệp, 9 hợp tác xã", "9", 9, "count", "hợp tác xã",
      subject="hợp tác xã sản xuất, kinh doanh sản phẩm từ cói", period=H1),
    F("khoảng 4.100 hộ", "4.100", 4100, "count", "hộ", approx="about",
      subject="hộ sản xuất, kinh doanh sản phẩm từ cói", period=H1),
    F("ước đạt 312 tỷ", "312", 312e9, "money", "đồng", status="estimate", percent=51.2,
      change=change("increase", 7.4, "%", "cùng kỳ"), subject="giá trị sản xuất ngành cói", period=inherit(H1)),
    F("các loại 186 tỷ", "186", 186e9, "money", "đồng", status="estimate", total=312e9,
      subject="giá trị sản phẩm dép các loại", period=inherit(H1)),
] + cells() + [
    F("còn 1.020 ha", "1.020", 1020, "measure", "ha", change=change("decrease", 35, "ha", "năm 2023"),
      subject="diện tích cói toàn huyện"),
    F("bình quân 11,5 tấn/ha", "11,5", 11.5, "measure", "tấn/ha", subject="năng suất cói bình quân"),
    F("khô 12.000-14.000", "12.000", 12000, "money", "đồng/kg", value_max=14000,
      change=change("increase", 20, "%", "cùng kỳ", approx="about"), subject="giá cói khô"),
    F("Có 3/9 hợp tác xã", "3", 3, "count", "hợp tác xã", total=9, subject="hợp tác xã thiếu vốn lưu động"),
    F("trên 610 tỷ", "610", 610e9, "money", "đồng", approx="over", status="target",
      subject="giá trị sản xuất ngành cói", period=Y24),
    F("ít nhất 300 lao động", "300", 300, "count", "lao động", approx="at_least", status="target",
      subject="lao động được đào tạo nghề", period=Y24),
]

NOTES = [
    "Formal report: 'UBND HUYỆN NGA SƠN', 'Số: 215/BC-UBND', 'Nga Sơn, ngày 12 tháng 7 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 215/BC-UBND, the letterhead date, the title's periods, section numbers I./II./1.-3., 'Cụm công nghiệp Nga Mỹ giai đoạn 2'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn đôi' → count cells in đôi ×10^3; rows are products (location stays Nga Sơn);",
    "subject = row + column label; period from the column header (scored); 'Kế hoạch năm 2024' → target; table cells get no total.",
    "'So với cùng kỳ (%)' cells are growth rates as the claim: percent figures, no change, no period (the header names none).",
    "'ước đạt 312 tỷ đồng, tăng 7,4% ..., bằng 51,2% kế hoạch năm; trong đó ... 186 tỷ đồng' → change, percent; 186 tỷ has total",
    "312 tỷ and keeps the estimate status of its whole. Period of both stated in the previous sentence: inherited.",
    "'giảm 35 ha so với năm 2023' and 'cao hơn cùng kỳ khoảng 20%' are changes; '3/9 hợp tác xã' → total 9.",
    "Section II 'Năm 2024, phấn đấu ...; đào tạo nghề cho ít nhất 300 lao động' → both target, period năm 2024.",
]

if __name__ == "__main__":
    write("p1567-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Nga Sơn")
