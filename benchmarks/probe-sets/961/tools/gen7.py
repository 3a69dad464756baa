"""p961-7: department site (Sở KH&ĐT Lâm Đồng), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, build

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Tình hình đăng ký doanh nghiệp năm 2024

Năm 2024, số doanh nghiệp tạm ngừng kinh doanh trên địa bàn tỉnh Lâm Đồng tiếp tục tăng, trong khi số doanh nghiệp chờ giải thể giảm nhẹ. Tổng vốn đăng ký của 131 doanh nghiệp hoàn tất giải thể là 1.126 tỷ đồng, giảm 7,4% so với năm 2023.

Doanh nghiệp tạm ngừng kinh doanh tập trung ở thành phố Đà Lạt với 251 doanh nghiệp, chiếm 42%, chủ yếu trong lĩnh vực lưu trú, ăn uống; tiếp đến là thành phố Bảo Lộc 96 doanh nghiệp và huyện Đức Trọng 71 doanh nghiệp.

Số doanh nghiệp quay trở lại hoạt động đạt 455 doanh nghiệp, bằng 76,1% số doanh nghiệp tạm ngừng kinh doanh. Sở đặt mục tiêu năm 2025 giảm số doanh nghiệp tạm ngừng kinh doanh khoảng 10%.

Một số chỉ tiêu đăng ký doanh nghiệp
Đơn vị tính: doanh nghiệp
Chỉ tiêu
Năm 2023
Năm 2024
Năm 2024 so với năm 2023 (%)
Thành lập mới
812
867
106,8
Tạm ngừng kinh doanh
534
598
112,0
Chờ giải thể
261
243
93,1
Hoàn tất giải thể
118
131
111,0
Quay trở lại hoạt động
402
455
113,2
Tổng số rút lui khỏi thị trường
913
972
106,5

Chia sẻ: Facebook | Zalo | In bài

SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÂM ĐỒNG
Địa chỉ: Số 4 Trần Hưng Đạo, Phường 10, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.125 - Fax: 0263.3834.806
Tổng lượt truy cập: 1.284.530 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = I(Y24)
ROWS = [("Thành lập mới", "doanh nghiệp thành lập mới", ["812", "867", "106,8"]),
        ("Tạm ngừng kinh doanh", "doanh nghiệp tạm ngừng kinh doanh", ["534", "598", "112,0"]),
        ("Chờ giải thể", "doanh nghiệp chờ giải thể", ["261", "243", "93,1"]),
        ("Hoàn tất giải thể", "doanh nghiệp hoàn tất giải thể", ["118", "131", "111,0"]),
        ("Quay trở lại hoạt động", "doanh nghiệp quay trở lại hoạt động", ["402", "455", "113,2"]),
        ("Tổng số rút lui khỏi thị trường", "tổng số doanh nghiệp rút lui khỏi thị trường", ["913", "972", "106,5"])]
COLP = [P("Năm 2023", "2023-01-01", "2023-12-31"), P("Năm 2024", "2024-01-01", "2024-12-31"),
        I(P("Năm 2024 so với năm 2023", "2024-01-01", "2024-12-31"))]

FIGS = [
    F("của 131 doanh nghiệp", "131", 131, "count", "doanh nghiệp",
      "doanh nghiệp hoàn tất giải thể", Y24i),
    F("là 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng",
      "tổng vốn đăng ký của doanh nghiệp hoàn tất giải thể", Y24i,
      change=C("decrease", 7.4, baseline="năm 2023")),
    F("với 251 doanh nghiệp", "251", 251, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh", Y24i, percent=42, location="Đà Lạt"),
    F("Bảo Lộc 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh", Y24i, location="Bảo Lộc"),
    F("Đức Trọng 71 doanh nghiệp", "71", 71, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh", Y24i, location="Đức Trọng"),
    F("đạt 455 doanh nghiệp", "455", 455, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Y24i, percent=76.1),
    F("khoảng 10%", "10", 10, "percent", "%", "mức giảm số doanh nghiệp tạm ngừng kinh doanh",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="target"),
]

for label, subj, cells in ROWS:
    for j, cell in enumerate(cells):
        if j == 0:
            anchor = f"{label}\n{cell}\n"
        else:
            anchor = f"\n{cells[j - 1]}\n{cell}\n"
        if j < 2:
            FIGS.append(F(anchor, cell, int(cell), "count", "doanh nghiệp",
                          f"{subj} năm {2023 + j}", COLP[j]))
        else:
            FIGS.append(F(anchor, cell, float(cell.replace(",", ".")), "percent", "%",
                          f"{subj} năm 2024 so với năm 2023", COLP[2]))

NOTES = [
    "Sở KH&ĐT Lâm Đồng site (invented): no dateline, so no published date; footer address, phone, visit counter.",
    "One-cell-per-line table, 'Đơn vị tính: doanh nghiệp'; periods of the two year columns come from the headers (scored);",
    "the ratio column 'Năm 2024 so với năm 2023 (%)' is a percent figure per cell; its period (2024) is marked inherited, being a comparison header.",
    "Prose: 'Năm 2024' opens the first paragraph; later sentences inherit it. 'Tổng vốn đăng ký của 131 doanh nghiệp ... là 1.126 tỷ' -> 131 is a count of its own.",
    "'251 doanh nghiệp, chiếm 42%' -> percent 42; 'bằng 76,1% số doanh nghiệp tạm ngừng' -> percent of 455. Location: Đà Lạt, Bảo Lộc, Đức Trọng items; table and the rest Lâm Đồng.",
    "Target 'giảm ... khoảng 10%' in 2025 is a percent figure with status target. Distractors: Số 4 Trần Hưng Đạo, Phường 10, phones 0263.3822.125 / 0263.3834.806, Tổng lượt truy cập 1.284.530, Đang trực tuyến 37.",
]

if __name__ == "__main__":
    build("p961-7", TEXT, FIGS, NOTES, published=None, location="Lâm Đồng")
