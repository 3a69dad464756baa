"""p837-7: department site (Chi cục Trồng trọt và BVTV Thái Bình), winter crop 2023; no dateline; one-cell-per-line table."""
from lib import F, P, Y, C, T, write

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT

Vụ đông: ngô sinh khối tăng mạnh, đậu tương giảm

Vụ đông năm 2023, toàn tỉnh gieo trồng 32.450 ha cây vụ đông, đạt 92,7% kế hoạch. Cây ngô (gồm ngô hạt và ngô sinh khối) đạt 5.545 ha; đậu tương 618 ha, giảm 16,7% so với vụ đông 2022.

Diện tích ngô sinh khối tăng 49,1% so với năm trước, tập trung tại các huyện Hưng Hà (520 ha), Quỳnh Phụ (410 ha), Đông Hưng (365 ha), chủ yếu cung cấp cho các trang trại bò sữa, bò thịt. Năng suất ngô sinh khối bình quân đạt 42,5 tấn/ha; ngô hạt 52,3 tạ/ha; đậu tương 17,8 tạ/ha.

Giá trị sản xuất bình quân vụ đông đạt 118 triệu đồng/ha, trong đó ngô sinh khối 75-80 triệu đồng/ha.

Diện tích một số cây vụ đông chủ lực
Đơn vị tính: ha
Cây trồng
Vụ đông 2022
Vụ đông 2023
Kế hoạch vụ đông 2024
Ngô hạt
4.215
3.860
3.500
Ngô sinh khối
1.130
1.685
2.200
Đậu tương
742
618
800
Tổng cộng
6.087
6.163
6.500

Kế hoạch vụ đông 2024, Chi cục đề xuất giảm diện tích ngô hạt, mở rộng ngô sinh khối và đậu tương trên đất hai lúa, phấn đấu tổng diện tích cây vụ đông toàn tỉnh đạt 35.000 ha.

Địa chỉ: Số 6 đường Trần Hưng Đạo, TP Thái Bình, tỉnh Thái Bình
Điện thoại: 0227.3831.427 - Fax: 0227.3846.102
Tổng lượt truy cập: 1.286.540 | Đang trực tuyến: 37
"""

V23 = Y("Vụ đông năm 2023", 2023)
V23i = Y("Vụ đông năm 2023", 2023, True)
figs = [
    F("gieo trồng 32.450 ha", "32.450", 32450, "measure", "ha", "cây vụ đông gieo trồng", percent=92.7,
      period=V23),
    F("đạt 5.545 ha", "5.545", 5545, "measure", "ha", "cây ngô (gồm ngô hạt và ngô sinh khối)", period=V23i),
    F("đậu tương 618 ha", "618", 618, "measure", "ha", "đậu tương", change=C("decrease", 16.7, "%", "vụ đông 2022"),
      period=V23i),
    F("tăng 49,1%", "49,1", 49.1, "percent", "%", "diện tích ngô sinh khối", period=V23i),
    F("Hưng Hà (520 ha)", "520", 520, "measure", "ha", "diện tích ngô sinh khối", location="Hưng Hà", period=V23i),
    F("Quỳnh Phụ (410 ha)", "410", 410, "measure", "ha", "diện tích ngô sinh khối", location="Quỳnh Phụ",
      period=V23i),
    F("Đông Hưng (365 ha)", "365", 365, "measure", "ha", "diện tích ngô sinh khối", location="Đông Hưng",
      period=V23i),
    F("đạt 42,5 tấn/ha", "42,5", 42.5, "measure", "tấn/ha", "năng suất ngô sinh khối bình quân", period=V23i),
    F("ngô hạt 52,3 tạ/ha", "52,3", 52.3, "measure", "tạ/ha", "năng suất ngô hạt", period=V23i),
    F("đậu tương 17,8 tạ/ha", "17,8", 17.8, "measure", "tạ/ha", "năng suất đậu tương", period=V23i),
    F("đạt 118 triệu đồng/ha", "118", 118000000, "money", "đồng/ha", "giá trị sản xuất bình quân vụ đông",
      period=V23i),
    F("ngô sinh khối 75-80 triệu", "75", 75000000, "money", "đồng/ha", "giá trị sản xuất ngô sinh khối",
      value_max=80000000, period=V23i),
]
cols = [("Vụ đông 2022", 2022, "actual"), ("Vụ đông 2023", 2023, "actual"), ("Kế hoạch vụ đông 2024", 2024, "target")]
rows = [("Ngô hạt", ["4.215", "3.860", "3.500"]), ("Ngô sinh khối", ["1.130", "1.685", "2.200"]),
        ("Đậu tương", ["742", "618", "800"]), ("Tổng cộng", ["6.087", "6.163", "6.500"])]
for label, cells in rows:
    for i, c in enumerate(cells):
        left = label if i == 0 else cells[i - 1]
        anchor = f"{left}\n{c}" + (f"\n{cells[i + 1]}" if i < 2 else "")
        head, year, st = cols[i]
        subj = f"diện tích {label.lower()} {head.lower()}"
        kw = {"status": st} if st != "actual" else {}
        figs.append(F(anchor, c, float(c.replace(".", "")), "measure", "ha", subj,
                      period=Y(head, year), **kw))
figs.append(F("đạt 35.000 ha", "35.000", 35000, "measure", "ha", "tổng diện tích cây vụ đông toàn tỉnh",
              status="target", period=Y("Kế hoạch vụ đông 2024", 2024)))

notes = [
    "Department site (Chi cục Trồng trọt và BVTV Thái Bình): winter crop 2023, maize / silage maize / soybean; no dateline,",
    "footer with address, phone, fax, visit counter and 'Đang trực tuyến: 37' (page furniture).",
    "Table pasted one cell per line (Đơn vị tính: ha; columns Vụ đông 2022 | Vụ đông 2023 | Kế hoạch vụ đông 2024; Tổng cộng row):",
    "every numeric cell is a figure, period from the column header (scored), 'Kế hoạch' column -> status target, no totals on cells.",
    "A season 'Vụ đông năm 2023' is dated as the year 2023. 'Diện tích ngô sinh khối tăng 49,1%' has no base amount: percent figure.",
    "District list (520+410+365 ≠ 1.685): no total. '75-80 triệu đồng/ha' after 'trong đó' is a per-ha value, not a part: no total.",
    "'5.545 ha' of maize stands in its own sentence with no part-of cue: no total.",
]
write(7, text, figs, notes, published=None, location="Thái Bình")
