"""p1296-3: formal report (UBND tỉnh Hà Tĩnh, Số: 187/BC-UBND): pine resin, 6 months 2024; flattened '|' table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả khai thác, chế biến nhựa thông 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/6/2024, toàn tỉnh có 18.640 ha rừng thông, trong đó rừng phòng hộ 11.250 ha. Diện tích đưa vào khai thác nhựa là 6.830 ha, tăng 420 ha so với cuối năm 2023. 6 tháng đầu năm, sản lượng nhựa thông đạt 3.600 tấn, tăng 6,7% so với cùng kỳ, đạt 48% kế hoạch năm (7.500 tấn).

2. Chế biến, tiêu thụ
Trên địa bàn có 4 doanh nghiệp chế biến nhựa thông, gồm 3 doanh nghiệp ở huyện Cẩm Xuyên và một doanh nghiệp ở huyện Thạch Hà, đã sản xuất 2.480 tấn tùng hương và 510 tấn tinh dầu thông. Giá bán nhựa bình quân 26.500 đồng/kg, giảm 4% so với cùng kỳ; tổng giá trị thu từ nhựa thông ước đạt 95,4 tỷ đồng.

3. Sản lượng nhựa thông theo địa phương
Đơn vị tính: tấn
TT | Địa phương | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
1 | Huyện Cẩm Xuyên | 1.245 | 1.382 | 111,0
2 | Huyện Thạch Hà | 986 | 1.054 | 106,9
3 | Thị xã Kỳ Anh | 712 | 688 | 96,6
4 | Huyện Nghi Xuân | 430 | 476 | 110,7
Tổng cộng | | 3.373 | 3.600 | 106,7

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu khai thác 3.900 tấn nhựa, đưa sản lượng cả năm đạt 7.500 tấn; cấp chứng chỉ quản lý rừng bền vững (FSC) cho 1.200 ha rừng thông; xử lý nghiêm tình trạng khai thác nhựa trái phép.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL1.
"""

ASOF = period("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
C23 = period("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = period("6 tháng 2024", "2024-01-01", "2024-06-30")
H2 = period("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
YR = period("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 18.640 ha", "18.640", 18640, "measure", "ha", subject="rừng thông", period=ASOF),
    F("phòng hộ 11.250 ha", "11.250", 11250, "measure", "ha", total=18640, subject="rừng phòng hộ",
      period=ASOF),
    F("là 6.830 ha", "6.830", 6830, "measure", "ha", change=change("increase", 420, "ha", "cuối năm 2023"),
      subject="diện tích đưa vào khai thác nhựa", period=inherit(ASOF)),
    F("đạt 3.600 tấn", "3.600", 3600, "measure", "tấn", percent=48, target=target(7500, "tấn"),
      change=change("increase", 6.7, "%", "cùng kỳ"), subject="sản lượng nhựa thông", period=H1),
    F("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp chế biến nhựa thông"),
    F("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=4,
      subject="doanh nghiệp chế biến nhựa thông", location="Cẩm Xuyên"),
    F("và một doanh nghiệp", "một", 1, "count", "doanh nghiệp", total=4,
      subject="doanh nghiệp chế biến nhựa thông", location="Thạch Hà"),
    F("xuất 2.480 tấn", "2.480", 2480, "measure", "tấn", subject="tùng hương sản xuất", period=inherit(H1)),
    F("và 510 tấn", "510", 510, "measure", "tấn", subject="tinh dầu thông sản xuất", period=inherit(H1)),
    F("quân 26.500 đồng/kg", "26.500", 26500, "money", "đồng/kg",
      change=change("decrease", 4, "%", "cùng kỳ"), subject="giá bán nhựa bình quân", period=inherit(H1)),
    F("ước đạt 95,4 tỷ", "95,4", 95.4e9, "money", "đồng", status="estimate",
      subject="tổng giá trị thu từ nhựa thông", period=inherit(H1)),
]

ROWS = [("Huyện Cẩm Xuyên", "Cẩm Xuyên", ["1.245", "1.382", "111,0"]),
        ("Huyện Thạch Hà", "Thạch Hà", ["986", "1.054", "106,9"]),
        ("Thị xã Kỳ Anh", "Kỳ Anh", ["712", "688", "96,6"]),
        ("Huyện Nghi Xuân", "Nghi Xuân", ["430", "476", "110,7"]),
        ("Tổng cộng |", None, ["3.373", "3.600", "106,7"])]
for label, place, cells in ROWS:
    prev = label
    row = "tổng cộng " if place is None else ""
    for col, n in zip(["6 tháng 2023", "6 tháng 2024", "So với cùng kỳ (%)"], cells):
        anchor = f"{prev} | {n}"
        kw = {"location": place} if place else {}
        if col.startswith("So với"):
            FIGS.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                          subject=f"{row}sản lượng nhựa thông so với cùng kỳ", **kw))
        else:
            FIGS.append(F(anchor, n, float(n.replace(".", "")), "measure", "tấn",
                          subject=f"{row}sản lượng nhựa thông {col}", period=C23 if "2023" in col else C24, **kw))
        prev = n

FIGS += [
    F("khai thác 3.900 tấn", "3.900", 3900, "measure", "tấn", status="target", subject="nhựa khai thác",
      period=H2),
    F("cả năm đạt 7.500 tấn", "7.500", 7500, "measure", "tấn", status="target", subject="sản lượng cả năm",
      period=YR),
    F("cho 1.200 ha", "1.200", 1200, "measure", "ha", status="target",
      subject="rừng thông được cấp chứng chỉ quản lý rừng bền vững (FSC)", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 187/BC-UBND', 'Hà Tĩnh, ngày 12 tháng 7 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'đạt 48% kế hoạch năm (7.500 tấn)': 48 is the percent, 7.500 the plan (target attribute, not a figure of its own).",
    "'gồm 3 doanh nghiệp ở huyện Cẩm Xuyên và một doanh nghiệp ở huyện Thạch Hà' : parts of the 4 (total 4), place → location.",
    "Flattened '|' table, 'Đơn vị tính: tấn', place column → location; subject = column label (+ 'tổng cộng'); row numbers 1-4 are not figures.",
    "'So với cùng kỳ (%)' cells are percent figures with no period (the header names none) and status actual (no cue in the header).",
    "Section II 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024' heading gives an inherited period; 'cả năm' in the sentence is 2024; 'Phấn đấu' → target.",
    "Distractors: Số: 187/BC-UBND, letterhead date, 'Lưu: VT, NL1', section numbers, row numbers, baseline 'cuối năm 2023'.",
]

if __name__ == "__main__":
    write("p1296-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Hà Tĩnh")
