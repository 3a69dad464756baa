"""p830-3: formal report (UBND tỉnh Bình Phước), malaria 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Phước, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác phòng chống và loại trừ bệnh sốt rét năm 2023

Thực hiện Quyết định số 1978/QĐ-TTg ngày 24/11/2020 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH BỆNH SỐT RÉT
1. Tính đến ngày 30/11/2023, toàn tỉnh ghi nhận 356 bệnh nhân sốt rét, giảm 21,2% so với cùng kỳ năm 2022, trong đó có 212 trường hợp có ký sinh trùng sốt rét (KSTSR) và 2 ca sốt rét ác tính; không có tử vong. Tỷ lệ mắc là 0,33 ca/1.000 dân.
2. Phân bố theo địa bàn (số liệu đến 30/11/2023):
Đơn vị tính: ca
Huyện, thị xã | Bệnh nhân sốt rét | Có KSTSR | Trong đó P. falciparum
Bù Gia Mập | 128 | 78 | 51
Bù Đăng | 95 | 57 | 36
Phú Riềng | 64 | 41 | 24
Lộc Ninh | 38 | 22 | 13
Các địa phương khác | 31 | 14 | 6
Tổng cộng | 356 | 212 | 130

II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP
1. Giám sát, xét nghiệm: từ đầu năm đến 30/11/2023 đã xét nghiệm 87.100 lam máu, đạt 108,9% kế hoạch (80.000 lam); tỷ lệ lam dương tính 0,24%.
2. Phòng chống véc tơ: phun tồn lưu cho 3.250 hộ; tẩm 15.600 chiếc màn; cấp 12.000 màn tẩm hóa chất tồn lưu lâu cho người đi rừng, ngủ rẫy.
3. Kinh phí: tổng kinh phí thực hiện 2,35 tỷ đồng, trong đó ngân sách tỉnh 1,6 tỷ đồng, chiếm 68,1%; nguồn Quỹ Toàn cầu 750 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giảm 15% số ca mắc so với năm 2023; 100% bệnh nhân được điều trị đúng phác đồ; công nhận thêm 8 xã đạt tiêu chí loại trừ sốt rét, nâng tổng số lên 85/111 xã, phường, thị trấn.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
TAB = I(P("số liệu đến 30/11/2023", None, "2023-11-30"))
YTD = P("từ đầu năm đến 30/11/2023", "2023-01-01", "2023-11-30")
Y24 = I(P("NĂM 2024", "2024-01-01", "2024-12-31"))
BN, KST, PF = "bệnh nhân sốt rét", "ca có KSTSR", "ca nhiễm P. falciparum"

FIGS = [
    F("ghi nhận 356 bệnh nhân", "356", 356, "count", "bệnh nhân", BN, ASOF,
      change=C("decrease", 21.2, "%", "cùng kỳ năm 2022")),
    F("có 212 trường hợp", "212", 212, "count", "trường hợp", "trường hợp có ký sinh trùng sốt rét (KSTSR)", ASOF, total=356),
    F("và 2 ca", "2", 2, "count", "ca", "ca sốt rét ác tính", ASOF, total=356),
    F("0,33 ca/1.000 dân", "0,33", 0.33, "measure", "ca/1.000 dân", "tỷ lệ mắc sốt rét", I(ASOF)),
]
rows = [("Bù Gia Mập", "128", "78", "51"), ("Bù Đăng", "95", "57", "36"), ("Phú Riềng", "64", "41", "24"),
        ("Lộc Ninh", "38", "22", "13")]
for place, a, b, c in rows:
    FIGS += [
        F(f"{place} | {a}", a, int(a), "count", "ca", BN, TAB, location=place),
        F(f"{a} | {b} |", b, int(b), "count", "ca", KST, TAB, location=place),
        F(f"{b} | {c}\n", c, int(c), "count", "ca", PF, TAB, location=place),
    ]
FIGS += [
    F("khác | 31", "31", 31, "count", "ca", BN + " các địa phương khác", TAB),
    F("31 | 14", "14", 14, "count", "ca", KST + " các địa phương khác", TAB),
    F("14 | 6", "6", 6, "count", "ca", PF + " các địa phương khác", TAB),
    F("Tổng cộng | 356", "356", 356, "count", "ca", BN + " tổng cộng", TAB),
    F("356 | 212", "212", 212, "count", "ca", KST + " tổng cộng", TAB),
    F("212 | 130", "130", 130, "count", "ca", PF + " tổng cộng", TAB),
    F("xét nghiệm 87.100 lam máu", "87.100", 87100, "count", "lam máu", "lam máu xét nghiệm", YTD,
      percent=108.9, target=T(80000, "lam")),
    F("dương tính 0,24%", "0,24", 0.24, "percent", "%", "tỷ lệ lam dương tính", YTD),
    F("cho 3.250 hộ", "3.250", 3250, "count", "hộ", "hộ được phun tồn lưu", I(P("năm 2023", "2023-01-01", "2023-12-31"))),
    F("tẩm 15.600 chiếc màn", "15.600", 15600, "count", "chiếc màn", "màn được tẩm", I(P("năm 2023", "2023-01-01", "2023-12-31"))),
    F("cấp 12.000 màn", "12.000", 12000, "count", "màn", "màn tẩm hóa chất tồn lưu lâu cấp cho người đi rừng, ngủ rẫy",
      I(P("năm 2023", "2023-01-01", "2023-12-31"))),
    F("thực hiện 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tổng kinh phí thực hiện",
      I(P("năm 2023", "2023-01-01", "2023-12-31"))),
    F("ngân sách tỉnh 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "kinh phí ngân sách tỉnh",
      I(P("năm 2023", "2023-01-01", "2023-12-31")), total=2.35e9, percent=68.1),
    F("Quỹ Toàn cầu 750 triệu đồng", "750", 750e6, "money", "đồng", "kinh phí nguồn Quỹ Toàn cầu",
      I(P("năm 2023", "2023-01-01", "2023-12-31")), total=2.35e9),
    F("giảm 15% số ca", "15", 15, "percent", "%", "giảm số ca mắc sốt rét", Y24, status="target"),
    F("100% bệnh nhân", "100", 100, "percent", "%", "bệnh nhân được điều trị đúng phác đồ", Y24, status="target"),
    F("thêm 8 xã", "8", 8, "count", "xã", "xã được công nhận đạt tiêu chí loại trừ sốt rét", Y24, status="target"),
    F("lên 85/111 xã", "85", 85, "count", "xã", "xã, phường, thị trấn đạt tiêu chí loại trừ sốt rét", Y24,
      total=111, status="target"),
]

write("p830-3", TEXT, FIGS, published="2023-12-12", location="Bình Phước", comments=[
    "Formal report of UBND tỉnh Bình Phước (Số: 287/BC-UBND, 12/12/2023) on malaria 2023, with a flattened '|' table by district.",
    "Table: every numeric cell is a figure; unit from 'Đơn vị tính: ca'; district rows go to location; 'Các địa phương khác' and",
    "'Tổng cộng' rows stay in Bình Phước with the row label in the subject. Table period from the line above it (inherited).",
    "Table cells carry no totals (the Tổng cộng row is a figure of its own), also the 'Trong đó P. falciparum' column.",
    "'đạt 108,9% kế hoạch (80.000 lam)': percent 108.9 and target 80.000 are attributes of 87.100, not figures.",
    "Section II items 2-3 have no period phrase; the report's year 2023 (title) is inherited. Section III takes 2024 from its heading.",
    "Distractors: Số 287/BC-UBND, Quyết định số 1978/QĐ-TTg ngày 24/11/2020, section numbers I-III and 1-3, P. falciparum.",
])
