from lib import write, F, P, C, T
P0 = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
P0I = P("Tính đến ngày 30/11/2023", None, "2023-11-30", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24I = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
text = """UBND TỈNH HẢI DƯƠNG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 186/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác quản lý, bảo tồn và phát huy giá trị di tích năm 2023

I. HỆ THỐNG DI TÍCH
Tính đến ngày 30/11/2023, toàn tỉnh có 1.098 di tích đã được kiểm kê, trong đó 456 di tích đã được xếp hạng. Số di tích xếp hạng tại một số địa phương trọng điểm như sau:

Đơn vị tính: di tích
Địa phương | Quốc gia đặc biệt | Quốc gia | Cấp tỉnh | Tổng số
TP Chí Linh | 2 | 14 | 41 | 57
TX Kinh Môn | 1 | 19 | 38 | 58
Huyện Nam Sách | 0 | 8 | 27 | 35
Huyện Cẩm Giàng | 0 | 11 | 33 | 44

II. KẾT QUẢ TU BỔ, TÔN TẠO VÀ PHÁT HUY GIÁ TRỊ
1. Năm 2023, thực hiện Nghị định số 166/2018/NĐ-CP, tổng kinh phí tu bổ, tôn tạo di tích đạt 214,8 tỷ đồng, tăng 9,2% so với năm 2022; trong đó ngân sách nhà nước 126,5 tỷ đồng, xã hội hóa 88,3 tỷ đồng. Đã hoàn thành tu bổ 37 di tích, đạt 92,5% kế hoạch.
2. Bảo tàng tỉnh hiện lưu giữ 28.416 hiện vật, trong đó đã số hóa 6.150 hiện vật (chiếm 21,6%); 11 hiện vật, nhóm hiện vật được công nhận là bảo vật quốc gia. Các khu di tích Côn Sơn - Kiếp Bạc, Phượng Hoàng và Bạch Đằng 1288 đón khoảng 1,35 triệu lượt khách, thu phí tham quan, trông giữ phương tiện gần 6,8 tỷ đồng.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
Phấn đấu lập hồ sơ xếp hạng thêm 2 di tích quốc gia và 10 di tích cấp tỉnh; tu bổ, chống xuống cấp 40 di tích; số hóa thêm 3.000 hiện vật.

Nơi nhận:
- Bộ VHTTDL (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLDS.
GIÁM ĐỐC
Nguyễn Đức Thắng
"""
rows = [("TP Chí Linh", "Chí Linh", ["2", "14", "41", "57"]),
        ("TX Kinh Môn", "Kinh Môn", ["1", "19", "38", "58"]),
        ("Huyện Nam Sách", "Nam Sách", ["0", "8", "27", "35"]),
        ("Huyện Cẩm Giàng", "Cẩm Giàng", ["0", "11", "33", "44"])]
cols = ["di tích xếp hạng Quốc gia đặc biệt", "di tích xếp hạng Quốc gia", "di tích xếp hạng Cấp tỉnh", "Tổng số di tích xếp hạng"]
figs = [
    F("có 1.098 di tích", "1.098", 1098, "count", "di tích", "di tích đã được kiểm kê", period=P0),
    F("trong đó 456 di tích", "456", 456, "count", "di tích", "di tích đã được xếp hạng", total=1098, period=P0),
]
for label, place, cells in rows:
    for j, c in enumerate(cells):
        if j == 0:
            anchor = f"{label} | {c} |"
        else:
            anchor = f"{label} | " + " | ".join(cells[:j + 1]) + (" |" if j < 3 else "\n")
        figs.append(F(anchor, c, int(c), "count", "di tích", cols[j], location=place, period=P0I))
figs += [
    F("đạt 214,8 tỷ đồng", "214,8", 214.8e9, "money", "đồng", "tổng kinh phí tu bổ, tôn tạo di tích",
      change=C("increase", 9.2, "%", "năm 2022"), period=Y23),
    F("nhà nước 126,5 tỷ đồng", "126,5", 126.5e9, "money", "đồng", "ngân sách nhà nước", total=214.8e9, period=Y23),
    F("hội hóa 88,3 tỷ đồng", "88,3", 88.3e9, "money", "đồng", "xã hội hóa", total=214.8e9, period=Y23),
    F("tu bổ 37 di tích", "37", 37, "count", "di tích", "di tích hoàn thành tu bổ", percent=92.5, period=Y23I),
    F("lưu giữ 28.416 hiện vật", "28.416", 28416, "count", "hiện vật", "hiện vật Bảo tàng tỉnh lưu giữ"),
    F("số hóa 6.150 hiện vật", "6.150", 6150, "count", "hiện vật", "hiện vật đã số hóa", total=28416, percent=21.6),
    F("; 11 hiện vật", "11", 11, "count", "hiện vật, nhóm hiện vật", "hiện vật, nhóm hiện vật được công nhận là bảo vật quốc gia"),
    F("khoảng 1,35 triệu lượt", "1,35", 1350000, "count", "lượt khách", "lượt khách các khu di tích Côn Sơn - Kiếp Bạc, Phượng Hoàng và Bạch Đằng",
      approx="about", period=Y23I),
    F("gần 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "thu phí tham quan, trông giữ phương tiện", approx="nearly", period=Y23I),
    F("thêm 2 di tích", "2", 2, "count", "di tích", "di tích quốc gia lập hồ sơ xếp hạng thêm", status="target", period=Y24I),
    F("và 10 di tích", "10", 10, "count", "di tích", "di tích cấp tỉnh lập hồ sơ xếp hạng thêm", status="target", period=Y24I),
    F("cấp 40 di tích", "40", 40, "count", "di tích", "di tích tu bổ, chống xuống cấp", status="target", period=Y24I),
    F("thêm 3.000 hiện vật", "3.000", 3000, "count", "hiện vật", "hiện vật số hóa thêm", status="target", period=Y24I),
]
write("p412-3", text, figs, published="2023-12-20", location="Hải Dương", show=True, comments=[
    "Formal report with letterhead (Sở VHTTDL Hải Dương, 'Số: 186/BC-SVHTTDL'); the place-and-date line 'Hải Dương, ngày 20 tháng 12 năm 2023' is its date.",
    "Flattened '|' table with 'Đơn vị tính: di tích': every numeric cell (zeros included) is a figure; the row label is a place (location),",
    "subject = column label (+ 'di tích xếp hạng'); period 'Tính đến ngày 30/11/2023' from the text above (inherited). No totals for table cells.",
    "Distractors: document number, Nghị định số 166/2018/NĐ-CP, section numbers I./II./1./2., 'Bạch Đằng 1288' (a name), 'Lưu: VT, QLDS', signer.",
    "126,5 and 88,3 tỷ are parts of 214,8 tỷ (trong đó after ';'). 'đạt 92,5% kế hoạch' is the share of 37 di tích. 6.150 part of 28.416 with share 21,6%.",
    "'11 hiện vật, nhóm hiện vật … bảo vật quốc gia' after ';' has no part-of cue: no total. Stocks ('hiện lưu giữ') carry no period.",
    "Section III heading 'NĂM 2024' gives the targets their period (inherited); 'Phấn đấu' makes them status target.",
])
