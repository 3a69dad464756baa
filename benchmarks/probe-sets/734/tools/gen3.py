"""p734-3: Ninh Bình formal report (Số: 412/BC-UBND) — toilets for tourists, 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Ninh Bình, ngày 25 tháng 9 năm 2024

BÁO CÁO
Kết quả phát triển nhà vệ sinh công cộng đạt chuẩn phục vụ khách du lịch 9 tháng năm 2024

Thực hiện Kế hoạch số 86/KH-UBND ngày 12/4/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
9 tháng năm 2024, các khu, điểm du lịch trên địa bàn tỉnh đón 6,85 triệu lượt khách, tăng 14,3% so với cùng kỳ năm 2023, đạt 78,7% kế hoạch năm. Tổng số nhà vệ sinh phục vụ khách du lịch là 268 nhà, trong đó 231 nhà đạt chuẩn (86,2%). Tổng kinh phí xây mới, cải tạo ước thực hiện 27.450 triệu đồng, đạt 91,5% kế hoạch.

2. Kết quả theo địa bàn
Bảng 1. Nhà vệ sinh phục vụ khách du lịch (tính đến ngày 15/9/2024)
Địa bàn | Tổng số (nhà) | Đạt chuẩn (nhà) | Xây mới năm 2024 (nhà) | Kinh phí (triệu đồng)
Huyện Hoa Lư | 96 | 88 | 7 | 9.820
Huyện Gia Viễn | 54 | 45 | 4 | 5.360
Huyện Nho Quan | 47 | 40 | 3 | 4.115
Huyện Kim Sơn | 38 | 30 | 2 | 3.640
Huyện Yên Mô | 33 | 28 | 2 | 4.515
Cộng | 268 | 231 | 18 | 27.450

II. TỒN TẠI, HẠN CHẾ
Còn 37 nhà vệ sinh chưa đạt chuẩn, chủ yếu tại các điểm du lịch tâm linh, làng nghề; nguồn vốn xã hội hóa mới đạt khoảng 42% tổng kinh phí.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến hoàn thành xây mới 5 nhà vệ sinh tại Khu du lịch Tràng An, Tam Cốc - Bích Động, nâng tổng số nhà vệ sinh đạt chuẩn lên 236 nhà, tỷ lệ đạt chuẩn trên 87%.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("tính đến ngày 15/9/2024", None, "2024-09-15", inh=True)
Y24 = P("Xây mới năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

ROWS = [  # (row label, location, anchor prefix for first cell, cells)
    ("Hoa Lư", "Hoa Lư", ["Hoa Lư | 96", "96 | 88", "88 | 7", "7 | 9.820"], [96, 88, 7, "9.820"]),
    ("Gia Viễn", "Gia Viễn", ["Gia Viễn | 54", "54 | 45", "45 | 4", "4 | 5.360"], [54, 45, 4, "5.360"]),
    ("Nho Quan", "Nho Quan", ["Nho Quan | 47", "47 | 40", "40 | 3", "3 | 4.115"], [47, 40, 3, "4.115"]),
    ("Kim Sơn", "Kim Sơn", ["Kim Sơn | 38", "38 | 30", "30 | 2", "2 | 3.640"], [38, 30, 2, "3.640"]),
    ("Yên Mô", "Yên Mô", ["Yên Mô | 33", "33 | 28", "28 | 2", "2 | 4.515"], [33, 28, 2, "4.515"]),
    ("Cộng", "Ninh Bình", ["Cộng | 268", "268 | 231", "231 | 18", "18 | 27.450"], [268, 231, 18, "27.450"]),
]

FIGS = [
    F("đón 6,85 triệu lượt khách", "6,85", 6.85e6, "count", "lượt khách", "lượt khách đến các khu, điểm du lịch", M9,
      percent=78.7, change=CH("increase", 14.3, baseline="cùng kỳ năm 2023")),
    F("là 268 nhà", "268", 268, "count", "nhà", "tổng số nhà vệ sinh phục vụ khách du lịch", I(M9)),
    F("trong đó 231 nhà", "231", 231, "count", "nhà", "nhà vệ sinh đạt chuẩn", I(M9), total=268, percent=86.2),
    F("hiện 27.450 triệu đồng", "27.450", 27.45e9, "money", "đồng", "tổng kinh phí xây mới, cải tạo nhà vệ sinh", I(M9),
      percent=91.5, status="estimate"),
]
COLS = [
    ("count", "nhà", "tổng số nhà vệ sinh phục vụ khách du lịch", ASOF),
    ("count", "nhà", "nhà vệ sinh đạt chuẩn", ASOF),
    ("count", "nhà", "nhà vệ sinh xây mới năm 2024", Y24),
    ("money", "đồng", "kinh phí nhà vệ sinh phục vụ khách du lịch", ASOF),
]
for label, loc, anchors, cells in ROWS:
    for (kind, unit, subj, per), anchor, cell in zip(COLS, anchors, cells):
        if kind == "money":
            num = cell
            value = float(cell.replace(".", "")) * 1e6
        else:
            num = str(cell)
            value = cell
        F_ = F(anchor, num, value, kind, unit, subj, per, location=loc)
        FIGS.append(F_)
FIGS += [
    F("Còn 37 nhà vệ sinh", "37", 37, "count", "nhà vệ sinh", "nhà vệ sinh chưa đạt chuẩn"),
    F("khoảng 42%", "42", 42, "percent", "%", "tỷ lệ nguồn vốn xã hội hóa trong tổng kinh phí", approx="about"),
    F("xây mới 5 nhà vệ sinh", "5", 5, "count", "nhà vệ sinh", "nhà vệ sinh hoàn thành xây mới tại Khu du lịch Tràng An, Tam Cốc - Bích Động",
      Q4, status="forecast"),
    F("lên 236 nhà", "236", 236, "count", "nhà", "tổng số nhà vệ sinh đạt chuẩn", Q4, status="forecast"),
    F("trên 87%", "87", 87, "percent", "%", "tỷ lệ nhà vệ sinh đạt chuẩn", Q4, approx="over", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Ninh Bình, 'Số: 412/BC-UBND', 'Ninh Bình, ngày 25 tháng 9 năm 2024' (published).",
    "Not figures: the document numbers (412/BC-UBND, Kế hoạch số 86/KH-UBND ngày 12/4/2024), section numbers I./II./III., 1./2., 'Bảng 1'.",
    "Flattened '|' table: every numeric cell is a figure; subject = column; row districts go to location, 'Cộng' is the province.",
    "Kinh phí column in triệu đồng (×10^6). Period of the 'Xây mới năm 2024' column from its header (scored); the others take the",
    "title's 'tính đến ngày 15/9/2024' (inherited, unscored). No 'Ước' column, so cells are actual. Cells carry no total.",
    "'Tổng kinh phí ... ước thực hiện 27.450 triệu đồng, đạt 91,5% kế hoạch' -> estimate, percent 91,5 (no plan amount is given).",
    "Section III heading 'QUÝ IV/2024' gives the forecasts an inherited period.",
]

if __name__ == "__main__":
    emit("p734-3", TEXT, COMMENTS, FIGS, published="2024-09-25", location="Ninh Bình")
