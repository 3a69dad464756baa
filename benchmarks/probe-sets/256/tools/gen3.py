from lib import build, F, P, chg, tgt

TEXT = """
UBND TỈNH SƠN LA
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 418/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 22 tháng 5 năm 2024

BÁO CÁO
Tổng kết vụ ép mía 2023-2024, kế hoạch niên vụ 2024-2025

I. KẾT QUẢ NIÊN VỤ 2023-2024
1. Sản xuất nguyên liệu
Niên vụ 2023-2024, diện tích mía thu hoạch toàn tỉnh đạt 8.005 ha; sản lượng 481.126 tấn, tăng 2,4% so với niên vụ trước. Kết quả theo huyện, thành phố:

Huyện, thành phố | Diện tích (ha) | Năng suất (tấn/ha) | Sản lượng (tấn) | So cùng kỳ (%)
Mai Sơn | 5.120 | 62,5 | 320.000 | 104,2
Thành phố Sơn La | 1.340 | 58,1 | 77.854 | 98,6
Yên Châu | 890 | 55,0 | 48.950 | 101,3
Mường La | 655 | 52,4 | 34.322 | 95,7
Tổng cộng | 8.005 | 60,1 | 481.126 | 102,4

2. Chế biến, tiêu thụ
Công ty CP Mía đường Sơn La (Km 34, Quốc lộ 6, huyện Mai Sơn) vào vụ ngày 25/11/2023 và kết thúc ngày 05/4/2024, sau 132 ngày ép. Tổng lượng mía ép 468.300 tấn, đạt 97,3% sản lượng mía nguyên liệu; sản xuất 49.870 tấn đường, trong đó đường RS 41.200 tấn, đường vàng 8.670 tấn. Chữ đường bình quân 11,2 CCS; tỷ lệ thu hồi đường đạt 10,65%.

3. Giá mía, thanh toán
Giá mía tại ruộng 1.180.000 đồng/tấn (mía 10 CCS); mỗi 0,1 CCS tăng thêm được cộng 11.800 đồng/tấn. Công ty đã thanh toán đủ 100% tiền mía, tổng số 552,6 tỷ đồng, cho 6.214 hộ trồng mía.

II. KẾ HOẠCH NIÊN VỤ 2024-2025
Phấn đấu diện tích mía đạt 8.500 ha, năng suất bình quân 63 tấn/ha, sản lượng khoảng 535.000 tấn; trồng mới, trồng lại 1.600 ha.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lò Văn Hùng
"""

NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVi = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31", inh=True)
VE = P("vào vụ ngày 25/11/2023 và kết thúc ngày 05/4/2024", "2023-11-25", "2024-04-05", inh=True)
KH = P("KẾ HOẠCH NIÊN VỤ 2024-2025", "2024-01-01", "2025-12-31", inh=True)

COLS = [("Diện tích", "measure", "ha"), ("Năng suất", "measure", "tấn/ha"), ("Sản lượng", "measure", "tấn"),
        ("So cùng kỳ", "percent", "%")]
ROWS = [("Mai Sơn", "Mai Sơn", ["5.120", "62,5", "320.000", "104,2"]),
        ("Thành phố Sơn La", "Sơn La", ["1.340", "58,1", "77.854", "98,6"]),
        ("Yên Châu", "Yên Châu", ["890", "55,0", "48.950", "101,3"]),
        ("Mường La", "Mường La", ["655", "52,4", "34.322", "95,7"]),
        ("Tổng cộng", "Sơn La", ["8.005", "60,1", "481.126", "102,4"])]


def num(x):
    return float(x.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 8.005 ha", "8.005", 8005, "measure", "ha", "diện tích mía thu hoạch toàn tỉnh", period=NV),
    F("sản lượng 481.126 tấn", "481.126", 481126, "measure", "tấn", "sản lượng",
      change=chg("increase", 2.4, "%", "niên vụ trước"), period=NV),
]
for label, loc, cells in ROWS:
    prev = label
    for (col, kind, unit), cell in zip(COLS, cells):
        v = num(cell)
        v = int(v) if v.is_integer() and kind != "percent" and "," not in cell else v
        anchor = f"{prev} | {cell}" if prev == label else f"| {prev} | {cell}"
        if prev == label:
            anchor = f"{label} | {cell} |"
        else:
            anchor = f"{prev} | {cell}" + (" |" if col != "So cùng kỳ" else "\n")
        subj = col if label != "Tổng cộng" else f"Tổng cộng {col.lower()}"
        FIGS.append(F(anchor, cell, v, kind, unit, subj, location=loc, period=NVi))
        prev = cell

FIGS += [
    F("sau 132 ngày ép", "132", 132, "measure", "ngày", "thời gian ép", optional=True),
    F("mía ép 468.300 tấn", "468.300", 468300, "measure", "tấn", "tổng lượng mía ép", percent=97.3, period=VE),
    F("sản xuất 49.870 tấn đường", "49.870", 49870, "measure", "tấn", "đường sản xuất", period=VE),
    F("đường RS 41.200 tấn", "41.200", 41200, "measure", "tấn", "đường RS", total=49870, period=VE),
    F("đường vàng 8.670 tấn", "8.670", 8670, "measure", "tấn", "đường vàng", total=49870, period=VE),
    F("bình quân 11,2 CCS", "11,2", 11.2, "measure", "CCS", "chữ đường bình quân", period=VE),
    F("đạt 10,65%", "10,65", 10.65, "percent", "%", "tỷ lệ thu hồi đường", period=VE),
    F("tại ruộng 1.180.000 đồng/tấn", "1.180.000", 1180000, "money", "đồng/tấn", "giá mía tại ruộng", period=NVi),
    F("(mía 10 CCS)", "10", 10, "measure", "CCS", "chữ đường mía chuẩn thu mua", optional=True),
    F("mỗi 0,1 CCS", "0,1", 0.1, "measure", "CCS", "mức chữ đường tăng thêm", optional=True),
    F("cộng 11.800 đồng/tấn", "11.800", 11800, "money", "đồng/tấn", "giá cộng thêm cho mỗi 0,1 CCS tăng thêm", period=NVi),
    F("đủ 100% tiền mía", "100", 100, "percent", "%", "tiền mía thanh toán", period=NVi),
    F("tổng số 552,6 tỷ đồng", "552,6", 552600000000, "money", "đồng", "tiền mía thanh toán", period=NVi),
    F("cho 6.214 hộ", "6.214", 6214, "count", "hộ", "hộ trồng mía được thanh toán", period=NVi),
    F("đạt 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích mía", status="target", period=KH),
    F("bình quân 63 tấn/ha", "63", 63, "measure", "tấn/ha", "năng suất bình quân", status="target", period=KH),
    F("khoảng 535.000 tấn", "535.000", 535000, "measure", "tấn", "sản lượng", approx="about", status="target", period=KH),
    F("trồng lại 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích trồng mới, trồng lại", status="target", period=KH),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Sơn La, 'Số: 418/BC-SNN'); the place-and-date line 'Sơn La, ngày 22 tháng 5 năm 2024' is its date.",
    "Flattened '|' table by district: Diện tích (ha) | Năng suất (tấn/ha) | Sản lượng (tấn) | So cùng kỳ (%). Every numeric cell is a figure;",
    "the row label is a place, so it goes to location (Thành phố Sơn La -> Sơn La; 'Tổng cộng' -> the province) and the subject is the column label.",
    "Unit from the column header. Period 'Niên vụ 2023-2024' stands in the text above the table (inherited). No totals for table cells.",
    "'So cùng kỳ (%)' cells are percent figures (index on the previous season).",
    "468.300 tấn 'đạt 97,3% sản lượng mía nguyên liệu' -> percent 97.3. 41.200 + 8.670 = 49.870 after 'trong đó' -> total.",
    "'sau 132 ngày ép' (duration of the season), '(mía 10 CCS)' and 'mỗi 0,1 CCS' (price rule step) are optional.",
    "Section II heading gives the plan its period (inherited); 'Phấn đấu' makes every plan figure a target.",
    "Distractors: 'Số: 418/BC-SNN', dates, 'Km 34', 'Quốc lộ 6', section numbers I./II./1./2./3., 'Lưu: VT, TT', signer's name.",
]

build("p256-3", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Sơn La")
