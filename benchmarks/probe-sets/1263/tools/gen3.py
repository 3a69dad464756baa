"""p1263-3: formal report (UBND tỉnh Hà Tĩnh, Số 412/BC-UBND): rabies control 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác phòng, chống bệnh dại năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tiêm phòng dại cho chó, mèo
Tính đến ngày 30/11/2023, toàn tỉnh tiêm phòng dại cho 168.420 con chó, mèo, đạt 74,6% tổng đàn, vượt 4,6% so với chỉ tiêu Nghị quyết. Kết quả tại một số địa phương như sau:

Đơn vị tính: con
Địa phương | Tổng đàn chó, mèo | Số con đã tiêm | Tỷ lệ (%)
Hương Sơn | 24.310 | 19.850 | 81,7
Can Lộc | 21.540 | 17.020 | 79,0
Thạch Hà | 28.960 | 20.140 | 69,5
Kỳ Anh | 26.780 | 17.430 | 65,1
Tổng cộng toàn tỉnh | 225.760 | 168.420 | 74,6

2. Tình hình bệnh dại
Từ đầu năm đến ngày 30/11/2023, toàn tỉnh xảy ra 7 ổ dịch dại trên chó tại 5 huyện; 3 người tử vong do bệnh dại, giảm 2 trường hợp so với năm 2022. Số người bị chó cắn phải điều trị dự phòng là 9.460 lượt, trong đó trẻ em dưới 15 tuổi chiếm 31%.

3. Quản lý đàn chó, mèo
Các địa phương đã lập sổ theo dõi chó, mèo tại 2.148/2.195 thôn, tổ dân phố (đạt 97,9%); thành lập 356 tổ tuần tra, bắt giữ gần 1.400 con chó thả rông. Kinh phí tỉnh hỗ trợ mua vắc xin năm 2023 là 2,85 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tiêm phòng dại cho trên 80% tổng đàn chó, mèo; không để xảy ra ca tử vong do bệnh dại; bố trí 3,5 tỷ đồng từ ngân sách tỉnh để mua vắc xin và hỗ trợ các hộ nghèo.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Cục Thú y;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL1.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lâm
"""

ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
YTD = per("Từ đầu năm đến ngày 30/11/2023", "2023-01-01", "2023-11-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31")

COLS = [("tổng đàn chó, mèo", "count", "con"), ("số con đã tiêm", "count", "con"), ("tỷ lệ", "percent", "%")]
ROWS = [("Hương Sơn", "Hương Sơn", ["24.310", "19.850", "81,7"]),
        ("Can Lộc", "Can Lộc", ["21.540", "17.020", "79,0"]),
        ("Thạch Hà", "Thạch Hà", ["28.960", "20.140", "69,5"]),
        ("Kỳ Anh", "Kỳ Anh", ["26.780", "17.430", "65,1"]),
        ("Tổng cộng toàn tỉnh", None, ["225.760", "168.420", "74,6"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, cells in ROWS:
    prev = label
    for (col, kind, unit), n in zip(COLS, cells):
        subj = col if place else f"{col} tổng cộng"
        kw = {"location": place} if place else {}
        CELLS.append(fig(f"{prev} | {n}", n, num(n), kind, unit, subject=subj, period=inh(ASOF), **kw))
        prev = n

FIGS = [
    fig("cho 168.420 con", "168.420", 168420, "count", "con", percent=74.6,
        change=chg("increase", 4.6, "%", "chỉ tiêu Nghị quyết"),
        subject="chó, mèo được tiêm phòng dại", period=ASOF),
] + CELLS + [
    fig("xảy ra 7 ổ", "7", 7, "count", "ổ dịch", subject="ổ dịch dại trên chó", period=YTD),
    fig("tại 5 huyện", "5", 5, "count", "huyện", subject="huyện có ổ dịch dại trên chó", period=YTD),
    fig("3 người tử vong", "3", 3, "count", "người",
        change=chg("decrease", 2, "trường hợp", "năm 2022"),
        subject="người tử vong do bệnh dại", period=YTD),
    fig("là 9.460 lượt", "9.460", 9460, "count", "lượt",
        subject="người bị chó cắn phải điều trị dự phòng", period=inh(YTD)),
    fig("dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True),
    fig("chiếm 31%", "31", 31, "percent", "%",
        subject="trẻ em dưới 15 tuổi trong số người bị chó cắn phải điều trị dự phòng", period=inh(YTD)),
    fig("2.148/2.195", "2.148", 2148, "count", "thôn, tổ dân phố", total=2195, percent=97.9,
        subject="thôn, tổ dân phố lập sổ theo dõi chó, mèo", period=inh(Y23)),
    fig("thành lập 356 tổ", "356", 356, "count", "tổ", subject="tổ tuần tra", period=inh(Y23)),
    fig("gần 1.400 con", "1.400", 1400, "count", "con", approx="nearly",
        subject="chó thả rông bị bắt giữ", period=inh(Y23)),
    fig("là 2,85 tỷ", "2,85", 2.85e9, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ mua vắc xin", period=Y23),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tổng đàn chó, mèo được tiêm phòng dại", period=inh(Y24)),
    fig("bố trí 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", status="target",
        subject="ngân sách tỉnh bố trí để mua vắc xin và hỗ trợ các hộ nghèo", period=inh(Y24)),
]

NOTES = [
    "Formal report (UBND tỉnh Hà Tĩnh, Số: 412/BC-UBND, 'Hà Tĩnh, ngày 18 tháng 12 năm 2023'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 'Số: 412/BC-UBND', letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, NL1.'.",
    "'vượt 4,6% so với chỉ tiêu Nghị quyết' is a gap to a plan → change increase 4.6, attached to 168.420 con (with percent 74.6).",
    "Flattened '|' table, 'Đơn vị tính: con'; district rows go to location; 'Tổng cộng toàn tỉnh' row → Hà Tĩnh;",
    "the 'Tỷ lệ (%)' column is percent; cells get no total; the as-of date stands in the sentence before the table (inherited).",
    "'dưới 15 tuổi' is an age band inside a subject: optional.",
    "'trong đó trẻ em ... chiếm 31%' is a percent figure of its own (share of a part, not of 9.460).",
    "'2.148/2.195 ... (đạt 97,9%)' → total 2195, percent 97.9.",
    "Section II 'NHIỆM VỤ NĂM 2024' with 'Phấn đấu' → target; year from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1263-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Hà Tĩnh")
