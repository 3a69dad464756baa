from lib import F, P, CH, emit

TEXT = """UBND TỈNH HÀ TĨNH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1847/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 25 tháng 4 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn đập, hồ chứa nước trước mùa mưa lũ năm 2024

1. Tình hình chung
Toàn tỉnh hiện có 345 hồ chứa thủy lợi với tổng dung tích khoảng 1,2 tỷ m³, trong đó 36 hồ chứa lớn, 61 hồ chứa vừa và 248 hồ chứa nhỏ. Từ ngày 1/3 đến ngày 20/4/2024, các đoàn kiểm tra liên ngành đã kiểm tra 312/345 hồ chứa, đạt 90,4%; phát hiện 58 hồ hư hỏng, xuống cấp, trong đó 11 hồ hư hỏng nặng cần sửa chữa cấp bách.

2. Kết quả kiểm tra tại một số địa phương
Đơn vị tính: hồ chứa
Huyện, thị xã | Số hồ | Đã kiểm tra | Hư hỏng | Kinh phí sửa chữa dự kiến (triệu đồng)
Hương Khê | 72 | 70 | 14 | 9.850
Kỳ Anh | 58 | 55 | 12 | 7.420
Cẩm Xuyên | 47 | 47 | 9 | 5.300
Hương Sơn | 41 | 36 | 8 | 4.150

3. Công tác sửa chữa, nâng cấp
Năm 2023, toàn tỉnh bố trí 86,7 tỷ đồng sửa chữa 24 hồ chứa, tăng 15,2% so với năm 2022. Kế hoạch năm 2024, Sở đề xuất bố trí khoảng 120 tỷ đồng để sửa chữa 31 hồ, ưu tiên các hồ hư hỏng nặng; phấn đấu đến năm 2025 có 100% hồ chứa lớn lắp đặt thiết bị quan trắc tự động. Hiện mới có 22/36 hồ chứa lớn có quy trình vận hành được phê duyệt (chiếm 61,1%).

4. Kiến nghị
Đề nghị UBND tỉnh chỉ đạo Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh và các địa phương thực hiện nghiêm Nghị định số 114/2018/NĐ-CP; bố trí vốn sửa chữa hồ Khe Xai, hồ Đập Bể trước ngày 15/8/2024.

Nơi nhận:
- Như trên;
- Lưu: VT, TL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Lâm
"""

INS = P("Từ ngày 1/3 đến ngày 20/4/2024", "2024-03-01", "2024-04-20")
TAB = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
HC = "hồ chứa"

FIGS = [
    F("có 345 hồ chứa", "345", 345, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi"),
    F("khoảng 1,2 tỷ m³", "1,2", 1200000000, "measure", "m³", "tổng dung tích hồ chứa thủy lợi", approx="about"),
    F("36 hồ chứa lớn, 61", "36", 36, "count", "hồ chứa lớn", "hồ chứa lớn", total=345),
    F("61 hồ chứa vừa", "61", 61, "count", "hồ chứa vừa", "hồ chứa vừa", total=345),
    F("248 hồ chứa nhỏ", "248", 248, "count", "hồ chứa nhỏ", "hồ chứa nhỏ", total=345),
    F("kiểm tra 312/345", "312", 312, "count", HC, "hồ chứa được kiểm tra", INS, total=345, percent=90.4),
    F("phát hiện 58 hồ", "58", 58, "count", "hồ", "hồ hư hỏng, xuống cấp", INS),
    F("trong đó 11 hồ", "11", 11, "count", "hồ", "hồ hư hỏng nặng cần sửa chữa cấp bách", INS, total=58),
]
rows = [("Hương Khê", "72", "70", "14", "9.850"), ("Kỳ Anh", "58", "55", "12", "7.420"),
        ("Cẩm Xuyên", "47", "47", "9", "5.300"), ("Hương Sơn", "41", "36", "8", "4.150")]
for place, a, b, c, d in rows:
    pre = f"{place} | "
    FIGS.append(F(f"{pre}{a} |", a, int(a), "count", HC, "Số hồ", TAB, location=place))
    FIGS.append(F(f"{b} | {c} | {d}", b, int(b), "count", HC, "số hồ đã kiểm tra", TAB, location=place))
    FIGS.append(F(f"{a} | {b} | {c} |", c, int(c), "count", HC, "số hồ hư hỏng", TAB, location=place))
    FIGS.append(F(f"| {c} | {d}", d, int(d.replace(".", "")) * 1000000, "money", "đồng", "Kinh phí sửa chữa dự kiến", TAB,
                  status="forecast", location=place))
FIGS += [
    F("bố trí 86,7 tỷ đồng", "86,7", 86700000000, "money", "đồng", "kinh phí sửa chữa hồ chứa", Y23,
      change=CH("increase", 15.2, "%", "năm 2022")),
    F("sửa chữa 24 hồ", "24", 24, "count", HC, "hồ chứa được sửa chữa", Y23),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng", "kinh phí sửa chữa hồ chứa", Y24,
      approx="about", status="target"),
    F("sửa chữa 31 hồ", "31", 31, "count", "hồ", "hồ được sửa chữa", Y24, status="target"),
    F("có 100% hồ chứa lớn", "100", 100, "percent", "%", "hồ chứa lớn lắp đặt thiết bị quan trắc tự động",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("có 22/36", "22", 22, "count", "hồ chứa lớn", "hồ chứa lớn có quy trình vận hành được phê duyệt", total=36, percent=61.1),
]

COMMENTS = [
    "Formal report (letterhead 'Số: 1847/BC-SNN', place-and-date line) of Sở NN&PTNT Hà Tĩnh: dam/reservoir safety inspection before the 2024 flood season.",
    "Flattened '|' table by district: 'Đơn vị tính: hồ chứa' for the count columns; the '(triệu đồng)' column is money ×10^6 and 'dự kiến' makes it forecast.",
    "Table cells: district row label -> location, column label -> subject; period inherited from the title's 'năm 2024' (not scored).",
    "'36/61/248 hồ' after 'trong đó' have total 345 (they add up). '312/345 …, đạt 90,4%' total + percent. '11 hồ' after 'trong đó' total 58.",
    "'phát hiện 58 hồ' has no cue to 312, so no total. 'Kế hoạch năm 2024 … đề xuất' and 'phấn đấu đến năm 2025' are targets.",
    "'Hiện' gives no period. Distractors: document and decree numbers, section numbers 1.-4., dates '25 tháng 4 năm 2024', 'trước ngày 15/8/2024'.",
]

emit("p419-2", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Hà Tĩnh")
