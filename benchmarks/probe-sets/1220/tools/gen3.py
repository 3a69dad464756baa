"""p1220-3: formal report (UBND tỉnh Bình Dương) on kaolin and ceramic clay mining 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 19/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 18 tháng 01 năm 2024

BÁO CÁO
Tình hình khai thác cao lanh, sét gốm sứ năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động khai thác
Năm 2023, trên địa bàn tỉnh có 16 mỏ cao lanh, sét gốm sứ còn hiệu lực giấy phép, trong đó 12 mỏ đang hoạt động. Tổng sản lượng khai thác đạt 1.326,5 nghìn tấn, bằng 96,8% kế hoạch, giảm 4,1% so với năm 2022 do nhu cầu gạch ốp lát, sứ vệ sinh sụt giảm.

2. Sản lượng khai thác theo địa bàn
Đơn vị tính: nghìn tấn
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
Thành phố Tân Uyên | 498,2 | 463,0 | 470
Huyện Bắc Tân Uyên | 402,6 | 391,5 | 400
Huyện Phú Giáo | 312,4 | 305,8 | 320
Huyện Dầu Tiếng | 170,1 | 166,2 | 160
Tổng cộng | 1.383,3 | 1.326,5 | 1.350

3. Nộp ngân sách, lao động
Các doanh nghiệp nộp ngân sách 186,4 tỷ đồng, trong đó thuế tài nguyên 72,9 tỷ đồng, phí bảo vệ môi trường 31,2 tỷ đồng; sử dụng khoảng 1.450 lao động (trong đó 310 lao động nữ), thu nhập bình quân 9,6 triệu đồng/người/tháng. Tính đến ngày 31/12/2023, tổng số tiền ký quỹ cải tạo, phục hồi môi trường là 58,7 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng khai thác đạt 1.350 nghìn tấn; thực hiện đóng cửa mỏ đối với 3 mỏ đã hết trữ lượng; không cấp mới giấy phép khai thác trong phạm vi 500 m tính từ khu dân cư tập trung.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}


def cell(anchor, number, value, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place:
        kw["location"] = place
        subj = f"sản lượng khai thác {col.lower()}"
    else:
        subj = f"tổng cộng sản lượng khai thác {col.lower()}"
    return F(anchor, number, value, "measure", "tấn", subject=subj, period=COLS[col], **kw)


FIGS = [
    F("có 16 mỏ", "16", 16, "count", "mỏ", subject="mỏ cao lanh, sét gốm sứ còn hiệu lực giấy phép", period=Y23),
    F("trong đó 12 mỏ", "12", 12, "count", "mỏ", total=16, subject="mỏ cao lanh, sét gốm sứ đang hoạt động", period=Y23),
    F("đạt 1.326,5 nghìn tấn", "1.326,5", 1326500, "measure", "tấn", percent=96.8,
      change=C("decrease", 4.1, "%", "năm 2022"), subject="tổng sản lượng khai thác", period=I(Y23)),
    cell("Tân Uyên | 498,2", "498,2", 498200, "Tân Uyên", "Năm 2022"),
    cell("498,2 | 463,0", "463,0", 463000, "Tân Uyên", "Năm 2023"),
    cell("463,0 | 470", "470", 470000, "Tân Uyên", "Kế hoạch 2024"),
    cell("Bắc Tân Uyên | 402,6", "402,6", 402600, "Bắc Tân Uyên", "Năm 2022"),
    cell("402,6 | 391,5", "391,5", 391500, "Bắc Tân Uyên", "Năm 2023"),
    cell("391,5 | 400", "400", 400000, "Bắc Tân Uyên", "Kế hoạch 2024"),
    cell("Phú Giáo | 312,4", "312,4", 312400, "Phú Giáo", "Năm 2022"),
    cell("312,4 | 305,8", "305,8", 305800, "Phú Giáo", "Năm 2023"),
    cell("305,8 | 320", "320", 320000, "Phú Giáo", "Kế hoạch 2024"),
    cell("Dầu Tiếng | 170,1", "170,1", 170100, "Dầu Tiếng", "Năm 2022"),
    cell("170,1 | 166,2", "166,2", 166200, "Dầu Tiếng", "Năm 2023"),
    cell("166,2 | 160", "160", 160000, "Dầu Tiếng", "Kế hoạch 2024"),
    cell("Tổng cộng | 1.383,3", "1.383,3", 1383300, None, "Năm 2022"),
    cell("1.383,3 | 1.326,5", "1.326,5", 1326500, None, "Năm 2023"),
    cell("1.326,5 | 1.350", "1.350", 1350000, None, "Kế hoạch 2024"),
    F("nộp ngân sách 186,4 tỷ", "186,4", 186400000000, "money", "đồng",
      subject="nộp ngân sách của các doanh nghiệp", period=I(Y23)),
    F("tài nguyên 72,9 tỷ", "72,9", 72900000000, "money", "đồng", total=186400000000,
      subject="thuế tài nguyên", period=I(Y23)),
    F("môi trường 31,2 tỷ", "31,2", 31200000000, "money", "đồng", total=186400000000,
      subject="phí bảo vệ môi trường", period=I(Y23)),
    F("khoảng 1.450 lao động", "1.450", 1450, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp sử dụng", period=I(Y23)),
    F("trong đó 310 lao động", "310", 310, "count", "lao động nữ", total=1450,
      subject="lao động nữ", period=I(Y23)),
    F("bình quân 9,6 triệu", "9,6", 9600000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động", period=I(Y23)),
    F("là 58,7 tỷ", "58,7", 58700000000, "money", "đồng",
      subject="tổng số tiền ký quỹ cải tạo, phục hồi môi trường", period=ASOF),
    F("đạt 1.350 nghìn tấn", "1.350", 1350000, "measure", "tấn", status="target",
      subject="sản lượng khai thác", period=Y24),
    F("đối với 3 mỏ", "3", 3, "count", "mỏ", status="target",
      subject="mỏ đã hết trữ lượng thực hiện đóng cửa", period=Y24),
    F("phạm vi 500 m", "500", 500, "measure", "m", status="target", optional=True,
      subject="phạm vi không cấp mới giấy phép khai thác tính từ khu dân cư tập trung"),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH BÌNH DƯƠNG', 'Số: 19/BC-UBND', 'Bình Dương, ngày 18 tháng 01 năm 2024', sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' (cells ×1000 tấn); rows are districts (location), 'Kế hoạch 2024' column → target; periods from column headers.",
    "Table cell subject = caption indicator + column label; 'Tổng cộng' row keeps the province. 463,0 reads 463000.",
    "Distractors: document number 19/BC-UBND, section numbers I/II/1-3, dateline, 'Nơi nhận'.",
    "'1.326,5 nghìn tấn' in section 1 stands in the sentence after 'Năm 2023': inherited. Section 3 figures inherit Năm 2023 (title and section 1).",
    "Section II targets inherit 'NHIỆM VỤ NĂM 2024'. '500 m' is a standing distance rule: optional.",
    "Parts: 12 of 16 mỏ; 72,9 and 31,2 tỷ of 186,4 tỷ; 310 lao động nữ of 1.450 (bracketed 'trong đó').",
]

if __name__ == "__main__":
    write("p1220-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Bình Dương")
