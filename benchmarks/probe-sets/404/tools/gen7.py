from lib import *

HEAD = ["Năm 2022", "Năm 2023", "Kế hoạch 2024"]
ROWS = [("Thuê bao di động (nghìn thuê bao)", "Thuê bao di động", "count", "thuê bao", 1000, ["1.742", "1.786", "1.820"]),
        ("Thuê bao băng rộng cố định (nghìn thuê bao)", "Thuê bao băng rộng cố định", "count", "thuê bao", 1000, ["318,5", "352,1", "380"]),
        ("Trạm BTS (trạm)", "Trạm BTS", "count", "trạm", 1, ["2.865", "3.014", "3.200"]),
        ("Tỷ lệ hộ gia đình dùng cáp quang (%)", "Tỷ lệ hộ gia đình dùng cáp quang", "percent", "%", 1, ["76,4", "84,2", "88"])]

table = "Chỉ tiêu\n" + "\n".join(HEAD) + "\n"
for label, _, _, _, _, cells in ROWS:
    table += label + "\n" + "\n".join(cells) + "\n"

TEXT = """Cần Thơ: Hạ tầng viễn thông tạo nền tảng cho chuyển đổi số
Ngày cập nhật: 22/03/2024

(CTO) - Năm 2023, tổng doanh thu dịch vụ bưu chính, viễn thông trên địa bàn thành phố đạt 3.125 tỷ đồng, tăng 5,8% so với năm 2022, trong đó doanh thu viễn thông đạt 2.760 tỷ đồng. Toàn thành phố có 100% phường, xã được phủ sóng 4G; khoảng 35% khu vực trung tâm các quận đã có sóng 5G thử nghiệm.

Một số chỉ tiêu phát triển hạ tầng viễn thông:
""" + table + """
Theo Sở Thông tin và Truyền thông, quận Ninh Kiều dẫn đầu với 512 trạm BTS, tiếp theo là quận Cái Răng 386 trạm và quận Bình Thủy 341 trạm; huyện Cờ Đỏ ít nhất với 168 trạm. Trong năm 2023, thành phố đã ngầm hóa 215 km cáp viễn thông trên các tuyến đường trung tâm, vượt 15 km so với kế hoạch. Tỷ lệ thuê bao di động sử dụng điện thoại thông minh đạt 88,9%.

Mục tiêu đến năm 2025, 100% hộ gia đình có nhu cầu được kết nối Internet cáp quang, doanh thu viễn thông tăng bình quân 6-7%/năm.

Liên hệ: Sở Thông tin và Truyền thông, số 2 Lý Thường Kiệt, phường Tân An, quận Ninh Kiều; ĐT: 0292.3820.555.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
PER = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31", True),
       "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31", True),
       "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31", True)}


def num(s, mult):
    v = float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))
    v = v * mult
    return int(v) if float(v).is_integer() else v


FIGS = [
    F("đạt 3.125 tỷ đồng", "3.125", 3125000000000, "money", "đồng", "tổng doanh thu dịch vụ bưu chính, viễn thông",
      change=C("increase", 5.8, "%", "năm 2022"), period=Y23),
    F("đạt 2.760 tỷ đồng", "2.760", 2760000000000, "money", "đồng", "doanh thu viễn thông",
      total=3125000000000, period=Y23),
    F("có 100% phường", "100", 100, "percent", "%", "phường, xã được phủ sóng 4G"),
    F("khoảng 35%", "35", 35, "percent", "%", "khu vực trung tâm các quận có sóng 5G thử nghiệm", approx="about"),
]
for label, short, kind, unit, mult, cells in ROWS:
    prev = label
    for h, cell in zip(HEAD, cells):
        FIGS.append(F(prev + "\n" + cell + "\n", cell, num(cell, mult), kind, unit,
                      f"{short} {h}", period=PER[h], status="target" if h.startswith("Kế hoạch") else None))
        prev = cell
    # anchors chain label→cell→cell, unique because each includes the previous cell

FIGS += [
    F("với 512 trạm", "512", 512, "count", "trạm", "trạm BTS", location="Ninh Kiều"),
    F("Cái Răng 386 trạm", "386", 386, "count", "trạm", "trạm BTS", location="Cái Răng"),
    F("Bình Thủy 341 trạm", "341", 341, "count", "trạm", "trạm BTS", location="Bình Thủy"),
    F("với 168 trạm", "168", 168, "count", "trạm", "trạm BTS", location="Cờ Đỏ"),
    F("hóa 215 km", "215", 215, "measure", "km", "cáp viễn thông ngầm hóa",
      change=C("increase", 15, "km", "kế hoạch"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 88,9%", "88,9", 88.9, "percent", "%", "tỷ lệ thuê bao di động sử dụng điện thoại thông minh"),
    F("2025, 100% hộ", "100", 100, "percent", "%", "hộ gia đình có nhu cầu được kết nối Internet cáp quang",
      status="target", period=T25),
    F("6-7%/năm", "6", 6, "percent", "%", "tăng bình quân doanh thu viễn thông", value_max=7,
      status="target", period=T25),
]

COMMENTS = [
    "Cổng TTĐT thành phố Cần Thơ (city portal, '(CTO)' tag): telecom revenue, coverage, a one-cell-per-line table. 'Ngày cập nhật: 22/03/2024'.",
    "Table: header 'Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024', one cell per line; unit and multiplier from the row label",
    "('(nghìn thuê bao)' makes 1.742 = 1 742 000 thuê bao, 318,5 = 318 500); the 'Kế hoạch 2024' column is status target.",
    "Period from the column header (inherited: not in the cell's own line). Subject = row label + column label.",
    "'trong đó doanh thu viễn thông đạt 2.760 tỷ' → part of 3.125 tỷ. District list: districts (quận/huyện) → location, subject 'trạm BTS'.",
    "'Mục tiêu đến năm 2025' → targets; 'vượt 15 km so với kế hoạch' is the change (gap to plan) of 215 km. '6-7%/năm' is a range (percent, value_max 7) for the average yearly growth.",
    "Distractors: dateline, '(CTO)', address 'số 2 Lý Thường Kiệt', phone 0292.3820.555, '4G'/'5G'.",
]

build("p404-7", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Cần Thơ")
