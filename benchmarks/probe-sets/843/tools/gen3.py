"""p843-3: Quảng Nam formal report (letterhead), UXO clearance 2023, flattened | table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH QUẢNG NAM
BAN CHỈ ĐẠO 504
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả khắc phục hậu quả bom mìn, vật nổ sau chiến tranh năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khảo sát, rà phá bom mìn
Năm 2023, toàn tỉnh đã khảo sát, rà phá bom mìn, vật nổ trên diện tích 1.482,6 ha, đạt 98,8% kế hoạch; phát hiện, xử lý 4.317 quả bom, mìn, vật nổ các loại. Kết quả theo địa phương như sau:

Đơn vị tính: ha
STT | Địa phương | Kế hoạch | Thực hiện | Tỷ lệ (%)
1 | Đại Lộc | 420 | 436,2 | 103,9
2 | Duy Xuyên | 380 | 351,4 | 92,5
3 | Quế Sơn | 310 | 318 | 102,6
4 | Núi Thành | 390 | 377 | 96,7
 | Tổng cộng | 1.500 | 1.482,6 | 98,8

2. Hỗ trợ nạn nhân bom mìn
Trong năm, trên địa bàn tỉnh xảy ra 2 vụ tai nạn do vật nổ làm 1 người chết, 3 người bị thương. Ban Chỉ đạo đã phối hợp hỗ trợ 146 nạn nhân với tổng kinh phí 1,24 tỷ đồng; lắp chân tay giả cho 38 người, tăng 11 người so với năm 2022; hỗ trợ vay vốn sinh kế cho 27 hộ với mức vay tối đa 50 triệu đồng/hộ.

3. Tuyên truyền giáo dục nguy cơ bom mìn
Tổ chức 215 buổi tuyên truyền tại 64 xã, phường với hơn 12.500 lượt người tham dự.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
1. Phấn đấu rà phá, làm sạch khoảng 1.600 ha đất bị ô nhiễm bom mìn.
2. Tiếp tục điều tra, cập nhật dữ liệu nạn nhân bom mìn tại 18/18 huyện, thị xã, thành phố.

Nơi nhận:
- Bộ Quốc phòng (VNMAC);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
TBL = inherit(period("năm 2023", "2023-01-01", "2023-12-31"))
IN_YEAR = period("Trong năm", "2023-01-01", "2023-12-31")
Y24 = inherit(period("NĂM 2024", "2024-01-01", "2024-12-31"))

PLAN = "diện tích rà phá bom mìn kế hoạch"
DONE = "diện tích rà phá bom mìn thực hiện"
RATE = "tỷ lệ thực hiện so với kế hoạch rà phá"


def row(name, plan, done, rate, loc, a_plan, a_done, a_rate):
    return [
        F(a_plan, plan, "measure", "ha", PLAN, TBL, status="target", location=loc),
        F(a_done, done, "measure", "ha", DONE, TBL, location=loc),
        F(a_rate, rate, "percent", "%", RATE, TBL, location=loc),
    ]


FIGS = [
    F("diện tích 1.482,6 ha", "1.482,6", "measure", "ha", "diện tích khảo sát, rà phá bom mìn, vật nổ", Y23,
      percent=98.8),
    F("xử lý 4.317 quả", "4.317", "count", "quả", "bom, mìn, vật nổ được phát hiện, xử lý", Y23),
    *row("Đại Lộc", "420", "436,2", "103,9", "Đại Lộc", "Đại Lộc | 420", "420 | 436,2", "436,2 | 103,9"),
    *row("Duy Xuyên", "380", "351,4", "92,5", "Duy Xuyên", "Duy Xuyên | 380", "380 | 351,4", "351,4 | 92,5"),
    *row("Quế Sơn", "310", "318", "102,6", "Quế Sơn", "Quế Sơn | 310", "310 | 318", "318 | 102,6"),
    *row("Núi Thành", "390", "377", "96,7", "Núi Thành", "Núi Thành | 390", "390 | 377", "377 | 96,7"),
    *row("Tổng cộng", "1.500", "1.482,6", "98,8", "Quảng Nam", "Tổng cộng | 1.500", "1.500 | 1.482,6",
         "1.482,6 | 98,8"),
    F("xảy ra 2 vụ tai nạn", "2", "count", "vụ", "vụ tai nạn do vật nổ", IN_YEAR),
    F("làm 1 người chết", "1", "count", "người", "người chết do tai nạn vật nổ", IN_YEAR),
    F("3 người bị thương", "3", "count", "người", "người bị thương do tai nạn vật nổ", IN_YEAR),
    F("hỗ trợ 146 nạn nhân", "146", "count", "nạn nhân", "nạn nhân bom mìn được hỗ trợ", inherit(Y23)),
    F("kinh phí 1,24 tỷ đồng", "1,24", "money", "đồng", "tổng kinh phí hỗ trợ nạn nhân", inherit(Y23)),
    F("cho 38 người", "38", "count", "người", "người được lắp chân tay giả", inherit(Y23),
      change=change("increase", 11, "người", "năm 2022")),
    F("cho 27 hộ", "27", "count", "hộ", "hộ được hỗ trợ vay vốn sinh kế", inherit(Y23)),
    F("tối đa 50 triệu đồng/hộ", "50", "money", "đồng/hộ", "mức vay vốn sinh kế", approx="at_most"),
    F("Tổ chức 215 buổi", "215", "count", "buổi", "buổi tuyên truyền giáo dục nguy cơ bom mìn", inherit(Y23)),
    F("tại 64 xã, phường", "64", "count", "xã, phường", "xã, phường được tuyên truyền", inherit(Y23)),
    F("hơn 12.500 lượt người", "12.500", "count", "lượt người", "lượt người tham dự tuyên truyền", inherit(Y23),
      approx="over"),
    F("khoảng 1.600 ha", "1.600", "measure", "ha", "diện tích đất bị ô nhiễm bom mìn rà phá, làm sạch", Y24,
      approx="about", status="target"),
    F("tại 18/18 huyện", "18", "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố điều tra, cập nhật dữ liệu nạn nhân bom mìn", Y24, total=18, status="target"),
]

NOTES = [
    "Quảng Nam: formal report of the provincial 504 steering committee on 2023 results, letterhead and section numbers.",
    "Flattened table (Đơn vị tính: ha): every numeric cell is a figure; STT numbers are not. District rows give the",
    "location, 'Tổng cộng' is the province. Kế hoạch column → target; Tỷ lệ (%) cells are percent figures of their own.",
    "Table period 'năm 2023' stands above the table (inherited). 'Trong năm' in an annual report = 2023 (scored).",
    "Section II tasks are targets (phấn đấu / heading NĂM 2024, inherited). '18/18 huyện' → total 18.",
    "'tối đa 50 triệu đồng/hộ' is a loan ceiling (rule): no period. Distractors: Số: 287/BC-UBND, BAN CHỈ ĐẠO 504,",
    "the place-and-date line, section numbers I./II./1./2./3., table STT column.",
]

if __name__ == "__main__":
    write("p843-3", TEXT, FIGS, published="2023-12-15", location="Quảng Nam", notes=NOTES)
