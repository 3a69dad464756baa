"""p864-3: UBND tỉnh Quảng Nam formal report (Số: 287/BC-UBND), flattened '|' table by locality."""
from lib import F, write, period, year, asof, change, target

ROWS = [("Tam Kỳ", [14, 6, 9, 29]), ("Hội An", [12, 4, 7, 23]), ("Điện Bàn", [21, 3, 8, 32]),
        ("Núi Thành", [17, 2, 5, 24]), ("Thăng Bình", [22, 1, 4, 27]), ("Tổng cộng", [86, 16, 33, 135])]
COLS = ["Sân vận động", "Nhà thi đấu", "Bể bơi", "Tổng số"]
for _, cells in ROWS[:-1]:
    assert sum(cells[:3]) == cells[3]
for j in range(4):
    assert sum(r[1][j] for r in ROWS[:-1]) == ROWS[-1][1][j]
TABLE = "\n".join(["Đơn vị tính: công trình", "Địa phương | " + " | ".join(COLS)]
                  + [name + " | " + " | ".join(map(str, cells)) for name, cells in ROWS])

TEXT = """UBND TỈNH QUẢNG NAM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 15 tháng 11 năm 2023

BÁO CÁO
Kết quả đầu tư, khai thác thiết chế thể thao cơ sở năm 2023

Thực hiện Công văn số 3512/BVHTTDL-TDTT ngày 20/9/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sân vận động, nhà thi đấu, bể bơi
Tính đến ngày 31/10/2023, toàn tỉnh có 612 công trình thể thao công lập, tăng 37 công trình so với cuối năm 2022. Số công trình tại một số địa phương như sau:
""" + TABLE + """

2. Thiết chế văn hóa, thể thao cấp xã, thôn
Toàn tỉnh có 201/241 xã, phường, thị trấn có trung tâm văn hóa - thể thao, đạt 83,4%; 1.126 thôn, tổ dân phố có nhà văn hóa - khu thể thao, đạt 92,7%. Năm 2023, tổng kinh phí đầu tư cho thiết chế thể thao cơ sở ước đạt 157,6 tỷ đồng, bằng 105% kế hoạch, trong đó ngân sách tỉnh 64,2 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn 40 xã, phường, thị trấn chưa có trung tâm văn hóa - thể thao, chủ yếu thuộc các huyện miền núi Nam Trà My, Tây Giang, Phước Sơn; nhiều sân vận động cấp huyện xây dựng từ trước năm 2000 đã xuống cấp.

III. NHIỆM VỤ NĂM 2024
Phấn đấu đến cuối năm 2024 có 90% xã, phường, thị trấn có trung tâm văn hóa - thể thao; khởi công Nhà thi đấu đa năng tỉnh với tổng mức đầu tư dự kiến 450 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

T31 = asof("Tính đến ngày 31/10/2023", "2023-10-31")
TI = {**T31, "inherited": True}
Y23 = year("Năm 2023", 2023)

FIGS = [
    F("có 612 công trình", "612", 612, "count", "công trình", "công trình thể thao công lập",
      change=change("increase", 37, "công trình", "cuối năm 2022"), period=T31),
]
SUBJ = {"Sân vận động": "sân vận động", "Nhà thi đấu": "nhà thi đấu", "Bể bơi": "bể bơi", "Tổng số": "tổng số công trình"}
for name, cells in ROWS:
    for j, v in enumerate(cells):
        prefix = name + " | " + " | ".join(map(str, cells[:j + 1]))
        anchor = prefix + ("\n" if j == 3 else " |")
        subj = SUBJ[COLS[j]]
        kw = {}
        if name == "Tổng cộng":
            subj = "tổng cộng " + subj
        else:
            kw["location"] = name
        FIGS.append(F(anchor, str(v), v, "count", "công trình", subj, period=TI, **kw))

FIGS += [
    F("có 201/241 xã", "201", 201, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có trung tâm văn hóa - thể thao",
      total=241, percent=83.4),
    F("1.126 thôn", "1.126", 1126, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa - khu thể thao", percent=92.7),
    F("ước đạt 157,6 tỷ đồng", "157,6", 157.6e9, "money", "đồng", "tổng kinh phí đầu tư cho thiết chế thể thao cơ sở",
      percent=105, status="estimate", period=Y23),
    F("ngân sách tỉnh 64,2 tỷ đồng", "64,2", 64.2e9, "money", "đồng", "ngân sách tỉnh đầu tư cho thiết chế thể thao cơ sở",
      total=157.6e9, status="estimate", period=Y23),
    F("Còn 40 xã", "40", 40, "count", "xã, phường, thị trấn", "xã, phường, thị trấn chưa có trung tâm văn hóa - thể thao"),
    F("có 90% xã", "90", 90, "percent", "%", "xã, phường, thị trấn có trung tâm văn hóa - thể thao", status="target",
      period=asof("đến cuối năm 2024", "2024-12-31")),
    F("dự kiến 450 tỷ đồng", "450", 450e9, "money", "đồng", "tổng mức đầu tư Nhà thi đấu đa năng tỉnh", status="forecast"),
]

COMMENTS = [
    "Formal report of UBND tỉnh Quảng Nam on sports facilities 2023, flattened '|' table (Đơn vị tính: công trình) by locality.",
    "Table cells: unit from the 'Đơn vị tính' line, subject from the column label, location from the row label (a place);",
    "the 'Tổng cộng' row sums five localities only, so its location stays Quảng Nam. Cells get no totals.",
    "Table period: 'Tính đến ngày 31/10/2023' in the sentence above the table (inherited). Section 2 has no period phrase",
    "in its first sentence: no period. 64,2 tỷ after 'trong đó' is part of 157,6 tỷ and shares its 'ước đạt' clause (estimate).",
    "Not figures: 'Số: 287/BC-UBND', 'Công văn số 3512/BVHTTDL-TDTT ngày 20/9/2023', section numbers I.-III., 1.-2.,",
    "'trước năm 2000', heading 'NHIỆM VỤ NĂM 2024'. 450 tỷ is a forecast (dự kiến); the deadline 'đến cuối năm 2024' is the 90% target's.",
]

write("p864-3", TEXT, FIGS, COMMENTS, published="2023-11-15", location="Quảng Nam")
