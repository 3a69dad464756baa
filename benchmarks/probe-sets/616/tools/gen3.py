"""p616-3: formal provincial report (Bắc Giang), housing programme 2023, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BẮC GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 128/BC-UBND
Bắc Giang, ngày 25 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình phát triển nhà ở năm 2023

Thực hiện Nghị định số 49/2021/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phát triển nhà ở
Năm 2023, toàn tỉnh hoàn thành khoảng 2,03 triệu m2 sàn nhà ở, đạt 101,7% kế hoạch, tăng 9,1% so với năm 2022; trong đó nhà ở thương mại 412.500 m2 sàn, nhà ở do dân tự xây 1.587.300 m2 sàn, nhà ở xã hội 34.800 m2 sàn.

2. Nhà ở xã hội
Đến 31/12/2023, trên địa bàn tỉnh có 9 dự án nhà ở xã hội đang triển khai với tổng số 7.860 căn hộ, tổng mức đầu tư khoảng 4.215 tỷ đồng; đã hoàn thành 1.046 căn, tập trung chủ yếu tại TP. Bắc Giang (598 căn) và thị xã Việt Yên (376 căn).

Bảng 1. Một số chỉ tiêu nhà ở chủ yếu
Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Kế hoạch 2024
Diện tích nhà ở tăng thêm | nghìn m2 sàn | 1.865,0 | 2.034,6 | 2.100
Diện tích nhà ở bình quân | m2 sàn/người | 27,1 | 28,2 | 29
Tỷ lệ nhà ở kiên cố | % | 68,4 | 70,5 | 72
Nhà ở xã hội hoàn thành | căn | 312 | 1.046 | 1.500

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 hoàn thành 2,1 triệu m2 sàn nhà ở, trong đó 1.500 căn nhà ở xã hội; diện tích nhà ở bình quân đạt 29 m2 sàn/người.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, XD.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến 31/12/2023", None, "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def row(label, unit, mult, cells, kind="measure"):
    out = []
    for (anchor, number, v), (col, per, st) in zip(cells, (("năm 2022", C22, None), ("năm 2023", C23, None),
                                                          ("kế hoạch 2024", K24, "target"))):
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, v * mult, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("khoảng 2,03 triệu m2", "2,03", 2030000, "measure", "m2 sàn", "diện tích sàn nhà ở hoàn thành", Y23,
      approx="about", percent=101.7, change=CH("increase", 9.1, baseline="năm 2022")),
    F("412.500 m2", "412.500", 412500, "measure", "m2 sàn", "diện tích sàn nhà ở thương mại hoàn thành", Y23,
      total=2030000),
    F("1.587.300 m2", "1.587.300", 1587300, "measure", "m2 sàn", "diện tích sàn nhà ở do dân tự xây hoàn thành", Y23,
      total=2030000),
    F("34.800 m2", "34.800", 34800, "measure", "m2 sàn", "diện tích sàn nhà ở xã hội hoàn thành", Y23, total=2030000),
    F("có 9 dự án", "9", 9, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF),
    F("7.860 căn hộ", "7.860", 7860, "count", "căn hộ", "căn hộ của các dự án nhà ở xã hội đang triển khai", ASOF),
    F("khoảng 4.215 tỷ đồng", "4.215", 4215000000000, "money", "đồng", "tổng mức đầu tư các dự án nhà ở xã hội", ASOF,
      approx="about"),
    F("hoàn thành 1.046 căn", "1.046", 1046, "count", "căn", "căn hộ nhà ở xã hội đã hoàn thành", ASOF),
    F("(598 căn)", "598", 598, "count", "căn", "căn hộ nhà ở xã hội đã hoàn thành", ASOF, location="Bắc Giang"),
    F("(376 căn)", "376", 376, "count", "căn", "căn hộ nhà ở xã hội đã hoàn thành", ASOF, location="Việt Yên"),
]
FIGS += row("Diện tích nhà ở tăng thêm", "m2 sàn", 1000,
            [("| 1.865,0", "1.865,0", 1865), ("| 2.034,6", "2.034,6", 2034.6), ("| 2.100", "2.100", 2100)])
FIGS += row("Diện tích nhà ở bình quân", "m2 sàn/người", 1,
            [("| 27,1", "27,1", 27.1), ("| 28,2", "28,2", 28.2), ("| 29\n", "29", 29)])
FIGS += row("Tỷ lệ nhà ở kiên cố", "%", 1,
            [("| 68,4", "68,4", 68.4), ("| 70,5", "70,5", 70.5), ("| 72", "72", 72)], kind="percent")
FIGS += row("Nhà ở xã hội hoàn thành", "căn", 1,
            [("| 312", "312", 312), ("| 1.046", "1.046", 1046), ("| 1.500", "1.500", 1500)], kind="count")
FIGS += [
    F("hoàn thành 2,1 triệu m2", "2,1", 2100000, "measure", "m2 sàn", "diện tích sàn nhà ở hoàn thành", Y24,
      status="target"),
    F("đó 1.500 căn", "1.500", 1500, "count", "căn", "căn nhà ở xã hội hoàn thành", Y24, status="target"),
    F("đạt 29 m2", "29", 29, "measure", "m2 sàn/người", "diện tích nhà ở bình quân", Y24, status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Bắc Giang 'Số: 128/BC-UBND', 'Bắc Giang, ngày 25 tháng 3 năm 2024': Chương trình phát triển nhà ở năm 2023.",
    "'Nghị định số 49/2021/NĐ-CP', section numbers I./II./1./2., 'Bảng 1' are not figures.",
    "412.500 + 1.587.300 + 34.800 = 2.034.600 ('trong đó' after 'khoảng 2,03 triệu m2'): total 2.030.000 (the whole as written).",
    "Bracketed city/town items (598, 376) do not add up to 1.046 and follow no cue: no total.",
    "Table: unit and multiplier from the 'Đơn vị' column ('nghìn m2 sàn' x1000); period from the column header; 'Kế hoạch 2024' -> target.",
    "Section II: '2,1 triệu m2 …, trong đó 1.500 căn' counts another thing (căn vs m2): no total. 'Phấn đấu' -> target.",
]

if __name__ == "__main__":
    emit("p616-3", TEXT, COMMENTS, FIGS, published="2024-03-25", location="Bắc Giang")
