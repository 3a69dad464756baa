"""p1447-3: formal report (UBND tỉnh Bắc Ninh, Số: 412/BC-UBND): masks in 2020, tab-flattened table by company."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 28 tháng 12 năm 2020

BÁO CÁO
Tình hình sản xuất, cung ứng khẩu trang phục vụ phòng, chống dịch Covid-19 năm 2020

I. KẾT QUẢ THỰC HIỆN
1. Năng lực sản xuất
Năm 2020, toàn tỉnh có 23 doanh nghiệp sản xuất khẩu trang (trong đó 15 doanh nghiệp chuyển đổi từ ngành may mặc), tăng 17 doanh nghiệp so với năm 2019. Sản lượng khẩu trang năm 2020 ước đạt 412,5 triệu chiếc, gấp 6,2 lần năm 2019, trong đó xuất khẩu 265 triệu chiếc, chiếm 64,2%; kim ngạch xuất khẩu ước đạt 31,8 triệu USD.

2. Sản lượng khẩu trang của một số doanh nghiệp
Đơn vị tính: triệu chiếc
Doanh nghiệp\tNăm 2019\tƯớc tính năm 2020\tKế hoạch 2021
Công ty CP Vật tư y tế Kinh Bắc\t28,4\t156,0\t120,0
Công ty TNHH Dệt may Quế Võ\t-\t98,5\t60,0
Công ty TNHH Thiết bị y tế Thuận Thành\t22,6\t84,0\t75,0
Các doanh nghiệp khác\t15,5\t74,0\t55,0
Tổng cộng\t66,5\t412,5\t310,0

3. Giá bán và công tác kiểm tra
Tháng 2/2020, giá khẩu trang y tế trên thị trường có lúc lên tới 180.000 đồng/hộp 50 chiếc; đến tháng 12/2020 giảm còn khoảng 35.000-40.000 đồng/hộp. Lực lượng quản lý thị trường đã phát hiện 9 vụ vi phạm, tạm giữ hơn 1,3 triệu chiếc khẩu trang không rõ nguồn gốc, xử phạt 285 triệu đồng.

II. NHIỆM VỤ NĂM 2021
Phấn đấu năm 2021 sản lượng khẩu trang đạt 310 triệu chiếc, trong đó khẩu trang đạt chuẩn N95 và tương đương chiếm ít nhất 20%; hỗ trợ 5 doanh nghiệp đạt chứng nhận ISO 13485:2016; triển khai Kế hoạch số 315/KH-UBND của UBND tỉnh.

Nơi nhận:
- Bộ Công Thương, Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.
"""

Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
Y20b = per("năm 2020", "2020-01-01", "2020-12-31")
C19 = per("Năm 2019", "2019-01-01", "2019-12-31")
E20 = per("Ước tính năm 2020", "2020-01-01", "2020-12-31")
K21 = per("Kế hoạch 2021", "2021-01-01", "2021-12-31")
Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
COLS = {"năm 2019": (C19, None), "ước tính năm 2020": (E20, "estimate"), "kế hoạch 2021": (K21, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng khẩu trang {row} {col}",
               period=p, **kw)


ROWS = [("Công ty CP Vật tư y tế Kinh Bắc", ["28,4", "156,0", "120,0"]),
        ("Công ty TNHH Dệt may Quế Võ", [None, "98,5", "60,0"]),
        ("Công ty TNHH Thiết bị y tế Thuận Thành", ["22,6", "84,0", "75,0"]),
        ("Các doanh nghiệp khác", ["15,5", "74,0", "55,0"]),
        ("Tổng cộng", ["66,5", "412,5", "310,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        if n is None:
            prev = "-"
            continue
        CELLS.append(cell(f"{prev}\t{n}", n, label, col))
        prev = n

FIGS = [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        change=chg("increase", 17, "doanh nghiệp", "năm 2019"),
        subject="doanh nghiệp sản xuất khẩu trang", period=Y20),
    fig("trong đó 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp chuyển đổi từ ngành may mặc", period=Y20),
    fig("ước đạt 412,5 triệu", "412,5", 412.5e6, "count", "chiếc", status="estimate",
        change=chg("increase", 6.2, "lần", "năm 2019"),
        subject="sản lượng khẩu trang", period=Y20b),
    fig("xuất khẩu 265 triệu", "265", 265e6, "count", "chiếc", status="estimate", total=412.5e6, percent=64.2,
        subject="khẩu trang xuất khẩu", period=Y20b),
    fig("ước đạt 31,8 triệu USD", "31,8", 31.8e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu khẩu trang", period=Y20b),
] + CELLS + [
    fig("lên tới 180.000", "180.000", 180000, "money", "đồng/hộp",
        subject="giá khẩu trang y tế trên thị trường", period=per("Tháng 2/2020", "2020-02-01", "2020-02-29")),
    fig("hộp 50 chiếc", "50", 50, "count", "chiếc", optional=True),
    fig("khoảng 35.000-40.000", "35.000", 35000, "money", "đồng/hộp", value_max=40000, approx="about",
        subject="giá khẩu trang y tế trên thị trường", period=per("đến tháng 12/2020", None, "2020-12-31")),
    fig("phát hiện 9 vụ", "9", 9, "count", "vụ vi phạm", subject="vụ vi phạm lực lượng quản lý thị trường phát hiện",
        period=inh(Y20)),
    fig("hơn 1,3 triệu", "1,3", 1.3e6, "count", "chiếc", approx="over",
        subject="khẩu trang không rõ nguồn gốc bị tạm giữ", period=inh(Y20)),
    fig("xử phạt 285 triệu", "285", 285e6, "money", "đồng", subject="tiền xử phạt vi phạm", period=inh(Y20)),
    fig("đạt 310 triệu", "310", 310e6, "count", "chiếc", status="target",
        subject="sản lượng khẩu trang", period=Y21),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng khẩu trang đạt chuẩn N95 và tương đương trong sản lượng khẩu trang", period=Y21),
    fig("hỗ trợ 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp được hỗ trợ đạt chứng nhận ISO 13485:2016", period=Y21),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 412/BC-UBND', 'Bắc Ninh, ngày 28 tháng 12 năm 2020' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'23 doanh nghiệp (trong đó 15 ...), tăng 17 doanh nghiệp so với năm 2019': 15 takes total 23; the change attaches to 23 across the bracket.",
    "'ước đạt 412,5 triệu chiếc, gấp 6,2 lần năm 2019' → change increase 6,2 lần; 'trong đó xuất khẩu 265 triệu chiếc, chiếm 64,2%' → total + percent, estimate.",
    "Tab-flattened table, 'Đơn vị tính: triệu chiếc' → count in chiếc ×10^6; rows are companies (Quế Võ, Thuận Thành are only in firm names): location Bắc Ninh.",
    "Column 'Ước tính năm 2020' → estimate, 'Kế hoạch 2021' → target; periods from headers (scored); the '-' cell is no figure; cells get no total.",
    "'180.000 đồng/hộp 50 chiếc': the box size '50 chiếc' is part of the price's unit (optional, like a bottle size); 'khoảng 35.000-40.000 đồng/hộp' is a range.",
    "'đến tháng 12/2020 giảm còn khoảng 35.000-40.000' is an as-of phrase like 'đến 30/6/2023': start null, end 2020-12-31 (revised after the first run).",
    "Violations sentence has no period of its own: 'Năm 2020' of the report is inherited.",
    "Section II 'Phấn đấu năm 2021 ...; hỗ trợ 5 doanh nghiệp ...' → target for all three; 'chiếm ít nhất 20%' is a percent figure of its own.",
    "Distractors: Số 412/BC-UBND, 'Covid-19', ISO 13485:2016, Kế hoạch số 315/KH-UBND, 'N95', section numbers, the letterhead date, 'Lưu: VT'.",
]

if __name__ == "__main__":
    write("p1447-3", TEXT, NOTES, FIGS, published="2020-12-28", location="Bắc Ninh")
