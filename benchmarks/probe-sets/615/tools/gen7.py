"""p615-7: Sở NN&PTNT Sóc Trăng department site, no dateline — machine fleet table (one cell per line), rates, interest subsidy."""
from lib import F, P, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
Giới thiệu | Tin tức | Văn bản | Thống kê

Máy móc phục vụ sản xuất nông nghiệp trên địa bàn tỉnh

Năm 2023, toàn tỉnh có 2.146 máy gặt đập liên hợp, tăng 5,2% so với năm 2022; số máy sấy và thiết bị bay không người lái tăng mạnh nhờ chính sách hỗ trợ của tỉnh. Số liệu cụ thể như sau:

Đơn vị tính: chiếc

Loại máy

Năm 2022

Năm 2023

Kế hoạch 2025

Máy kéo

6.420

6.585

7.000

Máy gặt đập liên hợp

2.040

2.146

2.300

Máy sấy

512

568

650

Thiết bị bay không người lái

146

289

400

Tỷ lệ cơ giới hóa khâu thu hoạch lúa năm 2023 đạt 97,2%, khâu sấy đạt 65%. Diện tích lúa được phun thuốc bằng thiết bị bay trong năm 2023 đạt khoảng 86.000 lượt ha.

Hiện toàn tỉnh có 118 hợp tác xã nông nghiệp cung ứng dịch vụ cơ giới hóa, chiếm 42% tổng số hợp tác xã nông nghiệp; giá dịch vụ gặt đập phổ biến từ 2,5 đến 3 triệu đồng/ha, thấp hơn năm trước khoảng 200.000 đồng/ha do số máy tăng.

Giai đoạn 2021-2023, ngân sách tỉnh hỗ trợ 50% lãi suất vay mua máy cho 214 hộ và 23 hợp tác xã với số tiền 7,35 tỷ đồng. Các hộ, hợp tác xã có nhu cầu liên hệ Phòng Kế hoạch - Tài chính của Sở để được hướng dẫn hồ sơ.

Địa chỉ: Số 12 Hùng Vương, Phường 6, TP. Sóc Trăng - Điện thoại: 0299.3822.145
Tổng lượt truy cập: 2.871.340
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
COLS = {"2022": (P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", None),
        "2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", None),
        "KH": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "kế hoạch 2025", "target")}


def cell(anchor, number, row, col):
    period, label, status = COLS[col]
    kw = {"status": status} if status else {}
    return F(anchor, number, float(number.replace(".", "")), "count", "chiếc", f"{row} {label}", period, **kw)


FIGS = [
    F("có 2.146 máy", "2.146", 2146, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 5.2, "%", "năm 2022")),
    cell("Máy kéo\n\n6.420", "6.420", "Máy kéo", "2022"),
    cell("6.420\n\n6.585", "6.585", "Máy kéo", "2023"),
    cell("6.585\n\n7.000", "7.000", "Máy kéo", "KH"),
    cell("liên hợp\n\n2.040", "2.040", "Máy gặt đập liên hợp", "2022"),
    cell("2.040\n\n2.146", "2.146", "Máy gặt đập liên hợp", "2023"),
    cell("2.146\n\n2.300", "2.300", "Máy gặt đập liên hợp", "KH"),
    cell("Máy sấy\n\n512", "512", "Máy sấy", "2022"),
    cell("512\n\n568", "568", "Máy sấy", "2023"),
    cell("568\n\n650", "650", "Máy sấy", "KH"),
    cell("người lái\n\n146", "146", "Thiết bị bay không người lái", "2022"),
    cell("146\n\n289", "289", "Thiết bị bay không người lái", "2023"),
    cell("289\n\n400", "400", "Thiết bị bay không người lái", "KH"),
    F("đạt 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch lúa", Y23),
    F("sấy đạt 65%", "65", 65, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", Y23),
    F("khoảng 86.000", "86.000", 86000, "measure", "lượt ha", "diện tích lúa được phun thuốc bằng thiết bị bay", Y23,
      approx="about"),
    F("có 118 hợp tác xã", "118", 118, "count", "hợp tác xã",
      "hợp tác xã nông nghiệp cung ứng dịch vụ cơ giới hóa", percent=42),
    F("từ 2,5 đến", "2,5", 2500000, "money", "đồng/ha", "giá dịch vụ gặt đập", value_max=3000000,
      change=CH("decrease", 200000, "đồng/ha", "năm trước", approx="about")),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ lãi suất vay mua máy", GD),
    F("cho 214 hộ", "214", 214, "count", "hộ", "hộ được hỗ trợ lãi suất vay mua máy", GD),
    F("23 hợp tác xã", "23", 23, "count", "hợp tác xã", "hợp tác xã được hỗ trợ lãi suất vay mua máy", GD),
    F("số tiền 7,35 tỷ đồng", "7,35", 7350000000, "money", "đồng", "số tiền hỗ trợ lãi suất", GD),
]

COMMENTS = [
    "Sở NN&PTNT Sóc Trăng department page, no dateline (published null): machine fleet table with one cell per line,",
    "'Đơn vị tính: chiếc', columns Năm 2022 | Năm 2023 | Kế hoạch 2025 (target). Every numeric cell is a figure; the period comes",
    "from the column header (scored, as in shared h23/h24); subject = row label + column label.",
    "The lead's 2.146 combines is its own figure as well as the table cell (two mentions, two figures).",
    "Distractors: address Số 12 Hùng Vương, Phường 6, phone 0299.3822.145, 'Tổng lượt truy cập: 2.871.340', menu line.",
    "Choice: 'lượt ha' (hectare-passes) is a measure with unit 'lượt ha'.",
]

if __name__ == "__main__":
    emit("p615-7", TEXT, COMMENTS, FIGS, published=None, location="Sóc Trăng")
