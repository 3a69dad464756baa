"""p547-7: Sở NN&PTNT Thái Bình site, no dateline, vụ Xuân 2024 by district (one cell per line)."""
from lib import F, P, I, Y, CH, emit

ROWS = [
    ("Quỳnh Phụ", "11.850", "72,6", "86.031"),
    ("Hưng Hà", "12.420", "73,1", "90.790"),
    ("Đông Hưng", "11.230", "72,4", "81.305"),
    ("Vũ Thư", "8.960", "71,8", "64.333"),
    ("Kiến Xương", "10.540", "72,9", "76.837"),
    ("Tiền Hải", "8.310", "70,5", "58.586"),
    ("Thái Thụy", "11.480", "71,2", "81.738"),
    ("TP. Thái Bình", "1.650", "69,8", "11.517"),
    ("Toàn tỉnh", "76.440", "72,1", "551.137"),
]

TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = f"""SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Trang chủ / Tin chuyên ngành / Trồng trọt

Kết quả sản xuất lúa vụ Xuân năm 2024

Vụ Xuân năm 2024, toàn tỉnh gieo cấy 76.440 ha lúa, trong đó diện tích cấy máy đạt 38.500 ha, chiếm 50,4%. Năng suất bình quân đạt 72,1 tạ/ha, tăng 1,3 tạ/ha so với vụ Xuân năm 2023, là vụ có năng suất cao nhất từ trước đến nay. Kết quả cụ thể của từng địa phương như sau:

Bảng: Diện tích, năng suất, sản lượng lúa vụ Xuân 2024
Địa phương
Diện tích (ha)
Năng suất (tạ/ha)
Sản lượng (tấn)
{TABLE}

Diện tích lúa bị nhiễm rầy nâu, bệnh đạo ôn là 1.240 ha, giảm 35% so với vụ Xuân năm 2023. Các giống lúa chất lượng cao (BC15, TBR225, Đài Thơm 8, ST25, Nếp 97…) chiếm 62% diện tích gieo cấy. Giá trị sản xuất bình quân đạt 95 triệu đồng/ha.

Vụ Mùa năm 2024, tỉnh kế hoạch gieo cấy 74.000 ha lúa, trong đó lúa chất lượng cao 45.000 ha; phấn đấu năng suất đạt 60 tạ/ha trở lên.

Sở Nông nghiệp và PTNT tỉnh Thái Bình - Số 5 Lê Quý Đôn, TP. Thái Bình - ĐT: 0227.3831.621
Tổng số lượt truy cập: 2.184.335
"""

COMMENTS = [
    "Sở NN&PTNT Thái Bình site, no dateline (no `published`): vụ Xuân 2024 results and a one-cell-per-line table by district",
    "(Địa phương / Diện tích (ha) / Năng suất (tạ/ha) / Sản lượng (tấn)): units from the column headers; district rows go to location,",
    "'Toàn tỉnh' and 'TP. Thái Bình' to Thái Bình. Table periods come from the table title ('vụ Xuân 2024'): inherited, not scored.",
    "'Vụ Xuân năm 2024' / 'Vụ Mùa năm 2024' date their own sentences (năm 2024). The prose 76.440 ha and the table's Toàn tỉnh cell are both figures.",
    "'60 tạ/ha trở lên' = at_least. Not figures: variety names (BC15, TBR225, Đài Thơm 8, ST25, Nếp 97), the address, phone, visit counter.",
]

Y24 = Y(2024)
TP = I(Y(2024, "vụ Xuân 2024"))

FIGS = [
    F("gieo cấy 76.440 ha", "76.440", 76440, "measure", "ha",
      "diện tích lúa vụ Xuân gieo cấy", Y24),
    F("đạt 38.500 ha", "38.500", 38500, "measure", "ha",
      "diện tích cấy máy", Y24, total=76440, percent=50.4),
    F("đạt 72,1 tạ/ha", "72,1", 72.1, "measure", "tạ/ha",
      "năng suất lúa vụ Xuân bình quân", I(Y24),
      change=CH("increase", 1.3, "tạ/ha", "vụ Xuân năm 2023")),
]

prev = "Sản lượng (tấn)"
for name, area, yld, out in ROWS:
    loc = "Thái Bình" if name in ("Toàn tỉnh", "TP. Thái Bình") else name
    FIGS.append(F(f"{name}\n{area}", area, float(area.replace(".", "")), "measure", "ha",
                  "diện tích lúa vụ Xuân", TP, location=loc))
    FIGS.append(F(f"{area}\n{yld}", yld, float(yld.replace(",", ".")), "measure", "tạ/ha",
                  "năng suất lúa vụ Xuân", TP, location=loc))
    FIGS.append(F(f"{yld}\n{out}", out, float(out.replace(".", "")), "measure", "tấn",
                  "sản lượng lúa vụ Xuân", TP, location=loc))

FIGS += [
    F("là 1.240 ha", "1.240", 1240, "measure", "ha",
      "diện tích lúa bị nhiễm rầy nâu, bệnh đạo ôn",
      change=CH("decrease", 35, "%", "vụ Xuân năm 2023")),
    F("chiếm 62%", "62", 62, "percent", "%",
      "tỷ lệ giống lúa chất lượng cao trong diện tích gieo cấy"),
    F("đạt 95 triệu đồng/ha", "95", 95000000, "money", "đồng/ha",
      "giá trị sản xuất bình quân"),
    F("gieo cấy 74.000 ha", "74.000", 74000, "measure", "ha",
      "diện tích lúa vụ Mùa gieo cấy", Y24, status="target"),
    F("45.000 ha", "45.000", 45000, "measure", "ha",
      "diện tích lúa chất lượng cao vụ Mùa", Y24, total=74000, status="target"),
    F("đạt 60 tạ/ha trở lên", "60", 60, "measure", "tạ/ha",
      "năng suất lúa vụ Mùa", Y24, approx="at_least", status="target"),
]

if __name__ == "__main__":
    emit("p547-7", TEXT, COMMENTS, FIGS, location="Thái Bình")
