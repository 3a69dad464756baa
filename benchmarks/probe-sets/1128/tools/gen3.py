"""p1128-3: formal report (UBND tỉnh Bến Tre): drought and salinity, tanks and trucked water, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẾN TRE
Số: 86/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 22 tháng 3 năm 2024

BÁO CÁO
Tình hình hạn, mặn và kết quả hỗ trợ nước sinh hoạt cho người dân mùa khô 2023-2024

I. TÌNH HÌNH HẠN, MẶN
Tính đến ngày 20/3/2024, toàn tỉnh có 11.450 hộ thiếu nước sinh hoạt, tăng 3.120 hộ so với cùng kỳ năm 2023, tập trung tại 4 huyện ven biển. Độ mặn cao nhất đo được tại cửa sông Hàm Luông là 18,6‰.

II. KẾT QUẢ HỖ TRỢ NƯỚC SINH HOẠT
1. Cấp bồn chứa và chở nước
Đơn vị tính: hộ
Huyện | Hộ thiếu nước | Được cấp bồn chứa | Được chở nước miễn phí
Ba Tri | 3.860 | 1.240 | 2.150
Bình Đại | 2.730 | 860 | 1.420
Thạnh Phú | 3.140 | 1.015 | 1.890
Giồng Trôm | 1.720 | 535 | 960
Tổng cộng | 11.450 | 3.650 | 6.420

2. Kinh phí
Tổng kinh phí hỗ trợ đến nay là 7,85 tỷ đồng, gồm ngân sách tỉnh 4,2 tỷ đồng, ngân sách Trung ương 2,5 tỷ đồng và vận động xã hội hóa 1,15 tỷ đồng. Mỗi hộ được cấp 1 bồn nhựa loại 1.000 lít trị giá 2,3 triệu đồng; nước chở đến tận nhà được hỗ trợ 50.000 đồng/m3.

III. NHIỆM VỤ THỜI GIAN TỚI
Dự báo đến cuối tháng 4/2024, số hộ thiếu nước có thể lên khoảng 15.000 hộ. UBND tỉnh dự kiến bố trí thêm 20 tỷ đồng để khoan 12 giếng ngầm và lắp đặt 6 trạm xử lý nước mặn quy mô nhỏ; phấn đấu không để hộ dân nào thiếu nước ăn uống.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

ASOF = P("Tính đến ngày 20/3/2024", None, "2024-03-20")
NOW = P("đến nay", None, "2024-03-22")
APR = P("đến cuối tháng 4/2024", None, "2024-04-30")
COLS = {"Hộ thiếu nước": "hộ thiếu nước",
        "Được cấp bồn chứa": "hộ được cấp bồn chứa",
        "Được chở nước miễn phí": "hộ được chở nước miễn phí"}


def cell(anchor, number, value, row, col):
    loc = None if row == "Tổng cộng" else row
    subj = COLS[col] + (" tổng cộng" if loc is None else "")
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, "count", "hộ", subject=subj, period=I(ASOF), **kw)


FIGS = [
    F("có 11.450 hộ", "11.450", 11450, "count", "hộ", change=C("increase", 3120, "hộ", "cùng kỳ năm 2023"),
      subject="hộ thiếu nước sinh hoạt", period=ASOF),
    F("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện ven biển có hộ thiếu nước", period=ASOF),
    F("là 18,6‰", "18,6", 18.6, "measure", "‰", subject="độ mặn cao nhất đo được tại cửa sông Hàm Luông",
      period=I(ASOF)),
    cell("Ba Tri | 3.860", "3.860", 3860, "Ba Tri", "Hộ thiếu nước"),
    cell("3.860 | 1.240", "1.240", 1240, "Ba Tri", "Được cấp bồn chứa"),
    cell("1.240 | 2.150", "2.150", 2150, "Ba Tri", "Được chở nước miễn phí"),
    cell("Bình Đại | 2.730", "2.730", 2730, "Bình Đại", "Hộ thiếu nước"),
    cell("2.730 | 860", "860", 860, "Bình Đại", "Được cấp bồn chứa"),
    cell("860 | 1.420", "1.420", 1420, "Bình Đại", "Được chở nước miễn phí"),
    cell("Thạnh Phú | 3.140", "3.140", 3140, "Thạnh Phú", "Hộ thiếu nước"),
    cell("3.140 | 1.015", "1.015", 1015, "Thạnh Phú", "Được cấp bồn chứa"),
    cell("1.015 | 1.890", "1.890", 1890, "Thạnh Phú", "Được chở nước miễn phí"),
    cell("Giồng Trôm | 1.720", "1.720", 1720, "Giồng Trôm", "Hộ thiếu nước"),
    cell("1.720 | 535", "535", 535, "Giồng Trôm", "Được cấp bồn chứa"),
    cell("535 | 960", "960", 960, "Giồng Trôm", "Được chở nước miễn phí"),
    cell("Tổng cộng | 11.450", "11.450", 11450, "Tổng cộng", "Hộ thiếu nước"),
    cell("11.450 | 3.650", "3.650", 3650, "Tổng cộng", "Được cấp bồn chứa"),
    cell("3.650 | 6.420", "6.420", 6420, "Tổng cộng", "Được chở nước miễn phí"),
    F("là 7,85 tỷ", "7,85", 7850000000, "money", "đồng", subject="tổng kinh phí hỗ trợ nước sinh hoạt",
      period=NOW),
    F("tỉnh 4,2 tỷ", "4,2", 4200000000, "money", "đồng", total=7850000000,
      subject="kinh phí hỗ trợ từ ngân sách tỉnh", period=NOW),
    F("Trung ương 2,5 tỷ", "2,5", 2500000000, "money", "đồng", total=7850000000,
      subject="kinh phí hỗ trợ từ ngân sách Trung ương", period=NOW),
    F("hóa 1,15 tỷ", "1,15", 1150000000, "money", "đồng", total=7850000000,
      subject="kinh phí vận động xã hội hóa", period=NOW),
    F("cấp 1 bồn", "1", 1, "measure", "bồn/hộ", optional=True, subject="bồn nhựa cấp cho mỗi hộ"),
    F("loại 1.000 lít", "1.000", 1000, "measure", "lít", optional=True, subject="dung tích bồn nhựa"),
    F("trị giá 2,3 triệu", "2,3", 2300000, "money", "đồng", subject="trị giá mỗi bồn nhựa"),
    F("hỗ trợ 50.000", "50.000", 50000, "money", "đồng/m3", subject="hỗ trợ giá nước chở đến tận nhà"),
    F("khoảng 15.000 hộ", "15.000", 15000, "count", "hộ", approx="about", status="forecast",
      subject="hộ thiếu nước", period=APR),
    F("thêm 20 tỷ", "20", 20000000000, "money", "đồng", status="forecast",
      subject="kinh phí bố trí thêm để khoan giếng ngầm và lắp đặt trạm xử lý nước mặn"),
    F("khoan 12 giếng", "12", 12, "count", "giếng ngầm", status="forecast", subject="giếng ngầm khoan thêm"),
    F("đặt 6 trạm", "6", 6, "count", "trạm", status="forecast",
      subject="trạm xử lý nước mặn quy mô nhỏ lắp đặt"),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH BẾN TRE', 'Số: 86/BC-UBND', 'Bến Tre, ngày 22 tháng 3 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: hộ'; row labels are districts -> location, subject = column label; the 'Tổng cộng' row",
    "is Bến Tre (default) with subject column + 'tổng cộng'. Period: the as-of date of section I, inherited (no column header gives one).",
    "Table cells get no totals. 'tăng 3.120 hộ so với cùng kỳ năm 2023' is the change of 11.450 hộ (unit hộ).",
    "Distractors: 'Số: 86/BC-UBND', the letterhead date, 'mùa khô 2023-2024' (a season), section numbers I.-III., 1.-2., 'Nơi nhận', 'Lưu: VT, NN'.",
    "'Mỗi hộ được cấp 1 bồn' (a rate of one) and 'loại 1.000 lít' (a product type) are optional. 18,6‰ is a measure in ‰.",
    "'đến nay' in the budget sentence = as of the report date. 'UBND tỉnh dự kiến bố trí … để khoan … và lắp đặt …' -> forecast for all three.",
]

if __name__ == "__main__":
    write("p1128-3", TEXT, NOTES, FIGS, published="2024-03-22", location="Bến Tre")
