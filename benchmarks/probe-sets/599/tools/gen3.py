"""p599-3: UBND tỉnh Thái Bình formal report on Chỉ thị 12/CT-TTg (black credit), flattened '|' table by district."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND
Thái Bình, ngày 15 tháng 11 năm 2023

BÁO CÁO
Kết quả thực hiện Chỉ thị số 12/CT-TTg ngày 25/4/2019 của Thủ tướng Chính phủ về phòng ngừa, đấu tranh với tội phạm liên quan đến "tín dụng đen" năm 2023

I. KẾT QUẢ ĐẤU TRANH, XỬ LÝ
Từ ngày 15/11/2022 đến ngày 14/11/2023, lực lượng Công an toàn tỉnh đã phát hiện 24 vụ, 41 đối tượng, giảm 11,1% số vụ so với cùng kỳ năm 2022; khởi tố 16 vụ/35 bị can, chiếm 66,7% số vụ phát hiện. Tỷ lệ điều tra, khám phá đạt 91,7%, vượt 1,7% so với chỉ tiêu Bộ Công an giao (90%). Kết quả theo địa bàn:

Địa bàn | Vụ phát hiện (vụ) | Vụ khởi tố (vụ) | Bị can (người) | Kiểm tra cơ sở cầm đồ (lượt)
TP. Thái Bình | 9 | 6 | 14 | 58
Huyện Kiến Xương | 5 | 3 | 7 | 22
Huyện Quỳnh Phụ | 4 | 2 | 5 | 19
Các huyện còn lại | 6 | 5 | 9 | 21
Toàn tỉnh | 24 | 16 | 35 | 120

II. QUẢN LÝ NGÀNH NGHỀ KINH DOANH CÓ ĐIỀU KIỆN
Toàn tỉnh hiện có 247 cơ sở kinh doanh dịch vụ cầm đồ được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự, trong đó cấp mới 18 cơ sở. Qua kiểm tra, phát hiện 13 cơ sở vi phạm, xử phạt 74 triệu đồng.

III. TÍN DỤNG PHỤC VỤ ĐỜI SỐNG
Các tổ chức tín dụng trên địa bàn đã cho vay tiêu dùng 2.345 tỷ đồng với khoảng 31.200 khách hàng; 26 quỹ tín dụng nhân dân cho vay 1.118 tỷ đồng.

IV. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tỷ lệ điều tra, khám phá các vụ án "tín dụng đen" đạt trên 92%; kiểm tra 100% cơ sở cầm đồ.

Nơi nhận:
- Bộ Công an (C02);
- Lưu: VT, NC.
"""

PR = P("Từ ngày 15/11/2022 đến ngày 14/11/2023", "2022-11-15", "2023-11-14")
PY = P("NĂM 2024", "2024-01-01", "2024-12-31")

COLS = [("Vụ phát hiện", "count", "vụ"), ("Vụ khởi tố", "count", "vụ"),
        ("Bị can", "count", "người"), ("Kiểm tra cơ sở cầm đồ", "count", "lượt")]
ROWS = [("TP. Thái Bình", ["9", "6", "14", "58"], "TP. Thái Bình", ""),
        ("Huyện Kiến Xương", ["5", "3", "7", "22"], "Kiến Xương", ""),
        ("Huyện Quỳnh Phụ", ["4", "2", "5", "19"], "Quỳnh Phụ", ""),
        ("Các huyện còn lại", ["6", "5", "9", "21"], "Thái Bình", " các huyện còn lại"),
        ("Toàn tỉnh", ["24", "16", "35", "120"], "Thái Bình", "")]


def table():
    out = []
    for label, cells, loc, extra in ROWS:
        for i, (col, kind, unit) in enumerate(COLS):
            anchor = label + " | " + " | ".join(cells[: i + 1])
            out.append(F(anchor, cells[i], float(cells[i]), kind, unit,
                         col + extra, I(PR), location=loc))
    return out


FIGS = [
    F("phát hiện 24 vụ", "24", 24, "count", "vụ",
      "vụ phát hiện", PR,
      change=CH("decrease", 11.1, "%", "cùng kỳ năm 2022")),
    F("41 đối tượng", "41", 41, "count", "đối tượng",
      "đối tượng phát hiện", PR),
    F("khởi tố 16 vụ", "16", 16, "count", "vụ",
      "vụ khởi tố", PR, percent=66.7),
    F("35 bị can", "35", 35, "count", "bị can",
      "bị can khởi tố", PR),
    F("đạt 91,7%", "91,7", 91.7, "percent", "%",
      "tỷ lệ điều tra, khám phá", I(PR),
      change=CH("increase", 1.7, "%", "chỉ tiêu Bộ Công an giao"), target=T(90, met=True)),
] + table() + [
    F("có 247 cơ sở", "247", 247, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự"),
    F("cấp mới 18 cơ sở", "18", 18, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ cấp mới giấy chứng nhận", total=247),
    F("phát hiện 13 cơ sở", "13", 13, "count", "cơ sở",
      "cơ sở vi phạm"),
    F("xử phạt 74 triệu đồng", "74", 74e6, "money", "đồng",
      "tiền xử phạt cơ sở vi phạm"),
    F("tiêu dùng 2.345 tỷ đồng", "2.345", 2345e9, "money", "đồng",
      "cho vay tiêu dùng của các tổ chức tín dụng"),
    F("khoảng 31.200 khách hàng", "31.200", 31200, "count", "khách hàng",
      "khách hàng vay tiêu dùng", approx="about"),
    F("26 quỹ tín dụng nhân dân", "26", 26, "count", "quỹ tín dụng nhân dân",
      "quỹ tín dụng nhân dân cho vay"),
    F("vay 1.118 tỷ đồng", "1.118", 1118e9, "money", "đồng",
      "vốn quỹ tín dụng nhân dân cho vay"),
    F("trên 92%", "92", 92, "percent", "%",
      "tỷ lệ điều tra, khám phá các vụ án tín dụng đen", I(PY), approx="over", status="target"),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở cầm đồ được kiểm tra", I(PY), status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH THÁI BÌNH', 'Số: 286/BC-UBND', 'Thái Bình, ngày 15 tháng 11 năm 2023': Chỉ thị 12/CT-TTg (tín dụng đen) 2023.",
    "Report period 'Từ ngày 15/11/2022 đến ngày 14/11/2023' scored on the sentence that states it; table cells inherit it ('Kết quả theo địa bàn:').",
    "'16 vụ/35 bị can' is cases/defendants, not part/whole: no total. 'chiếm 66,7% số vụ phát hiện' is the share of 16 vụ; 'giảm 11,1% số vụ' the change of 24 vụ.",
    "'91,7%, vượt 1,7% so với chỉ tiêu ... (90%)': gap to plan as change, target 90 met (as shared h09).",
    "Flattened table: every numeric cell a figure; district row labels -> location; 'Các huyện còn lại' and 'Toàn tỉnh' -> Thái Bình;",
    "units from column headers (vụ, người, lượt). Section numbers I.-IV., Số 286, Chỉ thị 12, C02, dates: not figures.",
    "Section IV ('PHƯƠNG HƯỚNG NĂM 2024', 'Phấn đấu'): targets, period inherited from the heading.",
    "revised after first scoring: 24 vụ / 41 đối tượng subjects no longer import 'liên quan đến tín dụng đen' from the title; 13 cơ sở / 74 triệu no longer import 'cầm đồ'.",
]

if __name__ == "__main__":
    emit("p599-3", TEXT, COMMENTS, FIGS, published="2023-11-15", location="Thái Bình")
