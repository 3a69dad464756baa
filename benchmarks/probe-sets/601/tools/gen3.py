"""p601-3: formal report under a letterhead (UBND tỉnh Nghệ An, Số: …/BC-UBND) with a flattened | table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Nghệ An, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2023

Thực hiện Công văn số 4718/C07-P1 ngày 20/11/2023 của Cục Cảnh sát PCCC và CNCH, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHÁY, NỔ
Từ đầu năm đến ngày 15/12/2023, trên địa bàn tỉnh xảy ra 96 vụ cháy, 2 vụ nổ, làm 5 người chết, 9 người bị thương, thiệt hại tài sản ước tính 38,72 tỷ đồng. So sánh với năm 2022 tại Bảng 1.

Bảng 1. Tình hình cháy năm 2023 so với năm 2022
Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Năm 2023 so với năm 2022 (%)
Số vụ cháy | vụ | 104 | 96 | 92,3
Số người chết | người | 7 | 5 | 71,4
Số người bị thương | người | 6 | 9 | 150,0
Thiệt hại tài sản | tỷ đồng | 45,10 | 38,72 | 85,9

II. KẾT QUẢ CÔNG TÁC PCCC VÀ CNCH
1. Tuyên truyền, huấn luyện: tổ chức 1.236 buổi tuyên truyền cho hơn 98.500 lượt người; huấn luyện nghiệp vụ PCCC cho 6.420 người, đạt 107% kế hoạch.
2. Thực tập phương án: tổ chức thực tập 812 phương án chữa cháy, trong đó 95 phương án có sự tham gia của nhiều lực lượng.
3. Kiểm tra, xử lý vi phạm: kiểm tra 9.874 lượt cơ sở, phát hiện 2.315 thiếu sót; xử phạt 604 trường hợp, số tiền 8,96 tỷ đồng, tăng 2,1 lần so với năm 2022.
4. Cứu nạn, cứu hộ: tham gia 48 vụ, cứu được 23 người, tìm kiếm 31 thi thể nạn nhân.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giảm từ 5 đến 10% số vụ cháy so với năm 2023; 100% cơ sở thuộc diện quản lý được kiểm tra ít nhất 01 lần/năm.

Nơi nhận:
- Bộ Công an (C07);
- Lưu: VT, PC07.
"""

PY = P("Từ đầu năm đến ngày 15/12/2023", "2023-01-01", "2023-12-15")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [  # (row label, unit, kind, mult, anchors/numbers for 2022, 2023, ratio)
    ("Số vụ cháy", "vụ", "count", 1, ("| 104 |", "104", 104), ("104 | 96 |", "96", 96), ("| 92,3", "92,3", 92.3)),
    ("Số người chết", "người", "count", 1, ("| 7 |", "7", 7), ("7 | 5 |", "5", 5), ("| 71,4", "71,4", 71.4)),
    ("Số người bị thương", "người", "count", 1, ("| 6 |", "6", 6), ("6 | 9 |", "9", 9), ("| 150,0", "150,0", 150.0)),
    ("Thiệt hại tài sản", "đồng", "money", 1e9, ("| 45,10 |", "45,10", 45.10), ("45,10 | 38,72", "38,72", 38.72),
     ("| 85,9", "85,9", 85.9)),
]

FIGS = [
    F("xảy ra 96 vụ cháy", "96", 96, "count", "vụ cháy", "vụ cháy trên địa bàn tỉnh", PY),
    F("2 vụ nổ", "2", 2, "count", "vụ nổ", "vụ nổ trên địa bàn tỉnh", PY),
    F("làm 5 người chết", "5", 5, "count", "người", "người chết do cháy, nổ", PY),
    F("9 người bị thương", "9", 9, "count", "người", "người bị thương do cháy, nổ", PY),
    F("ước tính 38,72 tỷ đồng", "38,72", 38.72e9, "money", "đồng", "thiệt hại tài sản do cháy, nổ", PY, status="estimate"),
]
for label, unit, kind, mult, c22, c23, rat in ROWS:
    FIGS.append(F(c22[0], c22[1], c22[2] * mult, kind, unit, f"{label} năm 2022", Y22))
    FIGS.append(F(c23[0], c23[1], c23[2] * mult, kind, unit, f"{label} năm 2023", Y23))
    FIGS.append(F(rat[0], rat[1], rat[2], "percent", "%", f"{label} năm 2023 so với năm 2022"))

FIGS += [
    F("tổ chức 1.236 buổi", "1.236", 1236, "count", "buổi", "buổi tuyên truyền", Y23i),
    F("hơn 98.500 lượt người", "98.500", 98500, "count", "lượt người", "lượt người được tuyên truyền", Y23i, approx="over"),
    F("cho 6.420 người", "6.420", 6420, "count", "người", "người được huấn luyện nghiệp vụ PCCC", Y23i, percent=107),
    F("thực tập 812 phương án", "812", 812, "count", "phương án", "phương án chữa cháy thực tập", Y23i),
    F("trong đó 95 phương án", "95", 95, "count", "phương án", "phương án có sự tham gia của nhiều lực lượng", Y23i,
      total=812),
    F("kiểm tra 9.874 lượt cơ sở", "9.874", 9874, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Y23i),
    F("phát hiện 2.315 thiếu sót", "2.315", 2315, "count", "thiếu sót", "thiếu sót phát hiện qua kiểm tra", Y23i),
    F("xử phạt 604 trường hợp", "604", 604, "count", "trường hợp", "trường hợp bị xử phạt", Y23i),
    F("số tiền 8,96 tỷ đồng", "8,96", 8.96e9, "money", "đồng", "số tiền xử phạt", Y23i,
      change=CH("increase", 2.1, "lần", "năm 2022")),
    F("tham gia 48 vụ", "48", 48, "count", "vụ", "vụ cứu nạn, cứu hộ tham gia", Y23i),
    F("cứu được 23 người", "23", 23, "count", "người", "người được cứu", Y23i),
    F("tìm kiếm 31 thi thể", "31", 31, "count", "thi thể", "thi thể nạn nhân tìm kiếm được", Y23i),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giảm số vụ cháy so với năm 2023", Y24, value_max=10, status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở thuộc diện quản lý được kiểm tra ít nhất 01 lần/năm", Y24,
      status="target"),
    F("ít nhất 01 lần/năm", "01", 1, "measure", "lần/năm", "số lần kiểm tra cơ sở thuộc diện quản lý", Y24,
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Nghệ An, Số: 412/BC-UBND, \"Nghệ An, ngày 18 tháng 12 năm 2023\" (the published date).",
    "\"Công văn số 4718/C07-P1 ngày 20/11/2023\", \"C07\", \"PC07\", \"Bảng 1\", section numbers I./1. are not figures.",
    "Lead: \"Từ đầu năm đến ngày 15/12/2023\" gives 2023-01-01..2023-12-15. Flattened | table: every numeric cell is a figure;",
    "unit and multiplier from the \"Đơn vị tính\" cell (tỷ đồng -> ×10^9 đồng), period from the column header; the ratio column",
    "(\"Năm 2023 so với năm 2022 (%)\") gives percent figures without a period. Section II has no period phrase of its own",
    "(inherited from the title \"năm 2023\"). \"tăng 2,1 lần so với năm 2022\" is the change of 8,96 tỷ. Section III: targets",
    "for 2024 (heading); \"ít nhất 01 lần/năm\" describes the target's frequency (optional).",
]

if __name__ == "__main__":
    emit("p601-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Nghệ An")
