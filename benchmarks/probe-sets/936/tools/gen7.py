"""p936-7: department site (Sở VHTTDL Cần Thơ), no dateline, one-cell-per-line table of licensed billboards."""
from lib import C, F, I, P, write

TABLE_ROWS = [("Ninh Kiều", ["42", "51", "55"]),
              ("Cái Răng", ["27", "33", "38"]),
              ("Bình Thủy", ["18", "22", "25"]),
              ("Ô Môn", ["9", "12", "15"]),
              ("Tổng cộng", ["96", "118", "133"])]
table_lines = ["Quận, huyện", "Năm 2023", "Năm 2024", "Kế hoạch 2025"]
for label, cells in TABLE_ROWS:
    table_lines += [label] + cells

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả cấp phép và quản lý quảng cáo ngoài trời năm 2024

Năm 2024, Sở Văn hóa, Thể thao và Du lịch tiếp nhận 236 hồ sơ thông báo sản phẩm quảng cáo, trong đó 214 hồ sơ đủ điều kiện, chiếm 90,7%. Tổng diện tích quảng cáo ngoài trời được cấp phép đạt 7.820 m2, tăng 14,6% so với năm 2023. Toàn thành phố hiện có 34 màn hình LED quảng cáo ngoài trời, tập trung chủ yếu tại quận Ninh Kiều.

Số bảng quảng cáo tấm lớn được cấp phép theo địa bàn
Đơn vị tính: bảng
""" + "\n".join(table_lines) + """

Qua kiểm tra, Sở phối hợp với UBND các quận, huyện tháo dỡ 127 bảng, biển quảng cáo hết hạn giấy phép hoặc sai quy hoạch; bóc, xóa gần 15.000 tờ quảng cáo rao vặt. Thanh tra Sở xử phạt 21 trường hợp, số tiền 156 triệu đồng, tăng 9 trường hợp so với năm trước.

Các tổ chức, cá nhân có nhu cầu được hướng dẫn thủ tục tại Bộ phận Một cửa của Sở hoặc qua Cổng dịch vụ công trực tuyến.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Địa chỉ: số 32 Đại lộ Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.265 - Fax: 0292.3820.184
Tổng lượt truy cập: 1.382.604
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [(P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        (P("Năm 2024", "2024-01-01", "2024-12-31"), None),
        (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
SUBJ = "bảng quảng cáo tấm lớn được cấp phép"

FIGS = [
    F("tiếp nhận 236 hồ sơ", "236", 236, "count", "hồ sơ",
      "hồ sơ thông báo sản phẩm quảng cáo tiếp nhận", period=Y24),
    F("trong đó 214 hồ sơ", "214", 214, "count", "hồ sơ",
      "hồ sơ đủ điều kiện", total=236, percent=90.7, period=Y24),
    F("đạt 7.820 m2", "7.820", 7820, "measure", "m2",
      "tổng diện tích quảng cáo ngoài trời được cấp phép",
      change=C("increase", 14.6, "%", "năm 2023"), period=I(Y24)),
    F("có 34 màn hình", "34", 34, "count", "màn hình LED",
      "màn hình LED quảng cáo ngoài trời"),
]
# table cells, one per line: anchor = the row label and the cells up to this one
for label, cells in TABLE_ROWS:
    place = None if label == "Tổng cộng" else label
    for j, cell in enumerate(cells):
        anchor = "\n".join([label] + cells[:j + 1])
        period, status = COLS[j]
        FIGS.append(F(anchor, cell, float(cell), "count", "bảng", SUBJ,
                      location=place, period=period, status=status))

FIGS += [
    F("tháo dỡ 127 bảng", "127", 127, "count", "bảng, biển quảng cáo",
      "bảng, biển quảng cáo hết hạn giấy phép hoặc sai quy hoạch tháo dỡ", period=I(Y24)),
    F("gần 15.000 tờ", "15.000", 15000, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", approx="nearly", period=I(Y24)),
    F("xử phạt 21 trường hợp", "21", 21, "count", "trường hợp",
      "trường hợp bị xử phạt", change=C("increase", 9, "trường hợp", "năm trước"), period=I(Y24)),
    F("số tiền 156 triệu đồng", "156", 156000000, "money", "đồng",
      "số tiền xử phạt", period=I(Y24)),
]

write(7, TEXT, FIGS, location="Cần Thơ", published=None, notes=(
    "Department site (Sở VHTTDL Cần Thơ), no dateline; footer with address, phone, fax and a visit counter.",
    "Table pasted one cell per line: subject from the table title, district row label -> location, 'Tổng cộng' -> Cần Thơ,",
    "period from the column header (scored), 'Kế hoạch 2025' -> status target. Cells get no total.",
    "'21 trường hợp, số tiền 156 triệu đồng, tăng 9 trường hợp so với năm trước': the change's unit names 21 trường hợp, not the money.",
    "'hiện có 34 màn hình LED' has no period. Distractors: address số 32, phone/fax, 'Tổng lượt truy cập: 1.382.604', 'Một cửa'.",
))
