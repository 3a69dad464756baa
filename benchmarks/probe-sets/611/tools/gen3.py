from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý, bảo vệ và phát huy giá trị di sản văn hóa năm 2023

Thực hiện Kế hoạch số 95/KH-UBND ngày 10/3/2023, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2023, toàn tỉnh có 1.259 di tích đã được kiểm kê, trong đó 604 di tích được xếp hạng (chiếm 48%), gồm 5 di tích quốc gia đặc biệt, 201 di tích quốc gia và 398 di tích cấp tỉnh. Trong năm, tỉnh xếp hạng bổ sung 14 di tích cấp tỉnh.

Bảng 1. Di tích xếp hạng và kinh phí tu bổ tại một số địa phương (tính đến 30/11/2023)
TT | Địa phương | Quốc gia đặc biệt (di tích) | Quốc gia (di tích) | Cấp tỉnh (di tích) | Kinh phí tu bổ năm 2023 (triệu đồng)
1 | TP. Bắc Ninh | 2 | 48 | 61 | 12.450
2 | TP. Từ Sơn | 1 | 39 | 57 | 9.820
3 | Huyện Thuận Thành | 1 | 31 | 66 | 15.300
4 | Huyện Tiên Du | 1 | 27 | 52 | 7.615,5

II. KẾT QUẢ THỰC HIỆN
1. Năm 2023, tổng kinh phí tu bổ, tôn tạo di tích ước đạt 96,4 tỷ đồng, trong đó ngân sách tỉnh 58,2 tỷ đồng, nguồn xã hội hóa 38,2 tỷ đồng. Đã hoàn thành 23/27 công trình, đạt 85,2%.
2. Dân ca Quan họ được bảo tồn tại 44 làng Quan họ gốc với 388 câu lạc bộ; tỉnh hỗ trợ 1,2 tỷ đồng cho 60 nghệ nhân, mức 20 triệu đồng/người. Lễ hội Lim năm 2023 thu hút khoảng 150.000 lượt khách.

III. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 xếp hạng thêm 10 di tích; 100% di tích quốc gia đặc biệt được lập quy hoạch tổng thể; thu hút 2,5 triệu lượt khách đến các di tích trọng điểm.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
TBL = P("tính đến 30/11/2023", None, "2023-11-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.259 di tích", "1.259", 1259, "count", "di tích", subject="di tích đã được kiểm kê", period=ASOF),
    F("trong đó 604 di tích", "604", 604, "count", "di tích", total=1259, percent=48,
      subject="di tích được xếp hạng", period=ASOF),
    F("gồm 5 di tích", "5", 5, "count", "di tích", total=604, subject="di tích quốc gia đặc biệt", period=ASOF),
    F("201 di tích quốc gia", "201", 201, "count", "di tích", total=604, subject="di tích quốc gia", period=ASOF),
    F("398 di tích cấp tỉnh", "398", 398, "count", "di tích", total=604, subject="di tích cấp tỉnh", period=ASOF),
    F("bổ sung 14 di tích", "14", 14, "count", "di tích", subject="di tích cấp tỉnh xếp hạng bổ sung",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
]

ROWS = [("Bắc Ninh", "TP. Bắc Ninh | ", ["2", "48", "61", "12.450"]),
        ("Từ Sơn", "TP. Từ Sơn | ", ["1", "39", "57", "9.820"]),
        ("Thuận Thành", "Huyện Thuận Thành | ", ["1", "31", "66", "15.300"]),
        ("Tiên Du", "Huyện Tiên Du | ", ["1", "27", "52", "7.615,5"])]
COLS = ["di tích xếp hạng quốc gia đặc biệt", "di tích xếp hạng quốc gia", "di tích xếp hạng cấp tỉnh"]
for place, label, cells in ROWS:
    for j, num in enumerate(cells):
        anchor = label + " | ".join(cells[:j + 1])
        if j < 3:
            FIGS.append(F(anchor, num, int(num), "count", "di tích", subject=COLS[j], period=TBL, location=place))
        else:
            v = float(num.replace(".", "").replace(",", ".")) * 1e6
            FIGS.append(F(anchor, num, v, "money", "đồng", subject="kinh phí tu bổ năm 2023",
                          period=P("Kinh phí tu bổ năm 2023", "2023-01-01", "2023-12-31"), location=place))

FIGS += [
    F("ước đạt 96,4 tỷ đồng", "96,4", 96400000000, "money", "đồng", status="estimate",
      subject="tổng kinh phí tu bổ, tôn tạo di tích", period=Y23),
    F("ngân sách tỉnh 58,2 tỷ đồng", "58,2", 58200000000, "money", "đồng", total=96400000000, status="estimate",
      subject="kinh phí tu bổ, tôn tạo di tích từ ngân sách tỉnh", period=Y23),
    F("xã hội hóa 38,2 tỷ đồng", "38,2", 38200000000, "money", "đồng", total=96400000000, status="estimate",
      subject="kinh phí tu bổ, tôn tạo di tích từ nguồn xã hội hóa", period=Y23),
    F("hoàn thành 23/27 công trình", "23", 23, "count", "công trình", total=27, percent=85.2,
      subject="công trình tu bổ, tôn tạo di tích đã hoàn thành", period=I(Y23)),
    F("tại 44 làng", "44", 44, "count", "làng", subject="làng Quan họ gốc"),
    F("với 388 câu lạc bộ", "388", 388, "count", "câu lạc bộ", subject="câu lạc bộ Quan họ"),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", subject="kinh phí tỉnh hỗ trợ nghệ nhân Quan họ"),
    F("cho 60 nghệ nhân", "60", 60, "count", "nghệ nhân", subject="nghệ nhân được hỗ trợ"),
    F("mức 20 triệu đồng/người", "20", 20000000, "money", "đồng/người", subject="mức hỗ trợ nghệ nhân"),
    F("khoảng 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", approx="about",
      subject="lượt khách Lễ hội Lim thu hút", period=Y23),
    F("thêm 10 di tích", "10", 10, "count", "di tích", status="target", subject="di tích xếp hạng thêm", period=Y24),
    F("100% di tích", "100", 100, "percent", "%", status="target",
      subject="di tích quốc gia đặc biệt được lập quy hoạch tổng thể", period=Y24),
    F("thu hút 2,5 triệu lượt khách", "2,5", 2500000, "count", "lượt khách", status="target",
      subject="lượt khách đến các di tích trọng điểm", period=Y24),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Bắc Ninh số 412/BC-UBND (18/12/2023): di tích kiểm kê và xếp hạng, flattened '|' table by locality, kinh phí tu bổ, Quan họ, Lễ hội Lim, nhiệm vụ 2024.",
    "Distractors: 'Số: 412/BC-UBND', 'Kế hoạch số 95/KH-UBND ngày 10/3/2023', section numbers I./II./III./1./2., 'Bảng 1', table row numbers 1-4, place-and-date line.",
    "Table: every numeric cell is a figure; locality rows go to location (TP. Bắc Ninh -> Bắc Ninh); units from the column headers ('(di tích)', '(triệu đồng)').",
    "Count cells take the title's as-of date (inherited); the money column's header 'năm 2023' gives a scored period (as in shared h23).",
    "5/201/398 after 'gồm' add up to 604 (total 604); 604 is a trong đó part of 1.259 with share 48%. 'ước đạt' continues into the trong đó parts (estimate).",
    "'Trong năm' (no year) takes 2023 from the lead. Section III targets: status target, period năm 2024.",
]

emit("p611-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Bắc Ninh")
