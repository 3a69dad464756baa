"""p494-7: department site (Sở Du lịch Đà Nẵng), no dateline — one-cell-per-line table of accommodation by type, 2023."""
from lib import F, P, I, CH, emit

ROWS = [
    ("Khách sạn 5 sao", "24", "9.850", "68,5"),
    ("Khách sạn 4 sao", "72", "12.430", "62,1"),
    ("Khách sạn 3 sao", "156", "13.020", "55,4"),
    ("Khách sạn 1-2 sao", "498", "14.600", "41,7"),
    ("Căn hộ du lịch", "87", "3.210", "48,9"),
    ("Homestay, nhà nghỉ", "363", "2.640", "36,2"),
    ("Tổng cộng", "1.200", "55.750", "52,3"),
]
HEAD = ["Loại hình", "Số cơ sở", "Số phòng", "Công suất phòng năm 2023 (%)"]
TABLE = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = f"""SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Thống kê › Cơ sở lưu trú

Hệ thống cơ sở lưu trú du lịch trên địa bàn thành phố năm 2023

Năm 2023, các cơ sở lưu trú trên địa bàn thành phố phục vụ 7,2 triệu lượt khách, gấp 2,3 lần năm 2022; trong đó khách quốc tế đạt 2,1 triệu lượt. Tổng thu du lịch ước đạt 27.300 tỷ đồng, tăng 56% so với năm 2022.

Số cơ sở và số phòng tăng chủ yếu ở phân khúc căn hộ du lịch dọc tuyến đường Võ Nguyên Giáp - Trường Sa và khách sạn 3 sao ở quận Sơn Trà, quận Ngũ Hành Sơn. Công suất phòng của khối 4-5 sao phục hồi nhanh nhờ các đường bay quốc tế mới.

Bảng 2. Cơ sở lưu trú du lịch phân theo loại hình (tính đến ngày 31/12/2023)

{TABLE}

Ghi chú: Số liệu căn hộ du lịch không bao gồm 12 dự án condotel chưa đưa vào khai thác.

Năm 2024, ngành du lịch thành phố phấn đấu nâng công suất phòng bình quân lên 58-60% và đưa vào hoạt động thêm khoảng 3.000 phòng khách sạn từ 4 sao trở lên.

Sở Du lịch thành phố Đà Nẵng – Tầng 13, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3550.111 | Tổng số lượt truy cập: 2.871.406
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
OCC = P("Công suất phòng năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("phục vụ 7,2 triệu lượt", "7,2", 7_200_000, "count", "lượt khách",
      change=CH("increase", 2.3, unit="lần", baseline="năm 2022"),
      subject="lượt khách các cơ sở lưu trú phục vụ", period=Y23),
    F("đạt 2,1 triệu lượt", "2,1", 2_100_000, "count", "lượt", total=7_200_000, subject="khách quốc tế", period=Y23),
    F("ước đạt 27.300 tỷ đồng", "27.300", 27_300e9, "money", "đồng", status="estimate",
      change=CH("increase", 56, baseline="năm 2022"), subject="tổng thu du lịch", period=I(Y23)),
]
prev = "(%)"
for label, n, rooms, occ in ROWS:
    FIGS.append(F(f"{label}\n{n}\n", n, float(n.replace(".", "")), "count", "cơ sở",
                  subject=f"Số cơ sở {label}", period=I(ASOF)))
    FIGS.append(F(f"\n{n}\n{rooms}\n", rooms, float(rooms.replace(".", "")), "count", "phòng",
                  subject=f"Số phòng {label}", period=I(ASOF)))
    FIGS.append(F(f"\n{rooms}\n{occ}", occ, float(occ.replace(",", ".")), "percent", "%",
                  subject=f"Công suất phòng năm 2023 {label}", period=OCC))
FIGS.append(F("gồm 12 dự án", "12", 12, "count", "dự án",
              subject="dự án condotel chưa đưa vào khai thác"))
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS.append(F("lên 58-60%", "58", 58, "percent", "%", value_max=60, status="target",
              subject="công suất phòng bình quân", period=Y24))
FIGS.append(F("khoảng 3.000 phòng", "3.000", 3000, "count", "phòng", approx="about", status="target",
              subject="phòng khách sạn từ 4 sao trở lên đưa vào hoạt động thêm", period=Y24))

COMMENTS = [
    "Sở Du lịch thành phố Đà Nẵng (department site): cơ sở lưu trú năm 2023, one-cell-per-line table by type (Số cơ sở | Số phòng | Công suất %).",
    "No dateline (no `published`). Header names Đà Nẵng, so location Đà Nẵng. 'Bảng 2', 'Tầng 13', '24 Trần Phú', phone, visit counter,",
    "road 'Võ Nguyên Giáp - Trường Sa', and the star classes in row labels ('Khách sạn 5 sao', '1-2 sao') and '4-5 sao', '3 sao' are not figures.",
    "Every numeric cell is a figure; subject = column + row label; units from the column headers (cơ sở, phòng, %).",
    "Số cơ sở / Số phòng cells take the as-of date of the table title (inherited); the occupancy column header states năm 2023 (scored, as h23).",
    "Row cells are not given the Tổng cộng row as total (no cue in the text; tables in the shared gold carry none).",
    "'gấp 2,3 lần năm 2022' after the figure is its change (lần); 'trong đó khách quốc tế' is a part of 7,2 triệu lượt.",
]

if __name__ == "__main__":
    emit("p494-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")
