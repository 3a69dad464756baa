"""p908-3: formal report (UBND tỉnh Phú Yên), sea-cage fish 9 months 2024, flattened '|' table of cages by locality."""
from lib import F, period, inherit, change, target, write, cell

TEXT = """
UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Phú Yên, ngày 14 tháng 10 năm 2024
BÁO CÁO
Tình hình nuôi cá biển lồng bè 9 tháng đầu năm 2024, nhiệm vụ quý IV/2024
I. KẾT QUẢ THỰC HIỆN
1. Quy mô nuôi
Tính đến ngày 30/9/2024, toàn tỉnh có 1.245 hộ nuôi cá biển lồng bè với tổng số 18.620 ô lồng, giảm 6,2% so với cuối năm 2023, chủ yếu ở thị xã Sông Cầu và thị xã Đông Hòa. Số ô lồng theo địa bàn như sau:
Đơn vị tính: ô lồng
STT | Địa phương | Cá mú | Cá bớp | Cá khác | Tổng
1 | TX. Sông Cầu | 6.840 | 3.120 | 1.450 | 11.410
2 | TX. Đông Hòa | 2.260 | 1.980 | 830 | 5.070
3 | TP. Tuy Hòa | 540 | 710 | 890 | 2.140
Tổng cộng | | 9.640 | 5.810 | 3.170 | 18.620
2. Sản lượng, giá trị
Sản lượng cá biển thu hoạch 9 tháng ước đạt 2.980 tấn, đạt 71% kế hoạch năm (4.200 tấn), tăng 4,3% so với cùng kỳ; giá trị ước đạt 512 tỷ đồng. Giá cá mú bình quân 215.000 đồng/kg, cá bớp 128.000 đồng/kg.
3. Dịch bệnh
Trong quý III/2024, bệnh xuất huyết, lở loét trên cá mú xảy ra tại 37 hộ với 412 ô lồng, chiếm 2,2% số ô lồng toàn tỉnh, làm chết khoảng 46 tấn cá.
II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm đạt sản lượng 4.200 tấn; hoàn thành di dời 2.500 ô lồng ra khỏi luồng hàng hải vịnh Xuân Đài theo Quyết định số 1520/QĐ-UBND.
2. Dự kiến giao khu vực biển cho 15 tổ chức, cá nhân nuôi lồng HDPE với diện tích khoảng 120 ha.
Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS_OF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
T_INH = inherit(AS_OF)
P9 = period("9 tháng", "2024-01-01", "2024-09-30")
Q3 = period("quý III/2024", "2024-07-01", "2024-09-30")

COLS = [("Cá mú", "ô lồng nuôi cá mú"), ("Cá bớp", "ô lồng nuôi cá bớp"),
        ("Cá khác", "ô lồng nuôi cá khác"), ("Tổng", "tổng số ô lồng")]
ROWS = [("TX. Sông Cầu", "Sông Cầu", ["6.840", "3.120", "1.450", "11.410"]),
        ("TX. Đông Hòa", "Đông Hòa", ["2.260", "1.980", "830", "5.070"]),
        ("TP. Tuy Hòa", "Tuy Hòa", ["540", "710", "890", "2.140"]),
        ("Tổng cộng", None, ["9.640", "5.810", "3.170", "18.620"])]


def table_figs(text):
    out = []
    for label, place, cells in ROWS:
        for (col, subj), num in zip(COLS, cells):
            value = int(num.replace(".", ""))
            kw = {"location": place} if place else {}
            if not place:
                subj = subj + " toàn tỉnh (tổng cộng)"
            out.append(F(cell(text, num, label + " |"), num, value, "count", "ô lồng", subj,
                         period=T_INH, **kw))
    return out


def figs(text):
    return [
        F("có 1.245 hộ", "1.245", 1245, "count", "hộ", "hộ nuôi cá biển lồng bè", period=AS_OF),
        F("tổng số 18.620 ô lồng", "18.620", 18620, "count", "ô lồng", "ô lồng nuôi cá biển",
          change=change("decrease", 6.2, "%", "cuối năm 2023"), period=AS_OF),
        *table_figs(text),
        F("ước đạt 2.980 tấn", "2.980", 2980, "measure", "tấn", "sản lượng cá biển thu hoạch",
          percent=71, target=target(4200, "tấn"),
          change=change("increase", 4.3, "%", "cùng kỳ"), status="estimate", period=P9),
        F("ước đạt 512 tỷ đồng", "512", 512_000_000_000, "money", "đồng",
          "giá trị cá biển thu hoạch", status="estimate", period=P9),
        F("bình quân 215.000 đồng/kg", "215.000", 215000, "money", "đồng/kg",
          "giá cá mú bình quân", period=inherit(P9)),
        F("cá bớp 128.000 đồng/kg", "128.000", 128000, "money", "đồng/kg",
          "giá cá bớp bình quân", period=inherit(P9)),
        F("tại 37 hộ", "37", 37, "count", "hộ", "hộ có cá mú mắc bệnh", period=Q3),
        F("với 412 ô lồng", "412", 412, "count", "ô lồng", "ô lồng có cá mú mắc bệnh",
          percent=2.2, period=Q3),
        F("khoảng 46 tấn", "46", 46, "measure", "tấn", "cá chết do dịch bệnh",
          approx="about", period=Q3),
        F("sản lượng 4.200 tấn", "4.200", 4200, "measure", "tấn", "sản lượng cá biển",
          status="target", period=period("cả năm", "2024-01-01", "2024-12-31")),
        F("di dời 2.500 ô lồng", "2.500", 2500, "count", "ô lồng",
          "ô lồng di dời ra khỏi luồng hàng hải", status="target"),
        F("cho 15 tổ chức", "15", 15, "count", "tổ chức, cá nhân",
          "tổ chức, cá nhân được giao khu vực biển nuôi lồng HDPE", status="forecast"),
        F("khoảng 120 ha", "120", 120, "measure", "ha", "diện tích khu vực biển giao nuôi lồng HDPE",
          approx="about", status="forecast"),
    ]


NOTES = [
    "Formal report (UBND tỉnh Phú Yên, Số: 287/BC-UBND): sea-cage fish, 9 months 2024; flattened '|' table of cages by town.",
    "published = the report's date line 'Phú Yên, ngày 14 tháng 10 năm 2024'.",
    "Table cells: subject = column label (row place -> location; the Tổng cộng row is the province); unit from 'Đơn vị tính: ô lồng'; period inherited from 'Tính đến ngày 30/9/2024' in the sentence above; no totals for cells. STT numbers 1-3 are not figures.",
    "'đạt 71% kế hoạch năm (4.200 tấn)': percent 71 and target 4200 of the 2.980 tấn; the bracketed plan is not a figure of its own.",
    "'chiếm 2,2% số ô lồng toàn tỉnh' -> percent of 412 ô lồng. Task list: 'Phấn đấu' -> target (continuing to 'di dời 2.500 ô lồng'), 'Dự kiến' -> forecast.",
    "Distractors: 'Số: 287/BC-UBND', the date line, 'quý IV/2024' in the heading, section numbers I./II./1.-3., 'Quyết định số 1520/QĐ-UBND', STT column.",
]

if __name__ == "__main__":
    import unicodedata
    t = unicodedata.normalize("NFC", TEXT.strip("\n") + "\n")
    write(3, TEXT, figs(t), NOTES, published="2024-10-14", location="Phú Yên")
