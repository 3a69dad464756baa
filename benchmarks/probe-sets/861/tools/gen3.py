"""p861-3: formal report (UBND tỉnh Thanh Hóa), gyms and sports businesses in 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
Số: 528/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh thể dục thể hình, thể dục thẩm mỹ năm 2024

Thực hiện Công văn số 3712/BVHTTDL-TDTT ngày 15/10/2024 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp giấy chứng nhận
Năm 2024, Sở Văn hóa, Thể thao và Du lịch ước cấp 64 giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao, tăng 18,5% so với năm 2023. Tính đến ngày 30/11/2024, toàn tỉnh có 247 cơ sở kinh doanh hoạt động thể thao, cụ thể như sau:

Đơn vị tính: cơ sở
Địa phương | Thể dục thể hình, thể dục thẩm mỹ | Yoga | Bơi, lặn | Tổng số
TP Thanh Hóa | 62 | 18 | 11 | 91
TP Sầm Sơn | 17 | 4 | 9 | 30
Thị xã Bỉm Sơn | 12 | 3 | 2 | 17
Các huyện còn lại | 58 | 11 | 40 | 109
Tổng cộng | 149 | 36 | 62 | 247

2. Công tác thanh tra, kiểm tra
Trong năm 2024, đoàn kiểm tra liên ngành đã kiểm tra 96 cơ sở, đạt 120% kế hoạch; xử phạt 14 cơ sở vi phạm với tổng số tiền 127 triệu đồng, giảm 22,4% so với năm 2023. Vi phạm chủ yếu là không bảo đảm diện tích sàn tập tối thiểu 60 m2, thiếu nhân viên cứu hộ tại bể bơi.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 cấp mới khoảng 70 giấy chứng nhận; 100% cơ sở thể dục thể hình được kiểm tra ít nhất 1 lần/năm; dự kiến tổ chức 3 lớp bồi dưỡng cho khoảng 150 người hướng dẫn tập luyện.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")

COLS = ["Thể dục thể hình, thể dục thẩm mỹ", "Yoga", "Bơi, lặn", "Tổng số"]
ROWS = [
    ("TP Thanh Hóa", ["62", "18", "11", "91"], "Thanh Hóa"),
    ("TP Sầm Sơn", ["17", "4", "9", "30"], "Sầm Sơn"),
    ("Thị xã Bỉm Sơn", ["12", "3", "2", "17"], "Bỉm Sơn"),
    ("Các huyện còn lại", ["58", "11", "40", "109"], None),
    ("Tổng cộng", ["149", "36", "62", "247"], None),
]


def table_figs():
    out = []
    for label, cells, place in ROWS:
        for j, cell in enumerate(cells):
            anchor = label + " | " + " | ".join(cells[: j + 1])
            col = COLS[j]
            subj = "cơ sở " + col[0].lower() + col[1:] if j < 3 else "tổng số cơ sở kinh doanh hoạt động thể thao"
            if place is None:
                subj += " " + label.lower()
            kw = {"location": place} if place else {}
            out.append(F(anchor, cell, int(cell), "count", "cơ sở", subj, I(ASOF), **kw))
    return out


FIGS = [
    F("ước cấp 64 giấy", "64", 64, "count", "giấy chứng nhận",
      "giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao cấp mới", Y24, status="estimate",
      change=C("increase", 18.5, "%", "năm 2023")),
    F("có 247 cơ sở", "247", 247, "count", "cơ sở", "cơ sở kinh doanh hoạt động thể thao", ASOF),
] + table_figs() + [
    F("kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", Y24b,
      percent=120),
    F("xử phạt 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", Y24b),
    F("số tiền 127 triệu đồng", "127", 127_000_000, "money", "đồng", "tiền xử phạt vi phạm", Y24b,
      change=C("decrease", 22.4, "%", "năm 2023")),
    F("tối thiểu 60 m2", "60", 60, "measure", "m2", "diện tích sàn tập tối thiểu", approx="at_least", optional=True),
    F("khoảng 70 giấy", "70", 70, "count", "giấy chứng nhận", "giấy chứng nhận cấp mới", Y25,
      approx="about", status="target"),
    F("100% cơ sở thể dục thể hình", "100", 100, "percent", "%",
      "tỷ lệ cơ sở thể dục thể hình được kiểm tra", Y25, status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "tần suất kiểm tra cơ sở thể dục thể hình",
      approx="at_least", status="target", optional=True),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp bồi dưỡng", "lớp bồi dưỡng người hướng dẫn tập luyện", Y25,
      status="forecast"),
    F("khoảng 150 người", "150", 150, "count", "người", "người hướng dẫn tập luyện được bồi dưỡng", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Thanh Hóa (Số: 528/BC-UBND, 10/12/2024): sports-business licensing and inspection 2024, plan 2025.",
    "Flattened table (Đơn vị tính: cơ sở; place column; Tổng cộng row): every cell is a count of cơ sở; place rows give the location",
    "(TP Thanh Hóa → 'Thanh Hóa' after the TP prefix), 'Các huyện còn lại' and 'Tổng cộng' rows keep the province; subject = column label",
    "(+ row label when it is not a place). Period 'Tính đến ngày 30/11/2024' stands in the sentence above the table: inherited.",
    "Table cells carry no total (the Tổng số column and Tổng cộng row are figures of their own).",
    "'đạt 120% kế hoạch' → percent of 96 cơ sở. 'tối thiểu 60 m2' (a legal threshold) and 'ít nhất 1 lần/năm' (the target's frequency) optional.",
    "The 2025 sentence: 'Phấn đấu' governs 70 and 100%; 'dự kiến' makes 3 lớp and 150 người forecasts; period năm 2025 for all.",
    "Distractors: Số 528/BC-UBND, Công văn số 3712/BVHTTDL-TDTT ngày 15/10/2024, dates, section numbers I./II./1./2.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-12-10", location="Thanh Hóa")
