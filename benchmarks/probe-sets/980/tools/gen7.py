"""p980-7: department site (Sở GTVT Quảng Ninh), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, build

TABLE_ROWS = [  # label, 2023, 2024, plan 2025, subject stem
    ("Ô tô con", "49.870", "55.310", "58.000"),
    ("Ô tô tải, đầu kéo", "42.165", "43.920", "45.500"),
    ("Ô tô khách", "12.160", "13.410", "14.000"),
    ("Tổng cộng", "104.195", "112.640", "117.500"),
]
table = "Đơn vị tính: lượt phương tiện\nLoại phương tiện\nNăm 2023\nNăm 2024\nKế hoạch 2025\n"
for row in TABLE_ROWS:
    table += "\n".join(row) + "\n"

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả hoạt động kiểm định phương tiện năm 2024

Năm 2024, 7 trung tâm đăng kiểm xe cơ giới trên địa bàn tỉnh Quảng Ninh đã kiểm định 112.640 lượt phương tiện, tăng 8,1% so với năm 2023 và vượt 2,4% kế hoạch. Tỷ lệ phương tiện không đạt ở lần kiểm định đầu là 11,6%, thấp hơn mức 13,1% của năm 2023. Số lượt kiểm định theo loại phương tiện như sau:

""" + table + """
Hiện toàn tỉnh có 15 dây chuyền kiểm định và 63 đăng kiểm viên; 100% trung tâm đã thu phí không dùng tiền mặt. Năm 2024, các trung tâm đã từ chối kiểm định 86 xe hết niên hạn sử dụng, gấp 1,5 lần năm trước. Số xe được cấp tem kiểm định có chu kỳ 24 tháng chiếm khoảng 41%. Lượng xe khách đến kiểm định tăng mạnh vào mùa du lịch; riêng tháng 7/2024 các trung tâm tiếp nhận 1.530 lượt ô tô khách. Số lượt xe khách năm 2024 gấp hơn 1,1 lần năm 2023.

SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Địa chỉ: Tầng 11, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.642 - Fax: 0203.3835.643
Lượt truy cập: 3.482.115 | Đang online: 57
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COL = {
    0: (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", {}),
    1: (P("Năm 2024", "2024-01-01", "2024-12-31"), "năm 2024", {}),
    2: (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "kế hoạch 2025", {"status": "target"}),
}

FIGS = [
    F("Năm 2024, 7 trung tâm", "7", 7, "count", "trung tâm đăng kiểm xe cơ giới",
      "trung tâm đăng kiểm xe cơ giới", period=Y24),
    F("kiểm định 112.640 lượt", "112.640", 112640, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", change=C("increase", 8.1, "%", "năm 2023"), period=Y24),
    F("vượt 2,4% kế hoạch", "2,4", 2.4, "percent", "%", "lượt phương tiện kiểm định vượt kế hoạch",
      period=Y24, optional=True),
    F("đầu là 11,6%", "11,6", 11.6, "percent", "%", "tỷ lệ phương tiện không đạt ở lần kiểm định đầu",
      period=I(Y24)),
    F("mức 13,1%", "13,1", 13.1, "percent", "%", "tỷ lệ phương tiện không đạt ở lần kiểm định đầu",
      period=Y23),
]
prev = "Kế hoạch 2025"
for label, *cells in TABLE_ROWS:
    stem = "tổng cộng lượt phương tiện kiểm định" if label == "Tổng cộng" else f"lượt {label.lower()} kiểm định"
    left = label
    for i, cell in enumerate(cells):
        per, tag, extra = COL[i]
        FIGS.append(F(f"{left}\n{cell}", cell, int(cell.replace(".", "")), "count", "lượt phương tiện",
                      f"{stem} {tag}", period=per, **extra))
        left = cell
FIGS += [
    F("có 15 dây chuyền", "15", 15, "count", "dây chuyền kiểm định", "dây chuyền kiểm định"),
    F("và 63 đăng kiểm viên", "63", 63, "count", "đăng kiểm viên", "đăng kiểm viên"),
    F("100% trung tâm", "100", 100, "percent", "%", "trung tâm đã thu phí không dùng tiền mặt"),
    F("từ chối kiểm định 86 xe", "86", 86, "count", "xe",
      "xe hết niên hạn sử dụng bị từ chối kiểm định", change=C("increase", 1.5, "lần", "năm trước"),
      period=Y24),
    F("chu kỳ 24 tháng", "24", 24, "measure", "tháng", "chu kỳ kiểm định", optional=True),
    F("khoảng 41%", "41", 41, "percent", "%", "xe được cấp tem kiểm định có chu kỳ 24 tháng",
      approx="about", period=I(Y24)),
    F("tiếp nhận 1.530 lượt", "1.530", 1530, "count", "lượt ô tô khách", "lượt ô tô khách được tiếp nhận",
      period=P("tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("gấp hơn 1,1 lần", "1,1", 1.1, "multiple", "lần", "số lượt xe khách năm 2024 so với năm 2023",
      approx="over", period=Y24),
]

NOTES = [
    "Sở GTVT Quảng Ninh site: kết quả kiểm định năm 2024. No dateline (published absent). Location Quảng Ninh.",
    "Not figures: Tầng 11, Trụ sở Liên cơ quan số 3, phones 0203.3835.642 / .643, 'Lượt truy cập: 3.482.115', 'Đang online: 57'.",
    "One-cell-per-line table (Đơn vị tính: lượt phương tiện; Năm 2023 | Năm 2024 | Kế hoạch 2025): every cell a figure, the",
    "period from the column header (scored), the Kế hoạch 2025 column is status target; no totals on cells.",
    "'tăng 8,1% ... và vượt 2,4% kế hoạch': one change per figure, so 2,4% is a percent figure of its own (optional).",
    "'thấp hơn mức 13,1% của năm 2023' gives no change value: 13,1% is a figure of its own (period năm 2023).",
    "'gấp 1,5 lần năm trước' after a count is its change; 'Số lượt xe khách năm 2024 gấp hơn 1,1 lần năm 2023' stands alone:",
    "a multiple figure. 'chu kỳ 24 tháng' names a category of inspection stamp (optional).",
]

build("p980-7", TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
